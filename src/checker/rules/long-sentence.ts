/**
 * long-sentence: more words than the profile allows (25 plain, 20 public,
 * 15 easy read). Readers understand over 90% of 14-word sentences and under
 * 10% of 43-word ones (GDS, citing Ann Wylie). When the sentence is also
 * hard to read, the one finding says so (hard-sentence leaves it alone).
 */
import { formulaAges, hardVotes, UK_MODE } from '../readability';
import { agesOf, countsWithoutNames, sentenceLength } from '../context';
import { isProse } from '../prose';
import type { RawFinding } from './rule';
import { defineRule } from './rule';

export const longSentence = defineRule({
  id: 'long-sentence',
  category: 'readability',
  summary:
    'Sentences longer than 25 words (plain), 20 (public) or 15 (easy read), saying when they are also hard to read.',
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
    const { age, threshold } = context.profile.hardSentence;
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
