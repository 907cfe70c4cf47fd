/**
 * Glossary text is data, never markup: XSS payloads go through CSV and JSON
 * import, a feed and the background unchanged, as text. (The browser test
 * test/e2e/glossary/editor.test.ts renders them in the editor and checks no
 * script runs.)
 */
import 'fake-indexeddb/auto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { glossaryToCsv, parseGlossaryCsv } from '../../src/glossary/csv';
import { glossaryToFeed, parseGlossaryJson } from '../../src/glossary/feed';
import type { GlossaryEntry } from '../../src/glossary/schema';
import { entry } from '../helpers';
import { testCore } from './core-helpers';
import { XSS_PAYLOADS } from './xss-payloads';

export function xssEntries(): GlossaryEntry[] {
  return XSS_PAYLOADS.map((payload, i) =>
    entry({
      id: `xss-${i}`,
      term: `xssterm${i} ${payload}`.slice(0, 200),
      alternatives: [payload],
      definition: payload,
      easyRead: [payload],
      agreedBy: payload,
      sources: [payload],
      notes: payload,
    }),
  );
}

describe('XSS payloads', () => {
  it('there are at least 100', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
  });

  it('survive CSV and JSON import exactly, as text', () => {
    const entries = xssEntries();
    expect(parseGlossaryCsv(glossaryToCsv(entries)).entries).toEqual(entries);
    expect(parseGlossaryJson(glossaryToFeed(entries)).file?.entries).toEqual(entries);
  });

  it('are stored by the background as text and come back unchanged', async () => {
    const { core } = testCore([]);
    const entries = xssEntries();
    expect(await core.applyImport(entries, 'xss.json')).toMatchObject({ ok: true });
    const stored = await core.exportEntries('own');
    expect(stored.map((e) => e.definition).sort()).toEqual([...XSS_PAYLOADS].sort());
  });

  it('are escaped when React renders them, as every Plainly page does', () => {
    for (const payload of XSS_PAYLOADS) {
      const html = renderToStaticMarkup(createElement('td', null, payload));
      expect(html).not.toMatch(/<(script|img|svg|iframe|body|a|div|input)\b/i);
    }
  });
});
