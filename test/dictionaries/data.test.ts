/**
 * Checks the data in dictionaries/ without the engine: every file parses, is
 * sorted and formatted the same way, and every entry follows the schema and
 * the house rules (short definitions, short easy read sentences, no clashes
 * between lists). test/dictionaries/examples.test.ts runs the examples
 * through the engine.
 */
import { readFileSync } from 'node:fs';
import { alternativeTexts } from '../../src/glossary/alternatives';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript build script with no type declarations
import { simplifyData } from '../../scripts/import-retext-simplify.mjs';
import {
  CATEGORIES,
  DEFINITION_MAX_WORDS,
  EASY_READ_MAX_WORDS,
  type GlossaryEntry,
  type WordListEntry,
} from '../../src/glossary/schema';
import { unknownContextAlternatives, validateEntry } from '../../src/glossary/validate';
import { readerTextProblem } from '../../src/glossary/reader-text';
import { entryLimitProblems } from '../../src/glossary/limits';

const ROOT = new URL('../../dictionaries/', import.meta.url);

function readText(path: string): string {
  return readFileSync(new URL(path, ROOT), 'utf8');
}

function readJson<T>(path: string): T {
  return JSON.parse(readText(path)) as T;
}

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

/** How the matcher sees a phrase: case, spaces, hyphens and apostrophes do not count. */
const phraseKey = (phrase: string) => phrase.toLowerCase().replace(/[\s\-‐‑–'’.]+/g, '');

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const GLOSSARY_FILES = CATEGORIES.map((category) => `glossary/${category}.json`);
const SORTED_BY_ID = [...GLOSSARY_FILES, 'respectful.json', 'plain-words/uk.json'];

const glossary: GlossaryEntry[] = GLOSSARY_FILES.flatMap((path) => readJson<GlossaryEntry[]>(path));
const respectful = readJson<WordListEntry[]>('respectful.json');
const ukPlainWords = readJson<WordListEntry[]>('plain-words/uk.json');
const simplify = readJson<{
  source: string;
  patterns: Record<string, { replace: string[]; omit: boolean }>;
}>('plain-words/retext-simplify.json');
const simplifyOff = readJson<{ phrase: string; reason: string }[]>(
  'plain-words/retext-simplify-off.json',
);
const acronyms = readJson<{
  about: string;
  allowed: string[];
  allowedInEasyRead: string[];
  smallWords: string[];
}>('acronyms.json');
const irregularVerbs = readJson<string[][]>('irregular-verbs.json');
const sentenceBreaks = readJson<{
  about: string;
  noBreakAfter: string[];
  beforeNumber: string[];
  letteredAfter: string[];
}>('sentence-breaks.json');
const accessibility = readJson<{
  about: string;
  vagueLinks: string[];
  placeholderTitles: string[];
  genericAltText: string[];
  vagueButtons: string[];
}>('accessibility.json');
const readingAge = readJson<{
  about: string;
  bands: { upTo: number; label: string }[];
  top: number;
  aboveTop: string;
}>('reading-age.json');

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) twice.add(value);
    seen.add(value);
  }
  return [...twice];
}

function unsorted(values: readonly string[]): string[] {
  const problems: string[] = [];
  for (let i = 1; i < values.length; i++) {
    const before = values[i - 1] as string;
    const here = values[i] as string;
    if (before >= here) problems.push(`"${here}" comes after "${before}"`);
  }
  return problems;
}

describe('every dictionaries file', () => {
  it.each(SORTED_BY_ID)('%s is sorted by id', (path) => {
    const ids = readJson<{ id: string }[]>(path).map((item) => item.id);
    expect(unsorted(ids)).toEqual([]);
  });

  it('the switched-off list is sorted by phrase', () => {
    expect(unsorted(simplifyOff.map((item) => item.phrase))).toEqual([]);
  });
});

