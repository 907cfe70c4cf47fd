/**
 * The registry of document checks: each check is listed once, each rule id
 * belongs to one check, the README and docs/sources.md name them, and every
 * finding a check makes carries its own code and one of its own rule ids.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_CHECKS } from '../../src/accessibility/document-checks';
import { readDocument } from '../../src/documents/index';
import { boardPaperDocx } from '../fixtures/documents';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const sources = readFileSync(new URL('../../docs/sources.md', import.meta.url), 'utf8');

/** The rule ids in the README's table of document checks (before the form checks). */
function readmeDocumentIds(): string[] {
  const start = readme.indexOf('## Accessibility checks');
  const table = readme.slice(start, readme.indexOf('Form checks', start));
  return [...table.matchAll(/`([a-z-]+)`/g)].map((match) => match[1] ?? '');
}

describe('the document checks registry', () => {
  it('lists each check once, under its own name', () => {
    const names = DOCUMENT_CHECKS.map((check) => check.find.name);
    expect(new Set(names).size).toBe(DOCUMENT_CHECKS.length);
    expect(new Set(DOCUMENT_CHECKS.map((check) => check.find)).size).toBe(DOCUMENT_CHECKS.length);
  });

  it('gives each rule id to one check, and the README lists every one', () => {
    const ids = DOCUMENT_CHECKS.flatMap((check) => check.ruleIds);
    expect(new Set(ids).size).toBe(ids.length);
    // all-caps is the engine's rule; the report lists it with these.
    expect([...ids, 'all-caps'].sort()).toEqual(readmeDocumentIds().sort());
  });

  it('gives each check a code that docs/sources.md defines', () => {
    for (const { code } of DOCUMENT_CHECKS) {
      expect(sources, code).toContain(`| ${code} |`);
    }
  });

  it.each(['plain', 'easy-read'] as const)(
    'makes only findings of its own code and rule ids (board paper, %s)',
    async (profile) => {
      const model = await readDocument(await boardPaperDocx(), 'paper.docx');
      let found = 0;
      for (const check of DOCUMENT_CHECKS) {
        for (const finding of check.find({ model, profile, words: 1000 })) {
          expect([finding.check, check.ruleIds]).toEqual([
            check.code,
            expect.arrayContaining([finding.ruleId]),
          ]);
          found += 1;
        }
      }
      expect(found).toBe(profile === 'plain' ? 13 : 14);
    },
  );
});
