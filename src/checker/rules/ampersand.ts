/**
 * ampersand: write "and", not "&" (easy read profile). Screen readers and
 * new readers stumble on symbols.
 */
import type { RawFinding } from './rule';
import { defineRule } from './rule';

export const ampersand = defineRule({
  id: 'ampersand',
  category: 'easy-read',
  summary: 'The symbol “&” used for “and” (easy read profile).',
  source: 'GOV.UK style guide (ampersands); NHS Education for Scotland style (screen readers)',
  examples: [
    {
      text: 'Tea & cake.',
      profile: 'easy-read',
      findings: [
        {
          on: '&',
          message: 'Write “and” instead of “&”.',
          fixed: 'Tea and cake.',
        },
      ],
    },
    {
      text: 'Go to A&E.',
      profile: 'easy-read',
      findings: [],
    },
  ],
  block(input, context) {
    const text = input.text.text;
    const findings: RawFinding[] = [];
    for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
      // Only a free-standing "&" between words; "A&E" is a name.
      if (!/\s/.test(text.charAt(at - 1)) || !/\s/.test(text.charAt(at + 1))) continue;
      findings.push({
        start: at,
        end: at + 1,
        message: 'Write “and” instead of “&”.',
        severity: context.severity,
        suggestions: [{ kind: 'replace', text: 'and' }],
      });
    }
    return { findings };
  },
});
