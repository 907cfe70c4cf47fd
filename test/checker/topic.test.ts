/**
 * Words that are everyday English as well as care jargon ("package",
 * "placement", "client") are flagged in a longer text only when the text is
 * about care: a restaurant's packages, a temp agency's placements and an IT
 * firm's review meetings are left alone, a social worker's letter is not,
 * and a shorter text is judged by its own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/checker/analyse';
import { Checker } from '../../src/checker/index';
import { carePhrases, TOPIC_MIN_WORDS } from '../../src/checker/topic';
import careTopic from '../../dictionaries/care-topic.json';
import { BUILTIN_ENTRIES } from '../../src/glossary/builtin';

const DINING = `Private dining at the Old Mill

We offer three packages for parties of ten or more. Every menu has a welcome drink, three courses and coffee, and you can add wine with each course.

Book at least two weeks ahead. We ask for a deposit of £10 a guest when you book, and the rest on the night. If you need to cancel, tell us a week before and we will pay the deposit back in full.

Tell us about any food allergies when you book, so the kitchen can plan. Our chef will make a dish of the same standard for anyone who cannot eat the set menu, and we always have a dish without meat.

The back room seats up to forty people at long tables, or sixty standing. It has its own bar and its own door onto the garden, so your party can come and go without walking through the main room.

We can play your own music in the back room until eleven o'clock. There is a small stage for a speech or a band, and we can lend you a microphone.

Parking is free after six in the evening, and there is a taxi rank at the end of the road. The railway station is ten minutes away on foot.

Children are welcome until nine o'clock, and we have high chairs and a menu for them. Dogs can sit with you in the garden but not inside.

To book, phone us or fill in the form on this page, and our events manager will call you back within two working days.`;

const AGENCY = `Working for Brightside Recruitment

When you join us, we will find you a placement with one of our clients. Most placements last between one week and six months, and some lead to a job.

Before each placement starts, we will send you the address, the hours and the name of the person to ask for on your first day. Wear the clothes the client asks for, and take your passport and bank details with you.

We pay every Friday for the hours you worked the week before. Send us your timesheet by Monday at noon, signed by your manager on site. If you cannot go in, phone us before eight in the morning so we can tell them.

Holiday builds up from your first day. You can take it between placements, or ask us to pay it with your wages each week.

After twelve weeks in the same job, you have the right to the same pay and hours as people the client employs directly. We check this for you and will tell you when it starts.

If something goes wrong at work, such as an accident or a problem with another worker, tell your manager on site and phone us the same day. We will write down what happened and help you sort it out. If your manager is away, speak to the deputy, Chris Evans.

We run free training in forklift driving, food safety and first aid at our office on Station Road. Ask us for the dates.

You can leave a placement at any time, but please give us a week's notice so we can find someone else.`;

const LETTER = `Dear Mr Okoro,

Thank you for talking with me on Monday about your father. I am writing to say what we agreed, and what will happen next.

Your father's package will stay the same for now: two visits a day, in the morning and at bedtime. The provider has told us that the morning visit sometimes runs late, and they will try to arrive by nine. If a visit is more than half an hour late, please phone them, and let me know as well.

You told me that your father has had two falls at home since the summer. I have asked for someone to visit and look at what might help, such as a rail by the stairs or a chair for the shower. They will phone you to arrange a time.

We will hold a review in six weeks to see how things are going. You are welcome to come, and you can bring someone with you. We will talk about whether the visits are at the right times and whether your father needs more help in the evening.

Your father said he would like to go out more. I have sent you a list of clubs near his home, and I can help to set up a visit to one of them if he would like that.

If his needs change before then, please phone me. If I am not at my desk, the team will take a message and I will call you back the same day.

Yours sincerely,

Ruth Adeyemi
Social Worker, Adult Social Care`;

const HELP_DESK = `Support for business customers

When something stops working, phone our help desk or raise a ticket online. We sort every call by how much it stops your business.

| Level | What it means | We start work within |
| --- | --- | --- |
| P1 Critical | Nobody can work | 30 minutes |
| P2 High | A team cannot work | 2 hours |
| P3 Normal | One person has a problem | 1 working day |

Review meetings

Every three months we meet your office manager to go through the calls you raised, what we fixed, and anything that keeps going wrong. We send the notes within a week, with a list of what each of us will do.

If we miss a P1 target, we take a tenth off that month's bill. You do not need to ask: it comes off the next bill by itself.

Changing provider

If you move to another provider, we will help your new provider take over. We hand over your passwords, a list of your computers and printers, and our notes on each one. We keep your files for thirty days after the contract ends, then delete them.

Your contract runs for one year and carries on each year unless either of us gives three months' notice in writing.

Out of hours

The help desk is open from eight in the morning to six in the evening, Monday to Friday. Outside those hours, only P1 calls are answered: phone the number on your contract and leave a message, and an engineer will call you back within an hour.`;

/** The glossary findings of a text: the words, severity and message of each. */
function glossaryFindings(checker: Checker, text: string): string[] {
  return checker
    .check(text, { profile: 'public', format: 'auto' })
    .findings.filter((finding) => finding.ruleId === 'glossary-term')
    .map((finding) => `${finding.text} | ${finding.severity} | ${finding.message}`);
}

