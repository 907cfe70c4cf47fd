/**
 * What the background does with the glossary, without the browser APIs
 * around it (those are wired in glossary-service.ts), so all of it runs and
 * is tested in Node with fake-indexeddb.
 *
 * The background is the only writer (docs/reliability.md, "The database": one owner writes).
 * Every change ends with `changed()`, which rebuilds the checker and tells
 * open tabs (src/messaging/glossary.ts, GLOSSARY_VERSION_KEY).
 */
import {
  BUILTIN_LAYER,
  OWN_LAYER,
  deleteOwnEntry,
  feedLayerId,
  heldFeedCopy,
  historyOf,
  holdFeedCopy,
  loadLayers,
  mergeLoaded,
  putOwnEntries,
  recordFeedCheck,
  refreshBuiltinLayer,
  removeFeedLayer,
  replaceFeedLayer,
  rowsOf,
  type LoadedLayer,
} from '../db/repo';
import type { GlossaryDb } from '../db/database';
import type { HistoryRecord } from '../glossary/history';
import type { GlossarySnapshot, LayerInfo, WriteResult } from '../messaging/glossary';
import {
  addProposals,
  allStats,
  listProposals,
  pruneDeclined,
  recordFindingEvent,
  type AddedProposals,
} from '../db/proposals';
import { CSV_COLUMNS, type FileProblem } from '../glossary/csv';
import { previewImport, type ImportPreview } from '../glossary/diff';
import type { HealthIssue } from '../glossary/health';
import { glossaryHealth } from '../report/glossary-health';
import { sameEntry } from '../glossary/history';
import { idFromTerm } from '../glossary/ids';
import { COLUMN_OF_FIELD, mergeImport, sortProblems, type ImportSummary } from '../glossary/import';
import { MAX_ENTRIES } from '../glossary/limits';
import { readImport } from '../glossary/read-file';
import { entryFromProposal, type Proposal, type ProposalRequest } from '../glossary/proposals';
import { phraseKey } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/schema';
import type { EntryStats, FindingEvent } from '../glossary/stats';
import { findDuplicates } from '../glossary/validate';
import { entryWriteProblems } from '../glossary/write-checks';
import { isFeedUrl, type FeedSubscription, type Settings } from '../settings/schema';
import { FeedError, fetchFeed } from './feed-fetch';

export interface GlossaryCoreDeps {
  settings: () => Promise<Settings>;
  /** Stores the user's own feed list (not the policy's). */
  setOwnFeeds: (feeds: FeedSubscription[]) => Promise<void>;
  /** The user's own feed list, without the policy's. */
  ownFeeds: () => Promise<FeedSubscription[]>;
  builtin: readonly GlossaryEntry[];
  builtinVersion: string;
  /** Called after every change to the glossary in use. */
  changed: () => void | Promise<void>;
  fetch?: typeof fetch;
  feedTimeoutMs?: number;
  now?: () => string;
}

const NOT_ALLOWED: FileProblem[] = [
  {
    entry: '(glossary)',
    field: '(your own entries)',
    problem: 'cannot be changed: your organisation does not allow your own glossary entries',
  },
];

/** What the history says when "Undo" puts back your own version. */
const RESTORED = 'put back your own version';

function fail(problems: FileProblem[]): WriteResult {
  return { ok: false, problems };
}

export class GlossaryCore {
  /** The change to your own entries now running (see `serial`). */
  private writing: Promise<unknown> = Promise.resolve();
  private readonly refreshing = new Map<string, Promise<void>>();
  /** The one refresh waiting for the running one to end, per feed. */
  private readonly refreshAgain = new Map<string, Promise<void>>();

  constructor(
    readonly db: GlossaryDb,
    private readonly deps: GlossaryCoreDeps,
  ) {}

  private now(): string {
    return this.deps.now?.() ?? new Date().toISOString();
  }

  private async by(): Promise<string> {
    const name = (await this.deps.settings()).maintainerName;
    return name === '' ? 'someone (no name set in Settings)' : name;
  }

  async layers(): Promise<LoadedLayer[]> {
    const settings = await this.deps.settings();
    return loadLayers(
      this.db,
      settings.feeds.map((feed) => feed.url),
      this.deps.builtin,
    );
  }

  /** The merged glossary (every status), highest layer first. */
  async merged(): Promise<GlossaryEntry[]> {
    return mergeLoaded(await this.layers());
  }

