/**
 * Words that are everyday English as well as care jargon ("package",
 * "placement", "client") are flagged in a longer text only when the text is
 * about care: a restaurant's packages and a temp agency's placements are
 * left alone, a social worker's letter is not, and a short text is judged
 * by its own sentences as before.
 */
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/checker/index';
import { carePhrases, TOPIC_MIN_WORDS } from '../../src/checker/topic';
import { analyseText } from '../../src/checker/analyse';

const DINING = `Private dining at the Old Mill

We offer three packages for parties of ten or more. Every menu has a welcome drink, three courses and coffee.

Book at least two weeks ahead. We ask for a deposit of £10 a guest when you book, and the rest on the night.

Tell us about any food allergies when you book, so the kitchen can plan. Our chef will make a dish of the same standard for anyone who cannot eat the set menu.

We can play your own music in the back room until eleven o'clock. Parking is free after six in the evening, and there is a taxi rank at the end of the road.`;

const AGENCY = `Working for Brightside Recruitment

When you join us, we will find you a placement with one of our clients. Most placements last between one week and six months.

Before each placement starts, we will send you the address, the hours and the name of the person to ask for on your first day. Wear the clothes the client asks for, and take your passport and bank details with you.

We pay every Friday for the hours you worked the week before. Send us your timesheet by Monday at noon, signed by your manager on site. If you cannot go in, phone us before eight in the morning so we can tell them.`;

const LETTER = `Dear Mr Okoro,

Thank you for talking with me on Monday about your father. I am writing to say what we agreed.

Your father's package will stay the same for now: two visits a day, in the morning and at bedtime. The provider has told us that the morning visit sometimes runs late, and they will try to arrive by nine.

We will hold a review in six weeks to see how things are going. You are welcome to come, and you can bring someone with you. If his needs change before then, please phone me.

Yours sincerely,

Ruth Adeyemi
Social Worker, Adult Social Care`;

/** The glossary findings of a text: the words, severity and message of each. */
function glossaryFindings(checker: Checker, text: string): string[] {
  return checker
    .check(text, { profile: 'public', format: 'text' })
    .findings.filter((finding) => finding.ruleId === 'glossary-term')
    .map((finding) => `${finding.text} | ${finding.severity} | ${finding.message}`);
}

describe('care phrases', () => {
  it.each([
    ['Her social worker will call.', ['social worker']],
    ['The Social Workers met the carers’ group.', ['social worker', 'carer']],
    ["A carer's break, then two care homes and Homecare.", ['carer', 'care home', 'homecare']],
    ['Careful planning takes care of the home.', []],
    ['The care act of kindness.', ['care act']],
    ['Her mental health and a support worker', ['mental health', 'support worker']],
    ['support', []],
  ])('%s', (text, expected) => {
    expect(carePhrases(analyseText(text).words)).toEqual(expected);
  });
});

describe('words that are everyday English as well as care jargon', () => {
  it('are left alone in a longer text that is not about care', () => {
    const checker = new Checker();
    expect(checker.check(DINING, { format: 'text' }).stats.words).toBeGreaterThanOrEqual(
      TOPIC_MIN_WORDS,
    );
    expect(glossaryFindings(checker, DINING)).toEqual([]);
    expect(glossaryFindings(checker, AGENCY)).toEqual([]);
    expect(
      checker.check(AGENCY, { profile: 'public', format: 'text' }).stats.glossaryTerms,
    ).toEqual([]);
  });

  it('are flagged in the same sentences read on their own', () => {
    const checker = new Checker();
    expect(
      glossaryFindings(checker, 'We offer three packages for parties of ten or more.'),
    ).toEqual(['packages | suggestion | “packages” is jargon. Try “services”.']);
    expect(
      glossaryFindings(
        checker,
        'When you join us, we will find you a placement with one of our clients.',
      ),
    ).toEqual([
      'placement | warning | “placement” can sound disrespectful. Try “home”.',
      'clients | suggestion | “clients” can sound disrespectful. Try “people we support”.',
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

  it('come and go as the rest of the text changes, in a checker that remembers paragraphs', () => {
    const checker = new Checker();
    const flagged = ['packages | suggestion | “packages” is jargon. Try “services”.'];
    expect(glossaryFindings(checker, DINING)).toEqual([]);
    const aboutCare = `${DINING}\n\nThe back room has a ramp, and a care home and a social worker book it each month.`;
    expect(glossaryFindings(checker, aboutCare)).toEqual(flagged);
    // The unchanged paragraph keeps its place, and the finding goes again.
    expect(glossaryFindings(checker, DINING)).toEqual([]);
    expect(glossaryFindings(new Checker(), aboutCare)).toEqual(flagged);
  });

  it('need two signs of care: one glossary term or phrase is not enough', () => {
    const checker = new Checker();
    const one = `${DINING}\n\nThe back room has a ramp, and a care home books it each month.`;
    expect(glossaryFindings(checker, one)).toEqual([]);
  });
});
