/**
 * Reading and writing the glossary database. Every write that must be
 * all-or-nothing (an import, a feed swap, the built-in refresh) runs in one
 * Dexie transaction, so a failure part-way (quota, a closed database) leaves
 * the stored glossary exactly as it was (docs/reliability.md, "The database").
 *
 * Data read back is validated: storage can hold anything (an older version's
 * rows, a hand edit, a half-written record), and a bad row is left out
 * rather than trusted.
 */
import type { GlossaryEntry, GlossaryFile } from '../glossary/schema';
import { mergeLayers } from '../glossary/layers';
import { entryChanges } from '../glossary/history';
import type { GlossaryRow } from '../glossary/search';
import { validateEntry } from '../glossary/validate';
import type { HistoryRecord } from '../glossary/history';
import type { GlossaryDb, StoredEntry, StoredLayer } from './database';

export const BUILTIN_LAYER = 'builtin';
export const OWN_LAYER = 'own';
export const feedLayerId = (url: string): string => `feed:${url}`;
/** The `meta` key of a feed's held-back copy. */
export const heldFeedKey = (url: string): string => `held:${url}`;

/** A feed's copy waiting for the maintainer to accept it. */
export interface HeldFeedCopy {
  file: GlossaryFile;
  etag?: string;
  at: string;
}

const OWN_LAYER_ROW: StoredLayer = { id: OWN_LAYER, kind: 'own', name: 'Your own' };

export interface LoadedLayer {
  layer: StoredLayer;
  entries: GlossaryEntry[];
}

/**
 * Replaces the built-in layer with the entries shipped in this version of
 * the extension, unless it already holds that version. Own entries and feeds
 * are other layers, so they are never touched.
 *
 * @returns whether anything changed.
 */
export async function refreshBuiltinLayer(
  db: GlossaryDb,
  entries: readonly GlossaryEntry[],
  version: string,
  now = new Date().toISOString(),
): Promise<boolean> {
  return db.transaction('rw', db.entries, db.layers, async () => {
    const current = await db.layers.get(BUILTIN_LAYER);
    if (current?.version === version && current.count === entries.length) return false;
    await db.entries.where('layer').equals(BUILTIN_LAYER).delete();
    await db.entries.bulkPut(
      entries.map((entry, order) => ({
        layer: BUILTIN_LAYER,
        id: entry.id,
        entry,
        updatedAt: now,
        order,
      })),
    );
    await db.layers.put({
      id: BUILTIN_LAYER,
      kind: 'builtin',
      name: 'Built-in',
      version,
      count: entries.length,
      lastGoodAt: now,
    });
    return true;
  });
}

/**
 * Every layer in precedence order: your own, then the feeds in `feedUrls`
 * order, then built-in. Feeds you no longer follow are left out. When the
 * built-in layer is missing (a new or evicted database) `builtinFallback` is used.
 */
export async function loadLayers(
  db: GlossaryDb,
  feedUrls: readonly string[],
  builtinFallback: readonly GlossaryEntry[],
): Promise<LoadedLayer[]> {
  const [layerRows, rows] = await db.transaction('r', db.layers, db.entries, () =>
    Promise.all([db.layers.toArray(), db.entries.toArray()]),
  );
  const byLayer = new Map<string, GlossaryEntry[]>();
  // Rows come back in key order; put each layer back in its own order.
  rows.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  for (const row of rows) {
    const { entry } = validateEntry(row.entry, 0);
    if (!entry || entry.id !== row.id) continue;
    const list = byLayer.get(row.layer) ?? [];
    list.push(entry);
    byLayer.set(row.layer, list);
  }
  const layerById = new Map(layerRows.map((layer) => [layer.id, layer]));
  const out: LoadedLayer[] = [
    { layer: layerById.get(OWN_LAYER) ?? OWN_LAYER_ROW, entries: byLayer.get(OWN_LAYER) ?? [] },
  ];
  for (const url of feedUrls) {
    const id = feedLayerId(url);
    const layer = layerById.get(id) ?? { id, kind: 'feed' as const, name: url, url };
    out.push({ layer, entries: byLayer.get(id) ?? [] });
  }
  const builtin = layerById.get(BUILTIN_LAYER);
  out.push(
    builtin && byLayer.has(BUILTIN_LAYER)
      ? { layer: builtin, entries: byLayer.get(BUILTIN_LAYER) ?? [] }
      : {
          layer: { id: BUILTIN_LAYER, kind: 'builtin', name: 'Built-in' },
          entries: [...builtinFallback],
        },
  );
  return out;
}

/** The glossary in use: layers merged, the highest layer winning for each id. */
export function mergeLoaded(layers: readonly LoadedLayer[]): GlossaryEntry[] {
  return mergeLayers(layers.map(({ layer, entries }) => ({ name: layer.name, entries })));
}

/** Every entry of every layer, for the editor, with whether a higher layer hides it. */
export function rowsOf(layers: readonly LoadedLayer[]): GlossaryRow[] {
  const seen = new Set<string>();
  const rows: GlossaryRow[] = [];
  for (const { layer, entries } of layers) {
    for (const entry of entries) {
      rows.push({ entry, layer: layer.id, layerName: layer.name, hidden: seen.has(entry.id) });
    }
    for (const entry of entries) seen.add(entry.id);
  }
  return rows;
}

function historyRecord(
  before: GlossaryEntry | undefined,
  after: GlossaryEntry,
  by: string,
  what: string,
  at: string,
): HistoryRecord {
  return {
    entryId: after.id,
    layer: OWN_LAYER,
    at,
    by,
    what,
    changes: entryChanges(before, after),
  };
}

