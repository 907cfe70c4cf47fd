/**
 * plain-words: wordy and bureaucratic words with plain swaps. retext-simplify's
 * list (from plainlanguage.gov) minus its US-military and non-UK items, plus
 * UK words to avoid, all kept as data in dictionaries/plain-words/.
 */
import { defineRule } from './rule';
import { q } from './suggest';
import { wordListFindings } from './word-list';

export const plainWords = defineRule({
  id: 'plain-words',
  category: 'plain-english',
  summary: 'Wordy or bureaucratic words (utilise, in order to, going forward) with plain swaps.',
  source:
    'plainlanguage.gov "Use simple words and phrases" via retext-simplify (MIT); GOV.UK style guide, words to avoid (OGL v3.0)',
  block(input, context) {
    return {
      findings: wordListFindings(input, context, 'plain-words', (text, omitOk) =>
        omitOk ? `You can usually delete ${q(text)}.` : `${q(text)} is wordy. Use a plainer word.`,
      ),
    };
  },
});
