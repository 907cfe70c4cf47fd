/**
 * Glossary text is data, never markup: XSS payloads go through CSV and JSON
 * import, a feed and the background unchanged, as text, and the editor's
 * entry form shows them as text. (The browser test
 * test/e2e/glossary/editor.test.ts renders them in the editor and checks no
 * script runs.)
 */
import 'fake-indexeddb/auto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { glossaryToCsv, parseGlossaryCsv } from '../../src/glossary/csv';
import { glossaryToFeed, parseGlossaryJson } from '../../src/glossary/feed';
import type { GlossaryEntry } from '../../src/glossary/schema';
import { EntryForm } from '../../src/ui/glossary-form';
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

/** Every element of parsed HTML, in document order. */
function elementsOf(node: Root | Element): Element[] {
  return node.children.flatMap((child) =>
    child.type === 'element' ? [child, ...elementsOf(child)] : [],
  );
}

/** The entry form (the editor's entry detail), rendered to HTML and parsed back by an HTML parser. */
function renderForm(shown: GlossaryEntry): Element[] {
  const html = renderToStaticMarkup(
    createElement(EntryForm, {
      entry: shown,
      layerName: 'Your own',
      glossary: [],
      settings: { profile: 'plain', includeProposed: false },
      history: [],
      serverProblems: [],
      canEdit: true,
      onSave: () => {},
      onCancel: () => {},
    }),
  );
  return elementsOf(unified().use(rehypeParse, { fragment: true }).parse(html));
}

const byId = (elements: Element[], id: string) => elements.find((e) => e.properties.id === id);
const textOf = (element: Element | undefined) =>
  (element?.children ?? []).map((c) => (c.type === 'text' ? c.value : '')).join('');
/** The page's structure: each element's tag and attribute names, without any text or value. */
const shape = (elements: Element[]) =>
  elements.map((e) => `${e.tagName}(${Object.keys(e.properties).sort().join(',')})`);

describe('XSS payloads', () => {
  it('survive CSV and JSON import exactly, as text', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
    const entries = xssEntries();
    expect(entries).toHaveLength(XSS_PAYLOADS.length);
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

  it('are shown as text by the entry form: no element or attribute of their own', () => {
    const entries = xssEntries();
    expect(entries.length).toBeGreaterThanOrEqual(100);
    for (const [i, shown] of entries.entries()) {
      const payload = XSS_PAYLOADS[i] as string;
      const elements = renderForm(shown);
      // The same entry with plain text in every field gives the same elements and attributes.
      const plain = renderForm({
        ...shown,
        term: `xssterm${i} plain`,
        alternatives: [{ text: 'plain', pos: shown.pos }],
        definition: 'plain',
        easyRead: ['plain'],
        agreedBy: 'plain',
        sources: ['plain'],
        notes: 'plain',
      });
      expect(shape(elements), payload).toEqual(shape(plain));
      expect(
        elements.flatMap((e) => Object.keys(e.properties).filter((k) => /^on/i.test(k))),
        payload,
      ).toEqual([]);
      // Each field holds the payload exactly, as text.
      for (const id of ['entry-definition', 'entry-easy-read', 'entry-sources', 'entry-notes']) {
        expect(textOf(byId(elements, id)), `${id}: ${payload}`).toBe(payload);
      }
      expect(byId(elements, 'entry-agreed-by')?.properties.value, payload).toBe(payload);
      expect(byId(elements, 'entry-alternative-1')?.properties.value, payload).toBe(payload);
      expect(byId(elements, 'entry-term')?.properties.value, payload).toBe(shown.term);
      expect(textOf(byId(elements, 'entry-form-heading')), payload).toBe(`Edit “${shown.term}”`);
    }
  });
});
