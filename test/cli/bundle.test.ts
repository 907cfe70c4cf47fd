/**
 * The way scripts/bundle-node.mjs bundles the engine for the command line:
 * wink (parts of speech) is a file of its own, loaded the first time a
 * sentence is tagged, and its model is read from files beside the bundle
 * (test/cli/wink-prepared-model.test.ts checks that model). The bundled tagger must give the same tags as the engine's own.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseText } from '../../src/checker/analyse';
import { tagWords } from '../../src/checker/tagger';
import { bundleForNode } from '../../scripts/bundle-node.mjs';

type Tagger = { analyseText: typeof analyseText; tagWords: typeof tagWords };

const folder = join(
  process.cwd(),
  'node_modules',
  '.cache',
  'plainly-bundle-test',
  `${process.pid}-${Date.now()}`,
);
let bundled: Tagger;

beforeAll(async () => {
  await mkdir(folder, { recursive: true });
  await bundleForNode('test/cli/fixtures/tagger-entry.ts', join(folder, 'tagger.js'));
}, 120_000);

const SENTENCES = [
  'We will signpost you to the care pathway.',
  'The signpost by the road was broken.',
  'Key issues were raised by the key worker at the hub.',
  'She will leverage the budget to commission new services.',
  "The carer's assessment is care-and-support planning at its best.",
  'Commissioning is personalised care for an individual at the hub.',
];

function tags(tagger: Tagger, sentence: string): string[] {
  const text = tagger.analyseText(sentence);
  return tagger.tagWords(sentence, text.words, 0, text.words.length, 0, sentence.length);
}

describe('the bundled tagger', () => {
  it('loads wink and its model only when a sentence is first tagged', async () => {
    const lazyWink = join(folder, 'lazy-wink-nlp.cjs');
    expect(existsSync(lazyWink)).toBe(true);
    expect(existsSync(join(folder, 'wink-eng-core-web-model.bin'))).toBe(true);
    const cache = createRequire(join(folder, 'tagger.js')).cache;
    bundled = (await import(pathToFileURL(join(folder, 'tagger.js')).href)) as Tagger;
    expect(cache[lazyWink]).toBeUndefined();
    tags(bundled, SENTENCES[0] as string);
    expect(cache[lazyWink]).toBeDefined();
  });

  it.each(SENTENCES)('tags "%s" as the engine does', (sentence) => {
    expect(tags(bundled, sentence)).toEqual(tags({ analyseText, tagWords }, sentence));
  });
});
