/** A GlossaryCore on fake-indexeddb with settings held in memory, for tests. */
import { FEED_TIMEOUT_MS } from '../../src/background/feed-fetch';
import { GlossaryCore } from '../../src/background/glossary-core';
import { GlossaryDb } from '../../src/db/database';
import type { GlossaryEntry } from '../../src/glossary/schema';
import { DEFAULT_SETTINGS, type FeedSubscription, type Settings } from '../../src/settings/schema';

let counter = 0;

export interface TestCore {
  core: GlossaryCore;
  db: GlossaryDb;
  settings: Settings;
  changes: number;
  /** How long the core waits for a feed; change it between refreshes. */
  feedTimeoutMs: number | undefined;
  /** Every table as JSON: equal dumps mean byte-identical stored data. */
  dump(): Promise<string>;
}

export function testCore(
  builtin: readonly GlossaryEntry[],
  options: { settings?: Partial<Settings>; feedTimeoutMs?: number } = {},
): TestCore {
  const db = new GlossaryDb(`test-${process.pid}-${++counter}-${Date.now()}`);
  const state: TestCore = {
    db,
    settings: { ...DEFAULT_SETTINGS, maintainerName: 'Sam', ...options.settings },
    changes: 0,
    feedTimeoutMs: options.feedTimeoutMs,
    core: undefined as unknown as GlossaryCore,
    dump: async () =>
      JSON.stringify(
        await Promise.all([
          db.entries.toArray(),
          db.layers.toArray(),
          db.history.toArray(),
          db.proposals.toArray(),
          db.stats.toArray(),
        ]),
      ),
  };
  state.core = new GlossaryCore(db, {
    settings: async () => state.settings,
    ownFeeds: async () => state.settings.feeds.filter((f) => !f.locked),
    setOwnFeeds: async (feeds: FeedSubscription[]) => {
      state.settings = {
        ...state.settings,
        feeds: [...state.settings.feeds.filter((f) => f.locked), ...feeds],
      };
    },
    builtin,
    builtinVersion: '1.0.0',
    changed: () => {
      state.changes++;
    },
    // Read at each refresh, so a test can change it between refreshes.
    get feedTimeoutMs() {
      return state.feedTimeoutMs ?? FEED_TIMEOUT_MS;
    },
  });
  return state;
}
