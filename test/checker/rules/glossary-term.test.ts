import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker/index';
import type { CheckOptions } from '../../../src/checker/types';
import { entry } from '../../helpers';
import { glossary, run, type Row } from './glossary';

/** The words each glossary-term finding is on, with the built-in glossary. */
const termsFlagged = (text: string, options: Omit<CheckOptions, 'glossary'>) =>
  check(text, options)
    .findings.filter((f) => f.ruleId === 'glossary-term')
    .map((f) => f.text);

describe('glossary-term', () => {
  it.each<[string, Row[]]>([
    // Replace entries: every use.
    ['Ask the commissioners.', [['glossary-term', 'commissioners', 'warning']]],
    // Explain entries: the first use only at full strength.
    [
      'We use co-production. Co-production takes time.',
      [
        ['glossary-term', 'co-production', 'warning'],
        ['glossary-term', 'Co-production', 'suggestion'],
      ],
    ],
    // A term with a plain word, brought in on purpose: the reader knows it from there on,
    // in later paragraphs too; uses before it stay flagged.
    [
      'Someone who buys care for the council is called a commissioner. The commissioner will phone you.',
      [],
    ],
    [
      'Ask the commissioners.\n\nSomeone who buys care is called a commissioner.\n\nAsk the commissioners again.',
      [['glossary-term', 'commissioners', 'warning']],
    ],
    // Explained in brackets at first use: no finding at all.
    ['We use co-production (working together as equals). Co-production takes time.', []],
    // Explained by "means" in the same sentence.
    ['Co-production means working together as equals. We co-produced the plan.', []],
    // Easy read style: the next sentence explains it.
    ['You may get reablement. This means short help at home. Reablement is free.', []],
    // Easy read style: explained first, then "This is called".
    [
      'A worker helps you at home for a short time. This is called reablement. Reablement is free.',
      [],
    ],
    // "X is anyone who …", and "This is a conversation …" in the next sentence.
    [
      'A carer is anyone who looks after a family member or friend without pay. Carers can get help.',
      [],
    ],
    ['Carers can get help.', [['glossary-term', 'Carers', 'warning']]],
    ['You may get reablement. This is a short service that helps you at home.', []],
    ['You may get reablement. This is a statement of the help you get at home.', []],
    // A sentence the term starts says what kind of thing it is, and what for.
    ['Reablement is a type of help for you after a stay in hospital. Reablement is free.', []],
    ['Reablement is a service in some areas.', [['glossary-term', 'Reablement', 'warning']]],
    // "…, which is care the NHS pays for": what kind of thing, said without "that".
    ['You may get reablement, which is care the council pays for. Reablement is free.', []],
    ['Reablement is help you get at home after a fall.', []],
    [
      'You may get reablement, which is free care arranged by the council. Reablement is short.',
      [],
    ],
    // Named after its explanation: "(a carer)", "known as having reablement".
    ['She looks after her husband without pay (a carer). Carers can get help.', []],
    ['A worker helps you at home for a short time. This is known as having reablement.', []],
    // Easy read ways of saying what it is.
    ['If you look after someone, we say you are a carer. Carers can get help.', []],
    ['Healthwatch is a group of local people. Healthwatch visits care homes.', []],
    ['You may have a Court of Protection deputy. This is usually someone in your family.', []],
    [
      'You will meet a commissioner. This is a member of staff who buys care. The commissioner will phone you.',
      [],
    ],
    // What it lets you do, in a "which" clause.
    ['You may get reablement, which lets you stay at home after a fall.', []],
    // What it tells you, in the next sentence.
    ['Read about reablement. It tells you how to get help at home.', []],
    [
      'We use reablement. This shows the council cares.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    ['Reablement is the best care you can get.', [['glossary-term', 'Reablement', 'warning']]],
    // The next sentence says what kind of person, body or thing it is.
    ['You may see a deputy. This is an officer of the court who decides for you.', []],
    ['Ask about reablement. This is a scheme that helps you at home.', []],
    ['Reablement is equipment in your home that calls for help.', []],
    ['You may get reablement. This is short-term support to help you at home.', []],
    ['You may get reablement. Reablement can help you do things for yourself again.', []],
    // The next sentence starts with a name that ends with the term.
    ['You may need a deputy. The Court Deputy is a person who decides things for you.', []],
    // The last word of a longer term, after it, means that term: not flagged again.
    [
      'A section 42 enquiry will start. KM will lead the enquiry.',
      [['glossary-term', 'section 42 enquiry', 'warning']],
    ],
    ['KM will lead the enquiry.', [['glossary-term', 'enquiry', 'warning']]],
    ['**An enquiry.** This is a written note of what happened and why.', []],
    // "Its purpose is to …", and a name the term starts.
    ['Ask about reablement. Its purpose is to help you do things for yourself again.', []],
    // (Not "X includes …": a part of it is not what it is.)
    [
      'Reablement includes help with washing, dressing and cooking.',
      [['glossary-term', 'Reablement', 'warning']],
    ],
    ['Healthwatch Northbrook is the independent champion for people who use care services.', []],
    // What it lets you do says what it is; what you must do does not.
    ['You may get reablement. This means you can get help at home for a while.', []],
    [
      'You may get reablement. This means you must pay for it.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // A claim about it is not what it is.
    [
      'Reablement is the quickest way to get home from hospital.',
      [['glossary-term', 'Reablement', 'warning']],
    ],
    ['Reablement is a service of the council.', [['glossary-term', 'Reablement', 'warning']]],
    // "What is X?" and the answer, even in the next paragraph.
    ['What is reablement?\n\nIt is short help at home after an illness.', []],
    [
      'What is reablement?\n\nYou can ask your social worker.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    [
      'You may get reablement. This is a big change for you.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // The next sentence starts with the term and says what it is, as easy read does.
    ['A carer will help you. A carer is a person who is paid to help you.', []],
    ['A carer will help you.\n\nA carer is a person who is paid to help you.', []],
    [
      'A carer will help you. A carer is coming on Monday.',
      [
        ['glossary-term', 'carer', 'warning'],
        ['glossary-term', 'carer', 'suggestion'],
      ],
    ],
    // The next sentence says what it does.
    [
      'We offer co-production. This looks at how staff and people who use services can plan together.',
      [],
    ],
    ['You may get reablement. It works out what you can do for yourself again.', []],
    ['You may get reablement. It helps you do things for yourself again.', []],
    // "This" then a verb that does not say what it is.
    [
      'You may get reablement. This starts on Monday.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // Explained in the next paragraph's first sentence.
    ['You may get reablement.\n\nThis means short help at home.', []],
    // "This is usually a …": what kind of person or thing it most often is.
    ['You may get reablement. This is usually a service that helps you at home.', []],
    // The next sentence says what it does, with the term as its subject.
    ['You may get reablement. Reablement helps you relearn everyday tasks at home.', []],
    ['We offer co-production. Co-production lets people shape the service as equals.', []],
    ['You may get reablement. Reablement tells staff what help you need at home.', []],
    // "Means" giving a consequence is not an explanation.
    [
      'You will get reablement, which means you will get visits for six weeks.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    [
      'You may get reablement. This means you must be at home in the mornings.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // … however many words name who must: "all analogue telecare units must".
    [
      'Reablement means all home care visits must stop.',
      [['glossary-term', 'Reablement', 'warning']],
    ],
    [
      'Reablement means she stays at home for six weeks.',
      [['glossary-term', 'Reablement', 'warning']],
    ],
    // A relative clause after "means" is still a meaning.
    ['Reablement means short help that can get you back on your feet.', []],
    // "X, which is …" or "X is …" saying what kind of thing it is, and what for.
    [
      'You may get reablement, which is short-term help to get back on your feet. Reablement is free.',
      [],
    ],
    ['Reablement is short-term help at home. Reablement is free.', []],
    [
      'We use co-production, which is a way of working together as equals. Co-production takes time.',
      [],
    ],
    // "…, which is free" says something about it, not what it is.
    [
      'You may get reablement, which is free for six weeks.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    [
      'You may get reablement, which is run by the council.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // Another word that happens to start the next sentence does not explain.
    [
      'You may get reablement. The team helps you relearn everyday tasks.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // Explained only later: the first use is still flagged, later ones are not.
    [
      'We use co-production. It takes time. Co-production means working together as equals. Co-production takes time.',
      [['glossary-term', 'co-production', 'warning']],
    ],
    // Explained by the very next sentence: as "This means …" does.
    [
      'We use co-production. Co-production means working together as equals. Co-production takes time.',
      [],
    ],
    // Brackets holding an abbreviation do not explain the term.
    [
      'The Deprivation of Liberty Safeguards (DoLS) apply.',
      [['glossary-term', 'Deprivation of Liberty Safeguards', 'warning']],
    ],
    ['Service users said yes.', [['glossary-term', 'Service users', 'warning']]],
    // A replace entry brought in and explained on purpose is left alone; a
    // respectful one is not.
    ['We will talk to people who buy services. These are called commissioners.', []],
    // Named in brackets after its plain words, even in a table cell.
    ['| People who buy services (commissioners) | 12 |', []],
    ['Ask the buyers (commissioners).', []],
    ['We will meet you again in May. This is called a reablement review. Reablement is free.', []],
    ['You may leave. This is sometimes called being "reablement ready". Reablement is free.', []],
    ['You get what we call "reablement". Reablement is free.', []],
    // "means test" is a thing, not a meaning.
    ['The reablement means test was waived.', [['glossary-term', 'reablement', 'warning']]],
    // A condition that says what the term is.
    [
      'If you look after someone who could not manage without you, you are a carer. Carers can get help.',
      [],
    ],
    ['If you look after your mum, you may be a carer. Carers can get help.', []],
    ['If someone helps you at home, they are your carer. Carers can get help.', []],
    ['If you look after your dad, you are his carer. Carers can get help.', []],
    ['They are your carer.', [['glossary-term', 'carer', 'warning']]],
    ['You may be a carer.', [['glossary-term', 'carer', 'warning']]],
    ['You are a carer.', [['glossary-term', 'carer', 'warning']]],
    // The next sentence says what it is: "This is the amount …".
    ['You get reablement. This is the kind of help that gets you going again.', []],
    ['You get reablement. This is a chat about how you are doing.', []],
    // What the person the sentence ends on does, in the next sentence …
    ['Your mother has a deputy. This person makes decisions about her money.', []],
    // … but not for another term earlier in that sentence.
    [
      'After reablement she has a deputy. This person makes decisions about her money.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // Named by the law, or with words between ", called" and the term.
    ['The law calls this reablement. Reablement is free.', []],
    ['You get help at home for six weeks, called home reablement.', []],
    // A consequence is not a meaning: "This means that you now …".
    [
      'You will get reablement. This means that you now pay nothing.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // "a … way of getting …" says what it is.
    ['Reablement is a different way of getting help at home.', []],
    // Brackets after plain words name the term; after a name they say who.
    ['Ask for short help at home (reablement).', []],
    ['Write to Helping Hands Homecare (reablement).', [['glossary-term', 'reablement', 'warning']]],
    // Not after an amount: then "This is …" speaks of the amount.
    [
      'You get reablement worth £450. This is a one-off amount.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    ['You get reablement worth £450. Reablement is a service that helps you at home.', []],
    // A description right after the term, set off by a comma.
    ['Ask about reablement, a service that helps you at home after an illness.', []],
    [
      'Ask about reablement, the plan for winter and the budget.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // What it is for: "to work out", "to check", "to decide".
    ['We will arrange reablement to make sure you can cope at home.', []],
    [
      'Ask the council for reablement to check how you are.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    ['We will send the reablement form to your GP.', [['glossary-term', 'reablement', 'warning']]],
    // "called" as in "called a meeting" does not explain.
    ['The board called a reablement meeting.', [['glossary-term', 'reablement', 'warning']]],
    // "called" that means summoned, before an article, names nothing.
    [
      'The chair called a commissioner to give evidence.',
      [['glossary-term', 'commissioner', 'warning']],
    ],
    ['Ask the commissioners. They buy services.', [['glossary-term', 'commissioners', 'warning']]],
    // A term that only opens a bracket is not explained by what comes before it.
    [
      'We visit four times a day (commissioners at bedtime).',
      [['glossary-term', 'commissioners', 'warning']],
    ],
    [
      'Service users (people who use services) said yes.',
      [['glossary-term', 'Service users', 'warning']],
    ],
    // Part of a name or job title: the writer cannot change it.
    ['Gareth Hughes, Head of Commissioner Services, agreed.', []],
    ['Ask the Commissioner Team.', []],
    // After a title, a capitalised term is part of a name, even at the start of a sentence.
    ['Mr Commissioner runs the bakery.', []],
    ['Dr. Commissioner will see you now.', []],
    // A lower-case variant of a capitalised term can be part of a name too.
    ['Mr Deputy is the name on the door.', []],
    [
      'Ask the Court of Protection Deputy Team.',
      [['glossary-term', 'Court of Protection Deputy', 'warning']],
    ],
    [
      'Commissioners agreed. Then commissioners left.',
      [
        ['glossary-term', 'Commissioners', 'warning'],
        ['glossary-term', 'commissioners', 'warning'],
      ],
    ],
    ['# Commissioners\n\nText.', [['glossary-term', 'Commissioners', 'warning']]],
    [
      'We will liaise with the team going forward.',
      [
        ['glossary-term', 'liaise', 'warning'],
        ['glossary-term', 'going forward', 'warning'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(run(text).filter(([rule]) => rule === 'glossary-term')).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    [
      'Ask the commissioners.',
      [
        ['replace', 'council buyers'],
        ['replace', 'people who buy services'],
      ],
    ],
    [
      'Commissioners agreed.',
      [
        ['replace', 'Council buyers'],
        ['replace', 'People who buy services'],
      ],
    ],
    [
      'We liaised with them.',
      [
        ['replace', 'worked with'],
        ['replace', 'talked to'],
      ],
    ],
    [
      'We are liaising with them.',
      [
        ['replace', 'working with'],
        ['replace', 'talking to'],
      ],
    ],
    // Deleting "Going forward" would leave ", we will meet.": not offered there.
    ['Going forward, we will meet.', [['replace', 'From now on']]],
    [
      'We will meet monthly going forward.',
      [
        ['replace', 'from now on'],
        ['remove', ''],
      ],
    ],
    ['Service users said yes.', [['replace', 'People we support']]],

    [
      'We use co-production here.',
      [['explain', ' (working together as equals with the people who use support)']],
    ],
  ])('suggestions for %s', (text, expected) => {
    const finding = check(text, { glossary }).findings.find((f) => f.ruleId === 'glossary-term');
    expect(finding?.suggestions.map((s) => [s.kind, s.text])).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // "There are working together between the teams" is not English, and
    // "working togethers" even less: only the plural noun is offered.
    ['There are synergies between the teams.', [['replace', 'joint efforts']]],
    [
      'The synergy is clear.',
      [
        ['replace', 'working together'],
        ['replace', 'joint effort'],
      ],
    ],
  ])('plain-words suggestions fit the sentence: %s', (text, expected) => {
    const finding = check(text, { glossary }).findings.find((f) => f.ruleId === 'plain-words');
    expect(finding?.suggestions.map((s) => [s.kind, s.text])).toEqual(expected);
  });

  it('names the alternative as it fits the sentence in the message', () => {
    const [finding] = check('Service users said yes.', { glossary }).findings;
    expect(finding?.message).toBe(
      '“Service users” can sound disrespectful. Try “People we support”.',
    );
  });

  it.each([
    // A contact line or heading says the word again; only body text counts.
    [
      'We use co-production. Co-production takes time.\n\nCo-production team: 01632 960 612\n',
      '“Co-production” is used again without being explained. Explain it where you first use it.',
    ],
    [
      'We use co-production. Co-production takes time.\n\n## Co-production\n\nWe like co-production.\n',
      '“Co-production” is used 2 more times without being explained. Explain it where you first use it.',
    ],
  ])('counts later uses in body text only: %s', (text, message) => {
    const reminders = check(text, { glossary, format: 'markdown' }).findings.filter(
      (f) => f.ruleId === 'glossary-term' && f.severity === 'suggestion',
    );
    expect(reminders.map((f) => f.message)).toEqual([message]);
  });

  it('gives the definition and entry id with a glossary finding', () => {
    const [finding] = check('We use co-production.', { glossary }).findings;
    expect(finding).toMatchObject({
      entryId: 'co-production',
      definition: 'Working together as equals with the people who use support.',
      category: 'jargon',
      line: 1,
      column: 8,
      start: 7,
      end: 20,
    });
  });
});

describe('an earlier word read as a verb form, with the built-in glossary', () => {
  // It must be a verb there: "leading" describes the provider ("lead provider"
  // is not meant), "having" is the verb of "have capacity".
  it.each<[string, string[]]>([
    ['She runs a leading provider of home care.', []],
    ['Two leading providers met.', []],
    ['The lead provider pays three charities.', ['lead provider']],
    ['He is having capacity assessed.', ['having capacity']],
    ['We support adults at risk.', ['adults at risk']],
  ])('%s', (text, expected) => {
    const found = check(text)
      .findings.filter((f) => f.ruleId === 'glossary-term')
      .map((f) => f.text);
    expect(found).toEqual(expected);
  });
});

describe('what a thing is, said where it is used, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    [
      'The enclosed direct payment agreement is a record of what you and the council each agree to do.',
      [],
    ],
    ['The direct payment agreement was sent on Monday.', ['direct payment agreement']],
    // Named in brackets after its plain words, even in a table cell.
    ['| Area (domain) | Score |', []],
    // Said after its short form: "X (ABC), the … of …".
    [
      'We were inspected by the Care Quality Commission (CQC), the independent regulator of care in England.',
      [],
    ],
    [
      'We were inspected by the Care Quality Commission (CQC) last year.',
      ['Care Quality Commission'],
    ],
    // Explained in the next sentence by its short form.
    [
      'You can employ a personal assistant (PA). A PA is someone you choose and pay to help you.',
      [],
    ],
    ['You can employ a personal assistant (PA). You choose them.', ['personal assistant']],
    // Not what happened next: "…, the panel ratified …".
    [
      'Following the Decision Support Tool, the panel ratified the recommendation that she has a primary health need.',
      ['Decision Support Tool', 'ratified', 'primary health need'],
    ],
    // What one person's need is, not what the term means: a need is never help.
    ['His eligible need is help with washing.', ['eligible need']],
    ['Your presenting needs are help with washing and dressing.', ['presenting needs']],
    ['Reablement is short-term help at home to get your confidence back.', []],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public' })).toEqual(expected);
  });
});

describe('a name inside a longer name, with the built-in glossary', () => {
  // "Front Door" is a name itself; inside "the Adult Social Care Front Door" it
  // is part of a team's name, which can be explained but not reworded.
  it.each<[string, string, string[]]>([
    ['Staff contacted the Adult Social Care Front Door on Monday.', 'Front Door', ['explain']],
    ['Please contact our Front Door on Monday.', 'Front Door', ['replace']],
    // A term the glossary writes in small letters, written with capitals inside a
    // sentence, is one service's name.
    [
      'Please phone the Community Equipment Service on Monday.',
      'Community Equipment Service',
      ['explain'],
    ],
    ['The community equipment service will phone you.', 'community equipment service', ['replace']],
    // Someone's own words, in quotation marks: explained, never reworded.
    [
      'My son told us: “The community equipment service came quickly.”',
      'community equipment service',
      ['explain'],
    ],
  ])('%s', (text, flagged, kinds) => {
    const finding = check(text, { profile: 'public' }).findings.find(
      (f) => f.ruleId === 'glossary-term',
    );
    expect(finding?.text).toBe(flagged);
    expect(finding?.suggestions.map((s) => s.kind)).toEqual(kinds);
  });
});

describe('a job title that ends with a term, with the built-in glossary', () => {
  // A "Senior Offender Manager" is an offender manager: still explained. Not a
  // job title after a name, nor a place ("Eastbury Community Hub").
  it.each<[string, string[]]>([
    ['Your Senior Offender Manager will call you.', ['Offender Manager']],
    ['Your Lead Offender Manager will call you.', ['Offender Manager']],
    ['Jane Smith, Best Interests Assessor, visited.', []],
    ['We meet at Eastbury Community Hub on Monday.', []],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public' })).toEqual(expected);
  });
});

describe('a year in brackets, with the built-in glossary', () => {
  // A reference starts with its author; a year in brackets at the end of a note is not one.
  it.each<[string, string[]]>([
    ['He had a NOF fracture and a fall at home (2023).', ['NOF']],
    ['Skills for Care (2024) The NOF fracture guide. Leeds: Skills for Care.', []],
    ['Department of Health (2014). Reablement in practice. London: DH.', []],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public' })).toEqual(expected);
  });
});

describe('a term that starts a sentence before a name, with the built-in glossary', () => {
  // The term's first capital only starts the sentence: it is not part of the name after it.
  it.each<[string, string[]]>([
    ['Going forward Mrs Smith will have two visits a day.', ['Going forward']],
    ['Respite care Monday to Friday is available.', ['Respite care']],
    [
      'On the balance of probabilities Ms G lacks capacity.',
      ['On the balance of probabilities', 'lacks capacity'],
    ],
    // A name with a capital on every long word is still a name.
    ['Please phone the Northshire Reablement Team on Monday.', []],
    // An owner's 's ends the name before it: the term after it is not part of that name.
    ["We fed your views into the ICB's Joint Forward Plan.", ['Joint Forward Plan']],
    ["Please phone the Council's Adult Social Care Team.", []],
    // So does a comma: a list, not one name.
    [
      'She is known to the CMHT, Early Intervention in Psychosis or a ward.',
      ['Early Intervention in Psychosis'],
    ],
    ['It went to Adult Social Care, Commissioning and Contracts Team.', []],
    // "and" between capitalised words joins a name only when the name goes on.
    ['It went to our Commissioning and Contracts Team.', []],
    ['We use Reablement and Telecare to help you.', ['Reablement', 'Telecare']],
    // A title's "of" before: "Head of Carers and Prevention" is a job.
    ['Owner: Head of Carers and Prevention', []],
    ['The Director of Adults and Commissioning agreed it.', []],
    ['Ask about Carers and Prevention.', ['Prevention']],
    // A body's short name after "the": "the Commission" (not "the Reablement service").
    ['We will send a copy of this decision to the Commission.', []],
    ['The Board will meet, and the Commission agreed.', []],
    ['We spoke to the Commissioning team.', ['Commissioning']],
    ['We use the Reablement service.', ['Reablement']],
    // A paragraph's number does not make the word after it the middle of a sentence.
    ['4.2 A Dynamic Purchasing System went live in May.', ['Dynamic Purchasing System']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'plain' })).toEqual(expected);
  });
});

describe('the last word of a longer term said again and explained, in easy read, with the built-in glossary', () => {
  // It is explained from then on as a term of its own.
  it.each<[string, string[]]>([
    [
      'This guide tells you about your Care Act assessment.\n\nAn assessment is when we talk with you about your life.\n\nYour family can have their own assessment.',
      [],
    ],
    [
      'This guide tells you about your Care Act assessment.\n\nAn assessment is needed.\n\nYour family can have their own assessment.',
      ['Care Act assessment', 'assessment'],
    ],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'easy-read' })).toEqual(expected);
  });
});

describe("an owner's s' inside a term, with the built-in glossary", () => {
  it('is not a plural: the explanation stays singular', () => {
    const finding = check("Ask for a carers' assessment today.", {
      profile: 'public',
    }).findings.find((f) => f.ruleId === 'glossary-term');
    expect(finding?.text).toBe("carers' assessment");
    expect(finding?.suggestions[0]?.text).toMatch(
      /^ \(a talk with the council, for someone who looks after /,
    );
  });
});

describe('a short form after the term it stands for, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    // Named on purpose in a wider sense ("a local review" of a decision): "review" then means that.
    [
      'You can ask us to look at the decision again. This is called a local review.\n\nTo ask for a review, write to us.',
      [],
    ],
    ['To ask for a review, write to us.', ['review']],
    // Nothing explains backwards.
    ['To ask for a review, write to us. This is called a local review.', ['review']],
    // The next paragraph says what it is, as an explanation would ("A review is a meeting …").
    [
      'This guide is about having a review of your support.\n\nA review is a meeting to check your support is still right for you. Your review is in May.',
      [],
    ],
    ['## Reviews\n\nA review is a meeting to check your support is still right for you.', []],
    [
      'This guide is about having a review of your support.\n\nWe will write to you. Your review is in May.',
      ['review', 'review'],
    ],
    // Not when a word of its own says which: "bathroom adaptations" are not the minor ones.
    [
      'You may need minor adaptations. You may also need bathroom adaptations.',
      ['minor adaptations', 'adaptations'],
    ],
    // The last word of a longer term to explain means that term after it.
    [
      'The Board must arrange a Safeguarding Adults Review when someone dies.\n\nWe discussed one review in June.',
      ['Safeguarding Adults Review'],
    ],
    ['We discussed one review in June.', ['review']],
    // A doing word means the name only after "the": "1. Commission more …" is the verb.
    [
      'The Care Quality Commission (CQC) visited us.\n\n1. Commission more extra care housing.',
      ['Care Quality Commission', 'Commission', 'extra care housing'],
    ],
    [
      'The Care Quality Commission (CQC) visited us. We sent our plan to the Commission.',
      ['Care Quality Commission'],
    ],
    // A term of two words or more that is the head of a longer one means it too,
    // before "for …" (not a run after "of": "the Mental Health Act" is its own law).
    [
      'You hold a lasting power of attorney for property and financial affairs. Please send us a copy of the power of attorney.',
      ['lasting power of attorney for property and financial affairs'],
    ],
    ['Please send us a copy of the power of attorney.', ['power of attorney']],
    [
      'The lasting power of attorney for property and financial affairs is here.\n\n# Contact\n\nPlease send us a copy of the power of attorney.',
      ['lasting power of attorney for property and financial affairs'],
    ],
    // A word that points back ("the new …") still means that term.
    [
      'We will write a practice framework this year. The new framework goes live in April.',
      ['practice framework'],
    ],
    ['The new framework goes live in April.', ['framework']],
    [
      'We will write a practice framework this year. A further framework may follow.',
      ['practice framework'],
    ],
    [
      'The Board arranges Safeguarding Adults Reviews. Learning from reviews is shared.',
      ['Safeguarding Adults Reviews'],
    ],
    // Named: "This is called your contribution.", "A person called an advocate …".
    [
      'We take off the amount you need to pay. This is called your contribution. Your contribution is due monthly.',
      [],
    ],
    ['Your contribution is due monthly.', ['contribution']],
    ['A person called an advocate can help you. Ask for an advocate.', []],
    ['The chair called an advocate to speak.', ['advocate']],
    // "These are …" in the next sentence says what they are.
    [
      'We allow for disability-related expenditure. These are extra costs a person has because of their disability.',
      [],
    ],
    // What the service it names does: "X service, which links people to …".
    [
      'We looked at the community connectors service, which links people to local groups. Community connectors work in each town.',
      [],
    ],
    [
      'We looked at the community connectors service, which closed in May.',
      ['community connectors'],
    ],
    // "people say you have capacity": a term that holds its own verb.
    ['If you can make a choice, people say you have capacity. Having capacity matters.', []],
    // Only after what it means: "say you are" alone is not an explanation.
    ['When you no longer need a hospital bed, doctors say you are medically optimised.', []],
    [
      'We will talk with you once the doctors say you are medically optimised.',
      ['medically optimised'],
    ],
    // "People often call this …", with the word in quotes.
    [
      'Doctors may keep you in hospital. People often call this "being sectioned". Being sectioned is hard.',
      [],
    ],
    // What kind of thing, then who or what: "…, which is the amount of money you …".
    [
      'The minimum income guarantee, which is the amount of money you must be left with each week, is set by the government. The minimum income guarantee goes up in April.',
      [],
    ],
    [
      'The minimum income guarantee, which is the main amount you can keep, goes up in April.',
      ['minimum income guarantee'],
    ],
    [
      'The minimum income guarantee, which is a shame you missed, goes up in April.',
      ['minimum income guarantee'],
    ],
    // What it does: "…, which checks how …".
    ['You can contact the Care Quality Commission, which checks how care homes are run.', []],
    [
      'You can contact the Care Quality Commission, which opened in 2009.',
      ['Care Quality Commission'],
    ],
    // The next sentence says what it is with the term's last word.
    [
      'We can ask an independent advocate to help you. An advocate is someone who is on your side.',
      [],
    ],
    [
      'We can ask an independent advocate to help you. An advocate will phone.',
      ['independent advocate'],
    ],
    // ", called the X,": named after the words that say what it is.
    [
      'Councils must use national rules, called the eligibility criteria, to decide who gets help.',
      [],
    ],
    [
      'Councils must use the eligibility criteria to decide who gets help.',
      ['eligibility criteria'],
    ],
    // The next sentence starts with the term and says what it does: "looks at …".
    [
      "You have a right to a carer's assessment. A carer's assessment looks at how caring affects you.",
      [],
    ],
    // What it holds: "a one-page profile that says what matters to them".
    [
      'Everyone will have a one-page profile that says what matters to them. The one-page profile is kept in the office.',
      [],
    ],
    ['Everyone will have a one-page profile that we keep.', ['one-page profile']],
    // People's jobs on an attendance line and the titles of papers in a reference are names.
    ['Present: Owen Price (Programme Manager, Better Care Fund), Jane Hill (Chair)', []],
    ['Owen Price manages the Better Care Fund.', ['Better Care Fund']],
    ['3. Kingsmere Council (2024) Cost of care exercise: home care. Report to Cabinet.', []],
    // Its short form in brackets comes between a term and what it is.
    [
      'A Disabled Facilities Grant (DFG) is money from the council to pay for changes to your home.',
      [],
    ],
    // What a thing that will be done is for.
    ['There will be a financial assessment to work out what you should pay.', []],
    ['The person you care for will have a financial assessment to work out how much they pay.', []],
    [
      'When an adult dies or is badly hurt because of abuse, the board must carry out a Safeguarding Adults Review to learn lessons.',
      [],
    ],
    ['We will carry out a carers assessment to look at what help you need.', []],
    [
      'The board carried out a Safeguarding Adults Review to learn more about the case.',
      ['Safeguarding Adults Review'],
    ],
    ['This booklet is about a law called the Mental Capacity Act.', []],
    ['This booklet is about the Mental Capacity Act.', ['Mental Capacity Act']],
    // What is checked, after "means": "if you can" is part of it.
    ['Staff may do a mental capacity assessment. This means they check if you can decide.', []],
    [
      'Staff may do a mental capacity assessment. This means you must wait at home.',
      ['mental capacity assessment'],
    ],
    // … the second of two things done: the purpose is the second's.
    [
      'We will carry out a Care Act assessment and a financial assessment to work out whether you need to pay.',
      ['Care Act assessment'],
    ],
    // A plural in -ies stands for the same word: "safeguarding enquiries" … "the enquiry".
    [
      'Staff must report safeguarding enquiries quickly.\n\n## During the enquiry\n\nKeep the person at the centre.',
      ['safeguarding enquiries'],
    ],
    // A term with a plain word is swapped at every use, so its short form still needs one.
    [
      'Your care and support review is due. This review will be at home.',
      ['care and support review', 'review'],
    ],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public' })).toEqual(expected);
  });
});

describe('a department named in an address, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    ['Write to: Adult Social Care, Harfield City Council, Town Hall, Harfield HF1 1AA', []],
    ['Write to Adult Social Care about your care.', ['Adult Social Care']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'easy-read' })).toEqual(expected);
  });
});

