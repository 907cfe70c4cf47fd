/**
 * The glossary database (Dexie, IndexedDB in the extension's own origin).
 * Opened only by the background: never by a content script, whose IndexedDB
 * would be the web page's (docs/reliability.md, "The database"; an ESLint
 * rule enforces it).
 *
 * Versions are numbered and append-only (docs/decisions.md): a shipped version is
 * never edited; a change is a new version with an upgrade that is safe to run
 * twice. test/db/upgrade.test.ts opens every earlier version with data, then
 * the latest, and checks that nothing is lost.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import type { GlossaryEntry } from '../glossary/schema';
import { upgradeEntryV1 } from '../glossary/upgrade';
import type { HistoryRecord } from '../glossary/history';
import type { Proposal } from '../glossary/proposals';
import type { EntryStats } from '../glossary/stats';

export const DB_NAME = 'plainly-glossary';

/** One entry of one layer. The key is `[layer+id]`, so layers never overwrite each other. */
export interface StoredEntry {
  /** `builtin`, `own` or `feed:<url>`. */
  layer: string;
  id: string;
  entry: GlossaryEntry;
  /** ISO time of the last change. */
  updatedAt: string;
  /** Position in its layer (a feed's or the built-in file's order; your own: when added). */
  order?: number;
}

export type LayerKind = 'builtin' | 'feed' | 'own';

export interface StoredLayer {
  /** `builtin`, `own` or `feed:<url>`. */
  id: string;
  kind: LayerKind;
  /** For people: "Built-in", "Your own", the feed's name. */
  name: string;
  url?: string;
  /** The feed's ETag, sent back as If-None-Match. */
  etag?: string;
  /** When the entries now stored were fetched (the last good copy). */
  lastGoodAt?: string;
  /** When the feed was last asked for. */
  checkedAt?: string;
  /** What went wrong last time, in plain words; absent when the last refresh worked. */
  error?: string;
  /** The built-in layer: the extension version it came from. */
  version?: string;
  /** How many entries the layer holds (added in version 2). */
  count?: number;
  /**
   * A feed's newest copy, held back because it suddenly lost most of its
   * entries: how many it has and when it came. The copy itself is in `meta`
   * (`heldFeedKey`) until the maintainer accepts it.
   */
  held?: { count: number; at: string };
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * Every schema, oldest first. Append new versions; never edit one that has shipped.
 * Version 1: entries and layers. Version 2: history, proposals, statistics,
 * and a count on each layer. Version 3: entries in glossary format version 2
 * (alternatives with parts of speech, kind, audiences; see
 * src/glossary/upgrade.ts), the same upgrade a version 1 file gets.
 */
export const SCHEMA_VERSIONS: readonly {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: { entries: '[layer+id], layer, id', layers: 'id', meta: 'key' },
  },
  {
    version: 2,
    stores: { history: '++seq, entryId', proposals: 'id, status, createdAt', stats: 'entryId' },
    // Counts every layer's entries. Safe to run twice: it only recounts.
    upgrade: async (tx) => {
      const layers = tx.table<StoredLayer, string>('layers');
      const entries = tx.table<StoredEntry>('entries');
      for (const layer of await layers.toArray()) {
        const count = await entries.where('layer').equals(layer.id).count();
        await layers.update(layer.id, { count });
      }
    },
  },
  {
    version: 3,
    stores: {},
    // Safe to run twice: an entry already in version 2 is left as it is.
    upgrade: async (tx) => {
      await tx
        .table<StoredEntry>('entries')
        .toCollection()
        .modify((stored) => {
          stored.entry = upgradeEntryV1(stored.entry).entry as GlossaryEntry;
        });
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS.length;

export class GlossaryDb extends Dexie {
  entries!: Table<StoredEntry, [string, string]>;
  layers!: Table<StoredLayer, string>;
  meta!: Table<MetaRecord, string>;
  history!: Table<HistoryRecord, number>;
  proposals!: Table<Proposal, string>;
  stats!: Table<EntryStats, string>;

  /** @param upTo the newest version to declare (tests open older ones). */
  constructor(
    name = DB_NAME,
    upTo = LATEST_VERSION,
    options?: ConstructorParameters<typeof Dexie>[1],
  ) {
    super(name, options);
    for (const schema of SCHEMA_VERSIONS.slice(0, upTo)) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}
