import { retext } from 'retext';
import retextReadability from 'retext-readability';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/checker/analyse';
import {
  countSentence,
  documentScores,
  formulaAges,
  hardVotes,
  type ReadabilityMode,
} from '../../src/checker/readability';

const RETEXT_MODE: ReadabilityMode = { smog: 'retext', lists: 'us' };

/** Sentences of many shapes: short, long, plain, Latinate, with numbers and capitals. */
const CORPUS = [
  'The cat sat on the mat.',
  'We will visit you at home next week to talk about the help you need.',
  'The local authority must undertake a comprehensive assessment of eligible needs.',
  'Notwithstanding organisational considerations, comprehensive intergenerational reconfiguration necessitates multidisciplinary collaboration.',
  'Your personal budget is the amount of money the council thinks your support will cost.',
  'The Safeguarding Adults Board published its annual report in November.',
  'Please bring your letter, your glasses and a friend if you would like one.',
  'Implementation of the integrated commissioning framework remains contingent upon stakeholder engagement.',
  'We met on 3 May 2026 and agreed 14 actions.',
  'He went to the shop and bought some milk and bread for tea.',
];

function retextVotes(text: string, age: number): number[] {
  const file = retext()
    .use(retextReadability, { age, minWords: 0, threshold: 1 / 7 })
    .processSync(text);
  return file.messages.map((message) => {
    const match = /according to (?:(\d) out of 7|all 7) algorithms/.exec(String(message.reason));
    return match?.[1] ? Number(match[1]) : 7;
  });
}

describe('readability formulas', () => {
  it.each([16, 14, 12, 10, 9])(
    'give the same votes as retext-readability at age %i (compatibility mode)',
    (age) => {
      for (const sentence of CORPUS) {
        const { words } = analyseText(sentence);
        const ours = hardVotes(
          formulaAges(
            countSentence(
              words.map((w) => w.text),
              RETEXT_MODE,
            ),
            RETEXT_MODE,
          ),
          age,
        );
        const theirs = retextVotes(sentence, age);
        expect([sentence, ours > 0 ? [ours] : []]).toEqual([sentence, theirs]);
      }
    },
  );

  it('lets SMOG vote once its grade is converted like the others', () => {
    const counts = countSentence(analyseText(CORPUS[3] as string).words.map((w) => w.text));
    const corrected = formulaAges(counts, { smog: 'corrected', lists: 'us' })[5] as number;
    const retextAge = formulaAges(counts, RETEXT_MODE)[5] as number;
    expect(retextAge).toBeLessThan(10);
    expect(corrected).toBeGreaterThan(20);
  });

  it.each([
    ['My favourite colour is grey.', 'My favorite color is gray.'],
    ['We organise the centre.', 'We organize the center.'],
  ])('counts UK spellings as familiar as their US spellings: %s', (uk, us) => {
    const ukCounts = countSentence(analyseText(uk).words.map((w) => w.text));
    const usCounts = countSentence(
      analyseText(us).words.map((w) => w.text),
      RETEXT_MODE,
    );
    expect(ukCounts.difficultWord).toBe(usCounts.difficultWord);
    expect(ukCounts.unfamiliarWord).toBe(usCounts.unfamiliarWord);
    // With the American lists alone, the UK spelling is counted as hard.
    const ukAsUs = countSentence(
      analyseText(uk).words.map((w) => w.text),
      RETEXT_MODE,
    );
    expect(ukAsUs.difficultWord).toBeGreaterThan(usCounts.difficultWord);
  });

  it.each<[string, number, number, number]>([
    // Words, then hard words for Dale–Chall and for Spache in UK mode, then for Dale–Chall as retext-readability counts.
    ['needs showering dressed carried buses', 0, 1, 5],
    ['need shower dress carry bus', 0, 1, 0],
    ['reablement commissioning', 2, 2, 2],
  ])(
    'counts a listed word with a regular ending as familiar in UK mode: %s',
    (text, difficult, unfamiliar, retextDifficult) => {
      const words = text.split(' ');
      const uk = countSentence(words);
      expect([uk.difficultWord, uk.unfamiliarWord]).toEqual([difficult, unfamiliar]);
      expect(countSentence(words, RETEXT_MODE).difficultWord).toBe(retextDifficult);
    },
  );

  it('scores a whole document with Flesch and Flesch–Kincaid', () => {
    // 100 words, 5 sentences, 130 syllables.
    expect(documentScores(100, 5, 130)).toEqual({
      fleschReadingEase: 76.6,
      fleschKincaidGrade: 7.6,
      readingAge: 13,
    });
    expect(documentScores(0, 0, 0)).toEqual({
      fleschReadingEase: 0,
      fleschKincaidGrade: 0,
      readingAge: 0,
    });
  });
});
