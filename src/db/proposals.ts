/** Staff proposals and finding statistics in the glossary database. */
import type { Proposal, ProposalRequest } from '../glossary/proposals';
import type { EntryStats, FindingEvent } from '../glossary/stats';
import type { GlossaryDb } from './database';

/** The most proposals kept; the oldest decided ones go first. */
export const MAX_PROPOSALS = 10_000;

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export async function addProposals(
  db: GlossaryDb,
  requests: readonly ProposalRequest[],
  now = new Date().toISOString(),
): Promise<Proposal[]> {
  const proposals = requests.map((request): Proposal => ({
    id: newId(),
    ...request,
    createdAt: now,
    status: 'open',
  }));
  await db.transaction('rw', db.proposals, async () => {
    await db.proposals.bulkAdd(proposals);
    const extra = (await db.proposals.count()) - MAX_PROPOSALS;
    if (extra > 0) {
      const old = await db.proposals
        .orderBy('createdAt')
        .filter((p) => p.status !== 'open')
        .limit(extra)
        .primaryKeys();
      await db.proposals.bulkDelete(old);
    }
  });
  return proposals;
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