  async snapshot(): Promise<GlossarySnapshot> {
    const settings = await this.deps.settings();
    const layers = await this.layers();
    const locked = new Set(settings.feeds.filter((f) => f.locked).map((f) => f.url));
    return {
      rows: rowsOf(layers),
      layers: layers.map(({ layer, entries }) => {
        const info: LayerInfo = {
          id: layer.id,
          kind: layer.kind,
          name: layer.name,
          count: entries.length,
        };
        for (const key of ['url', 'lastGoodAt', 'checkedAt', 'error'] as const) {
          const value = layer[key];
          if (value !== undefined) info[key] = value;
        }
        if (layer.held !== undefined) info.held = layer.held;
        if (layer.url !== undefined && locked.has(layer.url)) info.locked = true;
        return info;
      }),
      allowOwnEntries: settings.allowOwnEntries,
      maintainerName: settings.maintainerName,
      profile: settings.profile,
      includeProposed: settings.includeProposed,
    };
  }

  async refreshBuiltin(): Promise<void> {
    if (
      await refreshBuiltinLayer(this.db, this.deps.builtin, this.deps.builtinVersion, this.now())
    ) {
      await this.deps.changed();
    }
  }

  /**
   * Checks entries sent to be written (write-checks.ts: the schema, the
   * caps, a definition that gives an instruction, each status change), and
   * that no id or term is used twice.
   */
  private check(
    raw: unknown,
    merged: readonly GlossaryEntry[],
  ): { entries?: GlossaryEntry[]; problems: FileProblem[] } {
    if (!Array.isArray(raw))
      return { problems: [{ entry: '(file)', field: 'entries', problem: 'must be a list' }] };
    if (raw.length > MAX_ENTRIES) {
      return {
        problems: [
          { entry: '(file)', field: 'entries', problem: `has more than ${MAX_ENTRIES} entries` },
        ],
      };
    }
    const problems: FileProblem[] = [];
    const entries: GlossaryEntry[] = [];
    const byId = new Map(merged.map((e) => [e.id, e]));
    const ids = new Set(byId.keys());
    for (const item of raw) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
    raw.forEach((item: unknown, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      const before = typeof id === 'string' ? byId.get(id) : undefined;
      const result = entryWriteProblems(item, i, { before, ids });
      problems.push(...result.problems);
      if (result.entry) entries.push(result.entry);
    });
    problems.push(...findDuplicates(entries));
    return problems.length > 0 ? { problems } : { entries, problems };
  }

