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

/**
 * Rows as the database held them: before version 3, entries were in
 * glossary format version 1 (plain-text alternatives, no kind, audiences or
 * part of speech); `upgraded` is what version 3 must turn each into.
 */
function rows(size: number, version = LATEST_VERSION, upgraded = false) {
  return Array.from({ length: size }, (_, i) => {
    const current = entry({ id: `term-${i}`, term: `term ${i}`, alternatives: [`plain ${i}`] });
    const { kind: _kind, audiences: _audiences, pos: _pos, ...v1 } = current;
    return {
      layer: i % 3 === 0 ? 'own' : i % 3 === 1 ? 'feed:https://example.org/g.json' : 'builtin',
      id: `term-${i}`,
      entry:
        version >= 3 || upgraded
          ? current
          : ({ ...v1, alternatives: [`plain ${i}`] } as unknown as typeof current),
      updatedAt: '2026-01-01T00:00:00.000Z',
      order: i,
    };
  });
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
        await old.entries.bulkPut(rows(size, from));
        const data = rows(size, from, true);
        // From version 2 on, the code keeps a count on every layer it writes.
        const count = (layer: string) =>
          from >= 2
            ? { count: rows(size, from).filter((row) => row.layer.startsWith(layer)).length }
            : {};
        await old.layers.bulkPut([
          { id: 'own', kind: 'own', name: 'Your own', ...count('own') },
          {
            id: 'feed:https://example.org/g.json',
            kind: 'feed',
            name: 'G',
            url: 'https://example.org/g.json',
            etag: '"1"',
            ...count('feed'),
          },
          {
            id: 'builtin',
            kind: 'builtin',
            name: 'Built-in',
            version: '0.1.0',
            ...count('builtin'),
          },
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
          expect(await db.entries.toArray()).toEqual(
            [...data].sort((a, b) => (a.layer + a.id < b.layer + b.id ? -1 : 1)),
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
