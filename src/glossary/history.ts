/**
 * The status lifecycle and the record of what changed in an entry.
 *
 * Lifecycle (after Acrolinx's term workflow): proposed → approved
 * or rejected; approved → deprecated, pointing to the entry that replaces it.
 * Two ways back are allowed because people change their minds: a rejected
 * entry can be proposed again, and a deprecated one approved again.
 */
import { canonicalEntry } from './feed';
import type { GlossaryEntry, Status } from './schema';

export const NEXT_STATUSES: Readonly<Record<Status, readonly Status[]>> = {
  proposed: ['approved', 'rejected'],
  approved: ['deprecated'],
  deprecated: ['approved'],
  rejected: ['proposed'],
};

/**
 * Whether an entry may move from one status to another.
 *
 * @param ids the ids of every entry in the glossary, to check `replacedBy`.
 * @returns a plain problem, or undefined when the change is allowed.
 */
export function statusProblem(
  from: Status | undefined,
  entry: GlossaryEntry,
  ids: ReadonlySet<string>,
): string | undefined {
  const to = entry.status;
  if (from !== undefined && from !== to && !NEXT_STATUSES[from].includes(to)) {
    const allowed = NEXT_STATUSES[from].join(' or ');
    return `An entry that is ${from} can only become ${allowed}.`;
  }
  if (to === 'deprecated') {
    if (entry.replacedBy === undefined || entry.replacedBy === '') {
      return 'Say which entry replaces this one before you deprecate it.';
    }
    if (entry.replacedBy === entry.id) return 'An entry cannot replace itself.';
    if (!ids.has(entry.replacedBy)) {
      return `There is no entry "${entry.replacedBy}" to replace this one.`;
    }
  }
  return undefined;
}

/** One changed field: what it was and what it became, as short text. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join('; ');
  }
  return JSON.stringify(value);
}

/** The fields that differ between two versions of an entry (all fields when there was none). */
export function entryChanges(
  before: GlossaryEntry | undefined,
  after: GlossaryEntry,
): FieldChange[] {
  const a = (before ? canonicalEntry(before) : {}) as Record<string, unknown>;
  const b = canonicalEntry(after) as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const from = show(a[key]);
    const to = show(b[key]);
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changes.push({ field: key, from, to });
  }
  return changes;
}

/** Whether two entries hold the same data (field order ignored). */
export function sameEntry(a: GlossaryEntry, b: GlossaryEntry): boolean {
  return JSON.stringify(canonicalEntry(a)) === JSON.stringify(canonicalEntry(b));
}

export interface HistoryRecord {
  seq?: number;
  entryId: string;
  layer: string;
  /** ISO time. */
  at: string;
  /** The maintainer's name from settings, or "someone" when none is set. */
  by: string;
  /** What happened, in a few words: "edited", "approved", "imported from team.csv". */
  what: string;
  changes: FieldChange[];
}