describe('a list of references, with the built-in glossary', () => {
  // The titles of published papers are not the writer's to change or explain.
  it.each<[string, string[]]>([
    [
      'We use co-production.\n\n## References\n\n1. Department of Health. Co-production in social care.\n\n2. Reablement guidance for councils.\n\n## Contact\n\nAsk about reablement.',
      ['co-production', 'reablement'],
    ],
    [
      'We use co-production.\n\n## Reading\n\n1. Department of Health. Co-production in social care.\n\n2. Reablement guidance for councils.',
      ['co-production', 'Co-production', 'Reablement'],
    ],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public', format: 'markdown' })).toEqual(expected);
  });
});

describe('a term on its own or as a label, then what it is, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    // A table of words and what they mean explains them from there on.
    [
      '| Word | What it means |\n| --- | --- |\n| Advocacy | Someone who helps you say what you want |\n\nWe can arrange advocacy.',
      [],
    ],
    // Not a table of figures or notes.
    [
      '| Service | Notes |\n| --- | --- |\n| Advocacy | Up by 10% |\n\nWe can arrange advocacy.',
      ['advocacy'],
    ],
    // A word in bold on its own line, then a sentence that says what it is.
    ['**Advocacy**\n\nSomeone who helps you say what you want.\n\nWe can arrange advocacy.', []],
    // Not a list of services, nor a heading over a topic.
    ['- Advocacy\n- Support at home for you\n\nWe can arrange advocacy.', ['advocacy']],
    ['## Advocacy\n\nPeople who need it can ask us.\n\nWe can arrange advocacy.', ['advocacy']],
    // A heading that is only the term, then "This is …".
    [
      '## Your personal budget\n\nThis is the money for your support.\n\nWe send your personal budget in a letter.',
      [],
    ],
    [
      '## Your personal budget\n\nWe send it in a letter.\n\nAsk about your personal budget.',
      ['personal budget'],
    ],
    // A label, then what it is.
    ['- Advocacy: someone who helps you say what you want.\n\nWe can arrange advocacy.', []],
    ['Direct payments: money from the council so you can buy your own care.', []],
    ['Respite: time away from caring, so you can rest.', []],
    // … or who comes to you, and what they do.
    [
      '- **Short breaks:** someone stays with you for a weekend, so your family carer can rest.\n- Day trips.\n\nYou get 28 days of short breaks a year.',
      [],
    ],
    [
      '- **Short breaks:** these happen in the summer.\n- Day trips.\n\nYou get 28 days of short breaks a year.',
      ['short breaks'],
    ],
    // … a kind of thing, and who runs or gives it.
    [
      '- **Council Tax Reduction:** a scheme run by your local council for people on a low income.',
      [],
    ],
    ['- **Council Tax Reduction:** ask us for a form by 1 April.', ['Council Tax Reduction']],
    // A label over a topic does not say what it is.
    ['Direct payments: we paid 400 people this year.', ['Direct payments']],
    ['- Advocacy: what it means for you\n\nWe can arrange advocacy.', ['advocacy']],
    // A word in bold that starts a paragraph, then "These are …".
    ['**Direct payments.** These are money from the council so you can buy your own care.', []],
    ['**Telecare.** These are alarms and sensors in your home that call for help.', []],
    ['**Telecare.** These are not for everyone.', ['Telecare']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public', format: 'markdown' })).toEqual(expected);
  });
});

