/**
 * What the glossary's health check reports, and the word count it uses. The
 * check itself runs the engine, so it lives above it, in
 * src/report/glossary-health.ts.
 */

/** What a proposal turns into before a maintainer writes the definition. */
export const PLACEHOLDER_DEFINITION = 'Not written yet.';

export type HealthKind =
  | 'duplicate'
  | 'jargon-in-alternative'
  | 'jargon-in-definition'
  | 'long-definition'
  | 'long-easy-read'
  | 'explain-without-definition';

export interface HealthIssue {
  entryId: string;
  kind: HealthKind;
  /** What is wrong, in plain words, to the maintainer. */
  message: string;
}

/** Words as a reader counts them: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
