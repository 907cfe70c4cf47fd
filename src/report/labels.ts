/**
 * The words the user interface uses for the engine's codes, and the summary
 * sentence. Kept apart from the components so every page says the same thing
 * and the wording can be tested without a browser.
 */
import type { FindingCategory, ProfileName, Report, Severity, Suggestion } from '../checker/types';
import { countOf } from './numbers';
import { readingLevelSentence } from './reading-age';
import { groupFindings } from './rows';

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

/** How the writer's advice from a glossary entry is introduced, wherever it is shown. */
export const ADVICE_LABEL = 'Tip:';

/**
 * The glossary's advice for the writer, to show under a finding's message,
 * or nothing when there is none or the message says it already (a
 * respectful word with no swap that fits gives the advice as its message).
 */
export function adviceToShow(finding: {
  message: string;
  advice?: string | undefined;
}): string | undefined {
  const advice = finding.advice?.trim();
  return advice && !finding.message.includes(advice) ? advice : undefined;
}

export const PROFILE_LABELS: Readonly<Record<ProfileName, string>> = {
  plain: 'Plain',
  public: 'Public',
  'easy-read': 'Easy read',
};

/**
 * One suggestion as advice in plain text, where Plainly cannot make the
 * change itself: "Try “working together”", "Or explain it in brackets after
 * the word", "Or delete it".
 */
export function suggestionAdvice(suggestion: Suggestion, first: boolean): string {
  switch (suggestion.kind) {
    case 'replace':
      return `${first ? 'Try' : 'Or try'} “${suggestion.text}”`;
    case 'explain':
      return first
        ? 'Explain it in brackets after the word: see what it means below'
        : 'Or explain it in brackets after the word: see what it means below';
    case 'remove':
      return first ? 'Delete it' : 'Or delete it';
  }
}

/** The label of a button that makes the change: "Use “working together”", "Explain it here", "Delete it". */
export function suggestionAction(suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'replace':
      return `Use “${suggestion.text}”`;
    case 'explain':
      return 'Explain it here';
    case 'remove':
      return 'Delete it';
  }
}

/** "1 thing", "3 things", "1,204 things". */
export function countThings(count: number): string {
  return countOf(count, 'thing', 'things');
}

/** "1 place", "10 places". */
export function countPlaces(count: number): string {
  return countOf(count, 'place', 'places');
}

/**
 * The sentence a screen reader announces after each check, for example
 * "3 things to look at. Reading level: about age 14 (fairly easy). Aim for
 * age 13 or under." A term used ten times is one thing to look at.
 */
export function summarySentence(report: Report): string {
  const count = groupFindings(report.findings).length;
  const things = count === 0 ? 'Nothing to look at.' : `${countThings(count)} to look at.`;
  if (report.stats.words === 0) return things;
  return `${things} ${readingLevelSentence(report.stats)}`;
}
