/** Version 1 glossary files and CSV rows are read as format version 2, losing nothing. */
import { describe, expect, it } from 'vitest';
import { formatAlternative, parseAlternative } from '../../src/glossary/alternatives';
import { glossaryToCsv, parseGlossaryCsv } from '../../src/glossary/csv';
import { glossaryToFeed, parseGlossaryJson } from '../../src/glossary/feed';
import { validateGlossaryFile } from '../../src/glossary/validate';
import { entry } from '../helpers';

const v1Entry = {
  id: 'commissioning',
  term: 'commissioning',
  variants: ['commission'],
  action: 'replace',
  alternatives: ['buying', 'arranging'],
  definition: 'How the council plans and buys care.',
  easyRead: ['The council buys care for people.'],
  category: 'commissioning-system',
  severity: 'warning',
  status: 'approved',
  sources: ['test'],
  pos: 'noun',
};

describe('version 1 files', () => {
  it('upgrades every entry: alternatives get the part of speech, and kind and audiences are added', () => {
    const result = validateGlossaryFile({
      format: 'plainly-glossary',
      version: 1,
      entries: [
        v1Entry,
        {
          ...v1Entry,
          id: 'robust',
          term: 'robust',
          variants: [],
          action: 'rewrite',
          alternatives: ['strong'],
          pos: undefined,
        },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.upgradedFrom).toBe(1);
    expect(result.file?.version).toBe(2);
    expect(result.file?.entries).toEqual([
      {
        ...v1Entry,
        alternatives: [
          { text: 'buying', pos: 'noun' },
          { text: 'arranging', pos: 'noun' },
        ],
        kind: 'term',
        audiences: ['plain', 'public', 'easy-read'],
      },
      {
        ...v1Entry,
        id: 'robust',
        term: 'robust',
        variants: [],
        action: 'rewrite',
        alternatives: [{ text: 'strong', pos: 'phrase' }],
        pos: 'phrase',
        kind: 'style',
        audiences: ['plain', 'public', 'easy-read'],
      },
    ]);
  });

  it('reports the problems of a version 1 entry after upgrading it, by entry and field', () => {
    const result = validateGlossaryFile({
      format: 'plainly-glossary',
      version: 1,
      entries: [{ ...v1Entry, category: 'misc', alternatives: ['buying', 7] }],
    });
    expect(result.problems.map((p) => `${p.entry} ${p.field}: ${p.problem}`)).toEqual([
      'commissioning alternatives.2: must have "text" and "pos"',
      'commissioning category: must be one of: approaches-values, people-roles, assessment-money, services-settings, safeguarding-law, mental-health, health-nhs, housing, commissioning-system, meetings-reports',
    ]);
  });

  it('gives back the same glossary after export and import, as JSON and as CSV', () => {
    const entries = [
      entry({
        id: 'commission',
        term: 'commission',
        pos: 'verb',
        alternatives: ['buy', { text: 'buying', pos: 'noun' }],
        advice: 'Say what the council buys.',
        audiences: ['public', 'easy-read'],
        match: { pos: ['verb', 'noun'], everyday: ['~ painting|portrait', 'out of ~'] },
        examples: {
          flag: ['We commission home care.'],
          ok: ['She commissioned a painting.'],
          fixed: ['We buy home care.'],
        },
      }),
    ];
    expect(parseGlossaryJson(glossaryToFeed(entries)).file?.entries).toEqual(entries);
    expect(parseGlossaryCsv(glossaryToCsv(entries)).entries).toEqual(entries);
  });
});

describe('alternatives written as text', () => {
  it.each([
    ['buy', 'verb', { text: 'buy', pos: 'verb' }],
    ['buyer [noun]', 'verb', { text: 'buyer', pos: 'noun' }],
    ['  money for support [noun] ', 'phrase', { text: 'money for support', pos: 'noun' }],
    ['a [note] here', 'noun', { text: 'a [note] here', pos: 'noun' }],
  ] as const)('reads %j as %j', (text, pos, expected) => {
    expect(parseAlternative(text, pos)).toEqual(expected);
  });

  it('writes the part of speech only when it is not the entry’s', () => {
    expect(formatAlternative({ text: 'buy', pos: 'verb' }, 'verb')).toBe('buy');
    expect(formatAlternative({ text: 'buyer', pos: 'noun' }, 'verb')).toBe('buyer [noun]');
  });

  it('reads a version 1 CSV row (no kind, audiences or part of speech) as version 2', () => {
    const csv =
      'id,term,variants,action,alternatives,definition,easy_read,category,severity,status,sources,agreed_by,agreed_on\r\n' +
      'void,void,,replace,empty room; empty home,A home nobody lives in.,,housing,warning,approved,test,,\r\n';
    expect(parseGlossaryCsv(csv)).toEqual({
      problems: [],
      entries: [
        {
          id: 'void',
          term: 'void',
          variants: [],
          action: 'replace',
          alternatives: [
            { text: 'empty room', pos: 'phrase' },
            { text: 'empty home', pos: 'phrase' },
          ],
          definition: 'A home nobody lives in.',
          easyRead: [],
          category: 'housing',
          severity: 'warning',
          status: 'approved',
          sources: ['test'],
          pos: 'phrase',
          kind: 'term',
          audiences: ['plain', 'public', 'easy-read'],
        },
      ],
    });
  });
});
