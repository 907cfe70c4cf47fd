/**
 * What the plain-words and respectful rules share: turning a word-list match
 * into a finding with suggestions fitted to the sentence.
 */
import type { BlockInput, RawFinding, RuleContext } from './rule';
import { q, replacements } from './suggest';

/** Findings for the matches of one word list (`plain-words` or `respectful`) in a block. */
export function wordListFindings(
  input: BlockInput,
  context: RuleContext,
  kind: 'plain-words' | 'respectful',
  whenNoAlternative: (text: string) => string,
): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of input.matches) {
    if (match.value.kind !== kind) continue;
    const item = match.value.item;
    const text = input.text.text.slice(match.start, match.end);
    const suggestions = replacements(item.alternatives, text, match.inflection, item.pos);
    if (item.omitOk) suggestions.push({ kind: 'remove', text: '' });
    const first = suggestions.find((s) => s.kind === 'replace')?.text;
    let message = first ? `Try ${q(first)} instead of ${q(text)}.` : whenNoAlternative(text);
    if (item.note) message += ` ${item.note}`;
    findings.push({
      start: match.start,
      end: match.end,
      message,
      severity: item.severity ?? context.severity,
      suggestions,
    });
  }
  return findings;
}