describe('glossary', () => {
  it('has at least 150 entries and every category has some', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(150);
    for (const category of CATEGORIES) {
      expect(
        glossary.filter((entry) => entry.category === category).length,
        `${category} has no entries`,
      ).toBeGreaterThan(0);
    }
  });

  it('every entry passes the validator', () => {
    const problems = glossary.flatMap((entry, index) => validateEntry(entry, index).problems);
    expect(problems).toEqual([]);
  });

  it('every entry fits the limits an imported glossary must keep, so it can be exported and imported again', () => {
    const problems = glossary.flatMap((entry) =>
      entryLimitProblems(entry as GlossaryEntry).map((p) => `${entry.id}: ${p.field} ${p.problem}`),
    );
    expect(problems).toEqual([]);
  });

  it.each(CATEGORIES)('every entry in glossary/%s.json has that category', (category) => {
    const wrong = readJson<GlossaryEntry[]>(`glossary/${category}.json`)
      .filter((entry) => entry.category !== category)
      .map((entry) => `${entry.id} says ${entry.category}`);
    expect(wrong).toEqual([]);
  });

  it('ids and terms are unique across all files', () => {
    expect(duplicates(glossary.map((entry) => entry.id))).toEqual([]);
    expect(duplicates(glossary.map((entry) => entry.term.toLowerCase()))).toEqual([]);
  });

  it('no two entries share a term, variant or abbreviation', () => {
    // (A case-sensitive entry may write one phrase in two ways: "Early Help
    // assessment", "early help assessment".)
    const phrases = glossary.flatMap((entry) => [
      ...new Set([entry.term, ...entry.variants].map((phrase) => `${phraseKey(phrase)}`)),
    ]);
    expect(duplicates(phrases)).toEqual([]);
    const twice = glossary.flatMap((entry) =>
      entry.match?.caseSensitive
        ? []
        : duplicates([entry.term, ...entry.variants].map(phraseKey)).map(
            (key) => `${entry.id}: ${key}`,
          ),
    );
    expect(twice).toEqual([]);
    const shorts = glossary.flatMap((entry) => [
      ...new Set((entry.abbreviations ?? []).map((a) => a.toUpperCase())),
    ]);
    expect(duplicates(shorts)).toEqual([]);
  });

  it('ids are kebab-case and every entry is approved', () => {
    const problems = glossary
      .filter((entry) => !ID_PATTERN.test(entry.id) || entry.status !== 'approved')
      .map((entry) => `${entry.id}: ${entry.status}`);
    expect(problems).toEqual([]);
  });

  it(`definitions have at most ${DEFINITION_MAX_WORDS} words and easy read sentences at most ${EASY_READ_MAX_WORDS}`, () => {
    const problems: string[] = [];
    for (const entry of glossary) {
      if (words(entry.definition) > DEFINITION_MAX_WORDS) {
        problems.push(`${entry.id}: definition has ${words(entry.definition)} words`);
      }
      if (entry.easyRead.length < 2 || entry.easyRead.length > 4) {
        problems.push(
          `${entry.id}: easy read has ${entry.easyRead.length} sentences (2 to 4 wanted)`,
        );
      }
      for (const sentence of entry.easyRead) {
        if (words(sentence) > EASY_READ_MAX_WORDS) {
          problems.push(
            `${entry.id}: easy read sentence has ${words(sentence)} words: ${sentence}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('definitions say what the word means: none gives an instruction or describes the word', () => {
    // The same rule refuses such a definition in the editor and in an import.
    const problems = glossary.flatMap((entry) => {
      const problem = readerTextProblem(entry.definition);
      return problem
        ? [`${entry.id}: ${problem.kind} (${problem.words}): ${entry.definition}`]
        : [];
    });
    expect(problems).toEqual([]);
  });

  it('explain entries have a definition; replace and respectful entries have alternatives', () => {
    const problems: string[] = [];
    for (const entry of glossary) {
      if (entry.action === 'explain' && entry.definition.trim() === '')
        problems.push(`${entry.id}: no definition`);
      if (
        (entry.action === 'replace' || entry.action === 'respectful') &&
        entry.alternatives.length === 0
      ) {
        problems.push(`${entry.id}: no alternatives`);
      }
      if (entry.action === 'expand' && (entry.abbreviations ?? []).length === 0) {
        problems.push(`${entry.id}: expand entries need an abbreviation`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('alternatives can be put in place of the term as they are', () => {
    const problems = glossary.flatMap((entry) =>
      alternativeTexts(entry)
        .filter(
          (text) =>
            /[[\]()<>{}…/]|\.\.\.|\bsay what\b|\bname of\b/i.test(text) || text !== text.trim(),
        )
        .map((text) => `${entry.id}: "${text}"`),
    );
    expect(problems).toEqual([]);
  });

  it('every entry has a part of speech, sources and examples (2+ to flag, 1+ not to flag)', () => {
    const problems: string[] = [];
    for (const entry of glossary) {
      if (entry.pos === undefined) problems.push(`${entry.id}: no pos`);
      if (entry.sources.length === 0) problems.push(`${entry.id}: no sources`);
      if ((entry.examples?.flag.length ?? 0) < 2)
        problems.push(`${entry.id}: fewer than 2 flag examples`);
      if ((entry.examples?.ok.length ?? 0) < 1) problems.push(`${entry.id}: no ok example`);
    }
    expect(problems).toEqual([]);
  });

  it('variants are not the term itself', () => {
    const problems = glossary.flatMap((entry) =>
      entry.variants
        .filter((variant) =>
          entry.match?.caseSensitive
            ? variant === entry.term
            : phraseKey(variant) === phraseKey(entry.term),
        )
        .map((variant) => `${entry.id}: "${variant}"`),
    );
    expect(problems).toEqual([]);
  });
});

describe('respectful and UK plain-words lists', () => {
  const lists = [
    ['respectful.json', respectful],
    ['plain-words/uk.json', ukPlainWords],
  ] as const;
  // Their shape is checked by test/dictionaries/schemas.test.ts.
  it.each(lists)('%s names only its own alternatives in match.alternativesWith', (_path, list) => {
    const problems = list.flatMap((item) =>
      unknownContextAlternatives(item.match, item.alternatives, item.id),
    );
    expect(problems).toEqual([]);
  });

  it.each(lists)('%s notes are short', (_path, list) => {
    const long = list.filter(
      (item) => item.note !== undefined && words(item.note) > DEFINITION_MAX_WORDS,
    );
    expect(long.map((item) => item.id)).toEqual([]);
  });

  it.each(lists)('%s has at least 22 entries', (_path, list) => {
    expect(list.length).toBeGreaterThanOrEqual(22);
  });

  it('ids and phrases are unique across both lists and the glossary', () => {
    const items = [...respectful, ...ukPlainWords];
    expect(
      duplicates([...items.map((item) => item.id), ...glossary.map((entry) => entry.id)]),
    ).toEqual([]);
    const glossaryPhrases = new Set(
      glossary.flatMap((entry) => [entry.term, ...entry.variants].map(phraseKey)),
    );
    const listPhrases = items.flatMap((item) => item.phrases.map(phraseKey));
    expect(duplicates(listPhrases)).toEqual([]);
    expect(listPhrases.filter((phrase) => glossaryPhrases.has(phrase))).toEqual([]);
  });

  it('UK plain words do not repeat retext-simplify phrases', () => {
    const simplifyPhrases = new Set(Object.keys(simplify.patterns).map(phraseKey));
    const repeats = ukPlainWords.flatMap((item) =>
      item.phrases.filter((phrase) => simplifyPhrases.has(phraseKey(phrase))),
    );
    expect(repeats).toEqual([]);
  });

  it('never lists "disabled people", "disabled person" or "living with dementia"', () => {
    const banned = ['disabled people', 'disabled person', 'disabled', 'living with dementia'].map(
      phraseKey,
    );
    const hits = respectful.flatMap((item) =>
      item.phrases.filter((phrase) => banned.includes(phraseKey(phrase))),
    );
    expect(hits).toEqual([]);
  });
});

describe('retext-simplify', () => {
  it('the copy in dictionaries/ matches the installed package', () => {
    expect(simplify).toEqual(simplifyData());
  });

  it('every switched-off phrase is in retext-simplify, once, with a reason', () => {
    const problems = simplifyOff
      .filter((item) => !(item.phrase in simplify.patterns) || item.reason.trim() === '')
      .map((item) => item.phrase);
    expect(problems).toEqual([]);
    expect(duplicates(simplifyOff.map((item) => item.phrase))).toEqual([]);
  });

  it('phrases the glossary covers are switched off', () => {
    const off = new Set(simplifyOff.map((item) => item.phrase));
    const glossaryPhrases = new Set(
      glossary.flatMap((entry) => [entry.term, ...entry.variants].map(phraseKey)),
    );
    const clashes = Object.keys(simplify.patterns).filter(
      (phrase) => glossaryPhrases.has(phraseKey(phrase)) && !off.has(phrase),
    );
    expect(clashes).toEqual([]);
  });
});

describe('acronyms and irregular verbs', () => {
  it('acronym lists are sorted, unique and easy read allows only known ones', () => {
    expect(unsorted(acronyms.allowed)).toEqual([]);
    expect(unsorted(acronyms.allowedInEasyRead)).toEqual([]);
    expect(acronyms.allowedInEasyRead.filter((short) => !acronyms.allowed.includes(short))).toEqual(
      [],
    );
  });

  it('the small words in a written-out abbreviation are sorted, unique and lower case', () => {
    expect(unsorted(acronyms.smallWords)).toEqual([]);
    expect(acronyms.smallWords.filter((word) => !/^(?:[a-z]+|&)$/.test(word))).toEqual([]);
  });

  it('no allowed acronym is a glossary abbreviation', () => {
    const shorts = new Set(
      glossary.flatMap((entry) => (entry.abbreviations ?? []).map((a) => a.toUpperCase())),
    );
    expect(acronyms.allowed.filter((short) => shorts.has(short.toUpperCase()))).toEqual([]);
  });

  it('irregular verbs are [base, past, past participle] in lower case, sorted by base', () => {
    const problems = irregularVerbs
      .filter((row) => row.length !== 3 || row.some((word) => !/^[a-z]+$/.test(word)))
      .map((row) => row.join(', '));
    expect(problems).toEqual([]);
    expect(unsorted(irregularVerbs.map((row) => row[0] as string))).toEqual([]);
    expect(irregularVerbs.length).toBeGreaterThanOrEqual(80);
  });
});

/** Problems with a list of words or phrases: out of order, repeated or not like `allowed`. */
function listProblems(list: readonly string[], allowed: RegExp): string[] {
  return [
    ...unsorted(list),
    ...list.filter((item) => !allowed.test(item)).map((item) => `"${item}" is not ${allowed}`),
  ];
}

describe('word lists for the code', () => {
  it.each([
    ['acronyms.json', acronyms.about],
    ['sentence-breaks.json', sentenceBreaks.about],
    ['accessibility.json', accessibility.about],
    ['reading-age.json', readingAge.about],
  ])('%s says what each list is and which code uses it', (path, about) => {
    expect(about.length, path).toBeGreaterThan(50);
    expect(about, path).toMatch(/src\/\S+\.ts/);
  });

  it('words a full stop follows without ending a sentence are sorted, unique and lower case', () => {
    expect(listProblems(sentenceBreaks.noBreakAfter, /^[a-z]+$/)).toEqual([]);
    expect(listProblems(sentenceBreaks.letteredAfter, /^[a-z]+$/)).toEqual([]);
    expect(listProblems(sentenceBreaks.beforeNumber, /^[a-z]+$/)).toEqual([]);
    expect(sentenceBreaks.noBreakAfter.length).toBeGreaterThanOrEqual(15);
  });

  it.each(['vagueLinks', 'genericAltText', 'vagueButtons'] as const)(
    'accessibility %s is sorted, unique and lower case',
    (key) => {
      expect(listProblems(accessibility[key], /^[a-z]+(?: [a-z]+)*$/)).toEqual([]);
      expect(accessibility[key].length).toBeGreaterThanOrEqual(5);
    },
  );

  it('placeholder titles are sorted, unique, lower case, with # only for a number at the end', () => {
    expect(listProblems(accessibility.placeholderTitles, /^[a-z]+(?: [a-z]+)*(?: ?#)?$/)).toEqual(
      [],
    );
  });

  it('alt texts are single words: the code adds the optional number', () => {
    expect(accessibility.genericAltText.filter((word) => !/^[a-z]+$/.test(word))).toEqual([]);
  });

  it('reading age bands go up in whole years, each with a plain label, below the top', () => {
    const ages = readingAge.bands.map((band) => band.upTo);
    expect(
      ages.every((age, i) => Number.isInteger(age) && (i === 0 || age > (ages[i - 1] ?? 0))),
    ).toBe(true);
    expect(readingAge.top).toBe((ages.at(-1) ?? 0) + 1);
    for (const label of [...readingAge.bands.map((band) => band.label), readingAge.aboveTop]) {
      expect(label).toMatch(/^[a-z][a-z :]*[a-z]$/);
    }
  });
});