const PACKAGES = 'packages | suggestion | “packages” is jargon. Try “services”.';

describe('care phrases', () => {
  it.each([
    ['Her social worker will call.', ['social worker']],
    ['The Social Workers met the carers’ group.', ['social worker']],
    ["A carer's break, then two care homes and Homecare.", ['care home', 'homecare']],
    ['It still meets her needs, and his.', ['meet her needs']],
    ['Careful planning takes care of the home.', []],
    ['Her mental health team and a support worker', ['mental health team', 'support worker']],
    ['Good for your body and your mental health.', []],
    ['support', []],
    // Inside another thing's name, a care phrase is not one.
    ['She has an Education, Health and Care plan.', []],
    ['Our pet care plans cover jabs, and her care plan is due.', ['care plan']],
  ])('%s', (text, expected) => {
    expect(carePhrases(analyseText(text).words).map((found) => found.phrase)).toEqual(expected);
  });

  it('each hold a care phrase, among the longer names of other things', () => {
    const holds = (name: string) =>
      careTopic.phrases.some((phrase) => ` ${name} `.includes(` ${phrase} `));
    expect(careTopic.longerNames.filter((name) => !holds(name))).toEqual([]);
  });

  it('name, among the terms other pages share, only built-in glossary entries', () => {
    const ids = new Set(BUILTIN_ENTRIES.map((entry) => entry.id));
    expect(careTopic.sharedTerms.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('are not glossary terms themselves: a term counts for itself, where it is used in its care sense', () => {
    const checker = new Checker();
    const terms = careTopic.phrases.filter(
      (phrase) =>
        checker.check(`We talked about the ${phrase} today.`, { profile: 'public', format: 'text' })
          .stats.glossaryTerms.length > 0,
    );
    expect(terms).toEqual([]);
  });
});

describe('words that are everyday English as well as care jargon', () => {
  it('are left alone in a longer text that is not about care', () => {
    const checker = new Checker();
    for (const text of [DINING, AGENCY, HELP_DESK]) {
      expect(checker.check(text, { format: 'auto' }).stats.words).toBeGreaterThanOrEqual(
        TOPIC_MIN_WORDS,
      );
      expect(glossaryFindings(checker, text)).toEqual([]);
    }
    expect(
      checker.check(AGENCY, { profile: 'public', format: 'text' }).stats.glossaryTerms,
    ).toEqual([]);
  });

  it('are flagged in the same sentences read on their own, and in a shorter text', () => {
    const checker = new Checker();
    expect(
      glossaryFindings(checker, 'We offer three packages for parties of ten or more.'),
    ).toEqual([PACKAGES]);
    const firstParagraphs = AGENCY.split('\n\n').slice(0, 3).join('\n\n');
    expect(checker.check(firstParagraphs, { format: 'text' }).stats.words).toBeLessThan(
      TOPIC_MIN_WORDS,
    );
    expect(glossaryFindings(checker, firstParagraphs)).toEqual([
      'placement | warning | “placement” can sound disrespectful. Try “home”.',
      'clients | suggestion | “clients” can sound disrespectful. Try “people we support”.',
      'placements | warning | “placements” can sound disrespectful. Try “homes”.',
      'placement | warning | “placement” can sound disrespectful. Try “home”.',
      'client | suggestion | “client” can sound disrespectful. Try “person we support”.',
    ]);
    // A word no pattern of its jargon sense fits is doubtful: a suggestion, and only in care writing.
    expect(
      glossaryFindings(checker, 'If your manager is away, speak to the deputy, Chris Evans.'),
    ).toEqual([
      'deputy | suggestion | Explain “deputy” the first time you use it: many readers will not know it.',
    ]);
  });

  it('are flagged in a longer text about care', () => {
    const checker = new Checker();
    expect(glossaryFindings(checker, LETTER)).toEqual([
      'package | suggestion | “package” is jargon. Try “service”.',
      'provider | warning | “provider” is jargon. Try “care company”.',
      'review | suggestion | “review” is jargon. Explain it, or use a plainer word.',
    ]);
    expect(
      checker.check(LETTER, { profile: 'public', format: 'text' }).stats.glossaryTerms,
    ).toEqual(['care-provider']);
  });

  it('leave out a short form the text spells out in other words, in every paragraph', () => {
    const checker = new Checker();
    const terms = (text: string) =>
      checker.check(text, { profile: 'public', format: 'text' }).stats.glossaryTerms;
    expect(
      terms('You may get a penalty charge notice (PCN).\n\nYou can pay a PCN online.'),
    ).toEqual([]);
    expect(
      terms('Your GP is part of a primary care network (PCN).\n\nThe PCN runs extra clinics.'),
    ).toEqual(['primary-care-network']);
    expect(terms('Your GP surgery is part of a PCN.')).toEqual(['primary-care-network']);
  });

  it('come and go as the rest of the text changes, in a checker that remembers paragraphs', () => {
    const checker = new Checker();
    expect(glossaryFindings(checker, DINING)).toEqual([]);
    const aboutCare = `${DINING}\n\nA care home and a social worker book the back room each month.`;
    expect(glossaryFindings(checker, aboutCare)).toEqual([PACKAGES]);
    // The unchanged paragraph keeps its place, and the finding goes again.
    expect(glossaryFindings(checker, DINING)).toEqual([]);
    expect(glossaryFindings(new Checker(), aboutCare)).toEqual([PACKAGES]);
  });

  it('need two signs of care: one glossary term or phrase is not enough', () => {
    const checker = new Checker();
    const one = `${DINING}\n\nA care home books the back room each month.`;
    expect(glossaryFindings(checker, one)).toEqual([]);
  });

  it('count a phrase inside a glossary term once, with the term', () => {
    const checker = new Checker();
    const team = `${DINING}\n\nThe community mental health team books the back room each month.`;
    expect(glossaryFindings(checker, team)).toEqual([
      'community mental health team | warning | Explain “community mental health team” the first time you use it: many readers will not know it.',
    ]);
  });

  it('never count as signs, even where the words around them show the care sense', () => {
    const checker = new Checker();
    // "review your plan" on a web host's page fits the care sense too.
    const current = `${DINING}\n\nOne guest's current package pays for a taxi home.`;
    expect(glossaryFindings(checker, current)).toEqual([]);
    // With one other sign, still not enough: two signs of another kind are.
    const withWorker = `${current} Her social worker booked it.`;
    expect(glossaryFindings(checker, withWorker)).toEqual([]);
    const withHome = `${withWorker} She lives in a care home.`;
    expect(glossaryFindings(checker, withHome)).toEqual([
      PACKAGES,
      'package | warning | “package” is jargon. Try “service”.',
    ]);
  });

  it('cannot vouch for each other, nor for a page with one other sign', () => {
    const checker = new Checker();
    // "current package" and "review your package" fit the care sense of each word.
    const broadband = `${DINING}\n\nYour current package ends in May. You can review your package online.`;
    expect(glossaryFindings(checker, broadband)).toEqual([]);
    const withWorker = `${broadband} Your social worker can help.`;
    expect(glossaryFindings(checker, withWorker)).toEqual([]);
    const withHome = `${withWorker} So can the care home.`;
    expect(glossaryFindings(checker, withHome)).toEqual([
      PACKAGES,
      'package | warning | “package” is jargon. Try “service”.',
      'review | suggestion | “review” is jargon. Try “check”.',
      'package | suggestion | “package” is jargon. Try “service”.',
    ]);
  });

  it('never count terms other pages share (powers of attorney, a hearing loop) as signs', () => {
    const checker = new Checker();
    // A bank's page on powers of attorney uses the law's words in the same sense,
    // and a cinema's "day centre" beside its hearing loop is one sign, not enough.
    const bank = `${DINING}\n\nTo book for a relative, bring their lasting power of attorney. The room has a hearing loop.`;
    const shared = [
      'lasting power of attorney | warning | Explain “lasting power of attorney” the first time you use it: many readers will not know it.',
      'hearing loop | warning | Explain “hearing loop” the first time you use it: many readers will not know it.',
    ];
    expect(glossaryFindings(checker, bank)).toEqual(shared);
    const withWorker = `${bank} Her social worker can help.`;
    expect(glossaryFindings(checker, withWorker)).toEqual(shared);
    const withHome = `${withWorker} So can the care home.`;
    expect(glossaryFindings(checker, withHome)).toEqual([PACKAGES, ...shared]);
  });

  it('are left out of "words we used" on a page not about care, even in their care sense', () => {
    const marked = (text: string) =>
      new Checker()
        .check(text, { profile: 'public', format: 'auto' })
        .stats.glossaryTerms.filter((id) => id === 'review');
    // "review your plan" fits the care sense of "review" on a web host's page too.
    const host = `${DINING}\n\nYou can review your plan online. Her social worker booked it.`;
    expect(marked(host)).toEqual([]);
    expect(marked(`${host} She lives in a care home.`)).toEqual(['review']);
  });

  it('count a care term in a name as a sign, though it is not flagged there', () => {
    const checker = new Checker();
    const teams = `${DINING}\n\nThe council's Reablement Team and its Brokerage Team book the back room each month.`;
    expect(glossaryFindings(checker, teams)).toEqual([PACKAGES]);
    const one = `${DINING}\n\nThe council's Reablement Team books the back room each month.`;
    expect(glossaryFindings(checker, one)).toEqual([]);
  });

  it('count a term in a name only for readers the term is for', () => {
    // "referral" is an easy read word: in a name it is no more a sign than alone.
    const checker = new Checker();
    const names = `${DINING}\n\nHartwell Referrals and the council's Reablement Team book the back room each month.`;
    expect(glossaryFindings(checker, names)).toEqual([]);
    const teams = `${DINING}\n\nThe council's Referrals Team and its Reablement Team book the back room each month.`;
    expect(glossaryFindings(checker, teams)).toEqual([]);
  });

  it('do not count short forms in their everyday sense as signs (“P1 Critical” on a help desk)', () => {
    const checker = new Checker();
    const report = checker.check(HELP_DESK, { profile: 'public', format: 'auto' });
    expect(report.findings.filter((f) => f.ruleId === 'acronym').map((f) => f.text)).toEqual([]);
    expect(report.stats.glossaryTerms).toEqual([]);
  });
});
