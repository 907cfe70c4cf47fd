/**
 * Marking up a Word file: each suggested replacement becomes a tracked
 * change by "Plainly", everything else a comment; runs split mid-word keep
 * their formatting; someone's comments and tracked changes, fields, links,
 * footnotes and text boxes are left alone; every part but the document, the
 * comments and their references is copied byte for byte; bad files get the
 * review page's plain messages.
 *
 * The findings here are written out by hand, so each test says exactly what
 * it asks for; test/markup/libreoffice.test.ts runs the real checks.
 */
import { DOMParser } from '@xmldom/xmldom';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError, readDocument, type DocumentModel } from '../../src/documents/index';
import { suggestDocx, type MarkupReview } from '../../src/markup/index';
import { boardPaperDocx, passwordDocx, zipBombDocx } from '../fixtures/documents';
import { CRAFTED } from '../fixtures/crafted';
import { joinedParagraphsDocx, trickyPaperDocx } from '../fixtures/suggest-documents';
import { docxWith, DOCUMENT_HEAD, DOCUMENT_TAIL } from '../fixtures/zip-writer';
import { trickyReview } from './tricky-review';
import { blocks, changes, comments, findingOn, ids, part, parts, W } from './helpers';

const NOW = new Date('2025-03-04T09:30:00.123Z');
const DATE = '2025-03-04T09:30:00Z';

let tricky: Uint8Array;
let model: DocumentModel;

beforeAll(async () => {
  tricky = await trickyPaperDocx();
  model = await readDocument(tricky, 'tricky.docx');
});

