/**
 * What every word-list rule (plain-words, respectful) shares: turning a
 * match of its own list in its jargon sense into a finding with suggestions
 * that fit the sentence. A new word-list rule is one file that declares
 * `wordList` and calls `wordListFindings`, and its data in dictionaries/.
 */
import { tagOf, wordAt } from '../context';
import { isPartOfName, namedInSentence } from '../names';
import { inQuotes, isQuotation } from '../prose';
import type { BlockInput, RawFinding, RuleContext } from './rule';
import { alternativesHere, jargonSense } from '../senses';
import { canRemove, fittedSuggestions, q, type Place } from './suggest';

/** Whether the block is a table cell of three words or fewer. */
function shortCell(input: BlockInput): boolean {
  return input.block.kind === 'table-cell' && input.text.words.length <= 3;
}

/** Whether word `first` opens a heading and is read there as a noun. */
function nounOpensHeading(input: BlockInput, first: number): boolean {
  return input.block.kind === 'heading' && first === 0 && tagOf(input, 0) === 'NOUN';
}

/** Findings for the matches of rule `rule`'s word list in a block. */
export function wordListFindings(
  input: BlockInput,
  context: RuleContext,
  rule: string,
  whenNoAlternative: (text: string, omitOk: boolean) => string,
): RawFinding[] {
  const findings: RawFinding[] = [];
  // Someone's own words, quoted: not the writer's to change. Nor a table cell of
  // a word or three ("Requires improvement" under "Rating"): a value or a label,
  // often a name the writer must keep.
  if (isQuotation(input) || shortCell(input)) return findings;
  const words = input.text.words;
  for (const match of input.matches) {
    if (match.value.kind !== 'word-list' || match.value.rule !== rule) continue;
    const item = match.value.item;
    const text = input.text.text.slice(match.start, match.end);
    const first = wordAt(words, match.start);
    const last = wordAt(words, match.end - 1);
    if (first === -1 || last === -1) continue;
    // Words in quotation marks in the text: someone's own, or a name given on purpose.
    if (inQuotes(input, match.start)) continue;
    // Part of a name: "a rating of Requires Improvement"; or a name itself, with a
    // capital on each word inside a sentence: "Ward 14 (Care of the Elderly)".
    if (isPartOfName(input, match, text, first) || namedInSentence(input, text, first)) continue;
    // "## Impact on services": a heading opens with a noun, not the verb the item is about
    // ("## Utilise your budget" opens with the verb).
    if (item.pos === 'verb' && nounOpensHeading(input, first)) continue;
    const sense = jargonSense(input, match.value.senses, first, last, match.inflection, item.pos);
    if (sense === 'everyday') continue;
    const place: Place = {
      input,
      context,
      start: match.start,
      end: match.end,
      first,
      last,
      inflection: match.inflection,
      value: match.value,
    };
    const here = alternativesHere(input, match.value.senses, item.alternatives, first, last);
    const fitted = fittedSuggestions(place, here, item.pos);
    const suggestions = fitted.suggestions;
    if (item.omitOk && canRemove(place)) suggestions.push({ kind: 'remove', text: '' });
    const best = suggestions.find((s) => s.kind === 'replace')?.text;
    // The words replaced, with the "a" or "an" before them when it changes too.
    let message = best
      ? `Try ${q(best)} instead of ${q(input.text.text.slice(fitted.start, fitted.end))}.`
      : whenNoAlternative(text, item.omitOk === true);
    if (item.note) message += ` ${item.note}`;
    findings.push({
      start: fitted.start,
      end: fitted.end,
      message,
      severity: sense === 'doubtful' ? 'suggestion' : (item.severity ?? context.severity),
      suggestions,
    });
  }
  return findings;
}
