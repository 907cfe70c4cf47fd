/**
 * The data the engine gives back. Everything here is plain and serialisable,
 * so a report can cross the extension's message channel or be printed as JSON.
 */
import type { GlossaryEntry, Severity } from '../glossary/schema';

export type { Severity };

export const FINDING_CATEGORIES = [
  'jargon',
  'plain-english',
  'readability',
  'acronym',
  'respectful',
  'easy-read',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export type ProfileName = 'plain' | 'public' | 'easy-read';
export const PROFILE_NAMES: readonly ProfileName[] = ['plain', 'public', 'easy-read'];

/** How the input is written; `auto` guesses from the text. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'auto';

export interface Suggestion {
  /** `replace`: put `text` in place of the flagged words; `explain`: add `text` after them; `remove`: delete them. */
  kind: 'replace' | 'explain' | 'remove';
  text: string;
}

export interface Finding {
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  /** Short, plain, second person. */
  message: string;
  /** The flagged text, exactly as it is in the input. */
  text: string;
  /** UTF-16 offsets into the input: `input.slice(start, end) === text`. */
  start: number;
  end: number;
  /** 1-based. `column` counts UTF-16 code units, as editors do. */
  line: number;
  column: number;
  suggestions: Suggestion[];
  /** For glossary findings: the entry's id, its plain definition and easy read sentences (for readers). */
  entryId?: string;
  definition?: string;
  easyRead?: string[];
  /** For glossary findings: advice for the writer, never shown to readers. */
  advice?: string;
  /** For glossary findings: whether people who draw on care and support agreed the wording. */
  coProduced?: boolean;
}

export interface Stats {
  words: number;
  sentences: number;
  averageSentenceLength: number;
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  /** UK reading age in years: Flesch–Kincaid grade + 5, the usual US-grade-to-age conversion. */
  readingAge: number;
  /** The profile's target reading age, for comparison. */
  targetReadingAge: number;
  byCategory: Record<FindingCategory, number>;
  bySeverity: Record<Severity, number>;
  /** Ids of the distinct glossary entries found, in order of first use. */
  glossaryTerms: string[];
}

export interface Report {
  profile: ProfileName;
  findings: Finding[];
  stats: Stats;
}

export interface CheckOptions {
  /** Default `plain`. */
  profile?: ProfileName;
  /** Default `auto`. */
  format?: InputFormat;
  /**
   * Glossary entries to use instead of the built-in glossary. Use
   * `layerGlossaries` to put your own entries over the built-in ones.
   */
  glossary?: readonly GlossaryEntry[];
  /** Use entries whose status is `proposed` as well as `approved` (default false). */
  includeProposed?: boolean;
  /** Rule ids to turn off. */
  disable?: readonly string[];
  /** Words (lower case) the user chose to ignore everywhere. */
  ignoreWords?: readonly string[];
}