/**
 * Adds or replaces entries in your own layer, with one history record each,
 * in one transaction: all of them are written or none.
 *
 * @param before the entry in use now for each id (from any layer), for the history.
 */
export async function putOwnEntries(
  db: GlossaryDb,
  entries: readonly GlossaryEntry[],
  before: ReadonlyMap<string, GlossaryEntry>,
  by: string,
  what: string,
  now = new Date().toISOString(),
): Promise<void> {
  await db.transaction('rw', db.entries, db.history, db.layers, async () => {
    const existing = await db.entries.bulkGet(entries.map((entry) => [OWN_LAYER, entry.id]));
    const next = Date.now();
    await db.entries.bulkPut(
      entries.map((entry, i): StoredEntry => ({
        layer: OWN_LAYER,
        id: entry.id,
        entry,
        updatedAt: now,
        // An edited entry keeps its place; new ones go after the rest.
        order: existing[i]?.order ?? next + i,
      })),
    );
    await db.history.bulkAdd(
      entries.map((entry) => historyRecord(before.get(entry.id), entry, by, what, now)),
    );
    const count = await db.entries.where('layer').equals(OWN_LAYER).count();
    await db.layers.put({ ...OWN_LAYER_ROW, ...(await db.layers.get(OWN_LAYER)), count });
  });
}

/** Removes an entry from your own layer (an entry below it, if any, is used again). */
export async function deleteOwnEntry(
  db: GlossaryDb,
  id: string,
  by: string,
  now = new Date().toISOString(),
): Promise<void> {
  await db.transaction('rw', db.entries, db.history, async () => {
    const row = await db.entries.get([OWN_LAYER, id]);
    if (!row) return;
    await db.entries.delete([OWN_LAYER, id]);
    await db.history.add({
      entryId: id,
      layer: OWN_LAYER,
      at: now,
      by,
      what: 'removed your own version',
      changes: [],
    });
  });
}

/**
 * Swaps a feed's entries for a new copy in one transaction: readers see the
 * old copy or the new one, never a mix.
 */
export async function replaceFeedLayer(
  db: GlossaryDb,
  url: string,
  file: GlossaryFile,
  etag: string | undefined,
  now = new Date().toISOString(),
): Promise<void> {
  const id = feedLayerId(url);
  await db.transaction('rw', db.entries, db.layers, db.meta, async () => {
    await db.meta.delete(heldFeedKey(url));
    await db.entries.where('layer').equals(id).delete();
    await db.entries.bulkPut(
      file.entries.map((entry, order) => ({
        layer: id,
        id: entry.id,
        entry,
        updatedAt: now,
        order,
      })),
    );
    const layer: StoredLayer = {
      id,
      kind: 'feed',
      name: file.name?.trim() || url,
      url,
      lastGoodAt: now,
      checkedAt: now,
      count: file.entries.length,
    };
    if (etag !== undefined) layer.etag = etag;
    await db.layers.put(layer);
  });
}

/**
 * Records a refresh that changed no entries: the feed had not changed since
 * the copy in use (then any copy held back is dropped: the feed is back as it
 * was), or it failed (then `error` says why in plain words, and the last good
 * copy stays).
 */
export async function recordFeedCheck(
  db: GlossaryDb,
  url: string,
  error: string | undefined,
  now = new Date().toISOString(),
): Promise<void> {
  const id = feedLayerId(url);
  await db.transaction('rw', db.layers, db.meta, async () => {
    const layer: StoredLayer = (await db.layers.get(id)) ?? { id, kind: 'feed', name: url, url };
    layer.checkedAt = now;
    if (error === undefined) {
      delete layer.error;
      delete layer.held;
      await db.meta.delete(heldFeedKey(url));
    } else layer.error = error;
    await db.layers.put(layer);
  });
}

/**
 * Keeps a feed's new copy aside instead of using it (it lost most of its
 * entries at once): the entries in use stay as they are, and the layer says
 * what is held and why, for the settings page.
 */
export async function holdFeedCopy(db: GlossaryDb, url: string, copy: HeldFeedCopy): Promise<void> {
  const id = feedLayerId(url);
  await db.transaction('rw', db.layers, db.meta, async () => {
    const layer: StoredLayer = (await db.layers.get(id)) ?? { id, kind: 'feed', name: url, url };
    layer.checkedAt = copy.at;
    delete layer.error;
    layer.held = { count: copy.file.entries.length, at: copy.at };
    await db.meta.put({ key: heldFeedKey(url), value: copy });
    await db.layers.put(layer);
  });
}

/** A feed's held copy, if there is one. */
export async function heldFeedCopy(db: GlossaryDb, url: string): Promise<HeldFeedCopy | undefined> {
  const record = await db.meta.get(heldFeedKey(url));
  const value = record?.value as Partial<HeldFeedCopy> | undefined;
  if (
    value?.file === undefined ||
    !Array.isArray(value.file.entries) ||
    typeof value.at !== 'string'
  )
    return undefined;
  return value as HeldFeedCopy;
}

/** Forgets a feed, its entries and any copy held back. */
export async function removeFeedLayer(db: GlossaryDb, url: string): Promise<void> {
  const id = feedLayerId(url);
  await db.transaction('rw', db.entries, db.layers, db.meta, async () => {
    await db.entries.where('layer').equals(id).delete();
    await db.layers.delete(id);
    await db.meta.delete(heldFeedKey(url));
  });
}

/** An entry's history, newest first. */
export async function historyOf(db: GlossaryDb, entryId: string): Promise<HistoryRecord[]> {
  const records = await db.history.where('entryId').equals(entryId).toArray();
  return records.reverse();
}
