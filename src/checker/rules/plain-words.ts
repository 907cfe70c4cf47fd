/**
 * plain-words: wordy and bureaucratic words with plain swaps. retext-simplify's
 * list (from plainlanguage.gov) minus its US-military and non-UK items, plus
 * UK words to avoid, all kept as data in dictionaries/plain-words/.
 */
import { PLAIN_WORDS_LIST } from '../../glossary/builtin';
import { defineRule } from './rule';
import { q } from './suggest';
import { wordListFindings } from './word-list';

export const plainWords = defineRule({
  id: 'plain-words',
  category: 'plain-english',
  summary: 'Wordy or bureaucratic words (utilise, in order to, going forward) with plain swaps.',
  source:
    'plainlanguage.gov "Use simple words and phrases" via retext-simplify (MIT); GOV.UK style guide, words to avoid (OGL v3.0)',
  examples: [
    {
      text: 'We will utilise the hall in order to meet.',
      findings: [
        {
          on: 'utilise',
          message: 'Try “use” instead of “utilise”.',
          fixed: 'We will use the hall in order to meet.',
        },
        {
          on: 'in order to',
          message: 'Try “to” instead of “in order to”.',
          fixed: 'We will utilise the hall to meet.',
        },
      ],
    },
    {
      text: 'We will use the hall to meet.',
      findings: [],
    },
  ],
  wordList: PLAIN_WORDS_LIST,
  block(input, context) {
    return {
      findings: wordListFindings(input, context, 'plain-words', (text, omitOk) =>
        omitOk ? `You can usually delete ${q(text)}.` : `${q(text)} is wordy. Use a plainer word.`,
      ),
    };
  },
});
