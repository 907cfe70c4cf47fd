/** What the glossary editor says, word for word. */
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/glossary/diff';
import type { ImportSummary } from '../../src/glossary/import';
import {
  ACTIONS,
  AUDIENCES,
  CATEGORIES,
  KINDS,
  PARTS_OF_SPEECH,
  STATUSES,
} from '../../src/glossary/schema';
import type { GlossaryRow } from '../../src/glossary/search';
import labels from '../../dictionaries/glossary-labels.json';
import {
  changeInWords,
  entryUse,
  importPreviewLines,
  outsideChangeMessage,
  savedMessage,
  useHint,
} from '../../src/ui/glossary-messages';
import { entry } from '../helpers';

const e = (id: string) => entry({ id, term: id.replaceAll('-', ' ') });
function preview(counts: {
  added?: number;
  changed?: number;
  unchanged?: number;
  conflicting?: number;
}): ImportPreview {
  const list = (n = 0, name: string) => Array.from({ length: n }, (_, i) => e(`${name}-${i}`));
  return {
    added: list(counts.added, 'added'),
    changed: list(counts.changed, 'changed').map((x) => ({ entry: x, changes: [] })),
    unchanged: list(counts.unchanged, 'same'),
    conflicting: list(counts.conflicting, 'clash').map((x) => ({
      entry: x,
      otherId: 'other',
      phrase: x.term,
    })),
  };
}
const summary = (fields: Partial<ImportSummary> = {}): ImportSummary => ({
  format: 'csv',
  matchedBy: 'id',
  existing: 0,
  added: 0,
  ...fields,
});

describe('the import preview', () => {
  it.each<[string, ImportPreview, ImportSummary, string[]]>([
    [
      'a CSV file with only definition and advice columns',
      preview({ changed: 3 }),
      summary({ onlyFields: ['definition', 'advice'], existing: 3 }),
      [
        '3 entries will be updated: only definition and advice change; their other fields stay as they are.',
      ],
    ],
    [
      'one entry, one column',
      preview({ changed: 1, unchanged: 2 }),
      summary({ onlyFields: ['easy_read'], existing: 3 }),
      [
        '1 entry will be updated: only easy read changes; its other fields stay as they are.',
        '2 entries are the same as now and will not change.',
      ],
    ],
    [
      'a whole file',
      preview({ added: 2, changed: 1, unchanged: 1, conflicting: 1 }),
      summary({ existing: 2, added: 2 }),
      [
        '2 new entries will be added.',
        '1 entry will be changed.',
        '1 entry is the same as now and will not change.',
        '1 entry uses the same words as another entry. Your own entry will come first.',
      ],
    ],
    [
      'a version 1 file with entries already in the glossary and new ones',
      preview({ added: 1, changed: 2 }),
      summary({ upgradedFrom: 1, format: 'json', existing: 2, added: 1 }),
      [
        'This file uses the older version 1 format. Plainly will upgrade it: 2 entries already in the glossary keep their kind, who finds them jargon, advice for writers and parts of speech; 1 new entry is set as jargon for all three audiences and as a term readers meet (a style word if the action is “Ask the writer to say what they mean”), and its words to use instead take its part of speech.',
        '1 new entry will be added.',
        '2 entries will be changed.',
      ],
    ],
    [
      'a version 1 file of new entries',
      preview({ added: 3 }),
      summary({ upgradedFrom: 1, added: 3 }),
      [
        'This file uses the older version 1 format. Plainly will upgrade it: 3 new entries are set as jargon for all three audiences and as a term readers meet (a style word if the action is “Ask the writer to say what they mean”), and their words to use instead take their part of speech.',
        '3 new entries will be added.',
      ],
    ],
    ['an empty file', preview({}), summary(), ['The file has no entries.']],
  ])('%s', (_name, given, about, lines) => {
    expect(importPreviewLines(given, about)).toEqual(lines);
  });
});

