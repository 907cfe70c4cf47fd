/**
 * long-sentence: more words than the profile allows (25 plain, 20 public,
 * 15 easy read); in public, a sentence of everyday words only from 26 words,
 * GOV.UK's own limit. Readers understand over 90% of 14-word sentences and under
 * 10% of 43-word ones (GDS, citing Ann Wylie). When the sentence is also
 * hard to read, the one finding says so (hard-sentence leaves it alone):
 * hard by its words, not only by its length, as the formulas count both.
 */
import { formulaAges, hardVotes, type SentenceCounts, UK_MODE } from '../readability';
import { agesOf, countsWithoutNames, distinctLongWords, sentenceLength } from '../context';
import { isProse } from '../prose';
import type { RawFinding } from './rule';
import { defineRule } from './rule';

/** A sentence's counts for one of `words` words with the same mix of long and unfamiliar words. */
function scaledTo(counts: SentenceCounts, words: number): SentenceCounts {
  const by = counts.word === 0 ? 1 : Math.min(1, words / counts.word);
  return {
    word: counts.word * by,
    syllable: counts.syllable * by,
    letter: counts.letter * by,
    polysillabicWord: counts.polysillabicWord * by,
    complexPolysillabicWord: counts.complexPolysillabicWord * by,
    difficultWord: counts.difficultWord * by,
    unfamiliarWord: counts.unfamiliarWord * by,
  };
}

export const longSentence = defineRule({
  id: 'long-sentence',
  category: 'readability',
  summary:
    'Sentences longer than 25 words (plain), 20 (public; 25 when its words are everyday) or 15 (easy read), saying when they are also hard to read.',
  source:
    'GDS "Sentence length: why 25 words is our limit" (2014); GOV.UK accessible communication formats (easy read: 10–15 words)',
  examples: [
    {
      text: 'We met on Monday and talked about the plan for the summer, and then we looked at the money, the staff and the buses, and agreed to meet again next week.',
      findings: [
        {
          on: 'We met on Monday and talked about the plan for the summer, and then we looked at the money, the staff and the buses, and agreed to meet again next week.',
          message:
            'This sentence has 31 words. Try to keep sentences to 25 words or fewer: split it into two.',
        },
      ],
    },
    {
      text: 'We met on Monday. We talked about the plan for the summer.',
      findings: [],
    },
  ],
  block(input, context) {
    const max = context.profile.maxSentenceWords;
    const { age, threshold, shortLongWords, adultWords } = context.profile.hardSentence;
    const findings: RawFinding[] = [];
    input.text.sentences.forEach((sentence, index) => {
      const count = sentenceLength(input, index);
      if (count <= max || !isProse(input, index)) return;
      const isHard = (ages: readonly number[]) =>
        ages.length > 0 && hardVotes(ages, age) / ages.length >= threshold;
      let hard = isHard(agesOf(input, index));
      // Names read as short words, as hard-sentence reads them.
      const withoutNames = hard ? countsWithoutNames(input, index) : undefined;
      if (withoutNames) hard = isHard(formulaAges(withoutNames, UK_MODE));
      // The formulas count length too: the words are hard only if a sentence of
      // the longest length allowed, made of the same mix of words, would be,
      // with as many different long words as hard-sentence asks for.
      const counts = withoutNames ?? input.sentenceCounts[index];
      if (hard && counts) {
        hard =
          isHard(formulaAges(scaledTo(counts, max), UK_MODE)) &&
          distinctLongWords(input, index, adultWords) >= shortLongWords;
      }
      // A little over the limit matters only when the words are hard too.
      if (!hard && count <= context.profile.maxEverydaySentenceWords) return;
      findings.push({
        start: sentence.start,
        end: sentence.end,
        message: hard
          ? `This sentence has ${count} words and is hard to read. Split it into shorter sentences of ${max} words or fewer, with everyday words.`
          : `This sentence has ${count} words. Try to keep sentences to ${max} words or fewer: split it into two.`,
        severity: context.severity,
        suggestions: [],
      });
    });
    return { findings };
  },
});