/** A pattern for exactly these pieces of XML, where # is any number. */
function pattern(pieces: readonly string[]): RegExp {
  const escaped = pieces.join('').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^${escaped.replaceAll('#', '\\d+')}$`);
}

describe('a paper with tables, lists, links, fields, notes and someone else’s changes', () => {
  it('makes each replacement a tracked change, and says what it could not change', () => {
    const result = suggestDocx(tricky, trickyReview(model), { now: NOW });
    expect({ ...result, bytes: undefined }).toEqual({
      bytes: undefined,
      changes: 7,
      comments: 6,
      changesAsComments: { insertion: 1, field: 1 },
      skipped: { 'text-box': 1, 'not-found': 1 },
    });
    expect(changes(result.bytes)).toEqual([
      ['utilise', 'use'],
      ['robust', 'strong'],
      ['Day services', 'Things to do in the day'],
      ['signpost', 'point'],
      ['stakeholder', 'person with an interest'],
      ['day services', 'things to do in the day'],
      ['utilise', 'use'],
    ]);
  });

  it('reads back, in Plainly’s own reader, as the paper with the changes accepted', async () => {
    const result = suggestDocx(tricky, trickyReview(model), { now: NOW });
    expect(await blocks(result.bytes)).toEqual([
      'Home care review',
      'We will use the budget well.',
      'We have a strong plan.',
      'We will commission the service from April.',
      'Service',
      'Plan',
      'Things to do in the day',
      'We will point people to advice.',
      'Talk to every person with an interest first.',
      'Ask about co-production.[1]',
      'See the day services plan.',
      'Read the things to do in the day guide online.',
      'Budget: we use it for co-production.',
      'We will utilise the hall.',
      'Ask the stakeholder group. ↑',
    ]);
  });

  it('adds comments after the ones already there: one per term, with how often it is used', () => {
    const result = suggestDocx(tricky, trickyReview(model), { now: NOW });
    expect(comments(result.bytes)).toEqual([
      {
        author: 'Plainly',
        on: 'Home care review',
        text: [
          'About the whole paper:',
          'Your document does not say its language.',
          'Source: WCAG 2.2 SC 1.1.1 Non-text Content (A)',
        ],
      },
      { author: 'Plainly', on: 'We will use the budget well.', text: ['This sentence is long.'] },
      { author: 'Sam Reviewer', on: 'strong', text: ['Is this the right word?'] },
      {
        author: 'Plainly',
        on: 'commission the service',
        text: [
          'Try “buy” instead of “commission”.',
          'Plainly did not change this for you because the words are inside a change someone else has not yet accepted. Change it by hand if you agree.',
        ],
      },
      {
        author: 'Plainly',
        on: 'co-production',
        text: [
          'Explain “co-production” the first time you use it: many readers will not know it.',
          'Tip: Say who worked together and what they decided together.',
          'What it means: People who use services and staff plan things together, as equals.',
          'Used 2 times in this paper.',
        ],
      },
      {
        author: 'Plainly',
        on: 'Ask about co-production.',
        text: ['A picture here has no alt text.', 'Source: WCAG 2.2 SC 1.1.1 Non-text Content (A)'],
      },
      {
        author: 'Plainly',
        on: 'the day services plan',
        text: [
          'Try “things to do in the day” instead of “day services”.',
          'Plainly did not change this for you because the words are inside a field (such as a link or a date Word fills in). Change it by hand if you agree.',
        ],
      },
    ]);
  });

  it('gives the easy read sentences too in the easy read profile', () => {
    const result = suggestDocx(tricky, trickyReview(model, 'easy-read'), { now: NOW });
    const explanation = comments(result.bytes).find((c) => c.on === 'co-production');
    expect(explanation?.text).toEqual([
      'Explain “co-production” the first time you use it: many readers will not know it.',
      'Tip: Say who worked together and what they decided together.',
      'What it means: People who use services and staff plan things together, as equals.',
      'In easy read: We plan things together with you.',
      'Used 2 times in this paper.',
    ]);
  });

  it('splits a word spread over three runs, keeping each piece’s formatting', () => {
    const xml = part(
      suggestDocx(tricky, trickyReview(model), { now: NOW }).bytes,
      'word/document.xml',
    );
    const paragraph = /<w:p>(?:(?!<w:p>).)*?budget well\.(?:(?!<w:p>).)*?<\/w:p>/.exec(xml)?.[0];
    // Ids are whatever the file has free: # stands for a number.
    expect(paragraph).toMatch(
      pattern([
        '<w:p>',
        '<w:commentRangeStart w:id="#"/>',
        '<w:r><w:t xml:space="preserve">We will </w:t></w:r>',
        `<w:del w:id="#" w:author="Plainly" w:date="${DATE}">`,
        '<w:r><w:delText xml:space="preserve">uti</w:delText></w:r>',
        '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:delText xml:space="preserve">lis</w:delText></w:r>',
        '<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:delText xml:space="preserve">e</w:delText></w:r>',
        '</w:del>',
        `<w:ins w:id="#" w:author="Plainly" w:date="${DATE}">`,
        '<w:r><w:t xml:space="preserve">use</w:t></w:r>',
        '</w:ins>',
        '<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve"> the budget well.</w:t></w:r>',
        '<w:commentRangeEnd w:id="#"/>',
        '<w:r><w:commentReference w:id="#"/></w:r>',
        '</w:p>',
      ]),
    );
  });

  it('changes the words of a link but not where it goes', () => {
    const before = part(tricky, 'word/document.xml');
    const after = part(
      suggestDocx(tricky, trickyReview(model), { now: NOW }).bytes,
      'word/document.xml',
    );
    const link = (xml: string) => /<w:hyperlink [^>]*>/.exec(xml)?.[0];
    expect(link(after)).toBe(link(before));
    expect(after).toMatch(
      /<w:hyperlink [^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">the <\/w:t><\/w:r><w:del [^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:delText xml:space="preserve">day services<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">things to do in the day<\/w:t><\/w:r><\/w:ins>/,
    );
  });

  it('leaves someone else’s tracked changes, field codes and text boxes as they were', () => {
    const before = part(tricky, 'word/document.xml');
    const after = part(
      suggestDocx(tricky, trickyReview(model), { now: NOW }).bytes,
      'word/document.xml',
    );
    const kept = [
      /<w:del w:id="1" w:author="Sam Reviewer"[^>]*>.*?<\/w:del>/,
      /<w:ins w:id="2" w:author="Sam Reviewer"[^>]*>.*?<\/w:ins>/,
      /<w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">the day services plan<\/w:t><\/w:r>/,
      /<w:txbxContent>.*?<\/w:txbxContent>/,
      /<w:sectPr>.*?<\/w:sectPr>/,
    ];
    for (const pattern of kept) {
      const original = pattern.exec(before)?.[0];
      expect(original, String(pattern)).toBeDefined();
      expect(after).toContain(original);
    }
    // The field's paragraph has comment marks now, so it is written again: its code reads the same.
    const code = (xml: string) =>
      Array.from(
        new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagNameNS(W, 'instrText'),
      ).map((e) => e.textContent);
    expect(code(after)).toEqual([' HYPERLINK "https://example.org/plan" ']);
    expect(code(before)).toEqual(code(after));
  });

  it('uses ids no other change, comment or mark in the file has', () => {
    const result = suggestDocx(tricky, trickyReview(model), { now: NOW });
    const all = ids(result.bytes);
    const numbers = all.map(({ id }) => id);
    expect(new Set(numbers).size).toBe(numbers.length);
    // Sam's comment 0 and changes 1 and 2 keep their ids.
    expect(all.filter(({ id }) => ['0', '1', '2'].includes(id))).toEqual([
      { name: 'ins', id: '2' },
      { name: 'del', id: '1' },
      { name: 'commentRangeStart', id: '0' },
    ]);
  });

  it('copies every other part byte for byte, and keeps the comments already there', () => {
    const before = parts(tricky);
    const after = parts(suggestDocx(tricky, trickyReview(model), { now: NOW }).bytes);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(before).filter(
      (name) => Buffer.compare(before[name] as Uint8Array, after[name] as Uint8Array) !== 0,
    );
    // The comments part was already there, so its relationship and content type are too.
    expect(changed.sort()).toEqual(['word/comments.xml', 'word/document.xml']);
    const oldComments = new TextDecoder().decode(before['word/comments.xml']);
    const newComments = new TextDecoder().decode(after['word/comments.xml']);
    expect(
      newComments.startsWith(oldComments.slice(0, oldComments.lastIndexOf('</w:comments>'))),
    ).toBe(true);
  });

  it('with --include, puts in only the kinds asked for', () => {
    const onlyChanges = suggestDocx(tricky, trickyReview(model), {
      now: NOW,
      include: ['replacements'],
    });
    expect(comments(onlyChanges.bytes).map((c) => c.author)).toEqual([
      'Sam Reviewer',
      'Plainly',
      'Plainly',
    ]);
    expect(changes(onlyChanges.bytes)).toHaveLength(7);
    const onlyWords = suggestDocx(tricky, trickyReview(model), {
      now: NOW,
      include: ['explanations'],
    });
    expect(changes(onlyWords.bytes)).toEqual([]);
    expect(comments(onlyWords.bytes).map((c) => c.on)).toEqual(['robust', 'co-production']);
  });
});

describe('a paper with no comments yet', () => {
  it('adds the comments part, its relationship and its content type, and nothing else', async () => {
    const board = await boardPaperDocx();
    const boardModel = await readDocument(board, 'board.docx');
    const review: MarkupReview = {
      document: boardModel,
      report: {
        profile: 'plain',
        findings: [
          findingOn(boardModel, 'stakeholder', {
            ruleId: 'glossary-term',
            message: 'Try “person with an interest”.',
            suggestions: [{ kind: 'replace', text: 'person with an interest' }],
          }),
          findingOn(boardModel, 'co-production', {
            ruleId: 'glossary-term',
            message: 'Explain “co-production”.',
            suggestions: [{ kind: 'explain', text: ' (planning together)' }],
          }),
        ],
      },
      accessibility: [],
    };
    const result = suggestDocx(board, review, { now: NOW });
    const before = parts(board);
    const after = parts(result.bytes);
    expect(Object.keys(after).filter((name) => !(name in before))).toEqual(['word/comments.xml']);
    const changed = Object.keys(before).filter(
      (name) => Buffer.compare(before[name] as Uint8Array, after[name] as Uint8Array) !== 0,
    );
    expect(changed.sort()).toEqual([
      '[Content_Types].xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
    ]);
    const rels = part(board, 'word/_rels/document.xml.rels');
    expect(part(result.bytes, 'word/_rels/document.xml.rels')).toBe(
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rId${(rels.match(/<Relationship /g) ?? []).length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`,
      ),
    );
    expect(part(result.bytes, '[Content_Types].xml')).toBe(
      part(board, '[Content_Types].xml').replace(
        '</Types>',
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
      ),
    );
    const id = /<w:commentRangeStart w:id="(\d+)"\/>/.exec(
      part(result.bytes, 'word/document.xml'),
    )?.[1];
    // The comment's id is one the file did not use before.
    expect(part(board, 'word/document.xml')).not.toMatch(new RegExp(`\\sid="${id}"|w:id="${id}"`));
    expect(part(result.bytes, 'word/comments.xml')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
        `<w:comment w:id="${id}" w:author="Plainly" w:date="${DATE}" w:initials="P">`,
        '<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">Explain “co-production”.</w:t></w:r></w:p>',
        '</w:comment>',
        '</w:comments>',
      ].join(''),
    );
    expect(await blocks(result.bytes)).toContain(
      'We will use co-production with every person with an interest in the review.',
    );
  });

  it('with nothing to put in, gives back the same bytes', async () => {
    const board = await boardPaperDocx();
    const boardModel = await readDocument(board, 'board.docx');
    const result = suggestDocx(
      board,
      { document: boardModel, report: { profile: 'plain', findings: [] }, accessibility: [] },
      { now: NOW },
    );
    expect(Buffer.compare(result.bytes, board)).toBe(0);
  });
});

