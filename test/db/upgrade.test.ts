/**
 * Every earlier schema version, opened with data, then upgraded to the latest:
 * no row is lost or changed (docs/decisions.md), and opening again is harmless.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GlossaryDb, LATEST_VERSION, SCHEMA_VERSIONS } from '../../src/db/database';
import { loadLayers } from '../../src/db/repo';
import { BUILTIN_ENTRIES } from '../../src/glossary/builtin';
import { entry } from '../helpers';

function rows(size: number) {
  return Array.from({ length: size }, (_, i) => ({
    layer: i % 3 === 0 ? 'own' : i % 3 === 1 ? 'feed:https://example.org/g.json' : 'builtin',
    id: `term-${i}`,
    entry: entry({ id: `term-${i}`, term: `term ${i}`, alternatives: [`plain ${i}`] }),
    updatedAt: '2026-01-01T00:00:00.000Z',
    order: i,
  }));
}

describe('schema upgrades', () => {
  it('has numbered versions 1, 2, … with nothing skipped', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      Array.from({ length: LATEST_VERSION }, (_, i) => i + 1),
    );
  });

  for (let from = 1; from < LATEST_VERSION; from++) {
    for (const size of [0, 100, 2_000]) {
      it(`version ${from} with ${size} entries upgrades to ${LATEST_VERSION} losing nothing`, async () => {
        const name = `upgrade-${from}-${size}`;
        const old = new GlossaryDb(name, from);
        const data = rows(size);
        await old.entries.bulkPut(data);
        await old.layers.bulkPut([
          { id: 'own', kind: 'own', name: 'Your own' },
          {
            id: 'feed:https://example.org/g.json',
            kind: 'feed',
            name: 'G',
            url: 'https://example.org/g.json',
            etag: '"1"',
          },
          { id: 'builtin', kind: 'builtin', name: 'Built-in', version: '0.1.0' },
        ]);
        await old.meta.put({ key: 'note', value: 'kept' });
        expect(old.verno).toBe(from);
        old.close();

        for (let open = 0; open < 2; open++) {
          const db = new GlossaryDb(name);
          await db.open();
          expect(db.verno).toBe(LATEST_VERSION);
          // The tables added by later versions exist and start empty.
          expect(await db.history.count()).toBe(0);
          expect(await db.proposals.count()).toBe(0);
          expect(await db.stats.count()).toBe(0);
          expect(JSON.stringify(await db.entries.toArray())).toBe(
            JSON.stringify([...data].sort((a, b) => (a.layer + a.id < b.layer + b.id ? -1 : 1))),
          );
          expect(await db.meta.get('note')).toEqual({ key: 'note', value: 'kept' });
          const layers = await db.layers.toArray();
          expect(layers.map((l) => [l.id, l.count])).toEqual([
            ['builtin', data.filter((r) => r.layer === 'builtin').length],
            [
              'feed:https://example.org/g.json',
              data.filter((r) => r.layer.startsWith('feed')).length,
            ],
            ['own', data.filter((r) => r.layer === 'own').length],
          ]);
          expect(layers.find((l) => l.kind === 'feed')?.etag).toBe('"1"');
          const loaded = await loadLayers(db, ['https://example.org/g.json'], BUILTIN_ENTRIES);
          expect(loaded.reduce((n, l) => n + l.entries.length, 0)).toBe(
            size === 0 ? BUILTIN_ENTRIES.length : size,
          );
          db.close();
        }
      });
    }
  }

  it('leaves out a stored row that is not a valid entry, rather than trusting it', async () => {
    const db = new GlossaryDb('bad-row');
    await db.entries.bulkPut([
      ...rows(2),
      { layer: 'own', id: 'broken', entry: { id: 'broken' } as never, updatedAt: 'x' },
    ]);
    const loaded = await loadLayers(db, [], []);
    expect(loaded[0]?.entries.map((e) => e.id)).toEqual(['term-0']);
    db.close();
  });
});
