/**
 * Every file in dictionaries/ has a schema here, and follows it: the right
 * fields and no others, no empty text, and word lists sorted, without
 * repeats, in the case the code compares them in. A new file with no schema
 * fails the first test. test/dictionaries/data.test.ts adds the house rules
 * that need more than one file (clashes between lists, short definitions).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  AUDIENCES,
  CATEGORIES,
  entrySchema,
  KINDS,
  PARTS_OF_SPEECH,
  STATUSES,
  wordListAlternativeSchema,
  wordListEntrySchema,
  matchSchema,
} from '../../src/glossary/schema';
import { v } from '../../src/validation/index';

const ROOT = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** Text with something in it. */
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'));

/** A list of words or phrases with no repeats; sorted unless `sorted` is false; lower case unless `lower` is false. */
function wordList({ sorted = true, lower = true } = {}) {
  return v.pipe(
    v.array(text),
    v.minLength(1, 'is empty'),
    v.check((list) => new Set(list).size === list.length, 'has a word twice'),
    v.check(
      (list) => !sorted || list.every((w, i) => i === 0 || (list[i - 1] as string) < w),
      'is not sorted',
    ),
    v.check((list) => !lower || list.every((w) => w === w.toLowerCase()), 'is not all lower case'),
  );
}

/** One label for each of `codes`, and no others. */
function labelsFor(codes: readonly string[]) {
  return v.strictObject(Object.fromEntries(codes.map((code) => [code, text])));
}

const about = text;

const SCHEMAS: Record<string, v.GenericSchema> = {
  ...Object.fromEntries(
    CATEGORIES.map((category) => [`glossary/${category}.json`, v.array(entrySchema)]),
  ),
  'accessibility.json': v.strictObject({
    about,
    vagueLinks: wordList(),
    placeholderTitles: wordList(),
    genericAltText: wordList(),
    vagueButtons: wordList(),
  }),
  'acronyms.json': v.strictObject({
    about,
    allowed: wordList({ lower: false }),
    allowedInEasyRead: wordList({ lower: false }),
    smallWords: wordList(),
    digitWords: v.record(v.pipe(v.string(), v.regex(/^\d$/)), wordList()),
    numberedBy: wordList(),
    titles: wordList(),
    jobGrades: wordList(),
    labels: wordList({ lower: false }),
    wordLike: wordList({ lower: false }),
  }),
  'care-topic.json': v.strictObject({
    about,
    phrases: wordList(),
    longerNames: wordList(),
    sharedTerms: wordList(),
  }),
  'document-parts.json': v.strictObject({
    about,
    attendanceLabels: wordList(),
    linkListHeadings: wordList(),
    signOffs: wordList(),
    referenceHeadings: wordList(),
  }),
  'glossary-labels.json': v.strictObject({
    about,
    categories: labelsFor(CATEGORIES),
    audiences: labelsFor(AUDIENCES),
    kinds: labelsFor(KINDS),
    statuses: labelsFor(STATUSES),
    statusHelp: labelsFor(STATUSES),
    actions: labelsFor(ACTIONS),
    actionHelp: labelsFor(ACTIONS),
    partsOfSpeech: labelsFor(PARTS_OF_SPEECH),
  }),
  'grammar.json': v.strictObject({
    about,
    participleAfter: wordList(),
    between: wordList(),
    anBefore: wordList(),
    aBefore: wordList(),
    doubleFinal: wordList(),
    determiners: wordList(),
    beforeVerb: wordList(),
    beforeThirdPerson: wordList(),
    afterShortName: wordList(),
    particles: wordList(),
    objectPronouns: wordList(),
    questionWords: wordList(),
    modals: wordList(),
    ownWords: wordList(),
    notQuantifiers: wordList(),
    verbPrefixes: wordList(),
    notPrefixed: wordList(),
    describingIng: wordList(),
    describingEndings: wordList(),
    keptTogether: wordList(),
  }),
  'irregular-verbs.json': v.pipe(
    v.array(v.tuple([text, text, text])),
    v.check(
      (verbs) => verbs.every((forms, i) => i === 0 || (verbs[i - 1]?.[0] as string) < forms[0]),
      'is not sorted by base form',
    ),
  ),
  'noun-phrases.json': v.strictObject({
    about,
    uncountable: wordList(),
    phraseBreaks: wordList(),
    pluralVerbs: v.record(text, text),
    notNouns: wordList(),
    pluralBefore: wordList(),
    singularBefore: wordList(),
    irregularPlurals: wordList(),
    prepositions: wordList(),
    complementStarts: wordList(),
    clauseWords: wordList(),
    notDescribing: wordList(),
    otherNounStarts: wordList(),
    describingHalves: wordList(),
    pointBack: wordList(),
    plainHeads: wordList(),
  }),
  'number-words.json': v.strictObject({
    about,
    numbers: v.record(text, v.pipe(v.number(), v.integer(), v.minValue(1))),
    oneNotAfter: wordList(),
    oneNotBefore: wordList(),
  }),
  'passive-voice.json': v.strictObject({
    about,
    beVerbs: wordList(),
    between: wordList(),
    notParticiples: wordList(),
    idioms: wordList(),
    actorMatters: wordList(),
    modals: wordList(),
    eedParticiples: wordList(),
    personSubjects: v.record(text, text),
    writers: wordList(),
    byTime: wordList(),
    byAmount: wordList(),
    askReader: wordList(),
    actorAdverbs: wordList(),
    actorPhrases: wordList(),
    formulas: wordList(),
    recommendationVerbs: wordList(),
    recommendations: wordList(),
    resolutions: wordList(),
    personNouns: wordList(),
    particles: wordList(),
    hospitality: wordList(),
    minutesSubjects: wordList(),
    meetingVerbs: wordList(),
    indefiniteSubjects: wordList(),
    thingStarts: wordList(),
    thingEnds: wordList(),
    takeObject: wordList(),
    timeWords: wordList(),
  }),
  'plain-words/retext-simplify.json': v.strictObject({
    source: text,
    patterns: v.record(text, v.strictObject({ replace: v.array(text), omit: v.boolean() })),
  }),
  'plain-words/retext-simplify-off.json': v.pipe(
    v.array(v.strictObject({ phrase: text, reason: text })),
    v.minLength(1),
  ),
  'plain-words/retext-simplify-pos.json': v.strictObject({
    about,
    entries: v.record(
      text,
      v.strictObject({
        pos: v.exactOptional(v.picklist(PARTS_OF_SPEECH)),
        alternatives: v.exactOptional(v.array(wordListAlternativeSchema)),
        everyday: v.exactOptional(v.array(text)),
        match: v.exactOptional(matchSchema),
        omit: v.exactOptional(v.boolean()),
        examples: v.exactOptional(v.strictObject({ flag: v.array(text), ok: v.array(text) })),
      }),
    ),
  }),
  'plain-words/uk.json': v.array(wordListEntrySchema),
  'readability-uk.json': v.strictObject({ about, words: wordList(), everydayLong: wordList() }),
  'reader-text.json': v.strictObject({
    about,
    instructionStarts: wordList(),
    notInstructions: wordList(),
    instructionAnywhere: wordList(),
    describesWord: wordList(),
  }),
  'reading-age.json': v.strictObject({
    about,
    bands: v.array(v.strictObject({ upTo: v.pipe(v.number(), v.integer()), label: text })),
    top: v.pipe(v.number(), v.integer()),
    aboveTop: text,
  }),
  'respectful.json': v.array(wordListEntrySchema),
  'sentence-breaks.json': v.strictObject({
    about,
    letteredAfter: wordList(),
    noBreakAfter: wordList(),
    beforeNumber: wordList(),
    namedByLetterAfter: wordList(),
    sentenceOpeners: wordList(),
  }),
};

