/**
 * Importing a file into the glossary in use: a CSV file may name only some
 * columns, and an entry keeps every field the file does not name; an older
 * (version 1) file keeps what version 2 added. Each case is an entry in the
 * glossary, a file, and the exact entry the import makes.
 */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, glossaryToCsv } from '../../src/glossary/csv';
import { canonicalEntry, glossaryToFeed } from '../../src/glossary/feed';
import { mergeImport, type MergedImport } from '../../src/glossary/import';
import { describeProblem, readImport } from '../../src/glossary/read-file';
import type { GlossaryEntry } from '../../src/glossary/schema';
import { entry } from '../helpers';

const commissioning = entry({
  id: 'commissioning',
  term: 'commissioning',
  variants: ['commission'],
  kind: 'term',
  action: 'replace',
  pos: 'noun',
  alternatives: [
    { text: 'buying', pos: 'noun' },
    { text: 'buy', pos: 'verb' },
  ],
  definition: 'How a council plans and buys care.',
  advice: 'Say what the council buys.',
  easyRead: ['The council buys care for people.', 'This is called commissioning.'],
  audiences: ['plain', 'public', 'easy-read'],
  category: 'commissioning-system',
  match: { everyday: ['~ painting|portrait'] },
  agreedBy: 'Panel',
  examples: {
    flag: ['We commission care.', 'Commissioning is changing.'],
    ok: ['She painted a commissioned portrait.'],
    fixed: ['We buy care.', 'Buying is changing.'],
  },
});
const carer = entry({
  id: 'carer',
  term: 'carer',
  pos: 'noun',
  alternatives: ['family member who helps'],
  audiences: ['public', 'easy-read'],
  category: 'people-roles',
});
const glossary = [commissioning, carer];

function merge(fileName: string, text: string, current = glossary): MergedImport {
  const read = readImport(fileName, text);
  expect(read.problems.map(describeProblem)).toEqual([]);
  if (!read.file) throw new Error('no file');
  return mergeImport(read.file, current, CSV_COLUMNS);
}

