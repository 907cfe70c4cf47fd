import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker/index';
import type { ProfileName } from '../../../src/checker/types';
import { glossary, run } from './glossary';

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
    // Under 20 words, three everyday long words are not enough (four are needed; two in easy read).
    [
      'Grandad celebrated his ninetieth birthday with a party at the community centre.',
      'plain',
      null,
    ],
    [
      'The pharmacy will deliver your prescription to your door if you cannot collect it yourself.',
      'public',
      null,
    ],
    [
      'The local authority must undertake a comprehensive assessment of eligible needs for all carers.',
      'plain',
      'This sentence is hard to read (6 of 7 measures say so). Try shorter sentences and everyday words.',
    ],
    [
      'Grandad celebrated his ninetieth birthday with a party at the community centre.',
      'easy-read',
      'This sentence is hard to read (7 of 7 measures say so). Try shorter sentences and everyday words.',
    ],
    ['Too short to judge.', 'plain', null],
    // Names are read as short words: their syllables do not make a plain sentence hard.
    [
      'The proposals were considered by the Adults and Health Scrutiny Committee on 21 January 2025.',
      'plain',
      null,
    ],
    [
      'You had a fall at home in November and spent three weeks in Northfield General Hospital with a broken wrist.',
      'public',
      null,
    ],
    // Length alone is long-sentence's business: a sentence near the limit in
    // everyday words is not hard, however many words it has.
    [
      "The council's priority is to make sure that every person keeps getting the care they need, with as little disruption as possible.",
      'plain',
      null,
    ],
    [
      'We will publish the decision on our website and write to everyone who took part and left their contact details.',
      'public',
      null,
    ],
    // Glossary terms are read as short words too: each has its own finding.
    [
      'The commissioners reviewed co-production and reablement arrangements with every carer last month.',
      'plain',
      null,
    ],
    [
      'Every commissioner agreed that co-production and reablement should continue for another year at least.',
      'public',
      null,
    ],
    // A long word said again is no harder the second time.
    [
      'After your assessment, the assessment officer will send the assessment to your family.',
      'public',
      null,
    ],
    [
      "Your financial assessment and your carer's financial assessment happen on the same day.",
      'plain',
      null,
    ],
    // Long everyday words, and two everyday words joined, are not hard words.
    [
      'You can talk to a wellbeing adviser about anything that is worrying you, such as homesickness, stress or friendships.',
      'public',
      null,
    ],
    [
      'You can talk to a clinical adviser about anxiety that is worrying you, such as insomnia, palpitations or dizziness.',
      'public',
      'This sentence is hard to read (6 of 7 measures say so). Try shorter sentences and everyday words.',
    ],
    // A list is as easy as its items.
    [
      'During the visit the team spoke to over 140 people, including front-line staff, managers, councillors, health partners, providers, carers and people who use services.',
      'plain',
      null,
    ],
    // Without names to explain it, the same hard words still are.
    [
      'The proposals were considered in detail by the multidisciplinary transformation committee in late January.',
      'plain',
      'This sentence is hard to read (6 of 7 measures say so). Try shorter sentences and everyday words.',
    ],
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
    // Long words every adult reader knows ("volunteer", "example", "disabled",
    // "condition") are not hard words in plain and public; in easy read they are.
    [
      'Instructors at the centre are qualified in each activity and hold up-to-date safety certificates.',
      'public',
      null,
    ],
    [
      'If you need support to volunteer, for example because you are disabled or have a health condition, tell us.',
      'plain',
      null,
    ],
    [
      'Prisoners in general have higher rates of learning disability, brain injury and mental ill health than the wider population.',
      'plain',
      null,
    ],
    [
      'Instructors at the centre are qualified in each activity and hold up-to-date safety certificates.',
      'easy-read',
      'This sentence is hard to read (7 of 7 measures say so). Try shorter sentences and everyday words.',
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