/** One of the crafted files of test/fixtures/crafted.ts. */
function craftedDocx(name: string): Uint8Array {
  const file = CRAFTED.find((crafted) => crafted.name === name);
  if (!file) throw new Error(`No crafted file called ${name}.`);
  return file.make();
}

describe('bad files', () => {
  const empty = (document: DocumentModel): MarkupReview => ({
    document,
    report: { profile: 'plain', findings: [] },
    accessibility: [],
  });

  it.each([
    ['protected with a password', () => passwordDocx(), 'password'],
    ['not a zip at all', () => new TextEncoder().encode('not a Word file'), 'corrupt'],
    ['cut short', () => tricky.slice(0, tricky.length - 200), 'corrupt'],
    [
      'a zip with no document in it',
      () => zipSync({ 'hello.txt': new Uint8Array([104, 105]) }),
      'corrupt',
    ],
    [
      'a document that is not XML',
      () =>
        zipSync({
          '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
          'word/document.xml': new TextEncoder().encode('<w:document><w:body></w:document>'),
        }),
      'corrupt',
    ],
    ['a zip bomb', () => zipBombDocx(), 'zip-bomb'],
    // A streaming pass refuses it before the tree is built: xmldom alone
    // took time growing with the square of the depth (hours for this file).
    [
      'with a comment that never closes, over 200,000 unclosed paragraphs',
      () => craftedDocx('unclosed-comment.docx'),
      'corrupt',
    ],
    [
      'nested deeper than any Word document',
      () =>
        docxWith({
          document: {
            head: DOCUMENT_HEAD,
            repeat: '<w:p><w:r><w:t>x</w:t></w:r>',
            count: 5_000,
            tail: '</w:p>'.repeat(5_000) + DOCUMENT_TAIL,
          },
        }),
      'corrupt',
    ],
  ])('a file %s gets the review page’s message', (_, make, code) => {
    let caught: unknown;
    try {
      suggestDocx(make(), empty(model));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DocumentError);
    const messages: Record<string, string> = {
      password:
        'This Word file is protected with a password, or is an old .doc file. Remove the password or save it as .docx, then try again.',
      corrupt:
        'This Word file is damaged, so Plainly cannot read it. Open it in Word, save it again as .docx, and try again.',
      'zip-bomb':
        'This Word file would take up more than 200 MB once opened, so Plainly did not open it. It may be damaged or unsafe.',
    };
    expect([(caught as DocumentError).code, (caught as DocumentError).message]).toEqual([
      code,
      messages[code],
    ]);
  });
});

