/** The background's glossary work on fake-indexeddb: layers, editing, lifecycle, proposals, statistics. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GlossaryCore } from '../../src/background/glossary-core';
import { Checker } from '../../src/checker/index';
import { glossaryHealth } from '../../src/report/glossary-health';
import { entry } from '../helpers';
import { testCore } from '../glossary/core-helpers';

const builtin = [
  entry({ id: 'reablement', term: 'reablement', alternatives: ['help to get back on your feet'] }),
  entry({ id: 'signpost', term: 'signpost', alternatives: ['point you to'], pos: 'verb' }),
];

describe('layers', () => {
  it('own entries win over feeds, and feeds over built-in; a built-in refresh keeps your edits', async () => {
    const t = testCore(builtin);
    await t.core.refreshBuiltin();
    await t.core.saveEntry({
      ...builtin[0],
      alternatives: [{ text: 'short-term help', pos: 'phrase' }],
    });
    expect((await t.core.merged()).find((e) => e.id === 'reablement')?.alternatives).toEqual([
      { text: 'short-term help', pos: 'phrase' },
    ]);
    expect(await t.db.layers.get('builtin')).toMatchObject({ version: '1.0.0', count: 2 });

    // A new extension version ships changed built-in entries: the same database,
    // opened by a background with the new built-in list and version.
    const shipped = [
      entry({
        id: 'reablement',
        term: 'reablement',
        alternatives: ['help to get your skills back'],
      }),
      entry({ id: 'signpost', term: 'signpost', alternatives: ['point you towards'], pos: 'verb' }),
      entry({ id: 'care-package', term: 'care package', alternatives: ['your support'] }),
    ];
    let changes = 0;
    const next = new GlossaryCore(t.db, {
      settings: async () => t.settings,
      ownFeeds: async () => [],
      setOwnFeeds: async () => {},
      builtin: shipped,
      builtinVersion: '2.0.0',
      changed: () => {
        changes++;
      },
    });
    await next.refreshBuiltin();
    expect(changes).toBe(1);
    expect(await t.db.layers.get('builtin')).toMatchObject({ version: '2.0.0', count: 3 });
    const snapshot = await next.snapshot();
    expect(
      snapshot.rows.map((r) => [
        r.layer,
        r.entry.id,
        r.entry.alternatives.map((a) => a.text),
        r.hidden,
      ]),
    ).toEqual([
      ['own', 'reablement', ['short-term help'], false],
      ['builtin', 'reablement', ['help to get your skills back'], true],
      ['builtin', 'signpost', ['point you towards'], false],
      ['builtin', 'care-package', ['your support'], false],
    ]);
    // Your own edit still wins; the other built-in entries are the new ones.
    expect((await next.merged()).map((e) => [e.id, e.alternatives.map((a) => a.text)])).toEqual([
      ['reablement', ['short-term help']],
      ['signpost', ['point you towards']],
      ['care-package', ['your support']],
    ]);
    // Opening the same version again changes nothing.
    await next.refreshBuiltin();
    expect(changes).toBe(1);
  });

  it('the checker offers an edited alternative at once', async () => {
    const t = testCore(builtin);
    await t.core.refreshBuiltin();
    const changesBefore = t.changes;
    await t.core.saveEntry({
      ...builtin[0],
      alternatives: [{ text: 'getting back your skills', pos: 'phrase' }],
    });
    expect(t.changes).toBe(changesBefore + 1);
    const report = new Checker({ glossary: await t.core.merged() }).check('We offer reablement.');
    const finding = report.findings.find((f) => f.entryId === 'reablement');
    expect(finding?.suggestions.map((s) => s.text)).toContain('getting back your skills');
  });

  it('refuses your own entries when the organisation does not allow them', async () => {
    const t = testCore(builtin, { settings: { allowOwnEntries: false } });
    expect(
      await t.core.saveEntry(entry({ id: 'x', term: 'x', alternatives: ['y'] })),
    ).toMatchObject({
      ok: false,
    });
  });
});

describe('status lifecycle and history', () => {
  it('records what changed, when and by whom; deprecating needs a replacement', async () => {
    const t = testCore(builtin);
    const draft = entry({
      id: 'care-package',
      term: 'care package',
      alternatives: ['your support'],
      status: 'proposed',
    });
    expect(await t.core.saveEntry(draft)).toEqual({ ok: true });
    expect(await t.core.saveEntry({ ...draft, status: 'deprecated' })).toMatchObject({ ok: false });
    expect(await t.core.saveEntry({ ...draft, status: 'approved' })).toEqual({ ok: true });
    expect(await t.core.saveEntry({ ...draft, status: 'deprecated' })).toMatchObject({
      ok: false,
      problems: [{ field: 'replacedBy' }],
    });
    expect(
      await t.core.saveEntry({ ...draft, status: 'deprecated', replacedBy: 'reablement' }),
    ).toEqual({ ok: true });
    const history = await t.core.history('care-package');
    expect(history.map((h) => [h.what, h.by])).toEqual([
      ['edited: now deprecated', 'Sam'],
      ['edited: now approved', 'Sam'],
      ['added', 'Sam'],
    ]);
    expect(history[0]?.changes).toContainEqual({
      field: 'status',
      from: 'approved',
      to: 'deprecated',
    });
  });
});

describe('proposals', () => {
  it('accepting a new term makes a proposed entry; rejecting records who decided', async () => {
    const t = testCore(builtin);
    await t.core.propose([
      { term: 'Care Package', suggestion: 'your support', note: 'Families ask what it means' },
      { term: 'Signpost', suggestion: 'tell you about', note: '' },
      { term: 'void', suggestion: '', note: '' },
    ]);
    const byTerm = new Map((await t.core.proposals()).map((p) => [p.term, p]));
    const [voidP, signpostP, packageP] = ['void', 'Signpost', 'Care Package'].map((term) =>
      byTerm.get(term),
    );
    expect(await t.core.decide(packageP?.id, 'accept')).toEqual({
      ok: true,
      entryId: 'care-package',
    });
    const made = (await t.core.merged()).find((e) => e.id === 'care-package');
    expect(made).toMatchObject({
      status: 'proposed',
      alternatives: [{ text: 'your support', pos: 'phrase' }],
    });
    // An existing entry gets the suggestion as its last alternative and keeps its status.
    await t.core.decide(signpostP?.id, 'accept');
    expect((await t.core.merged()).find((e) => e.id === 'signpost')).toMatchObject({
      status: 'approved',
      alternatives: [
        { text: 'point you to', pos: 'verb' },
        { text: 'tell you about', pos: 'verb' },
      ],
    });
    await t.core.decide(voidP?.id, 'reject');
    expect((await t.core.proposals()).map((p) => [p.term, p.status, p.decidedBy]).sort()).toEqual([
      ['Care Package', 'accepted', 'Sam'],
      ['Signpost', 'accepted', 'Sam'],
      ['void', 'rejected', 'Sam'],
    ]);
  });
});

describe('statistics', () => {
  it('counts events per entry and nothing else', async () => {
    const t = testCore(builtin);
    await t.core.recordEvent('reablement', 'flagged');
    await t.core.recordEvent('reablement', 'flagged');
    await t.core.recordEvent('reablement', 'applied');
    expect(await t.core.stats()).toEqual([
      { entryId: 'reablement', flagged: 2, applied: 1, ignored: 0 },
    ]);
  });
});

describe('health', () => {
  it('finds duplicates, jargon in alternatives and definitions, and long text', () => {
    const issues = glossaryHealth([
      entry({ id: 'a', term: 'reablement', alternatives: ['signposting'] }),
      entry({ id: 'b', term: 'signpost', alternatives: ['point to'] }),
      entry({ id: 'c', term: 'sign post', alternatives: ['x'], definition: 'Word '.repeat(26) }),
      entry({
        id: 'd',
        term: 'dols',
        action: 'explain',
        definition: 'Not written yet.',
        easyRead: ['Word '.repeat(16)],
      }),
    ]);
    expect(issues.map((i) => [i.entryId, i.kind])).toEqual([
      ['c', 'duplicate'],
      ['a', 'jargon-in-alternative'],
      ['c', 'long-definition'],
      ['d', 'long-easy-read'],
      ['d', 'explain-without-definition'],
    ]);
  });
});
