import { describe, expect, it } from 'vitest';
import { check } from '../../src/checker/index';
import type { ProfileName } from '../../src/checker/types';
import type { GlossaryEntry } from '../../src/glossary/schema';
import { entry } from '../helpers';

const glossary: GlossaryEntry[] = [
  entry({
    id: 'co-production',
    term: 'co-production',
    variants: ['co-produce'],
    action: 'explain',
    definition: 'Working together as equals with the people who use support.',
  }),
  entry({
    id: 'reablement',
    term: 'reablement',
    action: 'explain',
    definition: 'Short help at home to relearn everyday tasks.',
  }),
  entry({
    id: 'commissioner',
    term: 'commissioner',
    alternatives: ['council buyer', 'person who buys services'],
    pos: 'noun',
  }),
  entry({ id: 'liaise', term: 'liaise', alternatives: ['work with', 'talk to'], pos: 'verb' }),
  entry({
    id: 'going-forward',
    term: 'going forward',
    alternatives: ['from now on'],
    omitOk: true,
    pos: 'phrase',
  }),
  entry({
    id: 'service-user',
    term: 'service user',
    action: 'respectful',
    alternatives: ['person we support'],
    pos: 'noun',
  }),
  entry({
    id: 'deprivation-of-liberty-safeguards',
    term: 'Deprivation of Liberty Safeguards',
    abbreviations: ['DoLS'],
    action: 'explain',
    definition:
      'Legal checks when someone is kept somewhere for their care and is not free to leave.',
  }),
  entry({
    id: 'any-other-business',
    term: 'any other business',
    abbreviations: ['AOB'],
    action: 'expand',
  }),
];