describe('a longer term that starts inside another, with the built-in glossary', () => {
  it.each<[string, 'plain' | 'public' | 'easy-read', string[]]>([
    // "hospital discharge" is for easy read only: elsewhere the longer term is read.
    ['The hospital discharge to assess team starts today.', 'plain', ['discharge to assess']],
    ['The hospital discharge to assess team starts today.', 'public', ['discharge to assess']],
    // Two words whose second starts the longer term: "leaving hospital to assess" would not read.
    ['The hospital discharge to assess team starts today.', 'easy-read', ['discharge to assess']],
    ['Your hospital discharge is on Monday.', 'easy-read', ['hospital discharge']],
    // A term of three words stays what it is.
    ['The council can place a local land charge on your home.', 'plain', ['local land charge']],
  ])('%s (%s)', (text, profile, expected) => {
    expect(termsFlagged(text, { profile })).toEqual(expected);
  });
});

describe('a longer term that takes over, with test entries', () => {
  const glossary = [
    entry({ id: 'blue-sky', term: 'blue sky', action: 'explain', audiences: ['plain'] }),
    entry({ id: 'sky-high-rise', term: 'sky high rise', action: 'explain' }),
    entry({ id: 'high', term: 'high', action: 'explain' }),
  ];
  it.each<['plain' | 'public', string[]]>([
    // A term found inside the longer one is not read again.
    ['public', ['sky high rise']],
    // Two words whose second starts the longer term: the longer term, for every reader.
    ['plain', ['sky high rise']],
  ])('%s', (profile, expected) => {
    expect(
      check('The blue sky high rise is new.', { glossary, profile })
        .findings.filter((f) => f.ruleId === 'glossary-term')
        .map((f) => f.text),
    ).toEqual(expected);
  });
});

