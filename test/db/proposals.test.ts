/**
 * The limits on staff proposals, kept in the background whoever asks: 5 new
 * an hour from one site, 10,000 in all, the same suggestion merged, declined
 * ones forgotten after 90 days. On fake-indexeddb, with the time given.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GlossaryDb } from '../../src/db/database';
import {
  MAX_PROPOSALS,
  addProposals,
  listProposals,
  type AddProposalsOptions,
} from '../../src/db/proposals';
import type { Proposal } from '../../src/glossary/proposals';
import { testCore } from '../glossary/core-helpers';

let counter = 0;
const freshDb = () => new GlossaryDb(`proposals-${process.pid}-${++counter}`);
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 9, minutes)).toISOString();
const ask = (term: string, suggestion = 'plain words', note = '') => ({ term, suggestion, note });

const SITE_LIMIT =
  'You have sent 5 suggestions from this site in the last hour, which is the most Plainly takes. Nothing new was saved. Try again in an hour, or add the change in the glossary editor.';

async function propose(db: GlossaryDb, term: string, options: AddProposalsOptions) {
  return addProposals(db, [ask(term)], options);
}

describe('proposals from one site', () => {
  it('takes 5 new ones an hour from a site, refuses the 6th with a plain message, and stores nothing then', async () => {
    const db = freshDb();
    for (let i = 1; i <= 5; i++) {
      await propose(db, `term ${i}`, { site: 'crm.example.org', now: at(i) });
    }
    await expect(propose(db, 'term 6', { site: 'crm.example.org', now: at(10) })).rejects.toThrow(
      SITE_LIMIT,
    );
    expect(await db.proposals.count()).toBe(5);
    // Another site is not held back by the first.
    await propose(db, 'other', { site: 'intranet.example.org', now: at(11) });
    // Over an hour after the first, the site may send one more.
    await propose(db, 'term 6', { site: 'crm.example.org', now: at(62) });
    expect((await listProposals(db)).map((p) => [p.term, p.site])).toEqual([
      ['term 6', 'crm.example.org'],
      ['other', 'intranet.example.org'],
      ['term 5', 'crm.example.org'],
      ['term 4', 'crm.example.org'],
      ['term 3', 'crm.example.org'],
      ['term 2', 'crm.example.org'],
      ['term 1', 'crm.example.org'],
    ]);
  });

  it('merges the same term and suggestion into one proposal, with its count and notes', async () => {
    const db = freshDb();
    await addProposals(db, [ask('Care package', 'your support', 'Families ask')], {
      site: 'a.example',
      now: at(0),
    });
    const again = await addProposals(
      db,
      [
        ask('care-package', 'Your  support', 'Confusing on letters'),
        ask('CARE PACKAGE', 'your support', 'Families ask'),
      ],
      { site: 'a.example', now: at(5) },
    );
    expect(again.added).toEqual([]);
    const stored = await listProposals(db);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      term: 'Care package',
      suggestion: 'your support',
      note: 'Families ask\nConfusing on letters',
      count: 3,
      lastAt: at(5),
      status: 'open',
    });
    // Merged ones are not new: the site may still send five new ones this hour.
    for (let i = 1; i <= 4; i++) await propose(db, `term ${i}`, { site: 'a.example', now: at(10) });
    expect(await db.proposals.count()).toBe(5);
  });

  it('does not merge a proposal with a different suggestion, or one already decided', async () => {
    const db = freshDb();
    await addProposals(db, [ask('void', 'empty room'), ask('void', 'empty home')], { now: at(0) });
    const room = (await listProposals(db)).find((p) => p.suggestion === 'empty room');
    await db.proposals.update((room as Proposal).id, { status: 'rejected', decidedAt: at(1) });
    await addProposals(db, [ask('void', 'empty room'), ask('void', 'empty home')], { now: at(2) });
    expect(
      (await listProposals(db)).map((p) => [p.suggestion, p.status, p.count ?? 1]).sort(),
    ).toEqual(
      [
        ['empty home', 'open', 2],
        ['empty room', 'open', 1],
        ['empty room', 'rejected', 1],
      ].sort(),
    );
  });
});

// Filling fake-indexeddb with 10,000 proposals takes a few seconds.
describe('how many proposals are kept', { timeout: 60_000 }, () => {
  async function fill(db: GlossaryDb, open: number, decided: number): Promise<void> {
    const rows: Proposal[] = [];
    for (let i = 0; i < open + decided; i++) {
      rows.push({
        id: `p${i}`,
        term: `term ${i}`,
        suggestion: '',
        note: '',
        // The day before, so none counts towards this hour's limit.
        createdAt: new Date(Date.UTC(2026, 9, 31, 9, i % 50)).toISOString(),
        status: i < open ? 'open' : 'accepted',
        ...(i < open ? {} : { decidedAt: at(55), decidedBy: 'Sam' }),
      });
    }
    await db.proposals.bulkPut(rows);
  }

  it('refuses a new proposal when 10,000 are kept and all are open, saying what to do', async () => {
    const db = freshDb();
    await fill(db, MAX_PROPOSALS, 0);
    await expect(propose(db, 'one more', { site: 'a.example', now: at(59) })).rejects.toThrow(
      'The list of suggestions is full: it holds 10,000, and all of them are still open. Nothing new was saved. Ask the people who look after the glossary to accept or reject some first.',
    );
    expect(await db.proposals.count()).toBe(MAX_PROPOSALS);
  });

  it('makes room by forgetting the oldest decided proposals', async () => {
    const db = freshDb();
    await fill(db, MAX_PROPOSALS - 2, 2);
    await addProposals(db, [ask('one'), ask('two')], { now: at(59) });
    expect(await db.proposals.count()).toBe(MAX_PROPOSALS);
    expect(await db.proposals.where('status').equals('accepted').count()).toBe(0);
  });

  it('imports all of a file or none: too many for the room left changes nothing', async () => {
    const db = freshDb();
    await fill(db, MAX_PROPOSALS - 3, 0);
    const file = Array.from({ length: 5 }, (_, i) => ask(`imported ${i}`));
    await expect(addProposals(db, file, { now: at(59) })).rejects.toThrow(
      'There is room for 3 more suggestions, not 5: the list holds 10,000. Nothing was saved. Accept or reject some first, or import a smaller file.',
    );
    expect(await db.proposals.count()).toBe(MAX_PROPOSALS - 3);
  });

  it('forgets proposals declined more than 90 days ago, and keeps the rest', async () => {
    const db = freshDb();
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();
    await db.proposals.bulkPut([
      {
        id: 'old-no',
        term: 'a',
        suggestion: '',
        note: '',
        createdAt: day(0),
        status: 'rejected',
        decidedAt: day(1),
      },
      {
        id: 'new-no',
        term: 'b',
        suggestion: '',
        note: '',
        createdAt: day(0),
        status: 'rejected',
        decidedAt: day(20),
      },
      {
        id: 'old-yes',
        term: 'c',
        suggestion: '',
        note: '',
        createdAt: day(0),
        status: 'accepted',
        decidedAt: day(1),
      },
      { id: 'open', term: 'd', suggestion: '', note: '', createdAt: day(0), status: 'open' },
    ]);
    await addProposals(db, [ask('e')], { now: day(100) });
    expect((await listProposals(db)).map((p) => p.id).sort()).toEqual(
      ['new-no', 'old-yes', 'open', expect.any(String)].sort(),
    );
    expect(await db.proposals.get('old-no')).toBeUndefined();
  });
});

describe('proposals in the glossary core', () => {
  it('a rejected proposal can be opened again (Undo), and only a rejected one', async () => {
    const t = testCore([]);
    await t.core.propose([ask('void', 'empty room')]);
    const [proposal] = await t.core.proposals();
    const id = (proposal as Proposal).id;
    expect(await t.core.reopenProposal(id)).toMatchObject({ ok: false });
    await t.core.decide(id, 'reject');
    expect(await t.core.reopenProposal(id)).toEqual({ ok: true });
    const [reopened] = await t.core.proposals();
    expect(reopened).toEqual({ ...proposal, status: 'open' });
  });
});
