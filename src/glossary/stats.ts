/**
 * Privacy-preserving statistics: per entry, how often it was flagged, how
 * often a suggestion was applied and how often it was ignored. Counts only,
 * never text, and nothing is sent anywhere (PRIVACY.md).
 */
export const FINDING_EVENTS = ['flagged', 'applied', 'ignored'] as const;
export type FindingEvent = (typeof FINDING_EVENTS)[number];

export interface EntryStats {
  entryId: string;
  flagged: number;
  applied: number;
  ignored: number;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class StatsError extends Error {
  override name = 'ProtocolError';
}

/**
 * Checks a `recordFindingEvent` payload: an entry id (a slug, at most 100
 * characters) and one of the three events. Anything else is refused.
 */
export function parseFindingEvent(data: unknown): { entryId: string; event: FindingEvent } {
  const raw = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const { entryId, event } = raw;
  if (typeof entryId !== 'string' || entryId.length > 100 || !ID_PATTERN.test(entryId)) {
    throw new StatsError('Plainly got a request it does not understand.');
  }
  if (!(FINDING_EVENTS as readonly unknown[]).includes(event)) {
    throw new StatsError('Plainly got a request it does not understand.');
  }
  return { entryId, event: event as FindingEvent };
}

/** Statistics as CSV (UTF-8 with a byte order mark), busiest entries first. */
export function statsToCsv(
  stats: readonly EntryStats[],
  terms: ReadonlyMap<string, string>,
): string {
  const rows = sortStats(stats).map((s) =>
    [s.entryId, csvCell(terms.get(s.entryId) ?? ''), s.flagged, s.applied, s.ignored].join(','),
  );
  return `\uFEFF${['id,term,flagged,applied,ignored', ...rows].join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Most flagged first, then by id. */
export function sortStats(stats: readonly EntryStats[]): EntryStats[] {
  return [...stats].sort((a, b) => b.flagged - a.flagged || a.entryId.localeCompare(b.entryId));
}
