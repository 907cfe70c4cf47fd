/**
 * respectful: people-first and social-model wording (dictionaries/respectful.json).
 * "disabled people" is the social model's own wording and is never flagged.
 * Glossary entries whose action is `respectful` (service user, placement)
 * are reported by glossary-term with this category.
 */
import type { RawFinding } from './rule';
import { defineRule } from './rule';
import { q, replacements } from './suggest';

export const respectful = defineRule({
  id: 'respectful',
  category: 'respectful',
  summary:
    'Words that can hurt or label people (suffers from, wheelchair-bound, the elderly), with respectful wording.',
  source:
    'GOV.UK inclusive language: words to use and avoid when writing about disability (ODI/DWP); LGA "Our language"; Dimensions "The words we use"',
  block(input, context) {
    const findings: RawFinding[] = [];
    for (const match of input.matches) {
      if (match.value.kind !== 'respectful') continue;
      const item = match.value.item;
      const text = input.text.text.slice(match.start, match.end);
      const suggestions = replacements(item.alternatives, text, match.inflection, item.pos);
      const first = suggestions[0]?.text;
      let message = first ? `Try ${q(first)} instead of ${q(text)}.` : `Try to avoid ${q(text)}.`;
      if (item.note) message += ` ${item.note}`;
      findings.push({
        start: match.start,
        end: match.end,
        message,
        severity: item.severity ?? context.severity,
        suggestions,
      });
    }
    return { findings };
  },
});
