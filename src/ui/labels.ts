/**
 * The words the user interface uses for the engine's codes, and the summary
 * sentence. Kept apart from the components so every page says the same thing
 * and the wording can be tested without a browser.
 */
import type { FindingCategory, ProfileName, Report, Severity, Suggestion } from '../checker/types';

/** Severity in words, so it never rests on colour alone (WCAG 1.4.1). */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Must change',
  warning: 'Should change',
  suggestion: 'Could change',
};

/** Most serious first. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'suggestion'];

export const CATEGORY_LABELS: Readonly<Record<FindingCategory, string>> = {
  jargon: 'Jargon',
  'plain-english': 'Plain English',
  readability: 'Hard to read',
  acronym: 'Short form',
  respectful: 'Respectful language',
  'easy-read': 'Easy read',
};

export const PROFILE_LABELS: Readonly<Record<ProfileName, string>> = {
  plain: 'Plain',
  public: 'Public',
  'easy-read': 'Easy read',
};

/** One suggestion as an instruction: "Use: working together", "Explain it: …", "Delete it". */
export function suggestionLabel(suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'replace':
      return `Use: ${suggestion.text}`;
    case 'explain':
      return `Explain it: ${suggestion.text}`;
    case 'remove':
      return 'Delete it';
  }
}

/** "1 thing", "3 things". */
export function countThings(count: number): string {
  return count === 1 ? '1 thing' : `${count} things`;
}

/**
 * The sentence a screen reader announces after each check, for example
 * "3 things to look at. Reading age 14 (aim for 13 or under)."
 */
export function summarySentence(report: Report): string {
  const count = report.findings.length;
  const things = count === 0 ? 'Nothing to look at.' : `${countThings(count)} to look at.`;
  if (report.stats.words === 0) return things;
  const age = Math.round(report.stats.readingAge);
  const target = Math.round(report.stats.targetReadingAge);
  return `${things} Reading age ${age} (aim for ${target} or under).`;
}
