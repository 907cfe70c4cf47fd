import { describe, expect, it } from 'vitest';
import { createRandom, generateDocument, generateGlossary } from '../../scripts/bench/generate';
import { Checker } from '../../src/checker/index';
import { BUILTIN_ENTRIES } from '../../src/glossary/builtin';
import { phraseKey } from '../../src/glossary/matcher';
import { validateEntry } from '../../src/glossary/validate';
import { entry } from '../helpers';

const base = [
  entry({ id: 'reablement', term: 'reablement', alternatives: ['help to relearn tasks'] }),
  entry({
    id: 'deprivation-of-liberty-safeguards',
    term: 'Deprivation of Liberty Safeguards',
    abbreviations: ['DoLS'],
    alternatives: ['rules to protect your freedom'],
  }),
  // Not a simple phrase: never put in a document, so word counts stay exact.
  entry({ id: 'section-117', term: 'section 117 (aftercare)', alternatives: ['free aftercare'] }),
];

describe('createRandom', () => {
  it('gives the same numbers for the same seed and others for another seed', () => {
    const take = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    for (const value of take(7)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('generateGlossary', () => {
  const glossary = generateGlossary({ size: 2_000, seed: 5, base });

  it('is deterministic for a seed', () => {
    expect(generateGlossary({ size: 2_000, seed: 5, base })).toEqual(glossary);
    expect(generateGlossary({ size: 2_000, seed: 6, base })).not.toEqual(glossary);
  });

  it('has exactly the size asked for, starting with the base entries', () => {
    expect(glossary).toHaveLength(2_000);
    expect(glossary.slice(0, base.length)).toEqual(base);
    expect(generateGlossary({ size: 2, seed: 5, base })).toEqual(base.slice(0, 2));
  });

  it('makes schema-valid, approved replace entries with one alternative', () => {
    glossary.slice(base.length).forEach((generated, index) => {
      expect(validateEntry(generated, index).problems).toEqual([]);
      expect(generated.status).toBe('approved');
      expect(generated.action).toBe('replace');
      expect(generated.alternatives).toHaveLength(1);
      expect(generated.term.split(' ').length).toBeLessThanOrEqual(3);
    });
    expect(glossary.some((generated) => generated.variants.length > 0)).toBe(true);
  });

  it('uses each term, phrase and id once', () => {
    const terms = glossary.map((generated) => generated.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    const phrases = glossary
      .flatMap((generated) => [generated.term, ...generated.variants])
      .map(phraseKey);
    expect(new Set(phrases).size).toBe(phrases.length);
    const ids = glossary.map((generated) => generated.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('generateDocument', () => {
  const glossary = generateGlossary({ size: 300, seed: 9, base });
  const checker = new Checker({ glossary });

  it('is deterministic for a seed', () => {
    const doc = generateDocument({ words: 2_000, seed: 3, glossary });
    expect(generateDocument({ words: 2_000, seed: 3, glossary })).toBe(doc);
    expect(generateDocument({ words: 2_000, seed: 4, glossary })).not.toBe(doc);
  });

  it.each([1, 7, 8, 31, 100, 1_000, 5_003])(
    'has exactly %i words as the engine counts them',
    (words) => {
      const doc = generateDocument({ words, seed: words, glossary });
      expect(checker.check(doc, { format: 'text' }).stats.words).toBe(words);
    },
  );

  it('counts exactly with the built-in glossary as the base, whatever it holds', () => {
    const builtin = generateGlossary({ size: 2_000, seed: 1, base: BUILTIN_ENTRIES });
    const doc = generateDocument({ words: 3_000, seed: 2, glossary: builtin });
    expect(new Checker({ glossary: builtin }).check(doc, { format: 'text' }).stats.words).toBe(
      3_000,
    );
  });

  it('is paragraphs of 3–8 sentences of 8–30 words, a blank line between', () => {
    const doc = generateDocument({ words: 10_000, seed: 11, glossary });
    const paragraphs = doc.trimEnd().split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(50);
    for (const paragraph of paragraphs) {
      expect(paragraph).not.toContain('\n');
      const sentences = paragraph.split(/(?<=\.) /);
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      expect(sentences.length).toBeLessThanOrEqual(8);
      for (const sentence of sentences) {
        const count = sentence.split(' ').length;
        expect(count).toBeGreaterThanOrEqual(8);
        expect(count).toBeLessThanOrEqual(30);
      }
    }
  });

  it('uses glossary terms, abbreviations and numbers, so the rules find them', () => {
    const doc = generateDocument({ words: 5_000, seed: 12, glossary });
    const report = checker.check(doc, { format: 'text' });
    const glossaryIds = new Set(report.stats.glossaryTerms);
    expect(glossaryIds.size).toBeGreaterThan(20);
    expect([...glossaryIds].some((id) => id.startsWith('bench-'))).toBe(true);
    expect(report.findings.some((finding) => finding.ruleId === 'acronym')).toBe(true);
    expect(doc).toMatch(/\d/);
  });
});
