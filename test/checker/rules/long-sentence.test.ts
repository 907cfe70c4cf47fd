import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker/index';
import type { ProfileName } from '../../../src/checker/types';
import { glossary } from './glossary';

const sentence = (words: number) =>
  Array.from({ length: words }, (_, i) => (i === 0 ? 'Cat' : 'cat')).join(' ') + '.';

describe('long-sentence', () => {
  // Everyday words: in public, a sentence is flagged only past GOV.UK's own
  // limit of 25; the message still asks for the profile's 20.
  it.each<[number, ProfileName, number | undefined]>([
    [25, 'plain', undefined],
    [26, 'plain', 25],
    [20, 'public', undefined],
    [21, 'public', undefined],
    [25, 'public', undefined],
    [26, 'public', 20],
    [15, 'easy-read', undefined],
    [16, 'easy-read', 15],
  ])('%i words of everyday words in %s: flagged for more than %s', (words, profile, limit) => {
    const hits = check(sentence(words), { glossary, profile }).findings.filter(
      (f) => f.ruleId === 'long-sentence',
    );
    expect(hits.map((f) => f.message)).toEqual(
      limit
        ? [
            `This sentence has ${words} words. Try to keep sentences to ${limit} words or fewer: split it into two.`,
          ]
        : [],
    );
  });

  // Hard words: in public, a sentence is flagged from 21 words, not 26.
  it.each<[string, string[]]>([
    [
      'The assessment considers eligibility, accommodation, transportation, medication and the individual circumstances of applicants, their families and their representatives in the borough today.',
      [
        'This sentence has 22 words and is hard to read. Split it into shorter sentences of 20 words or fewer, with everyday words.',
      ],
    ],
  ])('%s', (text, messages) => {
    const hits = check(text, { glossary, profile: 'public' }).findings.filter(
      (f) => f.ruleId === 'long-sentence',
    );
    expect(hits.map((f) => f.message)).toEqual(messages);
  });

  it.each<[string, boolean]>([
    // Prose that happens to say "available from" is still prose.
    [
      'The council must consider the strengths of each person, and what support might be available from their wider support network or within the community to help them.',
      true,
    ],
    // References are not.
    [
      'Social Care Institute for Excellence, Strengths-based approaches, Care Act guidance for practitioners and managers in councils. Available at: https://www.scie.org.uk/strengths-based-approaches/guidance/',
      false,
    ],
    // "Author (year) Title", as Harvard references are often written without a stop.
    [
      '3. Kingsmere Council (2024) Cost of care exercise for home care and the fees we pay to providers of care at home for older people. Report to Cabinet.',
      false,
    ],
    // A name and a year in brackets inside prose is still prose.
    [
      'The team told us that the Care Act (2014) was the main reason they changed how they plan care and support for older people in the borough.',
      true,
    ],
  ])('%s: flagged %s', (text, flagged) => {
    const hits = check(text, { glossary, profile: 'public' }).findings.filter(
      (f) => f.ruleId === 'long-sentence',
    );
    expect(hits.length > 0).toBe(flagged);
  });

  it.each<[string, string[]]>([
    // A numbered paragraph's number is not a word of its sentence.
    [`4.5 ${sentence(25)}`, []],
    [
      `4.5 ${sentence(26)}`,
      [
        'This sentence has 26 words. Try to keep sentences to 25 words or fewer: split it into two.',
      ],
    ],
    [
      `12 ${sentence(26)}`,
      [
        'This sentence has 26 words. Try to keep sentences to 25 words or fewer: split it into two.',
      ],
    ],
    // A phone number in groups is one word.
    [`${sentence(23).slice(0, -1)} on 0300 123 4567.`, []],
    [
      `${sentence(24).slice(0, -1)} on 0300 123 4567.`,
      [
        'This sentence has 26 words. Try to keep sentences to 25 words or fewer: split it into two.',
      ],
    ],
    // A time with "am" or "pm" written on is one word; with a space, two.
    [`${sentence(19).slice(0, -1)} at 8.30am or 5pm and 10.15PM.`, []],
    [
      `${sentence(21).slice(0, -1)} at 8.30 am or 5.30pm.`,
      [
        'This sentence has 26 words. Try to keep sentences to 25 words or fewer: split it into two.',
      ],
    ],
    // A size is one word.
    [`${sentence(21).slice(0, -1)} up to 40 x 30 x 20cm.`, []],
    [
      `${sentence(21).slice(0, -1)} up to 40 or 30 or 20cm.`,
      [
        'This sentence has 28 words. Try to keep sentences to 25 words or fewer: split it into two.',
      ],
    ],
    // A number inside the sentence still counts.
    [
      `${sentence(25).slice(0, -1)} 4.5.`,
      [
        'This sentence has 26 words. Try to keep sentences to 25 words or fewer: split it into two.',
      ],
    ],
  ])('%s', (text, messages) => {
    const hits = check(text, { glossary, profile: 'plain' }).findings.filter(
      (f) => f.ruleId === 'long-sentence',
    );
    expect(hits.map((f) => f.message)).toEqual(messages);
  });

  // A label before a colon is read as a heading: in a list item, with brackets, or a
  // word alone. A clause that leads in to a colon is part of the sentence.
  it.each<[string, 'text' | 'markdown', string[]]>([
    [
      '- **Name a seat**: for £250 your name, or a name you choose, goes on a brass plate on one of the new seats.',
      'markdown',
      [],
    ],
    [
      '**Fire and Rescue (HB):** A home fire safety visit found a high fire risk with heaters near paper and no working smoke alarm.',
      'markdown',
      [],
    ],
    [
      'Note: a home fire safety visit found a high fire risk with heaters near paper and no working smoke alarm today.',
      'text',
      [],
    ],
    [
      'The council has three aims for this year: to cut waiting times, to grow the number of carers it supports and to open two more cafes.',
      'text',
      [
        'This sentence has 26 words. Try to keep sentences to 20 words or fewer: split it into two.',
      ],
    ],
  ])('%s', (text, format, messages) => {
    const hits = check(text, { glossary, profile: 'public', format }).findings.filter(
      (f) => f.ruleId === 'long-sentence',
    );
    expect(hits.map((f) => f.message)).toEqual(messages);
  });

  // Hard by its words, not only by its length: the formulas count length too, so a
  // long sentence of everyday words is only long, and in public only from 26 words.
  it.each<[string, string[]]>([
    [
      'Sometimes a smart meter stops sending readings, for example if the signal in your area is weak or you change supplier.',
      [],
    ],
    [
      'The roof leaks, the heating is expensive to run, and the toilets are not easy to use for people with wheelchairs or walking frames.',
      [],
    ],
    [
      'The roof leaks, the heating is expensive to run, and the toilets are not easy to use for people with wheelchairs, walking frames, prams or buggies.',
      [
        'This sentence has 26 words. Try to keep sentences to 20 words or fewer: split it into two.',
      ],
    ],
    [
      'Your social worker will examine the documentation you provided, including your medical history and the assessment, and then determine your eligibility.',
      [
        'This sentence has 21 words and is hard to read. Split it into shorter sentences of 20 words or fewer, with everyday words.',
      ],
    ],
    // Long words every adult reader knows ("information", "including",
    // "medical") are everyday words: 23 of them are long only from 26 words.
    [
      'Your social worker will look at the information you gave us, including your medical history and the assessment, and then decide about eligibility.',
      [],
    ],
  ])('%s', (text, messages) => {
    const hits = check(text, { glossary, profile: 'public' }).findings.filter(
      (f) => f.ruleId === 'long-sentence' || f.ruleId === 'hard-sentence',
    );
    expect(hits.map((f) => f.message)).toEqual(messages);
  });

  it('does not read a list as one sentence', () => {
    const list = Array.from({ length: 12 }, (_, i) => `- item number ${i} on the list`).join('\n');
    expect(check(list, { glossary, format: 'text' }).stats.sentences).toBe(12);
    expect(check(list, { glossary, format: 'markdown' }).stats.sentences).toBe(12);
    expect(check(list, { glossary }).findings.filter((f) => f.ruleId === 'long-sentence')).toEqual(
      [],
    );
  });

  it('reads the lines after a line that leads into them as a list, not one sentence', () => {
    const text =
      'The services we fund for carers in the county include:\nhome care for the person you look after\na sitting service at night so you can sleep\nday centres run by local charities\n';
    const result = check(text, { glossary, profile: 'public', format: 'text' });
    expect(result.stats.sentences).toBe(4);
    expect(result.findings.filter((f) => f.ruleId === 'long-sentence')).toEqual([]);
  });
});