describe('whether an entry is used when checking', () => {
  const plain = { profile: 'plain', includeProposed: false } as const;
  it.each([
    [{ status: 'approved', audiences: ['plain', 'public'] }, plain, 'used'],
    [{ status: 'proposed', audiences: ['plain'] }, { ...plain, includeProposed: true }, 'used'],
    [
      { status: 'proposed', audiences: ['plain'] },
      plain,
      'it is only proposed. Approve it, or turn on “Also use glossary entries that are proposed” in settings',
    ],
    [{ status: 'rejected', audiences: ['plain'] }, plain, 'it is rejected'],
    [{ status: 'deprecated', audiences: ['plain'] }, plain, 'its status is “No longer used”'],
    [
      { status: 'approved', audiences: ['public', 'easy-read'] },
      plain,
      'it is jargon only for Public (letters, leaflets and web pages) and Easy read, and your writing style in settings is Plain (staff papers)',
    ],
  ] as const)('%j with %j: %s', (given, settings, expected) => {
    const use = entryUse({ ...given, audiences: [...given.audiences] }, settings);
    expect(use.used ? 'used' : use.why).toBe(expected);
  });

  it('says so in the form and after saving', () => {
    const plain = { profile: 'plain', includeProposed: false } as const;
    const used = { term: 'care hub', status: 'approved', audiences: ['plain'] } as const;
    const unused = { ...used, status: 'proposed' } as const;
    const copy = <T extends { audiences: readonly string[] }>(x: T) => ({
      ...x,
      audiences: [...x.audiences] as ('plain' | 'public' | 'easy-read')[],
    });
    expect(useHint(copy(used), plain)).toBe(
      'Plainly will use this entry when checking as soon as you save it: open fields and the side panel check again.',
    );
    expect(useHint(copy(unused), plain)).toBe(
      'Plainly will not use this entry in your checks: it is only proposed. Approve it, or turn on “Also use glossary entries that are proposed” in settings.',
    );
    expect(savedMessage(copy(used), plain, 'care-hub')).toBe(
      'Added “care hub”. Its id is care-hub. Plainly uses it when checking, straight away.',
    );
    expect(savedMessage(copy(unused), plain)).toBe(
      'Saved “care hub”. Plainly does not use it in your checks: it is only proposed. Approve it, or turn on “Also use glossary entries that are proposed” in settings.',
    );
  });
});

describe('a change made outside this tab', () => {
  const row = (id: string, layer = 'own', definition = `What ${id} means.`): GlossaryRow => ({
    entry: entry({ id, term: id, definition }),
    layer,
    layerName: layer === 'own' ? 'Your own' : 'Built-in',
    hidden: false,
  });
  it.each<[string, GlossaryRow[], GlossaryRow[], string | undefined]>([
    ['nothing', [row('a')], [row('a')], undefined],
    [
      'one entry added in another tab',
      [row('a')],
      [row('a'), row('b')],
      '“b” was added in another tab or window. The list is up to date.',
    ],
    [
      'one entry changed',
      [row('a')],
      [row('a', 'own', 'New.')],
      '“a” was changed in another tab or window. The list is up to date.',
    ],
    [
      'one entry removed',
      [row('a'), row('b')],
      [row('a')],
      '“b” was removed in another tab or window. The list is up to date.',
    ],
    [
      'several changes',
      [row('a'), row('b'), row('c')],
      [row('a', 'own', 'New.'), row('d'), row('e')],
      'The glossary changed in another tab or window: 2 entries added, 1 entry changed and 2 entries removed. The list is up to date.',
    ],
    [
      'your own version of a built-in entry, saved in another tab',
      [row('a', 'builtin')],
      [row('a', 'own', 'New.'), { ...row('a', 'builtin'), hidden: true }],
      '“a” was changed in another tab or window. The list is up to date.',
    ],
    [
      'your own version removed in another tab: the built-in one is used again',
      [row('a', 'own', 'New.'), { ...row('a', 'builtin'), hidden: true }],
      [row('a', 'builtin')],
      '“a” was changed in another tab or window. The list is up to date.',
    ],
    [
      'a feed or an update',
      [row('a', 'builtin')],
      [row('a', 'builtin', 'New.')],
      '“a” was changed outside this tab. The list is up to date.',
    ],
  ])('%s', (_name, before, after, message) => {
    expect(outsideChangeMessage(before, after)).toBe(message);
  });
});

describe('the glossary’s codes in words', () => {
  it.each([
    ['categories', CATEGORIES],
    ['audiences', AUDIENCES],
    ['kinds', KINDS],
    ['statuses', STATUSES],
    ['statusHelp', STATUSES],
    ['actions', ACTIONS],
    ['actionHelp', ACTIONS],
    ['partsOfSpeech', PARTS_OF_SPEECH],
  ] as const)('%s: every code has words, and there are no others', (table, codes) => {
    const words = labels[table] as Record<string, string>;
    expect(Object.keys(words).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(words[code]?.trim(), code).not.toBe('');
  });
});

describe('an entry’s history', () => {
  it.each([
    [
      { field: 'category', from: 'housing', to: 'services-settings' },
      'category: “Housing” → “Services and settings”',
    ],
    [
      { field: 'audiences', from: 'plain; public', to: 'public' },
      'audiences: “Plain (staff papers); Public (letters, leaflets and web pages)” → “Public (letters, leaflets and web pages)”',
    ],
    [
      { field: 'status', from: 'approved', to: 'deprecated' },
      'status: “Approved” → “No longer used”',
    ],
    [{ field: 'easyRead', from: 'One.', to: 'One.; Two.' }, 'easy read: “One.” → “One.; Two.”'],
    [{ field: 'definition', from: '', to: 'A place.' }, 'definition: “” → “A place.”'],
  ])('%j reads %j', (change, text) => {
    expect(changeInWords(change)).toBe(text);
  });
});
