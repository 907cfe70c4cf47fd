/**
 * Test helper: applies a finding's suggestions to the text and gives back
 * each whole fixed text, so tests compare sentences, not fragments.
 */
import type { Finding, Suggestion } from '../../src/checker/types';

/** The text after one suggestion is applied to its finding. */
export function applySuggestion(text: string, finding: Finding, suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'replace':
      return text.slice(0, finding.start) + suggestion.text + text.slice(finding.end);
    case 'explain':
      return text.slice(0, finding.end) + suggestion.text + text.slice(finding.end);
    case 'remove': {
      // The space before the words goes with them.
      const start = text[finding.start - 1] === ' ' ? finding.start - 1 : finding.start;
      return text.slice(0, start) + text.slice(finding.end);
    }
  }
}

/** Every fixed text a finding offers, in the order offered. */
export function fixedTexts(text: string, finding: Finding | undefined): string[] {
  return (finding?.suggestions ?? []).map((s) => applySuggestion(text, finding as Finding, s));
}
