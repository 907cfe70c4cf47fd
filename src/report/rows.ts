/**
 * One row per thing to fix. A term used ten times is one row with ten
 * places, not ten rows; a sentence is one row, whichever rules found it. The
 * popup, the side panel, the review page and the command line's reports all
 * list findings through `groupFindings`, so they agree on what a "thing to
 * fix" is and in which order they come.
 *
 * Pure: no DOM, no browser APIs.
 */
import type { Severity } from '../checker/types';

/** What grouping needs from a finding: the engine's findings and the accessibility checks' both have it. */
export interface GroupableFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The flagged text; empty for a finding about the whole document. */
  text: string;
  start: number;
  end: number;
  /** For glossary findings: the entry, so every form of a term ("co-produce", "co-production") is one row. */
  entryId?: string;
}

export type RowKind = 'term' | 'sentence' | 'document';

export interface FindingRow<F extends GroupableFinding = GroupableFinding> {
  /** What the row groups by; unique in one list. */
  key: string;
  kind: RowKind;
  /** The most serious severity of its findings. */
  severity: Severity;
  /** The first finding of that severity: its text, category and definition stand for the row. */
  lead: F;
  /**
   * What to say about it: the first finding of each rule and severity, most
   * serious first. A term flagged ten times in the same words is said once;
   * "explain it" and "it is used 8 more times without being explained" are
   * both said.
   */
  messages: F[];
  /** Each place once, in the order of the text. Findings on the same words are one place. */
  places: F[];
}

/**
 * Rules whose findings are whole sentences: one row per sentence, never one
 * per rule, so a sentence that is both long and hard is listed once.
 */
export const SENTENCE_RULES: ReadonlySet<string> = new Set(['long-sentence', 'hard-sentence']);

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, suggestion: 2 };

/** Which row a finding belongs to. */
export function rowKey(finding: GroupableFinding): { key: string; kind: RowKind } {
  if (SENTENCE_RULES.has(finding.ruleId)) {
    return { key: `sentence:${finding.start}:${finding.end}`, kind: 'sentence' };
  }
  if (finding.entryId !== undefined) return { key: `entry:${finding.entryId}`, kind: 'term' };
  const text = finding.text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (text === '') return { key: `document:${finding.ruleId}`, kind: 'document' };
  return { key: `${finding.ruleId}:${text}`, kind: 'term' };
}

interface Building<F extends GroupableFinding> {
  row: FindingRow<F>;
  spans: Set<string>;
  said: Set<string>;
}

/**
 * Groups findings into rows: errors first, then warnings, then suggestions;
 * within each, the row with the most places first, then the one that comes
 * first in the text.
 */
export function groupFindings<F extends GroupableFinding>(findings: readonly F[]): FindingRow<F>[] {
  const ordered = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const rows = new Map<string, Building<F>>();
  for (const finding of ordered) {
    const { key, kind } = rowKey(finding);
    let building = rows.get(key);
    if (building === undefined) {
      building = {
        row: { key, kind, severity: finding.severity, lead: finding, messages: [], places: [] },
        spans: new Set(),
        said: new Set(),
      };
      rows.set(key, building);
    }
    const { row, spans, said } = building;
    if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[row.severity]) {
      row.severity = finding.severity;
      row.lead = finding;
    }
    const span = `${finding.start}:${finding.end}`;
    if (!spans.has(span)) {
      spans.add(span);
      row.places.push(finding);
    }
    const rule = `${finding.ruleId}:${finding.severity}`;
    if (!said.has(rule)) {
      said.add(rule);
      row.messages.push(finding);
    }
  }
  const out = [...rows.values()].map(({ row }) => {
    // Most serious first; a stable sort keeps the order of first use within a severity.
    row.messages.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    return row;
  });
  return out.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      b.places.length - a.places.length ||
      (a.places[0]?.start ?? 0) - (b.places[0]?.start ?? 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * The row's words to quote: the term as first written, or the first words
 * of a long sentence ("We will use co-production with every stakeholder…").
 */
export function rowQuote(row: FindingRow, maxWords = 10): string {
  const first = row.places[0] ?? row.lead;
  return shortQuote(first.text, row.kind === 'sentence' ? maxWords : Number.POSITIVE_INFINITY);
}

/** The text on one line, cut after `maxWords` words with "…". */
export function shortQuote(text: string, maxWords: number): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= maxWords) return words.join(' ');
  return `${words.slice(0, maxWords).join(' ')}…`;
}

/** A stretch of text the user sees as one line: a paragraph, heading, list item or table cell. */
export interface Stretch {
  start: number;
  end: number;
}

/**
 * The lines of a text box as the user sees them: each line that is not
 * blank, in order (a blank line between paragraphs is not counted).
 */
export function textLines(text: string): Stretch[] {
  const out: Stretch[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.slice(start, end).trim() !== '') out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/**
 * Numbers the places in a text by the stretch each is in, counted from 1:
 * "paragraph 3". A text of one stretch (a one-line field) has no numbers:
 * there, a number would mean nothing.
 */
export function paragraphNumbers(
  stretches: readonly Stretch[],
): (offset: number) => number | undefined {
  if (stretches.length < 2) return () => undefined;
  return (offset) => {
    let low = 0;
    let high = stretches.length - 1;
    let found = 0;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if ((stretches[mid] as Stretch).start <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found + 1;
  };
}

/**
 * A place in its line, to show where it is: a few words either side of it,
 * cut at the line's ends and marked "…" where they are cut (but not after
 * the full stop that ends a sentence). Reads only `around` characters either
 * side, however long the text.
 */
export function placeContext(
  text: string,
  start: number,
  end: number,
  around = 40,
): { before: string; words: string; after: string } {
  // Before: back to the line's start or `around` characters, then on to a word's start.
  const windowStart = Math.max(0, start - around);
  let before = text.slice(windowStart, start);
  const lineBreak = before.lastIndexOf('\n');
  let cutBefore = false;
  if (lineBreak !== -1) {
    before = before.slice(lineBreak + 1);
  } else if (windowStart > 0) {
    cutBefore = true;
    // Drop the first word unless the window starts just after a space.
    if (!/\s/.test(text.charAt(windowStart - 1))) {
      const space = before.indexOf(' ');
      before = space === -1 ? '' : before.slice(space + 1);
    }
  }
  // After: on to the line's end or `around` characters, then back to a word's end.
  const windowEnd = Math.min(text.length, end + around);
  let after = text.slice(end, windowEnd);
  const nextBreak = after.indexOf('\n');
  let cutAfter = false;
  if (nextBreak !== -1) {
    after = after.slice(0, nextBreak);
  } else if (windowEnd < text.length) {
    cutAfter = true;
    // Drop the last word unless the window ends just before a space.
    if (!/\s/.test(text.charAt(windowEnd))) {
      const space = after.lastIndexOf(' ');
      after = space === -1 ? '' : after.slice(0, space);
    }
  }
  const shownAfter = after.trimEnd();
  return {
    before: `${cutBefore ? '…' : ''}${before.trimStart()}`,
    words: text.slice(start, end),
    // No "…" straight after the end of a sentence: "disability.…" reads badly.
    after: `${shownAfter}${cutAfter && !/[.!?]$/.test(shownAfter) ? '…' : ''}`,
  };
}
