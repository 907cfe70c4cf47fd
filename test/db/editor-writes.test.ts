/**
 * What the glossary editor asks the background to write, on fake-indexeddb:
 * new entries get ids made from their terms, definitions that give an
 * instruction are refused, and a file merged with the glossary in use keeps
 * every field it does not name.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/checker/index';
import { CSV_COLUMNS, glossaryToCsv } from '../../src/glossary/csv';
import { canonicalEntry, glossaryToFeed } from '../../src/glossary/feed';
import { describeProblem } from '../../src/glossary/read-file';
import type { GlossaryEntry } from '../../src/glossary/schema';
import { importPreviewLines } from '../../src/ui/glossary-messages';
import { testCore } from '../glossary/core-helpers';
import { entry } from '../helpers';

const builtin = [
  entry({
    id: 'care-hub',
    term: 'hub',
    alternatives: ['centre'],
    definition: 'A place where services meet.',
    advice: 'Name the place.',
    audiences: ['public', 'easy-read'],
    pos: 'noun',
  }),
  entry({
    id: 'reablement',
    term: 'reablement',
    alternatives: ['help to get your skills back'],
    easyRead: ['Help at home for a few weeks.', 'This is called reablement.'],
    examples: { flag: ['We offer reablement.', 'Reablement helps.'], ok: ['Nothing here.'] },
  }),
];
const newEntry = (term: string, fields: Partial<GlossaryEntry> = {}) => {
  const { id: _id, ...rest } = entry({
    id: 'ignored',
    term,
    alternatives: ['plain words'],
    ...fields,
  });
  return rest;
};

describe('adding an entry', () => {
  it('makes the id from the term, unique across every layer, and the checker uses it at once', async () => {
    const t = testCore(builtin);
    await t.core.refreshBuiltin();
    expect(await t.core.addEntry(newEntry('Care Hub'))).toEqual({ ok: true, id: 'care-hub-2' });
    expect(await t.core.addEntry({ ...newEntry('zorble plan'), id: 'care-hub' })).toEqual({
      ok: true,
      id: 'zorble-plan',
    });
    const own = (await t.core.exportEntries('own')).map((e) => [e.id, e.term]);
    expect(own).toEqual([
      ['care-hub-2', 'Care Hub'],
      ['zorble-plan', 'zorble plan'],
    ]);
    // The built-in entry with the id "care-hub" is untouched.
    expect((await t.core.merged()).find((e) => e.id === 'care-hub')?.term).toBe('hub');
    const report = new Checker({ glossary: await t.core.merged() }).check(
      'The zorble plan is late.',
    );
    expect(report.findings.some((f) => f.entryId === 'zorble-plan')).toBe(true);
  });

  it('gives two entries added at the same moment two ids', async () => {
    const t = testCore(builtin);
    const results = await Promise.all([
      t.core.addEntry(newEntry('day centre')),
      t.core.addEntry(newEntry('Day centre', { definition: 'Another one.' })),
      t.core.addEntry(newEntry('day-centre', { definition: 'A third.' })),
    ]);
    expect(results).toEqual([
      { ok: true, id: 'day-centre' },
      { ok: true, id: 'day-centre-2' },
      { ok: true, id: 'day-centre-3' },
    ]);
  });

  it('refuses an entry with no term, and one the organisation does not allow', async () => {
    const t = testCore(builtin);
    expect(await t.core.addEntry(newEntry('  '))).toEqual({
      ok: false,
      problems: [{ entry: 'new entry', field: 'term', problem: 'is empty' }],
    });
    const locked = testCore(builtin, { settings: { allowOwnEntries: false } });
    expect(await locked.core.addEntry(newEntry('day centre'))).toMatchObject({ ok: false });
    expect(await locked.core.exportEntries('own')).toEqual([]);
  });
});

describe('a definition that gives an instruction', () => {
  it('is refused on save with a message that says why, and nothing is written', async () => {
    const t = testCore(builtin);
    await t.core.refreshBuiltin();
    const before = await t.dump();
    const result = await t.core.saveEntry({
      ...builtin[0],
      definition: 'Use “centre” instead.',
    });
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'entry "care-hub", definition: gives an instruction (“Use …”). It is for readers, so say what the word means. Put what writers should do in the advice for writers.',
    ]);
    expect(await t.dump()).toBe(before);
  });

  it('does not stop other changes to an entry whose definition already gives one (from a feed)', async () => {
    const old = entry({
      id: 'old',
      term: 'old word',
      alternatives: ['x'],
      definition: 'Avoid it.',
    });
    const t = testCore([old]);
    await t.core.refreshBuiltin();
    expect(
      await t.core.saveEntry({ ...old, alternatives: [{ text: 'y', pos: 'phrase' }] }),
    ).toEqual({ ok: true });
  });

  it('is refused in an imported file, with its row', async () => {
    const t = testCore(builtin);
    const text = `id,definition\r\ncare-hub,Do not use this word.\r\n`;
    expect(await t.core.previewFile('team.csv', text)).toEqual({
      problems: [
        {
          entry: 'care-hub',
          field: 'definition',
          row: 2,
          problem:
            'gives an instruction (“Do not use …”). It is for readers, so say what the word means. Put what writers should do in the advice for writers.',
        },
      ],
    });
  });
});

describe('importing a file', () => {
  it('a CSV file with only some columns changes those fields and keeps the rest', async () => {
    const t = testCore(builtin);
    await t.core.refreshBuiltin();
    const text =
      '\uFEFFid,definition,advice\r\n' +
      'care-hub,A place where several services work together.,Say which place.\r\n' +
      'reablement,Short-term help at home to get back skills.,\r\n';
    const previewed = await t.core.previewFile('team.csv', text);
    expect(previewed.problems).toEqual([]);
    if (!previewed.preview || !previewed.summary) throw new Error('no preview');
    expect(importPreviewLines(previewed.preview, previewed.summary)).toEqual([
      '2 entries will be updated: only definition and advice change; their other fields stay as they are.',
    ]);
    // Before importing, another tab changes an alternative: the import keeps it.
    await t.core.saveEntry({
      ...builtin[1],
      alternatives: [{ text: 'getting skills back', pos: 'phrase' }],
    });
    expect(await t.core.importFile('team.csv', text)).toEqual({ ok: true, written: 2 });
    const own = await t.core.exportEntries('own');
    expect(own.map(canonicalEntry)).toEqual(
      [
        {
          ...builtin[1],
          alternatives: [{ text: 'getting skills back', pos: 'phrase' }],
          definition: 'Short-term help at home to get back skills.',
        },
        {
          ...builtin[0],
          definition: 'A place where several services work together.',
          advice: 'Say which place.',
        },
      ].map((e) => canonicalEntry(e as GlossaryEntry)),
    );
  });

  it('a file you exported imports as the same glossary: nothing is written', async () => {
    const t = testCore(builtin);
    await t.core.refreshBuiltin();
    await t.core.addEntry(
      newEntry('zorble plan', { advice: 'Say which plan.', audiences: ['public'] }),
    );
    const before = await t.dump();
    const all = await t.core.exportEntries('all');
    for (const [name, text] of [
      ['all.csv', glossaryToCsv(all)],
      ['all.json', glossaryToFeed(all)],
    ] as const) {
      const previewed = await t.core.previewFile(name, text);
      expect(previewed.preview?.unchanged.length, name).toBe(all.length);
      expect(await t.core.importFile(name, text), name).toEqual({ ok: true, written: 0 });
    }
    expect(await t.dump()).toBe(before);
  });

  it('a version 1 file says so, and keeps what version 2 added', async () => {
    const t = testCore(builtin);
    await t.core.refreshBuiltin();
    const v1 = JSON.stringify({
      format: 'plainly-glossary',
      version: 1,
      entries: [
        {
          id: 'care-hub',
          term: 'hub',
          variants: [],
          action: 'replace',
          alternatives: ['centre', 'meeting place'],
          definition: 'A place where services meet.',
          easyRead: [],
          category: 'approaches-values',
          severity: 'warning',
          status: 'approved',
          sources: ['test'],
        },
      ],
    });
    const previewed = await t.core.previewFile('old.json', v1);
    if (!previewed.preview || !previewed.summary) throw new Error('no preview');
    expect(importPreviewLines(previewed.preview, previewed.summary)).toEqual([
      'This file uses the older version 1 format. Plainly will upgrade it: 1 entry already in the glossary keeps its kind, who finds it jargon, advice for writers and parts of speech.',
      '1 entry will be changed.',
    ]);
    expect(await t.core.importFile('old.json', v1)).toEqual({ ok: true, written: 1 });
    expect((await t.core.exportEntries('own'))[0]).toEqual(
      canonicalEntry({
        ...(builtin[0] as GlossaryEntry),
        alternatives: [
          { text: 'centre', pos: 'noun' },
          { text: 'meeting place', pos: 'noun' },
        ],
      }),
    );
  });

  it('a file with a problem changes nothing, and says where', async () => {
    const t = testCore(builtin);
    await t.core.refreshBuiltin();
    const before = await t.dump();
    const text = `${CSV_COLUMNS.join(',')}\r\nnew-one,new one,,zap,x,Fine.,,housing,warning,approved,test,,\r\n`;
    const result = await t.core.importFile('bad.csv', text);
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'Row 2, entry "new-one", column action: must be one of: replace, explain, rewrite, respectful, expand.',
    ]);
    expect(await t.dump()).toBe(before);
  });
});