describe('more ways of saying what a term is, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    // Named after what it is: "We call this (short-term help) X", "called being a X".
    ['We call this short-term help reablement.', []],
    ['Some people have extra costs. We call these disability-related expenses.', []],
    ['You pay for your own care. This is called being a self-funder.', []],
    ['We call this number if we need reablement.', ['reablement']],
    // How long, then what: "which is up to 6 weeks of short-term help to …".
    [
      'You can have reablement, which is up to 6 weeks of short-term help to get you back on your feet.',
      [],
    ],
    // The term with a word before it that makes it another phrase ("unpaid carer",
    // which is never flagged), said what it is, explains the term from there on.
    [
      'An unpaid carer is anyone who looks after a family member. Many carers told us they need breaks.',
      [],
    ],
    [
      'We spoke to carers. An unpaid carer is anyone who looks after a family member. Many carers need breaks.',
      ['carers'],
    ],
    // A word before it that makes it plain by itself (the entry's `plainAfter`) explains it too.
    ['Support for unpaid carers is growing. Many carers told us they need breaks.', []],
    ['Many carers told us they need breaks. Support for unpaid carers is growing.', ['carers']],
    ['Support for trained carers is growing. Many carers told us they need breaks.', ['carers']],
    // What kind of thing, then its name: "an extra amount called the carer element".
    ['They use a form called the Decision Support Tool.', []],
    ['You might get money called a direct payment.', []],
    ['Ask the council about a sum called a personal budget.', []],
    ['She called the Decision Support Tool a mess.', ['Decision Support Tool']],
    // Who they are, what it does for someone, what it makes easier.
    ['Each group must name a lead provider, who will be the single point of contact.', []],
    ['We met the lead provider, who was late.', ['lead provider']],
    ['A lipspeaker, someone who repeats words clearly without sound, will come.', []],
    ['A lipspeaker, someone said, will come.', ['lipspeaker']],
    // After a phrase that opens the sentence, the comma ends the phrase: what follows
    // is the sentence, unless it says who they are ("someone who …").
    ['With reablement, a person gets six weeks of help.', ['reablement']],
    // A list is not a term said again: "a commissioner, a nurse and people from …".
    [
      'The panel includes a commissioner, a nurse and people from the providers.',
      ['commissioner', 'providers'],
    ],
    // What kind of thing, and what for, set off by a comma.
    ['It may lead to a personal budget, a one-off payment towards things like a break.', []],
    [
      'It may lead to a personal budget, a one-off payment and a review.',
      ['personal budget', 'review'],
    ],
    // What happens there, after where it is: "…, where people can drop in".
    ['We opened three community hubs in libraries, where people can drop in for advice.', []],
    ['You can have a managed account, where a provider holds the money for you.', ['a provider']],
    ['We opened three community hubs in May, where the mayor spoke.', ['community hubs']],
    // Without a comma, after "a": what someone does there. Not a question asked.
    [
      'Ask us about a sitting service where a trained worker stays with the person you care for.',
      [],
    ],
    [
      'Ask us about the sitting service where a trained worker stays with the person you care for.',
      ['sitting service'],
    ],
    ['Ask your care coordinator where a carer goes for help.', ['care coordinator', 'carer']],
    ['Ask about a sitting service where the nearest one is.', ['sitting service']],
    ['With a lipspeaker, someone who repeats words clearly, you can follow the talk.', []],
    ['We can give you a video magnifier, which makes print bigger on a screen.', []],
    ['We can give you a video magnifier, which makes noise.', ['video magnifier']],
    ['Text relay lets you type what you want to say, and a helper reads it out.', []],
    ['Text relay works out of hours.', ['Text relay']],
    // … for whoever it lets do something, not only "you" or "people".
    ['A deferred payment agreement lets your mother delay selling her home.', []],
    ['The sponsorship route lets care homes recruit workers from abroad.', []],
    ['A deferred payment agreement lets down families.', ['deferred payment agreement']],
    ['You can use text relay, which is free.', ['text relay']],
    // What it finds out, or what kind of thing it is and what about.
    ['The council can offer you a carer’s assessment, which looks at what help you need.', []],
    ['The council can offer you a needs assessment, which is a talk about what help you need.', []],
    ['A needs assessment is a talk about what help you need.', []],
    [
      'The council can offer you a needs assessment, which is a talk about money.',
      ['needs assessment'],
    ],
    [
      'The council can offer you a needs assessment, which looks at nothing new.',
      ['needs assessment'],
    ],
    // What kind of thing: an area, a box, staff, workers.
    [
      'You may wait in the discharge lounge. This is a comfortable area where you can wait for your medicines.',
      [],
    ],
    ['A key safe is a small locked box for your key.', []],
    ['Bank staff are our own staff who work extra shifts.', []],
    ['Agency staff are workers from another company.', []],
    // The term, the thing it names, then that thing in its own words.
    ['She has PRN medicines, which are medicines given only when needed.', []],
    ['She has PRN medicines, which are kept in the office.', ['PRN']],
    ['We use telecare equipment, which is equipment in your home that calls for help.', []],
    // ", where a person can …": what happens there.
    [
      'You may go home on discharge to assess, where a person can go home with support for a few weeks.',
      [],
    ],
    ['It can also be self-neglect, where a person does not look after themselves.', []],
    // The term itself means something, whatever follows.
    ['Social prescribing means your doctor can send you to a group.', []],
    ['We offer reablement, which means you will have to pay nothing.', ['reablement']],
    // What kind of thing it is, and nothing more; what it lets someone do.
    ['A micro-enterprise is a very small local business.', []],
    ['Day opportunities are things you can do in the day.', []],
    ['Social prescribing means your doctor can send you to a group.', []],
    ['Her low vision means she cannot read standard print.', ['low vision']],
    ['Personal outcomes are written in your plan.', ['Personal outcomes']],
    [
      'You keep the minimum income guarantee, which is money set by the government for daily costs.',
      [],
    ],
    ['Your support plan says what help you need.', []],
    ['Your support plan says nothing new.', ['support plan']],
    // "It" that does something is most often the last sentence's subject.
    [
      'This summary is published by the Safeguarding Adults Board. It tells you why we wrote it.',
      ['Safeguarding Adults Board'],
    ],
    ['The Safeguarding Adults Board is new. It tells you how we keep people safe.', []],
    [
      'This plan was written by me with my care coordinator. It says what helps me stay well.',
      ['care coordinator'],
    ],
    ['Ask for a carer’s assessment. It records what you do for the person you care for.', []],
    // … or a person opens it ("Anyone who …"), when "it" can only be the thing.
    [
      "Anyone who cares for an adult can ask their council for a carer's assessment. It looks at how caring affects you.",
      [],
    ],
    // How much of the term's kind: "up to one week of unpaid leave".
    [
      "Employees have the right to take carer's leave. This is up to one week of unpaid leave every year.",
      [],
    ],
    [
      "Employees have the right to take carer's leave. This is up to one week of holiday.",
      ["carer's leave"],
    ],
    // … and so is "it" that is something.
    [
      'Planning ahead matters most if you have a life-limiting illness or you are getting older. It is a conversation, not a form.',
      ['a life-limiting illness'],
    ],
    [
      'Planning ahead matters most if you have a life-limiting illness or you are getting older.\n\nIt is a conversation, not a form.',
      ['a life-limiting illness'],
    ],
    ['The Safeguarding Adults Board is new. It is a group of people who keep adults safe.', []],
    [
      'After the check, we will write a health action plan with you. It will say what you can do to stay healthy.',
      [],
    ],
    // What it says or what they can do, in the next sentence.
    [
      'We will look at your support plan. Your support plan says what help you get and who gives it.',
      [],
    ],
    ['You can ask for an independent advocate. They can help you say what you want.', []],
    ['You can ask for an independent advocate. They can be late.', ['independent advocate']],
    // In the past, in a letter about one already done.
    [
      'We did a financial assessment with you in June. This looked at your money and what you pay.',
      [],
    ],
    [
      'We did a financial assessment with you in June. This took two hours.',
      ['financial assessment'],
    ],
    // Who chooses them, who it is for, who names them, what body it is.
    ['A deputy is someone the court chooses to make decisions for you.', []],
    ['The deputy is in court today.', ['deputy']],
    ["Carer's leave is for employees who look after someone.", []],
    ["Carer's leave is for one week.", ["Carer's leave"]],
    ['The nearest relative is a family member named in the law.', []],
    ['The nearest relative is a family member.', []],
    ['The nearest relative is a family member in court today.', ['nearest relative']],
    ['The Care Quality Commission is the independent regulator of health and social care.', []],
    ['The Care Quality Commission is the main regulator of care.', ['Care Quality Commission']],
    // "This" in the next sentence is the thing named last.
    [
      'You can ask for a personal budget and take it as a direct payment. This lets you choose your care.',
      ['personal budget'],
    ],
    ['You can ask for a direct payment. This lets you choose your care.', []],
    // Named: "a paper called …".
    ['You will sign a paper called a tenancy agreement.', []],
    // "means" after the word the term describes.
    ['Double-handed care means two care workers come to you.', []],
    ['Double-handed care means we must book two workers.', ['Double-handed']],
    // A pointer to a form or a page in brackets says nothing of what it is.
    ['Send a request for a standard authorisation (Form 4).', ['standard authorisation']],
    ["Ask for a carer's assessment (see page 4).", ["carer's assessment"]],
    ["Ask for a carer's assessment (a talk about what help you need).", []],
    // Named after "which are called", with words of its own before it.
    ['We looked at twelve areas, which are called care domains.', []],
    ['We looked at twelve areas, which are all domains.', ['domains']],
    // What it will work out, what it records, who it is made up of, what happens there.
    ['You can have a financial assessment, which will work out how much you pay.', []],
    ['You can have a financial assessment, which will take an hour.', ['financial assessment']],
    ['She can make an advance care plan. This records her wishes.', []],
    ['She can make an advance care plan. This takes an hour.', ['advance care plan']],
    ['Ask our Hospice at Home team, made up of nurses who can visit.', []],
    ['Ask our Hospice at Home team, made up of nurses.', ['Hospice at Home']],
    ['We offer a sitting service, where a care worker stays with the person.', []],
    // Named right after what it is, in a sentence of its own.
    ['Your care costs us £236 a week. This is your personal budget.', []],
    ['This is your personal budget.', ['personal budget']],
    [
      'Your care costs us £236 a week. This is your personal budget for the year.',
      ['personal budget'],
    ],
    // Named after what it is, with "a", and what happens next.
    [
      'If someone is hurting you or taking your money, tell us. This is a safeguarding concern and we will listen.',
      [],
    ],
    ['If someone is hurting you, tell us. This is a safeguarding concern.', []],
    ['This is a safeguarding concern and we will listen.', ['safeguarding concern']],
    [
      'If someone is hurting you, tell us. This is a safeguarding concern about your neighbour.',
      ['safeguarding concern'],
    ],
    // A body's name may be "they".
    [
      'You can also contact the Care Quality Commission. They check that hospitals follow the law.',
      [],
    ],
    [
      'You can read the Mental Health Act. They check that hospitals follow the law.',
      ['Mental Health Act'],
    ],
    // What kind of thing it is, in the next paragraph (easy read puts each sentence on a line).
    ['You are in hospital under the Mental Health Act.\n\nThe Mental Health Act is a law.', []],
    [
      'You are in hospital under the Mental Health Act.\n\nThe Mental Health Act is old.',
      ['Mental Health Act', 'Mental Health Act'],
    ],
    // What a body does, after its name.
    ['The Care Quality Commission, or CQC, checks care homes.', []],
    ['The Care Quality Commission met in May.', ['Care Quality Commission']],
    // A short sentence that names the kind of thing, then what it means.
    [
      'We follow Making Safeguarding Personal. This is a national approach. It means that we ask you what you want.',
      [],
    ],
    [
      'We follow Making Safeguarding Personal. This is a national approach. It means you must tell us.',
      ['Making Safeguarding Personal'],
    ],
    // What money pays for says what it is.
    ['The wellbeing charge pays for the team to answer your alarm at any time.', []],
    ['The wellbeing charge goes up in April.', ['wellbeing charge']],
    // What it is for, after talking about it.
    [
      'The council will talk to you about a financial assessment, to work out what you need to pay.',
      [],
    ],
    [
      'The council will talk to you about a financial assessment next week.',
      ['financial assessment'],
    ],
    ['The wellbeing charge covers the 24-hour team.', ['wellbeing charge']],
    ['The Better Care Fund pays for a team to visit you at home.', ['Better Care Fund']],
    ['We will tell you if the wellbeing charge pays for the team.', ['wellbeing charge']],
    // What an amount of money pays for, in the next sentence, after that amount.
    ['You will pay a service charge of £24 a week. This covers cleaning the shared hallway.', []],
    ['You will pay a service charge. This covers cleaning the shared hallway.', []],
    [
      'You will pay a service charge of £24 a week. This is a lot of money for some people.',
      ['service charge'],
    ],
    ['You get reablement worth £450. This covers your care.', ['reablement']],
    // What kind of thing, then what it is for: "the amount it costs to …".
    ['We will tell you your personal budget, which is the amount it costs to meet your needs.', []],
    [
      'We will tell you your personal budget, which is the amount it was last year.',
      ['personal budget'],
    ],
    ['We will tell you your personal budget, which is late.', ['personal budget']],
    // A claim is not what it is.
    ['Direct payments are the best way to get care.', ['Direct payments']],
    ['Agency staff are in place for every shift.', ['Agency staff']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'easy-read' })).toEqual(expected);
  });
  it.each<[string, string[]]>([
    // "someone called a deputy", "This is a promise that …", a name then what it is
    // between commas, what kind of thing with three words before it, "where" with a
    // subject of its own, "for you, which …" and "only means".
    ['The court can choose someone called a deputy to make decisions for you.', []],
    [
      'We have signed the Armed Forces Covenant. This is a promise that people who have served will not be at a disadvantage.',
      [],
    ],
    ['SSAFA, the Armed Forces charity, offers practical and emotional support.', []],
    ['Op COURAGE, an NHS mental health service for veterans, can help.', []],
    ['Op COURAGE is an NHS mental health service for veterans.', []],
    ['Abuse can include organisational abuse, where poor care is common in a service.', []],
    [
      'Partners agreed new guidance on cuckooing, where criminals take over the home of someone who needs support.',
      [],
    ],
    ['Partners agreed new guidance on cuckooing, where it is needed.', ['cuckooing']],
    // "This is a" and the term's last word again, with words that say which kind.
    ['We are offering you an assured tenancy. This is a secure, long-term tenancy.', []],
    [
      'We are offering you an assured tenancy. This is a tenancy that lasts while you keep its rules.',
      [],
    ],
    ['We will do a financial assessment. This is an assessment of your money.', []],
    // What kind of thing, then examples of it.
    ['Major adaptations are bigger changes, such as a stairlift or a new bathroom.', []],
    ['Major adaptations are bigger changes.', ['Major adaptations']],
    // Who pays for what says what a way of paying for care is; what you must do is a consequence.
    [
      'You are eligible for NHS Continuing Healthcare. This means the NHS will pay for the care you need.',
      [],
    ],
    [
      'You are eligible for NHS Continuing Healthcare. This means you will pay more.',
      ['NHS Continuing Healthcare'],
    ],
    ['We are offering you an assured tenancy. This is a tenancy.', ['assured tenancy']],
    [
      'We are offering you an assured tenancy. This is a tenancy we looked at.',
      ['assured tenancy'],
    ],
    [
      'Our team can run a payroll service for you, which works out your tax and sends you a payslip.',
      [],
    ],
    ['A positive checklist only means that a full assessment is needed.', []],
    // "It" after a sentence a person opens; "who is usually a"; "This is care for";
    // ", which is the"; "someone … whose job is"; "(also called a …)"; what it must be.
    [
      'We have written an equality impact assessment. It looks at how the proposals could affect disabled people.',
      [],
    ],
    [
      'The report went with our equality impact assessment. It looks at how the proposals could affect disabled people.',
      ['equality impact assessment'],
    ],
    [
      'A best interests assessor, who is usually a social worker with extra training, will visit.',
      [],
    ],
    ['You can ask for replacement care. This is care for Samuel while you are away.', []],
    ['You can ask for replacement care. This is care we fund.', ['replacement care']],
    ['It must ask the council, which is the supervisory body, for help.', []],
    [
      'It might be a reviewing officer. A reviewing officer is someone from the council whose job is to check plans.',
      [],
    ],
    [
      'It might be a reviewing officer. A reviewing officer from the council will phone you.',
      ['reviewing officer', 'reviewing officer'],
    ],
    ['Someone else may pay a top-up (also called a third-party contribution).', []],
    ['If you pay all your own fees (as a self-funder), you keep it.', []],
    ['If you pay all your own fees as a self-funder, you keep it.', ['self-funder']],
    ['The care must be in her best interests. This means it must be what she would want.', []],
    ['The care must be in her best interests. This means it must be paid for.', ['best interests']],
    // "It says what …" after the sentence that names it.
    ['I have a positive behaviour support plan. It says what helps when I am upset.', []],
    [
      'I have a positive behaviour support plan. It says my name on the front.',
      ['positive behaviour support plan'],
    ],
    // What kind of thing it is, and what you or we do with it.
    [
      'A pendant alarm is a button you wear around your neck. Press the pendant alarm if you fall.',
      [],
    ],
    ['A pendant alarm is a good idea.', ['pendant alarm']],
    ['A supported internship is a study programme for young people aged 16 to 24.', []],
    // How long, then what it is; a pump is a kind of thing; what one you have is for.
    [
      'We may offer reablement. This is up to six weeks of support at home to help you get back your skills.',
      [],
    ],
    [
      'A nurse can give them through a syringe driver. This is a small pump that gives medicine slowly under the skin.',
      [],
    ],
    ['A nurse can give them through a syringe driver. This is in her arm.', ['syringe driver']],
    [
      'You will have a financial assessment to work out whether you need to pay towards the cost.',
      [],
    ],
    ['You will have a financial assessment to pay for.', ['financial assessment']],
    [
      'We look at your Minimum Income Guarantee, which is the amount the law says you must be left with.',
      [],
    ],
    ['You could have a personal budget, which is a sum of money for things that help you.', []],
    ['You could have a personal budget, which is a sum in pounds.', ['personal budget']],
    ['You will sign a tenancy agreement. This is a paper that says what you must do.', []],
    ['Ask our Young Adult Carers service, which works with carers aged 18 to 25.', []],
    ['Ask our Young Adult Carers service, which works on Mondays.', ['Young Adult Carers']],
    ['A hospital passport is a booklet about you. Take your hospital passport with you.', []],
    // What it covers; what it means for how much you get; what the person you ask for does.
    [
      'We will include a disability-related expenditure (DRE) allowance. This covers the extra costs of your disability.',
      [],
    ],
    [
      'We will include a disability-related expenditure (DRE) allowance. This covers most of it.',
      ['disability-related expenditure'],
    ],
    ['Attendance Allowance is means-tested, so how much you get depends on your savings.', []],
    ['Attendance Allowance is means-tested, so you should apply early.', ['means-tested']],
    ['If you would like someone to help you speak up, you can ask for an advocate.', []],
    ['If you would like a lift to the meeting, you can ask for an advocate.', ['advocate']],
    // What a test looks at says what it is; a list of names in brackets says nothing.
    [
      'The grant is means-tested. This means the council will look at your income and savings to work out what you pay.',
      [],
    ],
    ['The grant is means-tested. This means you will have to pay.', ['means-tested']],
    [
      'Discharge to assess means the team will look at your care needs at home.',
      ['Discharge to assess'],
    ],
    ['The grant is means-tested. This means the district council will check your savings.', []],
    [
      'The framework is split across four lots (North, South, Coastal and City).',
      ['framework', 'lots'],
    ],
    [
      'The framework is split across four lots (areas of the county with one company each).',
      ['framework'],
    ],
    // A figure or a date in brackets says how much or when, not what it is.
    [
      'Tell us if your savings fall below the upper capital limit (currently £23,250).',
      ['upper capital limit'],
    ],
    [
      'Tell us if your savings fall below the upper capital limit (from April 2027, £24,000).',
      ['upper capital limit'],
    ],
    ['You may get reablement (up to 6 weeks).', ['reablement']],
    ['You may get reablement (up to 6 weeks of free help at home).', []],
    // Where it is for, between the term and ", which is …".
    ['You pay the usual rate for your area, which is the amount the council pays for a room.', []],
    ['You pay the usual rate for your area, which is rising.', ['usual rate']],
    ['Your top-up, which is the amount the family pays, is due monthly.', []],
    ['Your top-up, which is the amount the newspaper said, is due monthly.', ['top-up']],
    // Not "where there is one": that says when, not what.
    [
      'Send the care plan under the Care Programme Approach, where there is one.',
      ['Care Programme Approach'],
    ],
    ['SSAFA, Help for Heroes and the council all offer support.', ['SSAFA']],
    // A numbered part in brackets points to where it is, and says nothing of what it is.
    [
      'Your supervisor will check this section of the Care Certificate (Standard 14: Handling information).',
      ['Care Certificate'],
    ],
    // Another term in brackets is a second name, to explain as well: it says nothing of what either is.
    ['You may get a personal budget (a direct payment).', ['personal budget', 'direct payment']],
    [
      'People need a Court of Protection order (a Re X application) if their care restricts them.',
      ['Court of Protection', 'Re X application'],
    ],
    // Said what it is, the sentence explains both names.
    ['A personal budget (a direct payment) is money the council gives you for care.', []],
    // Once one name is explained, the other beside it in brackets names a thing the reader knows.
    [
      'Reablement is short-term help at home to get you back on your feet. The reablement service (Home First) will call you.',
      [],
    ],
    ['The reablement service (Home First) will call you.', ['reablement', 'Home First']],
    [
      'A direct payment is money from the council that you use to buy your own care. You can take your personal budget (a direct payment) at any time.',
      [],
    ],
    // Not a name beside it with more words between: "team (Home First)" names the team.
    [
      'Home First means we get you home from hospital quickly. Our reablement team (Home First) will call you.',
      ['reablement'],
    ],
    // "which we call" names it after what it is.
    [
      'Reablement is short-term help at home to get you back on your feet. We also run a reablement team (which we call Home First) in the north.',
      [],
    ],
    // After plain words, it is their name.
    ['Help at home for up to six weeks (reablement) is free.', []],
    ['You may get money for your care (a personal budget).', []],
  ])('%s (public)', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public' })).toEqual(expected);
  });
});

