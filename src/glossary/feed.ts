/**
 * The published feed: a glossary file in JSON (README "Published feeds").
 * Maintainers publish it; staff copies follow it by URL. Also the JSON
 * import and export format.
 */
import type { FileProblem } from './validate';
import { MAX_ENTRIES, entryLimitProblems } from './limits';
import {
  ENTRY_FIELDS,
  GLOSSARY_FORMAT_VERSION,
  type GlossaryEntry,
  type GlossaryFile,
} from './schema';
import { validateGlossaryFile } from './validate';

export const FEED_FORMAT = 'plainly-glossary';

/** A copy of the entry with only schema fields, in a fixed order. */
export function canonicalEntry(entry: GlossaryEntry): GlossaryEntry {
  const out: Record<string, unknown> = {};
  for (const key of ENTRY_FIELDS) {
    if (entry[key] !== undefined) out[key] = entry[key];
  }
  return out as unknown as GlossaryEntry;
}

/** The feed document as JSON text (two-space indent, ending with a new line). */
export function glossaryToFeed(
  entries: readonly GlossaryEntry[],
  meta: { name?: string; publishedAt?: string } = {},
): string {
  const file: GlossaryFile = {
    format: FEED_FORMAT,
    version: GLOSSARY_FORMAT_VERSION,
    ...(meta.name !== undefined ? { name: meta.name } : {}),
    ...(meta.publishedAt !== undefined ? { publishedAt: meta.publishedAt } : {}),
    entries: entries.map(canonicalEntry),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parses JSON text, or says plainly why it is not JSON (worded to follow "This file"). */
export function parseJsonText(text: string): { raw?: unknown; problems: FileProblem[] } {
  try {
    return { raw: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, problems: [] };
  } catch {
    const trimmed = text.trimStart();
    const problem = trimmed.startsWith('<')
      ? 'is a web page, not a glossary file. Check the address.'
      : trimmed === ''
        ? 'is empty'
        : 'is not complete, valid JSON';
    return { problems: [{ entry: '(file)', field: '(whole file)', problem }] };
  }
}

/**
 * Reads a feed or JSON glossary file. Returns the file only when there is no
 * problem at all: a feed with one bad entry is not used (the last good copy is).
 * `upgradedFrom` is 1 when the file was written in the older format.
 */
export function parseGlossaryJson(text: string): {
  file?: GlossaryFile;
  problems: FileProblem[];
  upgradedFrom?: number;
} {
  const parsed = parseJsonText(text);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const raw = parsed.raw;
  if (
    typeof raw === 'object' &&
    raw !== null &&
    Array.isArray((raw as { entries?: unknown }).entries) &&
    (raw as { entries: unknown[] }).entries.length > MAX_ENTRIES
  ) {
    return {
      problems: [
        {
          entry: '(file)',
          field: 'entries',
          problem: `has more than ${MAX_ENTRIES.toLocaleString('en-GB')} entries`,
        },
      ],
    };
  }
  const { file, problems, upgradedFrom } = validateGlossaryFile(raw);
  if (!file) return { problems };
  const limits = file.entries.flatMap(entryLimitProblems);
  if (typeof file.name === 'string' && file.name.length > 200) {
    limits.push({ entry: '(file)', field: 'name', problem: 'is longer than 200 characters' });
  }
  if (limits.length > 0) return { problems: limits };
  return {
    file: { ...file, entries: file.entries.map(canonicalEntry) },
    problems: [],
    ...(upgradedFrom === undefined ? {} : { upgradedFrom }),
  };
}