/** Every data file under dictionaries/, as a path from there with forward slashes. */
function dataFiles(): string[] {
  return readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
    .filter(
      (name) => name.endsWith('.json') && !name.split(sep).some((part) => part.startsWith('.')),
    )
    .map((name) => relative(ROOT, join(ROOT, name)).split(sep).join('/'))
    .sort();
}

/** "entries › 3 › alternatives: is empty", for each problem valibot finds. */
function problems(schema: v.GenericSchema, data: unknown): string[] {
  const result = v.safeParse(schema, data);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const path = (issue.path ?? []).map((step) => String(step.key)).join(' › ');
    return `${path || '(top)'}: ${issue.message}`;
  });
}

describe('dictionaries/', () => {
  it('has a schema here for every data file, and no schema for a file that is gone', () => {
    expect(dataFiles()).toEqual(Object.keys(SCHEMAS).sort());
  });

  it.each(dataFiles())('%s follows its schema', (path) => {
    const schema = SCHEMAS[path];
    expect(schema, `${path} has no schema`).toBeDefined();
    const data: unknown = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
    expect(problems(schema as v.GenericSchema, data)).toEqual([]);
  });

  it.each(dataFiles())('%s is written as JSON.stringify(data, null, 2)', (path) => {
    const written = readFileSync(join(ROOT, path), 'utf8');
    expect(written === JSON.stringify(JSON.parse(written), null, 2) + '\n').toBe(true);
  });
});

describe('the schemas catch what they are for', () => {
  it.each<[string, unknown, string[]]>([
    [
      'grammar.json',
      {
        about: 'x',
        participleAfter: ['be', 'am'],
        between: ['all', 'all'],
        anBefore: ['Hour'],
        aBefore: [],
        doubleFinal: ['begin'],
        determiners: ['a'],
        beforeVerb: ['to'],
        beforeThirdPerson: ['it'],
        afterShortName: ['will'],
        particles: ['up'],
        objectPronouns: ['it'],
        questionWords: ['what'],
        modals: ['will'],
        ownWords: ['packaging'],
        notQuantifiers: ['enough'],
        verbPrefixes: ['re'],
        notPrefixed: ['relay'],
        describingIng: ['turning'],
        describingEndings: ['al'],
        keptTogether: ['top of'],
        extra: [],
      },
      [
        'participleAfter: is not sorted',
        'between: has a word twice',
        'between: is not sorted',
        'anBefore: is not all lower case',
        'aBefore: is empty',
        'extra: Invalid key: Expected never but received "extra"',
      ],
    ],
    [
      'respectful.json',
      [
        {
          id: 'Not Kebab',
          phrases: [],
          alternatives: [{ text: '' }],
          sources: ['x'],
          examples: { flag: ['a'], ok: [] },
        },
      ],
      [
        '0 › id: must be kebab-case',
        '0 › phrases: needs at least one phrase',
        '0 › alternatives › 0 › text: has no text',
        '0 › examples › ok: needs a sentence not to flag',
      ],
    ],
  ])('%s: a broken copy is refused, saying where', (path, data, expected) => {
    expect(problems(SCHEMAS[path] as v.GenericSchema, data)).toEqual(expected);
  });
});