describe('what a term is, with an aside or as a list, and the question a heading asks', () => {
  it.each<[string, string[]]>([
    [
      'Reablement is short-term support, usually for up to six weeks, to help you get back your confidence.',
      [],
    ],
    [
      'Reablement is short-term support, usually for up to six weeks, and it is free.',
      ['Reablement'],
    ],
    // A list alone is some of what it holds; under "What counts as …?" it answers.
    ['Capital includes savings, shares, premium bonds and property.', ['Capital']],
    ['Self-neglect covers a wide range of behaviour, from not washing to hoarding.', []],
    ['Your personal budget includes money for transport.', ['personal budget']],
    ['Your personal budget covers food, heating and other household costs.', []],
    ['Your personal budget covers most of it.', ['personal budget']],
    // What it uses, to do what; what it brings together, to do what.
    [
      'Technology Enabled Care (TEC) uses alarms, sensors and apps to help you stay safe at home.',
      [],
    ],
    ['Technology Enabled Care (TEC) uses a lot of power.', ['Technology Enabled Care']],
    // Two things or more it can do say what it is; one thing, or where or how, does not.
    [
      'We wrote to the deputy. A deputy can pay bills, deal with banks and sell a house for the person.',
      [],
    ],
    [
      'Someone can become your appointee. An appointee can claim benefits, report changes and pay your bills.',
      [],
    ],
    ['A deputy can sign forms, letters and cheques.', ['deputy']],
    ['A deputy can apply online, by post or by phone.', ['deputy']],
    ['Reablement can take up to six weeks, and it is free.', ['Reablement']],
    ['Reablement can be offered at home, in a flat or in a care home.', ['Reablement']],
    // A dash that closes an aside says nothing of what the term is.
    ['Someone who knows you – such as your recovery worker – can tell us.', ['recovery worker']],
    ['You can ask a recovery worker – someone who helps you plan your next steps.', []],
    // Terms named together, then each said what it is in turn.
    [
      'We lend kit for telecare and telehealth. Telecare is equipment in your home that raises an alert. Telehealth lets you check your blood pressure at home.',
      [],
    ],
    [
      'We lend kit for telecare and telehealth. Telecare is equipment in your home that raises an alert. Telehealth is popular.',
      ['telehealth', 'Telehealth'],
    ],
    [
      'The Multi-Agency Risk Management (MARM) meeting brings agencies together to manage high risk.',
      [],
    ],
    ['## What counts as capital?\n\nCapital includes savings, shares and property.', []],
    ['## What counts as capital?\n\nWe will write to you soon.', ['capital']],
  ])('%s (public)', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public', format: 'markdown' })).toEqual(expected);
  });
});

