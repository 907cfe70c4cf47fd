/**
 * Staff proposals and finding statistics in the glossary database.
 *
 * Limits on proposals, kept here in the background whoever asks:
 * - at most 5 new proposals an hour from one site (a web page cannot fill
 *   the list, even with help from a careless click);
 * - at most 10,000 kept in all: the oldest decided ones make room, and when
 *   every one is still open a new one is refused with a plain message;
 * - the same term with the same suggestion again is added to the open
 *   proposal already there (counted, with its note), not stored twice;
 * - proposals declined more than 90 days ago are forgotten.
 */
import { phraseKey } from '../glossary/matcher';
import { MAX_PROPOSAL_NOTE, type Proposal, type ProposalRequest } from '../glossary/proposals';
import type { EntryStats, FindingEvent } from '../glossary/stats';
import type { GlossaryDb } from './database';

/** The most proposals kept. */
export const MAX_PROPOSALS = 10_000;
/** The most new proposals one site may add in an hour. */
export const PROPOSALS_PER_SITE_PER_HOUR = 5;
/** Declined proposals are kept this long after the decision. */
export const DECLINED_KEPT_DAYS = 90;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** A limit was reached. The message is plain English, for the user. */
export class ProposalLimitError extends Error {
  override name = 'ProtocolError';
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Proposals are the same when their term and suggestion are, ignoring capitals, spaces and hyphens. */
function sameKey(term: string, suggestion: string): string {
  return `${phraseKey(term)}\u0000${suggestion.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

function withNote(proposal: Proposal, note: string): string {
  if (note === '' || proposal.note.split('\n').includes(note)) return proposal.note;
  const joined = proposal.note === '' ? note : `${proposal.note}\n${note}`;
  return joined.slice(0, MAX_PROPOSAL_NOTE);
}

export interface AddProposalsOptions {
  /** ISO time now. */
  now?: string;
  /** The site the proposals come from (a host name), to hold it to its hourly limit; none for a maintainer's import. */
  site?: string;
}

export interface AddedProposals {
  /** New proposals stored. */
  added: Proposal[];
  /** Open proposals that had the same term and suggestion, now with one more vote. */
  merged: Proposal[];
}

/** Forgets proposals declined more than DECLINED_KEPT_DAYS ago. Returns how many. */
export async function pruneDeclined(
  db: GlossaryDb,
  now = new Date().toISOString(),
): Promise<number> {
  const before = new Date(Date.parse(now) - DECLINED_KEPT_DAYS * DAY_MS).toISOString();
  return db.proposals
    .where('status')
    .equals('rejected')
    .filter((p) => (p.decidedAt ?? p.createdAt) < before)
    .delete();
}

/**
 * Stores proposals, all or none, within the limits above.
 *
 * @throws {ProposalLimitError} with a plain message when a limit is reached; nothing is stored then.
 */
export async function addProposals(
  db: GlossaryDb,
  requests: readonly ProposalRequest[],
  options: AddProposalsOptions = {},
): Promise<AddedProposals> {
  const now = options.now ?? new Date().toISOString();
  return db.transaction('rw', db.proposals, async () => {
    await pruneDeclined(db, now);
    const open = new Map<string, Proposal>();
    for (const p of await db.proposals.where('status').equals('open').toArray()) {
      open.set(sameKey(p.term, p.suggestion), p);
    }
    const added: Proposal[] = [];
    const merged = new Map<string, Proposal>();
    for (const request of requests) {
      const key = sameKey(request.term, request.suggestion);
      const existing = open.get(key);
      if (existing !== undefined) {
        const updated: Proposal = {
          ...existing,
          note: withNote(existing, request.note),
          count: (existing.count ?? 1) + 1,
          lastAt: now,
        };
        open.set(key, updated);
        const fresh = added.indexOf(existing);
        if (fresh !== -1) added[fresh] = updated;
        else merged.set(updated.id, updated);
        continue;
      }
      const proposal: Proposal = { id: newId(), ...request, createdAt: now, status: 'open' };
      if (options.site !== undefined) proposal.site = options.site;
      open.set(key, proposal);
      added.push(proposal);
    }

    if (options.site !== undefined && added.length > 0) {
      const since = new Date(Date.parse(now) - HOUR_MS).toISOString();
      const site = options.site;
      const recent = await db.proposals
        .where('createdAt')
        .aboveOrEqual(since)
        .filter((p) => p.site === site)
        .count();
      if (recent + added.length > PROPOSALS_PER_SITE_PER_HOUR) {
        throw new ProposalLimitError(
          `You have sent ${PROPOSALS_PER_SITE_PER_HOUR} suggestions from this site in the last hour, which is the most Plainly takes. Nothing new was saved. Try again in an hour, or add the change in the glossary editor.`,
        );
      }
    }

    const room = MAX_PROPOSALS - (await db.proposals.count());
    if (added.length > room) {
      // Make room by forgetting the oldest decided proposals.
      const decided = (await db.proposals.where('status').anyOf('accepted', 'rejected').toArray())
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
        .slice(0, added.length - room)
        .map((p) => p.id);
      if (room + decided.length < added.length) {
        throw new ProposalLimitError(
          added.length === 1
            ? `The list of suggestions is full: it holds ${MAX_PROPOSALS.toLocaleString('en-GB')}, and all of them are still open. Nothing new was saved. Ask the people who look after the glossary to accept or reject some first.`
            : `There is room for ${Math.max(0, room + decided.length).toLocaleString('en-GB')} more suggestions, not ${added.length.toLocaleString('en-GB')}: the list holds ${MAX_PROPOSALS.toLocaleString('en-GB')}. Nothing was saved. Accept or reject some first, or import a smaller file.`,
        );
      }
      await db.proposals.bulkDelete(decided);
    }
    await db.proposals.bulkPut([...added, ...merged.values()]);
    return { added, merged: [...merged.values()] };
  });
}

/** Every proposal, newest first. */
export async function listProposals(db: GlossaryDb): Promise<Proposal[]> {
  return (await db.proposals.orderBy('createdAt').toArray()).reverse();
}

export async function recordFindingEvent(
  db: GlossaryDb,
  entryId: string,
  event: FindingEvent,
): Promise<void> {
  await db.transaction('rw', db.stats, async () => {
    const current = (await db.stats.get(entryId)) ?? {
      entryId,
      flagged: 0,
      applied: 0,
      ignored: 0,
    };
    current[event] += 1;
    await db.stats.put(current);
  });
}

export async function allStats(db: GlossaryDb): Promise<EntryStats[]> {
  return db.stats.toArray();
}

export async function clearStats(db: GlossaryDb): Promise<void> {
  await db.stats.clear();
}
