/**
 * The command line loads wink's English model in a quicker way than wink
 * does (scripts/wink-prepared-model.cjs, scripts/wink-model-for-pos.cjs):
 * from a file prepared at build time, without the parts the 'pos' pipe never
 * reads. wink must read every text exactly as it does with its own model:
 * the same tokens, tags, lemmas and other properties, word for word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../scripts/bundle-node.mjs';
import prepared from '../../scripts/wink-prepared-model.cjs';

type Nlp = ReturnType<typeof winkNLP>;
interface Bundled {
  winkNLP: typeof winkNLP;
  model: typeof winkModel;
}

const folder = join(
  process.cwd(),
  'node_modules',
  '.cache',
  'plainly-wink-test',
  `${process.pid}-${Date.now()}`,
);
const requireHere = createRequire(import.meta.url);

let ours: Nlp;
const theirs = winkNLP(winkModel, ['pos']);

beforeAll(async () => {
  await mkdir(folder, { recursive: true });
  await bundleForNode('test/cli/fixtures/wink-entry.ts', join(folder, 'wink.js'));
  const bundled = (await import(pathToFileURL(join(folder, 'wink.js')).href)) as Bundled;
  ours = bundled.winkNLP(bundled.model, ['pos']);
}, 120_000);

/** Everything wink says about each token of `text`. */
function read(nlp: Nlp, text: string): unknown[][] {
  const { its } = nlp;
  const tokens = nlp.readDoc(text).tokens();
  return [
    its.value,
    its.normal,
    its.pos,
    its.lemma,
    its.type,
    its.shape,
    its.prefix,
    its.suffix,
    its.case,
    its.precedingSpaces,
    its.abbrevFlag,
    its.contractionFlag,
    its.stopWordFlag,
    its.uniqueId,
  ].map((what) => tokens.out(what as typeof its.value));
}

/** Texts that reach the corners of the model: contractions, words it does not know, names of object properties. */
const TABLE = [
  'We will signpost you to the care pathway.',
  "The carer's assessment is care-and-support planning at its best.",
  "I can't go, won't go and shouldn't've gone; y'all'd agree.",
  'constructor __proto__ toString hasOwnProperty valueOf prototype',
  'Constructor __PROTO__ ToString HASOWNPROPERTY',
  'Email jo.bloggs@example.org or see https://example.org/care?x=1 #carers @council',
  'It costs £1,250.50 a week (about 12% more) from 1 April 2027 at 9.30am.',
  'Naïve café résumé façade Zoë Ødegaard Łódź 東京 🙂 👩‍⚕️',
  'Mr. Smith, Dr. Jones and Mrs. Patel met at St. Mary’s, e.g. on Tue.',
  'Zxqvb florbinated the quuxes; Zxqvb florbinated them again.',
  'Zxqvb florbinated the quuxes; Zxqvb florbinated them again.',
  'ALL CAPS TEXT SHOUTS, all lower text whispers, MiXeD CaSe ConFuSes.',
  'Tabs\tand\nnew lines\n\nand\r\nreturns   and spaces.',
  '',
  '   ',
  '...!!!???',
];

/** Real text from the repository: the examples, and every sentence of the built-in glossary. */
function corpus(): string[] {
  const texts = ['examples/day-opportunities-paper.txt', 'examples/board-minutes.md'].map((file) =>
    readFileSync(file, 'utf8'),
  );
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const name of readdirSync('dictionaries/glossary').sort()) {
    collect(JSON.parse(readFileSync(join('dictionaries/glossary', name), 'utf8')));
  }
  return [...texts, ...strings];
}

describe('wink with the command line’s prepared model', () => {
  it.each(TABLE.map((text) => [text]))('reads %j as wink’s own model does', (text) => {
    expect(read(ours, text)).toEqual(read(theirs, text));
  });

  it('reads the examples and the built-in glossary as wink’s own model does', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(1_000);
    for (const text of texts) expect(read(ours, text)).toEqual(read(theirs, text));
  });

  it('gives the lemmas wink gives, with the lemmatiser loaded on first use', () => {
    const text = 'The children were running; the mice ate better cheeses than the geese did.';
    const lemmas = (nlp: Nlp) =>
      nlp
        .readDoc(text)
        .tokens()
        .out(nlp.its.lemma as typeof nlp.its.value);
    expect(lemmas(ours)).toEqual(lemmas(theirs));
    expect(lemmas(ours)).toEqual([
      'the',
      'child',
      'be',
      'run',
      ';',
      'the',
      'mouse',
      'eat',
      'good',
      'cheese',
      'than',
      'the',
      'goose',
      'do',
      '.',
    ]);
  });
});

describe('the prepared core model', () => {
  const readerPath = requireHere.resolve('wink-eng-lite-web-model/dist/read-core-model.js');
  const readOriginal = requireHere(readerPath) as () => Record<string, unknown>;
  const core = readFileSync(
    requireHere.resolve(
      'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json',
    ),
    'utf8',
  );
  const decode = (data: string): ArrayBuffer => {
    const bytes = Buffer.from(data, 'base64');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  };
  const model = prepared.readPreparedModel(prepared.prepareWinkModel(JSON.parse(core), decode));
  const original = readOriginal() as {
    features: { lexeme: { list: string[]; hash: Record<string, number> } };
  };

  it('holds what wink’s own reader gives, but for the object of words', () => {
    const { hash: _ours, ...lexeme } = model.features.lexeme;
    const { hash: _theirs, ...theirLexeme } = original.features.lexeme;
    expect({ ...model, features: { ...model.features, lexeme } }).toEqual({
      ...original,
      features: { ...original.features, lexeme: theirLexeme },
    });
  });

  it('finds every word of the lexicon at its own index, and no other word', () => {
    const hash = model.features.lexeme.hash;
    const list = original.features.lexeme.list;
    expect(list.length).toBeGreaterThan(80_000);
    const wrong = list.filter(
      (word, index) => hash[word] !== original.features.lexeme.hash[word] || hash[word] !== index,
    );
    expect(wrong).toEqual([]);
    for (const word of ['constructor', '__proto__', 'toString', 'zxqvb', '', 'Care ', 'care\0']) {
      expect([word, hash[word]]).toEqual([word, original.features.lexeme.hash[word]]);
      expect([word, word in hash]).toEqual([word, word in original.features.lexeme.hash]);
    }
  });

  it('keeps words added later, as wink’s object does', () => {
    const hash: Record<string, number | undefined> = model.features.lexeme.hash;
    const size = model.features.lexeme.list.length;
    const [unknown, property] = ['zxqvb', '__proto__'];
    expect([hash[unknown], hash[property]]).toEqual([undefined, undefined]);
    hash[unknown] = size;
    hash[property] = size + 1;
    expect([hash[unknown], hash[property], unknown in hash]).toEqual([size, size + 1, true]);
  });

  it('refuses a file in another format', () => {
    const bytes = Buffer.alloc(16, 0x20);
    bytes.writeUInt32LE(12);
    bytes.write('{"format":1}', 4);
    expect(() => prepared.readPreparedModel(bytes)).toThrow(/not in the expected format/);
  });
});
