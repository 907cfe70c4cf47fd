// The glossary's speed targets (docs/decisions.md), run by `npm run bench` after the
// engine figures, or alone: node scripts/bench/glossary.mjs
//
//   import a 10,000-row CSV                              ≤ 3 s
//   apply a 10,000-entry feed                            ≤ 2 s
//   cold start to first check with 10,000 entries         ≤ 300 ms
//   editor search over 10,000 entries                    ≤ 100 ms
//
// Measured in Node with fake-indexeddb standing in for the browser's
// IndexedDB (a browser measurement of the service worker was impractical
// here); each figure is the median of several runs in this one process.
import 'fake-indexeddb/auto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../bundle-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = path.join(root, 'node_modules', '.cache', 'plainly-bench', 'glossary.mjs');
await bundleForNode(path.join(root, 'scripts', 'bench', 'glossary-entry.ts'), bundle, {
  external: ['fake-indexeddb', 'dexie'],
});
const g = await import(pathToFileURL(bundle).href);

const SIZE = 10_000;
const entries = g.generateGlossary({ size: SIZE, seed: 20_260_101, base: g.BUILTIN_ENTRIES });
let dbCount = 0;

function core(feeds = []) {
  const settings = { ...g.DEFAULT_SETTINGS, maintainerName: 'Bench', feeds };
  return new g.GlossaryCore(new g.GlossaryDb(`bench-${++dbCount}`), {
    settings: async () => settings,
    ownFeeds: async () => settings.feeds,
    setOwnFeeds: async (next) => {
      settings.feeds = next;
    },
    builtin: g.BUILTIN_ENTRIES,
    builtinVersion: 'bench',
    changed: () => {},
    fetch: async () => new Response(feedText, { status: 200, headers: { etag: `"${dbCount}"` } }),
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function timed(runs, work) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

// 1. Import: read and check the CSV bytes, preview, write in one transaction.
const csvBytes = new TextEncoder().encode(g.glossaryToCsv(entries));
const importMs = await timed(3, async () => {
  const c = core();
  const read = g.readGlossaryFile('bench.csv', csvBytes);
  if (!read.entries) throw new Error('the bench CSV has problems');
  await c.previewImport(read.entries);
  const result = await c.applyImport(read.entries, 'bench.csv');
  if (!result.ok) throw new Error('the bench import failed');
});

// 2. Feed: fetch (an in-memory Response), check, swap in atomically. The
// feed is an organisation's own 10,000 entries (every copy already has the
// built-in ones under it), sent as compact JSON: glossaryToFeed writes two-space
// indents, and 10,000 entries written so would be over the 5 MB Plainly takes
// from a feed, so that feed would be refused. (The built-in entries are longer
// than the generated ones, about 1 KB each with their examples and senses: a
// feed of 10,000 entries that rich would be over 5 MB even as compact JSON.)
const feedEntries = g.generateGlossary({ size: SIZE, seed: 20_260_101 });
const feedText = JSON.stringify(JSON.parse(g.glossaryToFeed(feedEntries, { name: 'Bench feed' })));
const feedMB = new TextEncoder().encode(feedText).length / 1024 / 1024;
if (feedMB * 1024 * 1024 > g.MAX_FILE_BYTES) {
  throw new Error(`the bench feed is ${feedMB.toFixed(1)} MB, over the feed limit`);
}
const feedMs = await timed(3, async () => {
  const url = 'https://bench.example/feed.json';
  const c = core([{ url }]);
  await c.refreshFeed(url);
  if ((await c.snapshot()).layers.find((l) => l.kind === 'feed')?.count !== SIZE) {
    throw new Error('the bench feed was not applied');
  }
});

// 3. Cold start: a stored 10,000-entry glossary, then a new service (as after
// the worker restarts): read the layers, build the checker, check one sentence.
const stored = core();
await stored.refreshBuiltin();
await stored.applyImport(entries.slice(g.BUILTIN_ENTRIES.length), 'bench.csv');
const coldMs = await timed(5, async () => {
  const db = new g.GlossaryDb(`bench-${dbCount}`);
  const layers = await g.loadLayers(db, [], g.BUILTIN_ENTRIES);
  const checker = new g.Checker({ glossary: g.mergeLoaded(layers) });
  checker.check('We will use co-production to plan the new service.');
  db.close();
});

// 4. Search: the editor's search, filters and sort over 10,000 rows.
const rows = entries.map((entry) => ({
  entry,
  layer: 'own',
  layerName: 'Your own',
  hidden: false,
}));
const index = g.buildSearchIndex(rows);
const queries = [
  { text: 'co' },
  { text: 'payment', sort: 'category' },
  { text: '', status: 'approved', sort: 'term', descending: true },
  { text: 'zz no match' },
  { text: 'a', category: 'people-roles' },
];
const searchMs = await timed(25, (i) => g.searchGlossary(index, queries[i % queries.length]));
const indexMs = await timed(5, () => g.buildSearchIndex(rows));

const fmt = (ms) => `${ms.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ms`;
const line = (name, ms, target) =>
  `${name}: ${fmt(ms)} (target ≤ ${fmt(target)}): ${ms <= target ? 'meets target' : 'misses target'}`;
console.log(
  [
    'Glossary (10,000 entries; Node with fake-indexeddb in place of IndexedDB; medians)',
    line('1. Import a 10,000-row CSV (read, check, preview, write)', importMs, 3_000),
    line(
      `2. Apply a 10,000-entry feed of ${feedMB.toFixed(1)} MB (check, atomic swap)`,
      feedMs,
      2_000,
    ),
    line('3. Cold start to first check (read layers, compile, check)', coldMs, 300),
    line('4. Editor search over 10,000 entries', searchMs, 100),
    `   (building the search index once when the editor loads: ${fmt(indexMs)})`,
  ].join('\n'),
);