describe('what someone or something does, or its other name, with the built-in glossary', () => {
  it.each<[string, 'text' | 'markdown', string[]]>([
    // What they can do with you, said after a comma.
    [
      'We can put you in touch with a communicator guide, who can go with you to appointments.',
      'text',
      [],
    ],
    [
      'We can put you in touch with a communicator guide, who will call you next week.',
      'text',
      ['communicator guide'],
    ],
    ['An eye clinic liaison officer is someone at the hospital who can talk with you.', 'text', []],
    // What a condition does to someone.
    [
      'She has Charles Bonnet syndrome, which causes her to see things that are not there.',
      'text',
      [],
    ],
    ['She has Charles Bonnet syndrome, which is rare.', 'text', ['Charles Bonnet syndrome']],
    // "This means there is …" gives a result, not what the term is.
    ['You spent the money on respite. This means there is £3,470 left.', 'text', ['respite']],
    // The next cell of a table says what it does.
    [
      '| Equipment | What it does |\n| --- | --- |\n| Bed sensor | Tells us if you get up at night. |',
      'markdown',
      [],
    ],
    [
      '| Equipment | Where |\n| --- | --- |\n| Bed sensor | In the bedroom. |',
      'markdown',
      ['Bed sensor'],
    ],
    // … or what happens to you under it, as a sentence.
    [
      '| Stage | What it means |\n| --- | --- |\n| Pathway 1 | You go home with help from a care worker. |',
      'markdown',
      [],
    ],
    ['| Stage | When |\n| --- | --- |\n| Pathway 1 | You go home |', 'markdown', ['Pathway 1']],
    [
      '| Stage | What it means |\n| --- | --- |\n| Pathway 3 | You need to move to a care home. |',
      'markdown',
      [],
    ],
    [
      '| Stage | When |\n| --- | --- |\n| Pathway 3 | You need to know this. |',
      'markdown',
      ['Pathway 3'],
    ],
    // What a cell says a term is, in brackets, holds for the rest of the paper; a
    // bracket that says which or how much explains nothing.
    [
      '| Stage | People |\n| --- | --- |\n| Pathway 3 (a move to a care home) | 8 |\n\nMost people on Pathway 3 stay in the care home.',
      'markdown',
      [],
    ],
    // … or names after saying what it is, in a sentence of its own.
    [
      '| Savings | What you pay |\n| --- | --- |\n| £14,250 to £23,250 | You pay £1 a week for every £250 over £14,250. This is called tariff income. |\n\nWe add tariff income to your income.',
      'markdown',
      [],
    ],
    [
      '| Savings | What you pay |\n| --- | --- |\n| £14,250 to £23,250 | You pay tariff income. |\n\nWe add tariff income to your income.',
      'markdown',
      ['tariff income'],
    ],
    [
      '| Rate | Cost |\n| --- | --- |\n| Short break (per night) | £62 |\n\nAsk us about a short break.',
      'markdown',
      ['short break'],
    ],
    [
      '| Measure | Value |\n| --- | --- |\n| People at home after reablement (ASCOF 2B) | 83% |\n\nReablement helped most people.',
      'markdown',
      ['Reablement'],
    ],
    [
      '| Who | Council |\n| --- | --- |\n| Responsible body (council, NHS trust or ICB) | Yes |\n\nThe responsible body will decide.',
      'markdown',
      [],
    ],
    // Another name set off by commas, then what it is.
    [
      'A rehabilitation officer for visual impairment, sometimes called a ROVI, is a trained worker who teaches you new ways of doing things.',
      'text',
      [],
    ],
    // The second of two names after "called".
    [
      'Some people lose both sight and hearing. This is sometimes called deafblindness or dual sensory loss. People with dual sensory loss can ask for an assessment.',
      'text',
      [],
    ],
    [
      'Some people lose both sight and hearing. This is called dual sensory loss or deafblindness.',
      'text',
      [],
    ],
    ['The chair called a meeting or deafblindness training.', 'text', ['deafblindness']],
    // After a colon, what it asks of someone.
    [
      'We considered his executive functioning: whether he could act on decisions as well as talk about them.',
      'text',
      [],
    ],
    ['We considered his executive functioning: it was poor.', 'text', ['executive functioning']],
    // What it will say; "will" then a verb that does not say what it is, is what happens next.
    [
      'We will write a health action plan with you. It will say what you can do to stay healthy.',
      'text',
      [],
    ],
    [
      'We will write a health action plan with you. It will start in May.',
      'text',
      ['health action plan'],
    ],
    [
      'We will do a financial assessment. This will tell us how much you need to pay.',
      'text',
      ['financial assessment'],
    ],
    // What it protects.
    ['Carers Credit protects your State Pension if you care for 20 hours a week.', 'text', []],
    ['Carers Credit is paid on top of your pension.', 'text', ['Carers Credit']],
    ['You may get Carers Credit. Carers Credit protects your pension.', 'text', []],
    ['- Carers Credit, which protects your State Pension if you are under 66.', 'markdown', []],
    ['- Carers Credit, which protects.', 'markdown', ['Carers Credit']],
    // Describing words with commas between them, then what kind of thing it is.
    [
      'We are offering you an assured tenancy. This is a secure, long-term way to rent your home.',
      'text',
      [],
    ],
  ])('%s', (text, format, expected) => {
    expect(termsFlagged(text, { profile: 'public', format })).toEqual(expected);
  });
});

describe('what a home is, who owns it, what a charge pays for, in easy read, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    ['Extra care housing is a flat of your own in a building where care staff are on site.', []],
    ['Extra care housing is a flat in town.', ['Extra care housing']],
    [
      'Section 48 of the Care Act is the part of the law that says the council must step in when a care company closes.',
      [],
    ],
    ['Section 48 of the Care Act is the part we like.', ['Section 48 of the Care Act']],
    [
      'Your landlord is Greenway Housing. The landlord owns the building. You pay the landlord.',
      [],
    ],
    ['The landlord owns a dog.', ['landlord']],
    ['You also pay a service charge. This pays for cleaning the shared lounge.', []],
    ['You also pay a service charge. This is paid monthly.', ['service charge']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'easy-read' })).toEqual(expected);
  });
});

describe('what it covers, what kind of budget, where it is, what it is for, with the built-in glossary', () => {
  it.each<[string, 'plain' | 'public' | 'easy-read', string[]]>([
    [
      'If you live in a flat, you also pay a service charge. This covers things like cleaning the shared areas.',
      'public',
      [],
    ],
    ['You also pay a service charge, which covers cleaning the shared areas.', 'public', []],
    ['A service charge covers the cost of cleaning the shared areas.', 'public', []],
    ['We sent a service charge letter. This covers March.', 'public', ['service charge']],
    ['The Better Care Fund is a shared budget held by the council and the NHS.', 'plain', []],
    ['The Better Care Fund is a big help.', 'plain', ['Better Care Fund']],
    [
      'These include reablement at home, which supports around 2,100 people a year to regain skills.',
      'plain',
      [],
    ],
    [
      'You can make a lasting power of attorney, so that someone you trust can make decisions for you.',
      'public',
      [],
    ],
    [
      'The court made a lasting power of attorney, so you can stay at home.',
      'public',
      ['lasting power of attorney'],
    ],
    [
      'The discharge lounge, where patients wait for their medicines and transport home, has moved.',
      'public',
      [],
    ],
    ['The discharge lounge, where we are based, has moved.', 'public', ['discharge lounge']],
    ['You can ask a group of people called a tribunal.', 'easy-read', []],
    ['You can ask a group of people at a tribunal.', 'easy-read', ['tribunal']],
    // Talked about, not used.
    [
      'One letter used the words "assessed contribution" eleven times without saying what they meant.',
      'public',
      [],
    ],
    ['Your assessed contribution is £20 a week.', 'public', ['assessed contribution']],
    // … or listed as words in quotation marks, each of them.
    [
      'Some people did not understand words like "eligible needs", "outcomes" or "personal budget".',
      'public',
      [],
    ],
    ['She gave the example of "population health management".', 'plain', []],
    ['Avoid judgemental language such as "refused to engage" or "lifestyle choice".', 'plain', []],
    ['The notes say she refused to engage with the team.', 'plain', ['refused to engage']],
    // … or quoted, then talked about as words by the next sentence.
    [
      'Records said he was "non-compliant" and "refusing to engage". This language placed the blame on him.',
      'plain',
      [],
    ],
    [
      'Records said he was "non-compliant". This meant he got no visits.',
      'plain',
      ['"non-compliant"'],
    ],
    [
      'Words like this confuse people: your "personal budget" is ready.',
      'public',
      ['"personal budget"'],
    ],
    ['Your "personal budget" is ready.', 'public', ['"personal budget"']],
    // … or a whole quotation named as words: not said, or swapped for others.
    ['We say "people who draw on care" rather than "service users".', 'plain', []],
    ['Please do not say "service user" in letters.', 'plain', []],
    ['Tom held up the red card once for "outcomes framework".', 'plain', []],
    ['Our "service users" told us what they think.', 'plain', ['service users']],
    ['Call them people, not "service users".', 'plain', []],
    // … or a whole example of what not to write.
    [
      'Write "Maria says she feels lonely", not "service user presents with social isolation".',
      'plain',
      [],
    ],
    [
      'Say "we will pay for your care" rather than "your personal budget will be released".',
      'public',
      [],
    ],
    ['She said "my personal budget was late" at the meeting.', 'public', ['personal budget']],
    ['We offer "reablement" to help you get back on your feet.', 'public', ['"reablement"']],
    ['We do not offer "reablement" at weekends.', 'public', ['"reablement"']],
    ['We will fund more short breaks, so that unpaid carers can have a rest.', 'plain', []],
    ['We will fund more short breaks, so carers are happy.', 'plain', ['short breaks']],
    ['Screening tests look for signs of illness before you feel ill.', 'easy-read', []],
    ['Screening tests take 10 minutes.', 'easy-read', ['Screening']],
    [
      'But if you give help to someone who could not manage without you, you are a carer.',
      'public',
      [],
    ],
  ])('%s (%s)', (text, profile, expected) => {
    expect(termsFlagged(text, { profile })).toEqual(expected);
  });
});

describe('what a role lets someone do, before a list, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    [
      'The council is your appointee. This means we can:\n\n- receive her pension\n- pay her care home fees\n\nAs her appointee we will write to you.',
      [],
    ],
    [
      'You are now an appointee. This means you must:\n\n- tell the DWP about changes\n- spend the money on her needs',
      [],
    ],
    // What happens next is no explanation.
    [
      'The council is your appointee. This means we can start next week.\n\nAs her appointee we will write to you.',
      ['appointee', 'appointee'],
    ],
    // A short line with no full stop is still a title when it is one sentence.
    ['Contact the appointee team\n\nWe will write to you.', ['appointee']],
  ])('%s (public)', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public', format: 'markdown' })).toEqual(expected);
  });
});

describe('a term used before, then with a plain noun for who does it, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    // Nothing new to explain: explained when the term is …
    [
      'Reablement is short-term help at home to get back your skills. A reablement worker will visit you.',
      [],
    ],
    // … and flagged as well while it is not.
    [
      'You will get reablement. A reablement worker will visit you.',
      ['reablement', 'reablement worker'],
    ],
    // Nothing explains backwards.
    [
      'A reablement worker will visit you. Reablement is short-term help at home to get back your skills.',
      ['reablement worker'],
    ],
    // A noun that names a job of its own still needs explaining.
    [
      'Decisions are made in his best interests. A best interests assessor will visit.',
      ['best interests', 'best interests assessor'],
    ],
  ])('%s (public)', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public' })).toEqual(expected);
  });
});

describe('a numbered paragraph that says what the term in the one before is, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    [
      '1.1 This report asks the board to approve the Better Care Fund plan.\n\n1.2 The Better Care Fund is a shared budget held by the council and the NHS.',
      [],
    ],
    [
      '1.1 This report asks the board to approve the Better Care Fund plan.\n\n1.2 The Better Care Fund plan is late.',
      // The first use, and the reminder at the second.
      ['Better Care Fund', 'Better Care Fund'],
    ],
    // A list item's label with where it happens, then a dash and what it is.
    [
      '- **Replacement care at home** – a home care worker stays with the person so the carer can go out.',
      [],
    ],
    // (Not after other words: what the dash adds may be about them.)
    [
      '- **Replacement care for two weeks each summer** – a worker stays with the person.',
      ['Replacement care'],
    ],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'plain', format: 'markdown' })).toEqual(expected);
  });
});

describe('a term asked about, or written out before its short form, with the built-in glossary', () => {
  it('is not swapped in "What is X?": the writer brings it in to answer', () => {
    const text =
      '## What is a self-funder?\n\nA self-funder is someone who pays for their own care.\n\nIf you are a self-funder, we can still help.';
    expect(termsFlagged(text, { profile: 'public', format: 'markdown' })).toEqual([]);
    expect(termsFlagged('Are you a self-funder?', { profile: 'public' })).toEqual(['self-funder']);
  });

  it.each<[string, string[]]>([
    // A swap would leave the short form without the words it stands for.
    ['Medication administration records (MARs) had gaps.', ['explain']],
    ['Medication administration records had gaps.', ['replace']],
  ])('%s', (text, kinds) => {
    const finding = check(text, { profile: 'plain' }).findings.find(
      (f) => f.ruleId === 'glossary-term',
    );
    expect(finding?.suggestions.map((s) => s.kind)).toEqual(kinds);
  });
});

describe('a plural inside a term, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    // "links" before "worker" is a verb: the plural of "link worker" is "link workers".
    ['The report links worker shortages to low pay.', []],
    ['Two link workers started.', ['link workers']],
    // The term's own plural inside it: before a small word, a number or a verb.
    ['Adults at risk were safe at home.', ['Adults at risk']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public' })).toEqual(expected);
  });
});

describe('a range of numbers with an en dash, with the built-in glossary', () => {
  // "0–25" as a range is printed: the same term as "0-25".
  it.each<[string, string[]]>([
    ['We run a 0–25 service for disabled young people.', ['0–25 service']],
    ['We run a 0-25 service for disabled young people.', ['0-25 service']],
    ['Pages 10–25 say more about the service.', []],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public' })).toEqual(expected);
  });
});