describe('a paper where someone deleted the mark between two paragraphs', () => {
  it('reads them as one, as Plainly’s reader does, and marks up both halves', async () => {
    const joined = await joinedParagraphsDocx();
    const joinedModel = await readDocument(joined, 'joined.docx');
    const on = (text: string, to: string | undefined) =>
      findingOn(
        joinedModel,
        text,
        to === undefined
          ? { ruleId: 'long-sentence', message: 'This sentence is long.' }
          : {
              ruleId: 'glossary-term',
              message: `Try “${to}”.`,
              suggestions: [{ kind: 'replace', text: to }],
            },
      );
    const result = suggestDocx(
      joined,
      {
        document: joinedModel,
        report: {
          profile: 'plain',
          findings: [
            on('We will utilise the hall for the carers forum in April.', undefined),
            on('utilise', 'use'),
            on('hall for', 'room for'),
            on('carers forum', 'group for carers'),
          ],
        },
        accessibility: [],
      },
      { now: NOW },
    );
    expect(changes(result.bytes)).toEqual([
      ['utilise', 'use'],
      ['carers forum', 'group for carers'],
    ]);
    expect(comments(result.bytes)).toEqual([
      {
        author: 'Plainly',
        on: 'hall for',
        text: [
          'Try “room for”.',
          'Plainly did not change this for you because the words run across a tab, a link, a picture or a change of paragraph. Change it by hand if you agree.',
        ],
      },
      {
        author: 'Plainly',
        on: 'We will use the hall for the group for carers in April.',
        text: ['This sentence is long.'],
      },
    ]);
    expect(await blocks(result.bytes)).toEqual([
      'Carers forum',
      'We will use the hall for the group for carers in April.',
    ]);
    // Sam's deleted paragraph mark is still there.
    expect(part(result.bytes, 'word/document.xml')).toContain(
      '<w:rPr><w:del w:id="40" w:author="Sam Reviewer" w:date="2024-11-05T10:00:00Z"/></w:rPr>',
    );
  });
});