type Row = [string, string, string, string?];
const run = (text: string, profile: ProfileName = 'plain') =>
  check(text, { glossary, profile }).findings.map((f) => [f.ruleId, f.text, f.severity]);

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
    // Explained in the next paragraph's first sentence.
    ['You may get reablement.\n\nThis means short help at home.', []],
    // The next sentence says what it does, with the term as its subject.
    ['You may get reablement. Reablement helps you relearn everyday tasks at home.', []],
    ['We offer co-production. Co-production lets people shape the service as equals.', []],
    // "Means" giving a consequence is not an explanation.
    [
      'You will get reablement, which means you will get visits for six weeks.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    [
      'You may get reablement. This means you must be at home in the mornings.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // A relative clause after "means" is still a meaning.
    ['Reablement means short help that can get you back on your feet.', []],
    // Another word that happens to start the next sentence does not explain.
    [
      'You may get reablement. The team helps you relearn everyday tasks.',
      [['glossary-term', 'reablement', 'warning']],
    ],
    // Explained only later: the first use is still flagged, later ones are not.
    [
      'We use co-production. Co-production means working together as equals. Co-production takes time.',
      [['glossary-term', 'co-production', 'warning']],
    ],
    // Brackets holding an abbreviation do not explain the term.
    [
      'The Deprivation of Liberty Safeguards (DoLS) apply.',
      [['glossary-term', 'Deprivation of Liberty Safeguards', 'warning']],
    ],
    ['Service users said yes.', [['glossary-term', 'Service users', 'warning']]],
    // Part of a name or job title: the writer cannot change it.
    ['Gareth Hughes, Head of Commissioner Services, agreed.', []],
    ['Ask the Commissioner Team.', []],
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

describe('acronym', () => {
  it.each<[string, ProfileName, Row[]]>([
    ['The SCIE report is out.', 'plain', [['acronym', 'SCIE', 'warning']]],
    ['The Social Care Institute for Excellence (SCIE) is here. SCIE helps.', 'plain', []],
    ['SCIE (Social Care Institute for Excellence) is here. SCIE helps.', 'plain', []],
    [
      'SCIE helps. The Social Care Institute for Excellence (SCIE) is here.',
      'plain',
      [['acronym', 'SCIE', 'warning']],
    ],
    ['Ask your GP or the NHS in the UK.', 'plain', []],
    ['The MDT met. The MDT agreed.', 'plain', [['acronym', 'MDT', 'warning']]],
    ['The multi-disciplinary team (MDT) met.', 'plain', []],
    ['Two KPIs (key performance indicators) fell.', 'plain', []],
    ['The terms of reference (ToR) changed.', 'plain', []],
    [
      'The Big Lottery Fund (BLF) and the council (SC) met.',
      'plain',
      [['acronym', 'SC', 'warning']],
    ],
    ['PLEASE READ THIS NOW.', 'plain', []],
    ['Chapter IV is long.', 'plain', []],
    [
      'Ask your GP. Ask your GP.',
      'easy-read',
      [
        ['acronym', 'GP', 'warning'],
        ['acronym', 'GP', 'warning'],
      ],
    ],
    ['Ask the NHS.', 'easy-read', []],
    ['Any AOB?', 'plain', [['acronym', 'AOB', 'warning']]],
  ])('%s (%s)', (text, profile, expected) => {
    expect(run(text, profile).filter(([rule]) => rule === 'acronym')).toEqual(expected);
  });

  it('offers the glossary expansion and definition', () => {
    const finding = check('The DoLS team will visit.', { glossary }).findings.find(
      (f) => f.ruleId === 'acronym',
    );
    expect(finding?.suggestions).toEqual([
      { kind: 'replace', text: 'Deprivation of Liberty Safeguards (DoLS)' },
    ]);
    expect(finding?.entryId).toBe('deprivation-of-liberty-safeguards');
    const easy = check('Any AOB?', { glossary, profile: 'easy-read' }).findings.find(
      (f) => f.ruleId === 'acronym',
    );
    expect(easy?.suggestions).toEqual([{ kind: 'replace', text: 'any other business' }]);
  });

  it('writes a plural short form out in the plural', () => {
    const therapists = entry({
      id: 'occupational-therapist',
      term: 'occupational therapist',
      abbreviations: ['OT'],
      action: 'expand',
      pos: 'noun',
    });
    const finding = check('The OTs will visit.', {
      glossary: [...glossary, therapists],
    }).findings.find((f) => f.ruleId === 'acronym');
    expect(finding?.message).toBe(
      'Write “OTs” in full the first time you use it: “occupational therapists”.',
    );
    expect(finding?.suggestions).toEqual([
      { kind: 'replace', text: 'occupational therapists (OTs)' },
    ]);
  });

  it('leaves a short form that is a glossary word of its own to the glossary: one finding, with the plain word', () => {
    const gp = entry({
      id: 'gp',
      term: 'GP',
      pos: 'noun',
      alternatives: ['doctor'],
      match: { caseSensitive: true },
    });
    const findings = check('Ask your GP.', {
      glossary: [...glossary, gp],
      profile: 'easy-read',
    }).findings;
    expect(findings.map((f) => [f.ruleId, f.text, f.suggestions])).toEqual([
      ['glossary-term', 'GP', [{ kind: 'replace', text: 'doctor' }]],
    ]);
  });
});

const sentence = (words: number) =>
  Array.from({ length: words }, (_, i) => (i === 0 ? 'Cat' : 'cat')).join(' ') + '.';

describe('long-sentence', () => {
  it.each<[number, ProfileName, boolean]>([
    [25, 'plain', false],
    [26, 'plain', true],
    [20, 'public', false],
    [21, 'public', true],
    [15, 'easy-read', false],
    [16, 'easy-read', true],
  ])('%i words in %s: flagged %s', (words, profile, flagged) => {
    const hits = check(sentence(words), { glossary, profile }).findings.filter(
      (f) => f.ruleId === 'long-sentence',
    );
    expect(hits.map((f) => f.message)).toEqual(
      flagged
        ? [
            `This sentence has ${words} words. Try to keep sentences to ${words - 1} words or fewer: split it into two.`,
          ]
        : [],
    );
  });

  it('does not read a list as one sentence', () => {
    const list = Array.from({ length: 12 }, (_, i) => `- item number ${i} on the list`).join('\n');
    expect(check(list, { glossary, format: 'text' }).stats.sentences).toBe(12);
    expect(check(list, { glossary, format: 'markdown' }).stats.sentences).toBe(12);
    expect(check(list, { glossary }).findings.filter((f) => f.ruleId === 'long-sentence')).toEqual(
      [],
    );
  });
});

describe('hard-sentence', () => {
  const HARD =
    'Notwithstanding organisational considerations, comprehensive intergenerational reconfiguration necessitates multidisciplinary collaboration across the whole partnership.';
  it.each<[string, ProfileName, string | null]>([
    ['The cat sat on the mat and then it had a nap.', 'plain', null],
    [
      HARD,
      'plain',
      'This sentence is hard to read (6 of 7 measures say so). Try shorter sentences and everyday words.',
    ],
    ['We will check your plan with you every year.', 'easy-read', null],
    [
      'Your financial assessment determines your eligibility for ongoing community-based provision and residential placements.',
      'easy-read',
      'This sentence is hard to read (7 of 7 measures say so). Try shorter sentences and everyday words.',
    ],
    // Under 12 words: the formulas are unreliable on short sentences.
    [
      'Your assessment determines eligibility for ongoing community-based provision.',
      'easy-read',
      null,
    ],
    ['The library opens late on Thursdays for people who work.', 'plain', null],
    ['Too short to judge.', 'plain', null],
    // Labels, not sentences: a fragment without a full stop, and a heading.
    ['Organisational Commissioning Director, Intergenerational Partnership', 'plain', null],
    // Not prose: an attendance line, a reference, an address, a list of names.
    [
      'Present: Councillor Abigail Featherstonehaugh-Montgomery (Chair), Professor Bartholomew Wolstenholme, Dr Rosalind Cholmondeley-Smythe.',
      'plain',
      null,
    ],
    [
      'Department of Health and Social Care (2014). Care and support statutory guidance: implementation of the Care Act. London: The Stationery Office.',
      'plain',
      null,
    ],
  ])('%s (%s)', (text, profile, message) => {
    const hits = check(text, { glossary, profile }).findings.filter(
      (f) => f.ruleId === 'hard-sentence',
    );
    expect(hits.map((f) => [f.text, f.message])).toEqual(message ? [[text, message]] : []);
  });

  it('gives a sentence that is long and hard one finding, from long-sentence', () => {
    const text =
      'Notwithstanding organisational considerations, comprehensive intergenerational reconfiguration necessitates multidisciplinary collaboration across the whole partnership, and the commissioning directorate anticipates considerable implementation complexity throughout the forthcoming municipal financial year.';
    expect(
      run(text, 'plain').filter(([rule]) => rule === 'hard-sentence' || rule === 'long-sentence'),
    ).toEqual([['long-sentence', text, 'warning']]);
    expect(
      check(text, { glossary }).findings.find((f) => f.ruleId === 'long-sentence')?.message,
    ).toBe(
      'This sentence has 27 words and is hard to read. Split it into shorter sentences of 25 words or fewer, with everyday words.',
    );
  });
});

describe('hard-sentence skips headings', () => {
  it('does not score a Markdown heading', () => {
    const heading =
      '# Notwithstanding organisational considerations, comprehensive intergenerational reconfiguration necessitates multidisciplinary collaboration.';
    expect(
      check(heading, { glossary, format: 'markdown' }).findings.filter(
        (f) => f.ruleId === 'hard-sentence',
      ),
    ).toEqual([]);
  });
});

describe('passive-voice', () => {
  it.each<[string, [string, string][]]>([
    [
      'The form was completed by the team.',
      [['was completed', 'Say who did this: “we completed it” is clearer than “was completed”.']],
    ],
    [
      'Your plan will be reviewed every year.',
      [
        [
          'be reviewed',
          'Say who will do this: “we will review it” is clearer than “it will be reviewed”.',
        ],
      ],
    ],
    [
      'It was agreed that the report would go to the board.',
      [
        [
          'was agreed',
          'Say who agreed this: “the board agreed that …” is clearer than “it was agreed that …”.',
        ],
      ],
    ],
    // At most one a paragraph.
    [
      'Letters were sent and calls were requested.',
      [['were sent', 'Say who did this: “we sent it” is clearer than “were sent”.']],
    ],
    // Nobody needs to know who acted.
    ['The road was closed after the storm.', []],
    ['She was born in Leeds in 1950.', []],
    ['You are entitled to a review of your plan.', []],
    ['Your family can be involved if you want.', []],
    ['The money is not paid until May.', []],
    ['She is disabled and is interested in art.', []],
    ['We completed the form.', []],
    ['The team is based in Leeds.', []],
  ])('%s', (text, expected) => {
    expect(
      check(text, { glossary })
        .findings.filter((f) => f.ruleId === 'passive-voice')
        .map((f) => [f.text, f.message]),
    ).toEqual(expected);
  });
});

describe('easy read rules', () => {
  it.each<[string, Row[]]>([
    ['You get three visits a week.', [['easy-read-numbers', 'three', 'warning']]],
    ['We meet twenty-five times.', [['easy-read-numbers', 'twenty-five', 'warning']]],
    ['No one will be left out. One of us will call.', []],
    ['You can have one visit.', [['easy-read-numbers', 'one', 'warning']]],
    ['Tea & cake.', [['ampersand', '&', 'warning']]],
    ['Go to A&E now.', []],
    ['PLEASE BRING YOUR LETTER.', [['all-caps', 'PLEASE BRING YOUR LETTER', 'warning']]],
    ['Bring food, e.g. fruit.', [['latin-abbreviation', 'e.g.', 'warning']]],
  ])('%s', (text, expected) => {
    const rules = ['easy-read-numbers', 'ampersand', 'all-caps', 'latin-abbreviation'];
    expect(run(text, 'easy-read').filter(([rule]) => rules.includes(rule as string))).toEqual(
      expected,
    );
  });

  it('runs the easy read only rules in the easy read profile only', () => {
    expect(
      run('You get three visits. Tea & cake.', 'plain').filter(
        ([rule]) => rule === 'easy-read-numbers' || rule === 'ampersand',
      ),
    ).toEqual([]);
  });

  it.each<[string, string]>([
    ['Bring food, e.g. fruit.', 'for example'],
    ['Bring pens, paper etc. We will see.', 'and so on.'],
    ['I.e. the first one.', 'That is'],
  ])('suggests words for Latin abbreviations: %s', (text, replacement) => {
    const finding = check(text, { glossary, profile: 'easy-read' }).findings.find(
      (f) => f.ruleId === 'latin-abbreviation',
    );
    expect(finding?.suggestions).toEqual([{ kind: 'replace', text: replacement }]);
  });

  it('flags long runs of capitals in every profile, short ones only in easy read', () => {
    expect(
      run('PLEASE BRING YOUR LETTER WITH YOU.', 'plain').filter(([r]) => r === 'all-caps').length,
    ).toBe(1);
    expect(run('PLEASE BRING it.', 'plain').filter(([r]) => r === 'all-caps').length).toBe(0);
    expect(run('PLEASE BRING it.', 'easy-read').filter(([r]) => r === 'all-caps').length).toBe(1);
  });
});