describe('a word of its own that looks like a form of a term, with the built-in glossary', () => {
  // "packaging" is not "package" done (dictionaries/grammar.json, ownWords).
  it.each<[string, string[]]>([
    ['Remove all packaging before use.', []],
    ['Her care package starts on Monday.', ['care package']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public' })).toEqual(expected);
  });
});

describe('Greek and Latin plurals, with the built-in glossary', () => {
  it.each<[string, string, string]>([
    ['Training matrices are checked monthly.', 'Training matrices', 'Staff training records'],
    ['Two root cause analyses were completed.', 'root cause analyses', ''],
  ])('%s', (text, flagged, replacement) => {
    const finding = check(text, { profile: 'public' }).findings.find(
      (f) => f.ruleId === 'glossary-term',
    );
    expect(finding?.text).toBe(flagged);
    expect(finding?.suggestions.find((s) => s.kind === 'replace')?.text ?? '').toBe(replacement);
  });
});

describe('a heading over text that uses its word in the everyday sense, with the built-in glossary', () => {
  // The heading means what the text under it means.
  it.each<[string, string[]]>([
    ['## Review meetings\n\nWe hold review meetings with parents three times a year.', []],
    [
      '## Your review\n\nWe will review your care and support plan with you every year.',
      ['review', 'review'],
    ],
    ['## Review meetings\n\nThe hall is open.', ['Review']],
    // A term to explain too, and a name its words around show to be the everyday sense.
    ['## Safeguarding\n\nAll coaches have done the football safeguarding course.', []],
    ["## Safeguarding\n\nAll coaches have completed the FA's Safeguarding Children course.", []],
    [
      '## Safeguarding\n\nWe will look into any worry about the abuse of an adult.',
      ['Safeguarding'],
    ],
    // A word to avoid too ("clients"), as a replace word is.
    ["## New clients\n\nEvery new client's dog has a free check before their first groom.", []],
    [
      '## Our clients\n\nOur clients get a visit from a care worker every morning.',
      ['clients', 'clients'],
    ],
    // And a vague word ("deliver").
    ['### When we deliver\n\nOur drivers deliver Monday to Friday, between 9am and 6pm.', []],
    ['### When we deliver\n\nWe deliver the new service from April.', ['deliver', 'deliver']],
    ['### When we deliver\n\nThe hall is open.', ['deliver']],
    // Such a word used again in the paragraph keeps the sense it had there, and
    // the heading follows them both.
    [
      '## Placements\n\nThe board heard about student work placements at the centre. Placements last six weeks.',
      [],
    ],
    [
      '## Placements\n\nPlacements last six weeks. The board heard about student work placements at the centre.',
      ['Placements', 'Placements'],
    ],
    [
      'Students on work placements help at the centre.\n\nPlacements in care homes cost £900 a week.',
      ['Placements'],
    ],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public', format: 'markdown' })).toEqual(expected);
  });
});

describe('a word keeps its everyday sense in the rest of its paragraph, with the built-in glossary', () => {
  // One sense per passage: the words around the first use said which it is.
  it.each<[string, string[]]>([
    [
      'In March we completed the commissioning of solar panels on six hotels. Two further sites will be commissioned next spring.',
      [],
    ],
    ['Two further sites will be commissioned next spring.', ['commissioned']],
    // Only forward, and only in the same paragraph.
    [
      'Two further sites will be commissioned next spring. In March we completed the commissioning of solar panels on six hotels.',
      ['commissioned'],
    ],
    [
      'In March we completed the commissioning of solar panels on six hotels.\n\nTwo further sites will be commissioned next spring.',
      ['commissioned'],
    ],
    // Words that confirm the jargon sense outweigh the sentence before.
    [
      'Follow the signpost for the footpath. Staff will signpost carers to other help.',
      ['signpost', 'carers'],
    ],
    // In one sentence the entry's own patterns have seen both uses: the verb
    // is everyday, the noun is not.
    ['Councils expect to overspend this year; the forecast overspend is £48m.', ['overspend']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public', format: 'markdown' })).toEqual(expected);
  });
});

describe('a list of links to other pages, with the built-in glossary', () => {
  // Page titles are not the writer's to change; a term's first use is in the text itself.
  it.each<[string, string[]]>([
    [
      '## On this page\n\n- Reablement\n- Direct payments\n\n## Reablement\n\nWe offer reablement after a stay in hospital.',
      ['reablement'],
    ],
    [
      'We offer reablement.\n\n## Related pages\n\n- Reablement at home\n- Paying for respite care\n\n## Contact us\n\nAsk about respite care.',
      ['reablement', 'respite care'],
    ],
    // A line that ends like a sentence is the writer's own, even under such a heading.
    ['## See also\n\nAsk us about reablement.', ['reablement']],
    // Not under any other heading.
    ['## Help at home\n\n- Reablement\n- Direct payments', ['Reablement', 'Direct payments']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public', format: 'markdown' })).toEqual(expected);
  });
});

describe('a numbered heading in plain text, with the built-in glossary', () => {
  // "6. Reasonable adjustments" on a line of its own names a section: the
  // paragraph under it explains the term. A numbered item that carries on a
  // sentence is body text.
  it.each<[string, [number, string][]]>([
    [
      'Exams\n\n6. Reasonable adjustments\n\nWe change how you sit an exam. These are called reasonable adjustments.',
      [],
    ],
    [
      'Refer a patient who:\n\n1. may lack capacity to decide where to live;\n2. has no family.',
      [[3, 'Explain “lack capacity” the first time you use it: many readers will not know it.']],
    ],
  ])('%s', (text, expected) => {
    expect(
      check(text, { profile: 'public', format: 'text' })
        .findings.filter((f) => f.ruleId === 'glossary-term')
        .map((f) => [f.line, f.message]),
    ).toEqual(expected);
  });
});

describe('a short list item that carries on a sentence, with the built-in glossary', () => {
  // "Refer a patient who: - may lack capacity …;" and "- 14% paid for …" are body
  // text, so their use of the term is the first one; an item that names a section
  // ("- Paying for care") is not.
  it.each<[string, [number, string][]]>([
    [
      'Refer a patient who:\n\n- may need a care home;\n- may lack capacity to decide where to live;\n\nIf they lack capacity to agree, ask.',
      [
        [4, 'Explain “lack capacity” the first time you use it: many readers will not know it.'],
        [
          6,
          '“lack capacity” is used again without being explained. Explain it where you first use it.',
        ],
      ],
    ],
    [
      'We can help if you:\n\n- are a carer\n- feel lonely\n\nMany carers feel alone.',
      [
        [3, 'Explain “carer” the first time you use it: many readers will not know it.'],
        [6, '“carers” is used again without being explained. Explain it where you first use it.'],
      ],
    ],
    [
      'Where the money went:\n\n- 14% paid for supported living\n- 30% paid for care homes\n\nWe will build supported living flats.',
      [
        [3, 'Explain “supported living” the first time you use it: many readers will not know it.'],
        [
          6,
          '“supported living” is used again without being explained. Explain it where you first use it.',
        ],
      ],
    ],
    [
      '## Contents\n\n- Lack of capacity\n- Paying for care\n\nIf they lack capacity to agree, ask.',
      [[6, 'Explain “lack capacity” the first time you use it: many readers will not know it.']],
    ],
  ])('%s', (text, expected) => {
    expect(
      check(text, { profile: 'public', format: 'markdown' })
        .findings.filter((f) => f.ruleId === 'glossary-term')
        .map((f) => [f.line, f.message]),
    ).toEqual(expected);
  });
});

describe("a table's cell that is a team's name, with the built-in glossary", () => {
  // "| Commissioning |" in a column of who leads names a team: explained, not reworded.
  // A row's label in small letters is the writer's own words.
  it.each<[string, string[]]>([
    ['| Action | Lead |\n| --- | --- |\n| Amend the contract. | Commissioning |', ['explain']],
    ['| Action | Lead |\n| --- | --- |\n| Amend the contract. | Adult Social Care |', ['explain']],
    ['| Service | Beds |\n| --- | --- |\n| Residential care | 1,200 |', ['replace']],
    ['| Action | Lead |\n| --- | --- |\n| Agree the commissioning plan. | Chair |', ['replace']],
  ])('%s', (text, kinds) => {
    const finding = check(text, { profile: 'easy-read', format: 'markdown' }).findings.find(
      (f) => f.ruleId === 'glossary-term',
    );
    expect(finding?.suggestions.map((s) => s.kind)).toEqual(kinds);
  });
});

describe("a letter's sign-off, with the built-in glossary", () => {
  // The lines under "Yours sincerely" name who wrote: a job title there is not the
  // writer's to reword. A line that ends like a sentence is the writer's own.
  it.each<[string, 'text' | 'markdown', string[]]>([
    [
      'The stairlift will be fitted on 3 May.\n\nYours sincerely\n\nHannah Okafor\nOccupational Therapist\nTelephone: 0300 555 0177',
      'text',
      [],
    ],
    ['We will call you.\n\nKind regards,\nHannah Okafor\nOccupational Therapist', 'text', []],
    ['We will call you.\n\nKind regards,\nHannah Okafor\nOccupational Therapist', 'markdown', []],
    // Not a sign-off: no closing words, or a sentence after them.
    [
      'We will call you.\n\nHannah Okafor\nOccupational Therapist',
      'text',
      ['Occupational Therapist'],
    ],
    [
      'Yours sincerely,\nHannah Okafor\n\nAn Occupational Therapist will visit you.',
      'text',
      ['Occupational Therapist'],
    ],
    [
      'Thank you for your letter.\n\nOccupational Therapist\nAdult Social Care',
      'text',
      ['Occupational Therapist'],
    ],
  ])('%s (%s)', (text, format, expected) => {
    expect(termsFlagged(text, { profile: 'public', format })).toEqual(expected);
  });
});

describe('the terms "words we used" lists, with the built-in glossary', () => {
  // A term this paper's readers or the public may not know, flagged or not; a word only
  // easy read readers need explained ("landlord") only in easy read.
  it.each<[string, 'plain' | 'public' | 'easy-read', string[]]>([
    ['Your landlord and your carer will meet.', 'plain', ['carer']],
    ['Your landlord and your carer will meet.', 'public', ['carer']],
    ['Your landlord and your carer will meet.', 'easy-read', ['carer', 'landlord']],
  ])('%s (%s)', (text, profile, expected) => {
    expect([...check(text, { profile }).stats.glossaryTerms].sort()).toEqual(expected);
  });
});

describe("a term with an owner's 's, with the built-in glossary", () => {
  // Found as the word itself, whatever its plural ("deputy's" is not "deputys"), and
  // the message names the term, not its owner's form.
  it.each<[string, [string, string][]]>([
    [
      "The deputy's job is to manage your money.",
      [["deputy's", 'Explain “deputy” the first time you use it: many readers will not know it.']],
    ],
    [
      "Occupational therapy's aim is to help you stay safe at home.",
      [
        [
          "Occupational therapy's",
          'Explain “Occupational therapy” the first time you use it: many readers will not know it.',
        ],
      ],
    ],
    [
      "Please send a copy of the appointee's letter.",
      [
        [
          "appointee's",
          'Explain “appointee” the first time you use it: many readers will not know it.',
        ],
      ],
    ],
    [
      "The service user's care plan was changed.",
      [["service user's", "“service user's” can sound disrespectful. Try “person's”."]],
    ],
  ])('%s', (text, expected) => {
    expect(
      check(text, { profile: 'public' })
        .findings.filter((f) => f.ruleId === 'glossary-term')
        .map((f) => [f.text, f.message]),
    ).toEqual(expected);
  });
});

describe("a reminder after an owner's 's, with the built-in glossary", () => {
  it("names the term, not its owner's form", () => {
    const reminders = check(
      // (The court says which deputy: "deputy" alone is doubtful, a suggestion of its own.)
      "The court appointed a deputy. The deputy's reply came. The deputy's fee is paid.",
      {
        profile: 'public',
      },
    ).findings.filter((f) => f.ruleId === 'glossary-term' && f.severity === 'suggestion');
    expect(reminders.map((f) => [f.text, f.message])).toEqual([
      [
        "deputy's",
        '“deputy” is used 2 more times without being explained. Explain it where you first use it.',
      ],
    ]);
  });
});

describe('a reminder after another form of the same term, with the built-in glossary', () => {
  // The reminder names the form used first, so the writer can find it.
  it.each<[string, string[]]>([
    [
      'A safeguarding enquiry was opened in March. A section 42 enquiry was closed in May.',
      [
        'Explain “safeguarding enquiry” the first time you use it: many readers will not know it.',
        '“section 42 enquiry”, the same as “safeguarding enquiry”, is used again without being explained. Explain it where you first use it.',
      ],
    ],
    [
      'Carers came. Many carers came.',
      [
        'Explain “Carers” the first time you use it: many readers will not know it.',
        '“carers” is used again without being explained. Explain it where you first use it.',
      ],
    ],
    // Words in quotation marks: the marks are not part of the term.
    [
      'He waits for “reablement” at home. She wants "reablement" too.',
      [
        'Explain “reablement” the first time you use it: many readers will not know it.',
        '“reablement” is used again without being explained. Explain it where you first use it.',
      ],
    ],
  ])('%s', (text, messages) => {
    expect(
      check(text, { profile: 'public' })
        .findings.filter((f) => f.ruleId === 'glossary-term')
        .map((f) => f.message),
    ).toEqual(messages);
  });
});

describe('where a reminder offers the explanation, with the built-in glossary', () => {
  it.each<[string, [string, string, string[]][]]>([
    // The first use takes the explanation: the reminder only points back to it.
    [
      'We use co-production. Co-production takes time.',
      [
        [
          'co-production',
          'Explain “co-production” the first time you use it: many readers will not know it.',
          [
            ' (people who draw on care, their families and staff plan and decide things together, as equals, from the start)',
            'working together as equals',
          ],
        ],
        [
          'Co-production',
          '“Co-production” is used again without being explained. Explain it where you first use it.',
          [],
        ],
      ],
    ],
    // "Our carers' group" cannot take one in brackets: the reminder offers it where it can go.
    [
      "Our carers' group meets on Monday. We asked other carers what helps. Many carers came.",
      [
        [
          'carers',
          'Explain “carers” the first time you use it: many readers will not know it.',
          [],
        ],
        [
          'carers',
          '“carers” is used 2 more times without being explained. Explain it where you first use it, or here.',
          [' (people who look after a relative, partner or friend without being paid)'],
        ],
      ],
    ],
  ])('%s', (text, expected) => {
    const findings = check(text, { profile: 'public' }).findings.filter(
      (f) => f.ruleId === 'glossary-term',
    );
    expect(findings.map((f) => [f.text, f.message, f.suggestions.map((s) => s.text)])).toEqual(
      expected,
    );
  });
});

describe('a title that uses the word its text brings in, in easy read, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    ['# Your care home review\n\nThis is called a review. A review is a meeting.', []],
    ['# Your care home review\n\nYour review is on Monday.', ['review', 'review']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'easy-read', format: 'markdown' })).toEqual(expected);
  });
});