const csv = (...lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

describe('a CSV file with only some columns', () => {
  it.each<[string, string, GlossaryEntry]>([
    [
      'definition and advice, by id',
      csv(
        'id,definition,advice',
        'commissioning,How a council chooses care to pay for.,Name what is bought.',
      ),
      {
        ...commissioning,
        definition: 'How a council chooses care to pay for.',
        advice: 'Name what is bought.',
      },
    ],
    [
      'the definition, matched by term in any capitals (no id column)',
      csv('term,definition', 'Commissioning,How a council chooses care to pay for.'),
      {
        ...commissioning,
        term: 'Commissioning',
        definition: 'How a council chooses care to pay for.',
      },
    ],
    [
      'an empty advice cell clears the advice',
      csv('id,advice', 'commissioning,'),
      (() => {
        const { advice: _advice, ...rest } = commissioning;
        return rest;
      })(),
    ],
    [
      'alternatives: without a part of speech they take the entry’s',
      csv('id,alternatives', 'commissioning,paying for; pay for [verb]'),
      {
        ...commissioning,
        alternatives: [
          { text: 'paying for', pos: 'noun' },
          { text: 'pay for', pos: 'verb' },
        ],
      },
    ],
    [
      'new sentences to flag drop the fixed ones, which fixed the old sentences',
      csv('id,examples_flag', 'commissioning,We commissioned it.; The commissioning team met.'),
      {
        ...commissioning,
        examples: {
          flag: ['We commissioned it.', 'The commissioning team met.'],
          ok: ['She painted a commissioned portrait.'],
        },
      },
    ],
    [
      'audiences',
      csv('id,audiences', 'commissioning,public; easy-read'),
      { ...commissioning, audiences: ['public', 'easy-read'] },
    ],
    [
      'a blank part of speech or kind leaves the entry’s',
      csv('id,pos,kind,severity', 'commissioning,,,suggestion'),
      { ...commissioning, severity: 'suggestion' },
    ],
    [
      'the matching, as JSON',
      csv('id,match', 'commissioning,"{""notAfter"": [""art""]}"'),
      { ...commissioning, match: { notAfter: ['art'] } },
    ],
  ])('%s', (_name, text, merged) => {
    const result = merge('team.csv', text);
    expect(result.problems.map(describeProblem)).toEqual([]);
    expect(result.entries?.map(canonicalEntry)).toEqual([canonicalEntry(merged)]);
    expect(result.summary.existing).toBe(1);
    expect(result.summary.added).toBe(0);
  });

  it('says which fields change, as the file names them', () => {
    expect(
      merge('a.csv', csv('id,definition,advice', 'carer,A person who helps.,')).summary,
    ).toEqual({
      format: 'csv',
      matchedBy: 'id',
      onlyFields: ['definition', 'advice'],
      existing: 1,
      added: 0,
    });
    expect(merge('a.csv', csv('term,easy_read', 'carer,One.; Two.')).summary.onlyFields).toEqual([
      'easy_read',
    ]);
  });

  it('adds a row that matches no entry when the file has the columns a new entry needs', () => {
    const text = csv(
      'term,variants,action,alternatives,definition,easy_read,category,severity,status,sources,agreed_by,agreed_on',
      'Care Hub,,replace,local centre,A place to get help near home.,,services-settings,warning,approved,team,,',
    );
    const result = merge('new.csv', text, [...glossary, entry({ id: 'care-hub', term: 'hub' })]);
    expect(result.problems).toEqual([]);
    expect(result.entries?.[0]?.id).toBe('care-hub-2');
    expect(result.summary).toMatchObject({ matchedBy: 'term', existing: 0, added: 1 });
  });

  it('says which columns a new entry needs, and which rows are new', () => {
    const result = merge(
      'a.csv',
      csv('term,definition', 'carer,Helps.', 'Care hub,A place.', 'Void,Empty.'),
    );
    expect(result.entries).toBeUndefined();
    expect(result.problems.map(describeProblem)).toEqual([
      'Row 1, column variants, action, alternatives, easy_read, category, severity, status, sources, agreed_by, agreed_on: are columns that are missing. A new entry needs them, and rows 3 and 4 are not in the glossary yet.',
    ]);
  });

  it('asks for an id column when a term belongs to two entries', () => {
    const twice = [commissioning, entry({ id: 'commissioning-2', term: 'Commissioning' })];
    const result = merge('a.csv', csv('term,advice', 'commissioning,Say who buys.'), twice);
    expect(result.problems.map(describeProblem)).toEqual([
      'Row 2, entry "commissioning", column term: is the term of more than one entry (commissioning, commissioning-2). Add an id column to say which one to change.',
    ]);
  });

  it('needs an id or a term column', () => {
    const read = readImport('a.csv', csv('definition', 'x'));
    expect(read.file).toBeUndefined();
    expect(read.problems.map(describeProblem)).toEqual([
      'Row 1: needs an id or a term column, so Plainly knows which entries to change.',
    ]);
  });

  it('names the row and column of a problem in a merged entry', () => {
    const result = merge(
      'a.csv',
      csv('id,status,definition', 'carer,maybe,', 'commissioning,approved,Fine.'),
    );
    expect(result.problems.map(describeProblem)).toEqual([
      'Row 2, entry "carer", column definition: is empty.',
      'Row 2, entry "carer", column status: must be one of: proposed, approved, deprecated, rejected.',
    ]);
  });
});

describe('version 1 files', () => {
  const v1Csv = csv(
    'id,term,variants,action,alternatives,definition,easy_read,category,severity,status,sources,agreed_by,agreed_on',
    'commissioning,commissioning,commission,replace,buying; buy,How a council plans and buys care.,The council buys care for people.; This is called commissioning.,commissioning-system,warning,approved,test,Panel,',
    'void,void,,replace,empty home,A home nobody lives in.,,housing,warning,approved,test,,',
  );

  it('an entry already in the glossary keeps its kind, audiences, advice, fixed sentences and parts of speech', () => {
    const result = merge('old.csv', v1Csv);
    expect(result.problems).toEqual([]);
    expect(result.entries?.[0]).toEqual(canonicalEntry(commissioning));
    // The file has only the thirteen core columns: the others (matching, examples) are kept too.
    expect(result.summary).toEqual({
      format: 'csv',
      upgradedFrom: 1,
      matchedBy: 'id',
      onlyFields: CSV_COLUMNS.filter((column) => column !== 'id'),
      existing: 1,
      added: 1,
    });
  });

  it('a new entry gets the version 1 defaults', () => {
    expect(merge('old.csv', v1Csv).entries?.[1]).toEqual({
      id: 'void',
      term: 'void',
      variants: [],
      kind: 'term',
      action: 'replace',
      alternatives: [{ text: 'empty home', pos: 'phrase' }],
      definition: 'A home nobody lives in.',
      easyRead: [],
      audiences: ['plain', 'public', 'easy-read'],
      category: 'housing',
      severity: 'warning',
      status: 'approved',
      sources: ['test'],
      pos: 'phrase',
    });
  });

  it('a version 1 JSON file is upgraded the same way', () => {
    const { kind: _k, audiences: _a, advice: _ad, ...old } = canonicalEntry(carer);
    const v1 = JSON.stringify({
      format: 'plainly-glossary',
      version: 1,
      entries: [
        { ...old, alternatives: ['family member who helps'], definition: 'A person who helps.' },
        {
          id: 'void',
          term: 'void',
          variants: [],
          action: 'rewrite',
          alternatives: [],
          definition: 'An empty home.',
          easyRead: [],
          category: 'housing',
          severity: 'warning',
          status: 'approved',
          sources: ['test'],
        },
      ],
    });
    const result = merge('old.json', v1);
    expect(result.problems).toEqual([]);
    expect(result.entries?.[0]).toEqual(
      canonicalEntry({ ...carer, definition: 'A person who helps.' }),
    );
    expect(result.entries?.[1]).toMatchObject({
      kind: 'style',
      pos: 'phrase',
      audiences: ['plain', 'public', 'easy-read'],
    });
    expect(result.summary).toEqual({
      format: 'json',
      upgradedFrom: 1,
      matchedBy: 'id',
      existing: 1,
      added: 1,
    });
  });
});

describe('whole files', () => {
  const everyField = entry({
    id: 'every-field',
    term: 'every field',
    variants: ['every-fielded'],
    abbreviations: ['EF'],
    kind: 'style',
    action: 'rewrite',
    pos: 'noun',
    alternatives: [
      { text: 'all', pos: 'noun' },
      { text: 'fill in', pos: 'verb' },
    ],
    definition: 'All the parts; of a form.',
    advice: 'Say which parts.',
    easyRead: ['One; two.', 'Three.'],
    audiences: ['public'],
    severity: 'suggestion',
    status: 'deprecated',
    replacedBy: 'carer',
    sources: ['=A source', 'Another'],
    match: {
      notBefore: ['x'],
      notAfter: ['y'],
      pos: ['noun'],
      everyday: ['~ of|in'],
      jargonWith: ['the ~'],
    },
    omitOk: true,
    agreedBy: '@Panel',
    agreedOn: '2026-10-02',
    coProduced: true,
    notes: 'Line one\nline two',
    examples: {
      flag: ['Every field here.', 'Every fields.'],
      ok: ['A field.'],
      fixed: ['All here.', 'Alls.'],
    },
  });

  it('a whole file you exported (CSV or JSON) imports as exactly the same glossary', () => {
    const current = [...glossary, everyField];
    for (const [name, text] of [
      ['all.csv', glossaryToCsv(current)],
      ['all.json', glossaryToFeed(current)],
    ] as const) {
      const result = merge(name, text, current);
      expect(result.problems, name).toEqual([]);
      expect(result.entries, name).toEqual(current.map(canonicalEntry));
      expect(result.summary.onlyFields, name).toBeUndefined();
      expect(result.summary.upgradedFrom, name).toBeUndefined();
    }
  });

  it('a JSON file replaces whole entries: a field it leaves out is removed, and an unknown one is named', () => {
    const { advice: _advice, ...noAdvice } = canonicalEntry(commissioning);
    const result = merge('a.json', glossaryToFeed([noAdvice as GlossaryEntry]));
    expect(result.entries).toEqual([noAdvice]);
    const odd = JSON.stringify({
      format: 'plainly-glossary',
      version: 2,
      entries: [{ ...noAdvice, colour: 'red' }, 'text'],
    });
    expect(merge('b.json', odd).problems.map(describeProblem)).toEqual([
      'entry "commissioning", colour: is not a field Plainly knows.',
      'entry "entry 2": is not an object.',
    ]);
  });
});
