/**
 * long-sentence: more words than the profile allows (25 plain, 20 public,
 * 15 easy read). Readers understand over 90% of 14-word sentences and under
 * 10% of 43-word ones (GDS, citing Ann Wylie).
 */
import type { RawFinding } from './rule';
import { defineRule } from './rule';

export const longSentence = defineRule({
  id: 'long-sentence',
  category: 'readability',
  summary: 'Sentences longer than 25 words (plain), 20 (public) or 15 (easy read).',
  source:
    'GDS "Sentence length: why 25 words is our limit" (2014); GOV.UK accessible communication formats (easy read: 10–15 words)',
  block(input, context) {
    const max = context.profile.maxSentenceWords;
    const findings: RawFinding[] = [];
    for (const sentence of input.text.sentences) {
      const count = sentence.endWord - sentence.firstWord;
      if (count <= max) continue;
      findings.push({
        start: sentence.start,
        end: sentence.end,
        message: `This sentence has ${count} words. Try to keep sentences to ${max} words or fewer: split it into two.`,
        severity: context.severity,
        suggestions: [],
      });
    }
    return { findings };
  },
});
