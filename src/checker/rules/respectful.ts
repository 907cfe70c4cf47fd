/**
 * respectful: people-first and social-model wording (dictionaries/respectful.json).
 * "disabled people" is the social model's own wording and is never flagged.
 * Glossary entries whose action is `respectful` (service user, placement)
 * are reported by glossary-term with this category.
 */
import { RESPECTFUL_LIST } from '../../glossary/builtin';
import { defineRule } from './rule';
import { q } from './suggest';
import { wordListFindings } from './word-list';

export const respectful = defineRule({
  id: 'respectful',
  category: 'respectful',
  summary:
    'Words that can hurt or label people (suffers from, wheelchair-bound, the elderly), with respectful wording.',
  source:
    'GOV.UK inclusive language: words to use and avoid when writing about disability (ODI/DWP); LGA "Our language"; Dimensions "The words we use"',
  examples: [
    {
      text: 'He suffers from dementia.',
      findings: [
        {
          on: 'suffers from',
          message:
            'Try “has” instead of “suffers from”. Do not assume people suffer. Say the person has the condition.',
          fixed: 'He has dementia.',
        },
      ],
    },
    {
      text: 'She is a wheelchair user.',
      findings: [],
    },
  ],
  wordList: RESPECTFUL_LIST,
  block(input, context) {
    return {
      findings: wordListFindings(
        input,
        context,
        'respectful',
        (text) => `Try to avoid ${q(text)}.`,
      ),
    };
  },
});
