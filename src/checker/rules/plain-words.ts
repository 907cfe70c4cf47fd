/**
 * plain-words: wordy and bureaucratic words with plain swaps. retext-simplify's
 * list (from plainlanguage.gov) minus its US-military and non-UK items, plus
 * UK words to avoid, all kept as data in dictionaries/plain-words/.
 */
import type { RawFinding } from './rule';
import { defineRule } from './rule';
import { q, replacements } from './suggest';

export const plainWords = defineRule({
  id: 'plain-words',
  category: 'plain-english',
  summary: 'Wordy or bureaucratic words (utilise, in order to, going forward) with plain swaps.',
  source:
    'plainlanguage.gov "Use simple words and phrases" via retext-simplify (MIT); GOV.UK style guide, words to avoid (OGL v3.0)',
  block(input, context) {
    const findings: RawFinding[] = [];
    for (const match of input.matches) {
      if (match.value.kind !== 'plain-words') continue;
      const item = match.value.item;
      const text = input.text.text.slice(match.start, match.end);
      const suggestions = replacements(item.alternatives, text, match.inflection, item.pos);
      if (item.omitOk) suggestions.push({ kind: 'remove', text: '' });
      const first = suggestions.find((s) => s.kind === 'replace')?.text;
      let message = first
        ? `Try ${q(first)} instead of ${q(text)}.`
        : `You can usually delete ${q(text)}.`;
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