  /**
   * Runs one change to your own entries after any other still running, so
   * two tabs adding the same term at once get two ids.
   */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writing.then(work, work);
    this.writing = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /**
   * Adds a new entry to your own layer. Its id is made from its term
   * (ids.ts), unique across every layer; any id sent is ignored.
   *
   * @returns the new entry's id when it was saved.
   */
  async addEntry(raw: unknown): Promise<WriteResult & { id?: string }> {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail([{ entry: '(request)', field: 'entry', problem: 'is missing' }]);
    }
    const term = (raw as { term?: unknown }).term;
    if (typeof term !== 'string' || term.trim() === '') {
      return fail([{ entry: 'new entry', field: 'term', problem: 'is empty' }]);
    }
    return this.serial(async () => {
      if (!(await this.deps.settings()).allowOwnEntries) return fail(NOT_ALLOWED);
      const layers = await this.layers();
      const taken = new Set(layers.flatMap((layer) => layer.entries.map((e) => e.id)));
      const id = idFromTerm(term, taken);
      const result = await this.saveEntry({ ...raw, id });
      return result.ok ? { ok: true as const, id } : result;
    });
  }

  /** Saves one entry into your own layer (editing a built-in or feed entry makes your own copy). */
  async saveEntry(raw: unknown, what = 'edited'): Promise<WriteResult> {
    if (!(await this.deps.settings()).allowOwnEntries) return fail(NOT_ALLOWED);
    const merged = await this.merged();
    const { entries, problems } = this.check([raw], merged);
    if (!entries) return fail(problems);
    const entry = entries[0] as GlossaryEntry;
    const before = merged.find((e) => e.id === entry.id);
    if (before && sameEntry(before, entry)) return { ok: true };
    const label =
      what === RESTORED
        ? what
        : before && before.status !== entry.status
          ? `${what}: now ${entry.status}`
          : before
            ? what
            : 'added';
    await putOwnEntries(
      this.db,
      [entry],
      new Map(before ? [[entry.id, before]] : []),
      await this.by(),
      label,
      this.now(),
    );
    await this.deps.changed();
    return { ok: true };
  }

  /** Puts back your own version of an entry you had just removed ("Undo"). */
  async restoreOwnEntry(raw: unknown): Promise<WriteResult> {
    return this.saveEntry(raw, RESTORED);
  }

  async deleteOwnEntry(id: unknown): Promise<WriteResult> {
    if (typeof id !== 'string')
      return fail([{ entry: '(request)', field: 'id', problem: 'is missing' }]);
    if (!(await this.deps.settings()).allowOwnEntries) return fail(NOT_ALLOWED);
    await deleteOwnEntry(this.db, id, await this.by(), this.now());
    await this.deps.changed();
    return { ok: true };
  }

  async previewImport(raw: unknown): Promise<{ preview?: ImportPreview; problems: FileProblem[] }> {
    const merged = await this.merged();
    const { entries, problems } = this.check(raw, merged);
    if (!entries) return { problems };
    return { preview: previewImport(merged, entries), problems: [] };
  }

  /**
   * Reads a file and merges it with the glossary in use (import.ts), then
   * checks every entry it makes as a save does. Problems name the file's
   * rows and columns where it has them.
   */
  private async fileEntries(
    fileName: unknown,
    text: unknown,
  ): Promise<{
    entries?: GlossaryEntry[];
    problems: FileProblem[];
    merged: GlossaryEntry[];
    summary?: ImportSummary;
  }> {
    const merged = await this.merged();
    if (typeof fileName !== 'string' || typeof text !== 'string') {
      return {
        problems: [{ entry: '(file)', field: '(whole file)', problem: 'was not sent' }],
        merged,
      };
    }
    const read = readImport(fileName, text);
    if (!read.file) return { problems: read.problems, merged };
    const result = mergeImport(read.file, merged, CSV_COLUMNS);
    const problems = sortProblems([...read.problems, ...result.problems]);
    if (problems.length > 0 || !result.entries) {
      return { problems, merged, summary: result.summary };
    }
    const checked = this.check(result.entries, merged);
    if (!checked.entries) {
      const csv = read.file.format === 'csv';
      const located = checked.problems.map((p): FileProblem => {
        const row = result.rows[p.entry];
        const field = csv ? (COLUMN_OF_FIELD[p.field.split('.')[0] ?? ''] ?? p.field) : p.field;
        return row === undefined ? { ...p, field } : { ...p, field, row };
      });
      return { problems: sortProblems(located), merged, summary: result.summary };
    }
    return { entries: checked.entries, problems: [], merged, summary: result.summary };
  }

  /** What importing a file would do, or every problem with it. Changes nothing. */
  async previewFile(
    fileName: unknown,
    text: unknown,
  ): Promise<{ preview?: ImportPreview; summary?: ImportSummary; problems: FileProblem[] }> {
    const { entries, problems, merged, summary } = await this.fileEntries(fileName, text);
    if (!entries || !summary) return { problems };
    return { preview: previewImport(merged, entries), summary, problems: [] };
  }

  /**
   * Imports a file into your own layer: merged with the glossary in use at
   * this moment (so a change made since the preview is kept), all or nothing.
   */
  async importFile(fileName: unknown, text: unknown): Promise<WriteResult & { written?: number }> {
    if (!(await this.deps.settings()).allowOwnEntries) return fail(NOT_ALLOWED);
    const { entries, problems } = await this.fileEntries(fileName, text);
    if (!entries) return fail(problems);
    return this.applyImport(entries, typeof fileName === 'string' ? fileName : 'a file');
  }

  /**
   * Imports entries into your own layer: all or nothing, in one transaction.
   * Unchanged entries are not written again.
   */
  async applyImport(raw: unknown, source: string): Promise<WriteResult & { written?: number }> {
    if (!(await this.deps.settings()).allowOwnEntries) return fail(NOT_ALLOWED);
    const merged = await this.merged();
    const { entries, problems } = this.check(raw, merged);
    if (!entries) return fail(problems);
    const before = new Map(merged.map((e) => [e.id, e]));
    const toWrite = entries.filter((e) => {
      const old = before.get(e.id);
      return !old || !sameEntry(old, e);
    });
    if (toWrite.length > 0) {
      const name = source.replace(/[^\p{L}\p{N} ._-]/gu, '').slice(0, 100) || 'a file';
      await putOwnEntries(
        this.db,
        toWrite,
        before,
        await this.by(),
        `imported from ${name}`,
        this.now(),
      );
      await this.deps.changed();
    }
    return { ok: true, written: toWrite.length };
  }

  /** Entries to export: the whole glossary in use (every status), or only your own layer. */
  async exportEntries(scope: 'all' | 'own'): Promise<GlossaryEntry[]> {
    const layers = await this.layers();
    if (scope === 'own') return layers.find((l) => l.layer.id === OWN_LAYER)?.entries ?? [];
    return mergeLoaded(layers);
  }

  async health(): Promise<HealthIssue[]> {
    return glossaryHealth(await this.merged());
  }

  async history(id: unknown): Promise<HistoryRecord[]> {
    return typeof id === 'string' ? historyOf(this.db, id) : [];
  }

  // ---------------------------------------------------------------- proposals

  /**
   * Stores proposals within the limits (src/db/proposals.ts). `site` is the
   * host they were made on, held to its hourly limit; none for an import.
   *
   * @throws {ProposalLimitError} with a plain message when a limit is reached.
   */
  async propose(requests: readonly ProposalRequest[], site?: string): Promise<AddedProposals> {
    return addProposals(this.db, requests, {
      now: this.now(),
      ...(site === undefined ? {} : { site }),
    });
  }

  async proposals(): Promise<Proposal[]> {
    await pruneDeclined(this.db, this.now());
    return listProposals(this.db);
  }

  /** Opens a rejected proposal again ("Undo" after Reject). */
  async reopenProposal(id: unknown): Promise<WriteResult> {
    const proposal = typeof id === 'string' ? await this.db.proposals.get(id) : undefined;
    if (!proposal || proposal.status !== 'rejected') {
      return fail([
        { entry: '(proposal)', field: 'id', problem: 'is not a rejected proposal Plainly has' },
      ]);
    }
    const { decidedAt: _at, decidedBy: _by, ...rest } = proposal;
    await this.db.proposals.put({ ...rest, status: 'open' });
    return { ok: true };
  }

  /**
   * Accepts (making or updating an entry in your own layer) or rejects a proposal.
   *
   * @returns the id of the entry made or updated, when accepted.
   */
  async decide(id: unknown, decision: unknown): Promise<WriteResult & { entryId?: string }> {
    const proposal = typeof id === 'string' ? await this.db.proposals.get(id) : undefined;
    if (!proposal || (decision !== 'accept' && decision !== 'reject')) {
      return fail([{ entry: '(proposal)', field: 'id', problem: 'is not a proposal Plainly has' }]);
    }
    const by = await this.by();
    const decided = { decidedBy: by, decidedAt: this.now() };
    if (decision === 'reject') {
      await this.db.proposals.update(proposal.id, { status: 'rejected', ...decided });
      return { ok: true };
    }
    if (!(await this.deps.settings()).allowOwnEntries) return fail(NOT_ALLOWED);
    const merged = await this.merged();
    const key = phraseKey(proposal.term);
    const existing = merged.find((e) => [e.term, ...e.variants].some((p) => phraseKey(p) === key));
    const entry = entryFromProposal(proposal, existing, new Set(merged.map((e) => e.id)));
    const { entries, problems } = this.check([entry], merged);
    if (!entries) return fail(problems);
    await this.db.transaction(
      'rw',
      this.db.entries,
      this.db.history,
      this.db.layers,
      this.db.proposals,
      async () => {
        await putOwnEntries(
          this.db,
          entries,
          new Map(existing ? [[existing.id, existing]] : []),
          by,
          'accepted a staff proposal',
          this.now(),
        );
        await this.db.proposals.update(proposal.id, {
          status: 'accepted',
          entryId: entry.id,
          ...decided,
        });
      },
    );
    await this.deps.changed();
    return { ok: true, entryId: entry.id };
  }

  // ---------------------------------------------------------------- feeds

  /** Adds a feed to the end of your list and fetches it. */
  async addFeed(url: unknown): Promise<WriteResult> {
    if (typeof url !== 'string' || !isFeedUrl(url.trim())) {
      return fail([
        {
          entry: '(feed)',
          field: 'address',
          problem: 'must start with https:// (http://localhost is allowed for testing)',
        },
      ]);
    }
    const clean = url.trim();
    const own = await this.deps.ownFeeds();
    const all = (await this.deps.settings()).feeds;
    if (all.some((feed) => feed.url === clean)) {
      return fail([{ entry: '(feed)', field: 'address', problem: 'is a feed you follow already' }]);
    }
    await this.deps.setOwnFeeds([...own, { url: clean }]);
    await this.refreshFeed(clean);
    return { ok: true };
  }

  async removeFeed(url: unknown): Promise<WriteResult> {
    const settings = await this.deps.settings();
    const feed = settings.feeds.find((f) => f.url === url);
    if (!feed) return { ok: true };
    if (feed.locked) {
      return fail([
        {
          entry: '(feed)',
          field: 'address',
          problem: 'is set by your organisation, so you cannot remove it',
        },
      ]);
    }
    const own = await this.deps.ownFeeds();
    await this.deps.setOwnFeeds(own.filter((f) => f.url !== url));
    if (!(await this.deps.settings()).feeds.some((f) => f.url === url)) {
      await removeFeedLayer(this.db, feed.url);
    }
    await this.deps.changed();
    return { ok: true };
  }

  /** Moves one of your own feeds up (-1) or down (+1) in precedence. */
  async moveFeed(url: unknown, by: unknown): Promise<WriteResult> {
    const own = await this.deps.ownFeeds();
    const index = own.findIndex((f) => f.url === url);
    const to = index + (by === -1 ? -1 : 1);
    if (index < 0 || to < 0 || to >= own.length) return { ok: true };
    const next = [...own];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(to, 0, moved);
    await this.deps.setOwnFeeds(next);
    await this.deps.changed();
    return { ok: true };
  }

  /**
   * Refreshes one feed; on any failure the last good copy stays and the error is stored.
   *
   * A refresh asked for while one is under way (say you click "Refresh feeds
   * now" while the 6-hourly refresh is fetching) may be about a feed that has
   * changed since that fetch began, so it runs once more when that one ends.
   * Everyone who asks meanwhile shares that one further refresh.
   */
  refreshFeed(url: string): Promise<void> {
    const running = this.refreshing.get(url);
    if (running) {
      let next = this.refreshAgain.get(url);
      if (next === undefined) {
        const again = () => {
          this.refreshAgain.delete(url);
          return this.refreshFeed(url);
        };
        next = running.then(again, again);
        this.refreshAgain.set(url, next);
      }
      return next;
    }
    const job = this.doRefresh(url).finally(() => this.refreshing.delete(url));
    this.refreshing.set(url, job);
    return job;
  }

  private async doRefresh(url: string): Promise<void> {
    const layer = await this.db.layers.get(feedLayerId(url));
    try {
      const options: Parameters<typeof fetchFeed>[1] = {};
      // Only send the ETag when there is a good copy to fall back on.
      if (layer?.lastGoodAt && layer.etag) options.etag = layer.etag;
      if (this.deps.fetch) options.fetch = this.deps.fetch;
      if (this.deps.feedTimeoutMs) options.timeoutMs = this.deps.feedTimeoutMs;
      const result = await fetchFeed(url, options);
      if (result.status === 'not-modified') {
        await recordFeedCheck(this.db, url, undefined, this.now());
        return;
      }
      const before = layer?.lastGoodAt ? (layer.count ?? 0) : 0;
      if (losesMost(before, result.file.entries.length)) {
        // Held for the maintainer: the copy in use stays until they accept this one.
        const copy = { file: result.file, at: this.now() };
        await holdFeedCopy(
          this.db,
          url,
          result.etag === undefined ? copy : { ...copy, etag: result.etag },
        );
        return;
      }
      await replaceFeedLayer(this.db, url, result.file, result.etag, this.now());
      await this.deps.changed();
    } catch (error) {
      const message =
        error instanceof FeedError
          ? error.message
          : 'Plainly could not store the feed. It keeps using the copy it had.';
      await recordFeedCheck(this.db, url, message, this.now());
    }
  }

  /** Uses a feed's copy that was held back because it lost most of its entries. */
  async acceptHeldFeed(url: unknown): Promise<WriteResult> {
    const held = typeof url === 'string' ? await heldFeedCopy(this.db, url) : undefined;
    if (typeof url !== 'string' || held === undefined) {
      return fail([
        { entry: '(feed)', field: 'address', problem: 'has no new copy waiting to be used' },
      ]);
    }
    await replaceFeedLayer(this.db, url, held.file, held.etag, this.now());
    await this.deps.changed();
    return { ok: true };
  }

  /** Refreshes every followed feed, one at a time. */
  async refreshAllFeeds(): Promise<void> {
    for (const feed of (await this.deps.settings()).feeds) await this.refreshFeed(feed.url);
  }

  // ---------------------------------------------------------------- statistics

  async recordEvent(entryId: string, event: FindingEvent): Promise<void> {
    await recordFindingEvent(this.db, entryId, event);
  }

  async stats(): Promise<EntryStats[]> {
    return allStats(this.db);
  }
}

/**
 * Whether a feed's new copy lost most of its entries at once (over half, or
 * all of them): such a copy is held for the maintainer to confirm, so a
 * broken or tampered feed cannot silently empty the glossary.
 */
export function losesMost(before: number, after: number): boolean {
  return before > 0 && after * 2 < before;
}

export { BUILTIN_LAYER, OWN_LAYER };