describe('named with a word before it, in easy read, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    ['We will look at your needs with you. This is called a transport assessment.', []],
    // What kind of thing it is, then with whom.
    ['A tenancy is an agreement with the council.', []],
    ['We will look at your needs with you. Then we do a transport assessment.', ['assessment']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'easy-read' })).toEqual(expected);
  });
});

describe('words before a term that make it plain, with a test entry', () => {
  const reablement = entry({
    id: 'reablement',
    term: 'reablement',
    action: 'explain',
    match: { notAfter: ['hospital'], plainAfter: ['short-term'] },
  });
  it.each<[string, string[]]>([
    // Not flagged there, and explained from there on.
    ['We offer short-term reablement. Reablement is free.', []],
    // Only from there on.
    ['Reablement is free. We offer short-term reablement.', ['Reablement']],
    // A word that only stops the match explains nothing.
    ['We offer hospital reablement. Reablement is free.', ['Reablement']],
  ])('%s', (text, expected) => {
    expect(
      check(text, { glossary: [reablement], profile: 'public' })
        .findings.filter((f) => f.ruleId === 'glossary-term')
        .map((f) => f.text),
    ).toEqual(expected);
  });
});

describe('a describing word has no verb forms, with test entries', () => {
  const inHouse = entry({
    id: 'in-house',
    term: 'in-house',
    pos: 'adjective',
    alternatives: ['council-run'],
  });
  const coProduce = entry({
    id: 'co-produce',
    term: 'co-produce',
    pos: 'verb',
    alternatives: ['plan together'],
  });
  it.each<[string, string[]]>([
    ['Jade has worked in housing advice.', []],
    ['The work was housed in the old school.', []],
    ['We run in-house services.', ['in-house']],
    // A verb still has its forms.
    ['We co-produced the plan.', ['co-produced']],
  ])('%s', (text, expected) => {
    expect(
      check(text, { glossary: [inHouse, coProduce], profile: 'public' })
        .findings.filter((f) => f.ruleId === 'glossary-term')
        .map((f) => f.text),
    ).toEqual(expected);
  });
});

describe('how sure Plainly is of the sense, with a test entry', () => {
  const section = entry({
    id: 'section-3',
    term: 'section 3',
    variants: ['section 3 of the Mental Health Act'],
    action: 'explain',
    definition: 'Part of mental health law that lets a person be kept in hospital for treatment.',
    match: { jargonWith: ['hospital|detained ~'] },
  });
  it.each<[string, string, string]>([
    // Words around it that say which: sure.
    ['She was kept in hospital under section 3 for treatment.', 'section 3', 'warning'],
    // No such words: not sure, a suggestion.
    ['See section 3 for the figures.', 'section 3', 'suggestion'],
    // A phrase of four words or more says which by itself.
    // (Not "… lets doctors treat you", which says what it does: an explanation.)
    [
      'Doctors used Section 3 of the Mental Health Act.',
      'Section 3 of the Mental Health Act',
      'warning',
    ],
  ])('%s', (text, flagged, severity) => {
    const finding = check(text, { glossary: [section], profile: 'public' }).findings.find(
      (f) => f.ruleId === 'glossary-term',
    );
    expect([finding?.text, finding?.severity]).toEqual([flagged, severity]);
  });
});

describe('the message of a respectful word with no swap that fits', () => {
  const label = (advice?: string) =>
    entry({
      id: 'label',
      term: 'the hard to help',
      action: 'respectful',
      definition: 'People services find it hard to help.',
      ...(advice !== undefined ? { advice } : {}),
    });
  it.each([
    [
      'gives the entry’s advice',
      label('Say what the person has said or done.'),
      '“the hard to help” can sound disrespectful. Say what the person has said or done.',
    ],
    [
      'without advice, asks for the person’s own words',
      label(),
      '“the hard to help” can sound disrespectful. Use words the person would choose.',
    ],
  ])('%s', (_what, glossaryEntry, expected) => {
    const report = check('We made sure the hard to help got a visit.', {
      profile: 'plain',
      format: 'text',
      glossary: [glossaryEntry],
    });
    expect(report.findings.map((f) => [f.text, f.message, f.suggestions])).toEqual([
      ['the hard to help', expected, []],
    ]);
  });
});

describe('a heading that asks what a term is, and "they" after a name', () => {
  const flagged = (text: string) =>
    check(text, { glossary, profile: 'public', format: 'markdown' })
      .findings.filter((f) => f.ruleId === 'glossary-term')
      .map((f) => f.text);
  it.each<[string, string[]]>([
    // The text under the question answers it.
    ['## What is reablement?\n\nIt is help at home for up to six weeks.', []],
    ['## What reablement is\n\nIt is help at home for up to six weeks.', []],
    [
      '## What are the Deprivation of Liberty Safeguards?\n\nThey protect people in care homes.',
      [],
    ],
    // … or does not.
    ['## What is reablement?\n\nWe will write to you soon.', ['reablement']],
    // A heading that only names it explains nothing.
    ['## Reablement and you\n\nWe will write to you soon.', ['Reablement']],
    // "They" is a plural or a person, not the name of one thing.
    [
      'The Deprivation of Liberty Safeguards are part of the law. They protect people in care homes.',
      [],
    ],
    // ("Carers" may be who "they" are.)
    [
      'Carers can get help from the Court of Protection deputy. They protect people in care homes.',
      ['Court of Protection deputy'],
    ],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});

describe('a word with no plainer word that fits, used again', () => {
  const brokerage = entry({
    id: 'brokerage',
    term: 'brokerage',
    pos: 'noun',
    alternatives: [{ text: 'finding care', pos: 'noun' }],
    match: { alternativesNotWith: { 'finding care': ['~ =team|will|is'] } },
    definition: 'The team that finds a care company for you.',
  });
  const findings = (text: string) =>
    check(text, { glossary: [brokerage], profile: 'public' }).findings.map((f) => [
      f.text,
      f.severity,
      f.message,
    ]);
  it('is asked about once, then reminded once with a count, as a term to explain is', () => {
    expect(
      findings('Ask the brokerage team. The brokerage team will phone you. Brokerage is slow.'),
    ).toEqual([
      ['brokerage', 'warning', '“brokerage” is jargon. Explain it, or use a plainer word.'],
      // On the first use after it.
      [
        'brokerage',
        'suggestion',
        '“brokerage” is used 2 more times. Say what it means where you first use it, or use a plainer word.',
      ],
    ]);
  });
  it('is still flagged each time where a plainer word fits', () => {
    expect(findings('Ask the brokerage team. We pay for brokerage. We pay for brokerage.')).toEqual(
      [
        ['brokerage', 'warning', '“brokerage” is jargon. Explain it, or use a plainer word.'],
        ['brokerage', 'warning', '“brokerage” is jargon. Try “finding care”.'],
        ['brokerage', 'warning', '“brokerage” is jargon. Try “finding care”.'],
      ],
    );
  });
});

describe('what a body does, and names that start a sentence, in public, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    ['We are registered with the Care Quality Commission, which inspects us.', []],
    ['We are registered with the Care Quality Commission.', ['Care Quality Commission']],
    // What a service of people does, said with the word it describes.
    ['Our befriending scheme matches volunteers with people who live alone.', []],
    ['Our befriending scheme starts in May.', ['befriending']],
    // What it sets, for a word to replace brought in on purpose.
    ['A framework agreement sets the prices and terms for the work.', []],
    ['A framework agreement was signed in May.', ['A framework agreement']],
    // The last word of a term, one of them, says what it is: "An adjustment is a change …".
    [
      'We must make reasonable adjustments for you. An adjustment is a change to the way something is done.',
      [],
    ],
    // The first word of a place's name starts the sentence.
    ['Hillside Community Hub is open on Monday.', []],
    // (A title gives every word a capital.)
    ['Hillside Community Hub news', ['Community Hub']],
    ['We meet at Hillside Community Hub on Monday.', []],
    // Not after a small word, a number or a doing word.
    ['Your Personal Budget is ready.', ['Personal Budget']],
    ['Two Personal Budgets were agreed.', ['Personal Budgets']],
    ['Using Direct Payments is easy.', ['Direct Payments']],
    // One word after a word that only a name would be …
    ['Harfield Advocacy can help, and their service is free.', []],
    // Two everyday words made into one are a name too.
    ['Brightpath Advocacy can help, and their service is free.', []],
    ['Together Advocacy can help, and it is free.', ['Advocacy']],
    // … not after an everyday or describing word.
    ['Free Advocacy can help, and it is quick.', ['Advocacy']],
    ['Independent Advocacy can help, and it is free.', ['Independent Advocacy']],
    ['Local Advocacy can help, and it is free.', ['Advocacy']],
    // A heading in sentence case gives capitals to names only; in title case, to every word.
    ['# Harfield Advocacy: help to speak up', []],
    ['# Harfield Advocacy: Help To Speak Up', ['Advocacy']],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'public', format: 'markdown' })).toEqual(expected);
  });
});

describe('short forms and what they stand for, in plain, with the built-in glossary', () => {
  it.each<[string, string[]]>([
    // A headline in capitals, not the domestic abuse checklist.
    ['BOLT WINS THE DASH', []],
    ['Complete the DASH with the victim.', ['DASH']],
    // The words a short form stands for, in brackets, then what it is.
    [
      'A MARAC (multi-agency risk assessment conference) is a monthly meeting where police and health share information.',
      [],
    ],
    [
      'A MARAC (multi-agency risk assessment conference) was held.',
      ['multi-agency risk assessment conference'],
    ],
    // What it is first, then what it means for you.
    [
      'You have no recourse to public funds. This is a condition on your visa which means you cannot claim most benefits.',
      [],
    ],
    [
      'You have no recourse to public funds. This means you cannot claim most benefits.',
      ['no recourse to public funds'],
    ],
    // A term's short form brought in in brackets is not a second use …
    [
      'We used the Adult Social Care Workforce Data Set (ASC-WDS) for 2023/24.',
      ['Adult Social Care Workforce Data Set'],
    ],
    // … but a later use of it is.
    [
      'We used the Adult Social Care Workforce Data Set (ASC-WDS). The ASC-WDS is updated monthly.',
      ['Adult Social Care Workforce Data Set', 'ASC-WDS'],
    ],
  ])('%s', (text, expected) => {
    expect(termsFlagged(text, { profile: 'plain' })).toEqual(expected);
  });
});
