/**
 * Importers: each file type becomes the same kind of document, with the
 * structure the accessibility checks need, and bad files get a plain message
 * quickly.
 */
import { describe, expect, it } from 'vitest';
import { DocumentError, readDocument, type DocumentModel } from '../../src/documents/index';
import { sourcePlace } from '../../src/documents/model';
import { loadPdfJsForNode } from '../../src/documents/pdfjs-node';
import { isSafePdfJsVersion } from '../../src/documents/pdf';
import {
  boardPaperDocx,
  makePdf,
  passwordDocx,
  taggedReviewPdf,
  zipBombDocx,
} from '../fixtures/documents';

const options = { pdfjs: loadPdfJsForNode };

const blockTexts = (model: DocumentModel) =>
  model.blocks.map(
    (b) =>
      `${b.kind}${b.level ?? ''}${b.page ? `@${b.page}` : ''}: ${model.text.slice(b.start, b.end)}`,
  );

async function failure(
  bytes: Uint8Array,
  name: string,
): Promise<{ code: string; message: string }> {
  try {
    await readDocument(bytes, name, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    const { code, message } = error as DocumentError;
    return { code, message };
  }
  throw new Error(`${name} was read without an error`);
}

describe('.docx (mammoth + the document XML)', () => {
  it('keeps headings, lists, tables, links, image alt text, emphasis and formatting', async () => {
    const model = await readDocument(await boardPaperDocx(), 'paper.docx', options);
    expect(model.title).toBe('Day services review: board paper');
    expect(blockTexts(model)).toEqual([
      'heading1: Day services review',
      'paragraph: We will use co-production with every stakeholder in the review.',
      'heading3: Background',
      'paragraph: The centre opened in 2009 and now supports 40 people.',
      'paragraph: To see the full report, click here.',
      'paragraph: The data is at https://example.org/data. Read the day services plan too.',
      'table-cell: Centre',
      'table-cell: People',
      'table-cell: Oak Lodge',
      'table-cell: 22',
      'paragraph: Costs by year are below.',
      'table-cell: Year',
      'table-cell: Cost',
      'table-cell: 2024',
      'table-cell: £10,000',
      'paragraph: - Visit each centre',
      'paragraph: - Talk to families',
      'list-item: Ask people what they want',
      'paragraph: Service users told us the buses are late.',
      'paragraph: Small print about the costs.',
      'paragraph: This is very important and must be read.',
    ]);
    const slice = (s: { start: number; end: number }) => model.text.slice(s.start, s.end);
    expect(model.links.map((l) => [slice(l), l.href])).toEqual([
      ['click here', 'https://example.org/report'],
      ['https://example.org/data', 'https://example.org/data'],
      ['the day services plan', 'https://example.org/plan'],
    ]);
    expect(model.images.map((i) => i.alt)).toEqual([null, 'IMG_2041.jpg']);
    expect(model.tables.map((t) => t.hasHeaderRow)).toEqual([false, true]);
    expect(model.italic.map(slice)).toEqual(['very important']);
    expect(model.underline.map(slice)).toEqual(['must be read']);
    expect(model.formatting?.justified.map(slice)).toEqual([
      'Service users told us the buses are late.',
    ]);
    expect(model.formatting?.smallText.map((s) => [slice(s), s.points])).toEqual([
      ['Small print about the costs.', 9],
    ]);
  });

  it.each([
    ['a zip that declares 300 MB', zipBombDocx(), 'zip-bomb'],
    ['a password-protected file', passwordDocx(), 'password'],
    ['a file that is not a zip', new TextEncoder().encode('not really a docx'), 'corrupt'],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'corrupt'],
  ])('refuses %s', async (_name, bytes, code) => {
    const result = await failure(bytes, 'paper.docx');
    expect(result.code).toBe(code);
  });

  it('says plainly why a file is refused', async () => {
    expect((await failure(zipBombDocx(), 'a.docx')).message).toBe(
      'This Word file would take up more than 200 MB once opened, so Plainly did not open it. It may be damaged or unsafe.',
    );
    expect((await failure(passwordDocx(), 'a.docx')).message).toBe(
      'This Word file is protected with a password, or is an old .doc file. Remove the password or save it as .docx, then try again.',
    );
  });
});

describe('.pdf (pdfjs-dist, eval off)', () => {
  it('reads text with page numbers and the title', async () => {
    const pdf = makePdf({
      title: 'Minutes of the board',
      pages: [
        { paragraphs: ['The board met on Monday.', 'We agreed the plan.'] },
        { paragraphs: ['Next meeting in May.'] },
      ],
    });
    const model = await readDocument(pdf, 'minutes.pdf', options);
    expect(model.title).toBe('Minutes of the board');
    expect(model.pages).toBe(2);
    expect(blockTexts(model)).toEqual([
      'paragraph@1: The board met on Monday.',
      'paragraph@1: We agreed the plan.',
      'paragraph@2: Next meeting in May.',
    ]);
  });

  it('reads a tagged PDF’s headings, paragraphs, links and pictures from its structure tree', async () => {
    const pdf = taggedReviewPdf({ lang: 'en-GB', withAlt: true });
    const model = await readDocument(pdf, 'review.pdf', options);
    expect([model.hasStructure, model.title, model.language]).toEqual([
      true,
      'Day services review',
      'en-GB',
    ]);
    expect(blockTexts(model)).toEqual([
      'heading1@1: Day services review',
      'paragraph@1: We met the families on Monday.',
      'heading3@2: Next steps',
      'paragraph@2: click here',
    ]);
    expect(model.links.map((l) => [model.text.slice(l.start, l.end), l.href])).toEqual([
      ['click here', 'https://example.org/report'],
    ]);
    expect(model.images.map((i) => [i.alt, i.page])).toEqual([
      [null, 1],
      ['People around a table', 1],
    ]);
  });

  it('reads an untagged PDF as text only, with no structure to check', async () => {
    const model = await readDocument(
      makePdf({ pages: [{ paragraphs: ['Hello.'] }] }),
      'a.pdf',
      options,
    );
    expect([model.hasStructure, model.links, model.images]).toEqual([false, [], []]);
  });

  it.each([
    [
      'scanned',
      makePdf({ scanned: true, pages: [{ paragraphs: ['x'] }] }),
      'This looks like a scanned document: its text cannot be read. Use the original Word or text file, or a PDF made from it.',
    ],
    [
      'password',
      makePdf({ password: true, pages: [{ paragraphs: ['Secret'] }] }),
      'This PDF is protected with a password. Remove the password, then try again.',
    ],
    [
      'corrupt',
      new TextEncoder().encode('%PDF-1.7\nnot a real pdf'),
      'This PDF is damaged, so Plainly cannot read it. Save or export it again as PDF, and try again.',
    ],
    [
      'corrupt',
      new TextEncoder().encode('hello'),
      'This PDF is damaged, so Plainly cannot read it. Save or export it again as PDF, and try again.',
    ],
  ])('gives a plain message for a %s PDF', async (code, bytes, message) => {
    const result = await failure(bytes, 'file.pdf');
    expect([result.code, result.message]).toEqual([code, message]);
  });

  it('uses a pdfjs-dist without the eval hole (4.2.67 or later)', async () => {
    expect(isSafePdfJsVersion((await loadPdfJsForNode()).version)).toBe(true);
    expect(isSafePdfJsVersion('4.2.66')).toBe(false);
    expect(isSafePdfJsVersion('4.2.67')).toBe(true);
    expect(isSafePdfJsVersion('3.11.174')).toBe(false);
  });
});

describe('files over 50 MB and other types', () => {
  it('refuses a file over 50 MB before reading it', async () => {
    const result = await failure(new Uint8Array(50 * 1024 * 1024 + 1), 'big.pdf');
    expect([result.code, result.message]).toEqual([
      'too-big',
      'This file is 51 MB. Plainly can read files up to 50 MB. Split it into smaller files, or save it without pictures.',
    ]);
  });

  it('refuses types it cannot read', async () => {
    expect((await failure(new Uint8Array(1), 'notes.odt')).message).toBe(
      'Plainly cannot read .odt files. Choose a .docx, .pdf, .html, .md or .txt file.',
    );
  });
});

describe('.html, .md and .txt (unified)', () => {
  it('reads HTML structure, title and language, ignoring scripts', async () => {
    const html =
      '<html lang="en-GB"><head><title>Care news</title><script>alert(1)</script></head><body><h1>News</h1><p>Read <a href="/x">more</a> about <em>respite</em>.</p><img src="/img/photo.png" alt="photo.png"><ul><li>One thing</li></ul><table><tr><th>A</th></tr><tr><td>1</td></tr></table></body></html>';
    const model = await readDocument(new TextEncoder().encode(html), 'news.html');
    expect([model.title, model.language]).toEqual(['Care news', 'en-GB']);
    expect(blockTexts(model)).toEqual([
      'heading1: News',
      'paragraph: Read more about respite.',
      'list-item: One thing',
      'table-cell: A',
      'table-cell: 1',
    ]);
    expect(model.images).toEqual([
      { alt: 'photo.png', fileName: 'photo.png', at: expect.any(Number) },
    ]);
    expect(model.tables[0]?.hasHeaderRow).toBe(true);
  });

  it('reads Markdown headings, lists, links, images and emphasis', async () => {
    const md =
      '# Minutes\n\nSee [here](https://x.org) and *this*.\n\n- one\n- two\n\n![](chart.png)\n';
    const model = await readDocument(new TextEncoder().encode(md), 'minutes.md');
    expect(model.title).toBe('Minutes');
    expect(blockTexts(model)).toEqual([
      'heading1: Minutes',
      'paragraph: See here and this.',
      'list-item: one',
      'list-item: two',
    ]);
    expect(model.links.map((l) => model.text.slice(l.start, l.end))).toEqual(['here']);
    expect(model.images.map((i) => i.alt)).toEqual([null]);
  });

  it('reads lettered lines inside a Markdown paragraph as list items', async () => {
    const md =
      'RESOLVED – That:\n(a) the report be noted;\n(b) the plan be agreed; and\n(iv) the *costs* be checked.\n\nThe meeting ended at 4pm (b) or so.\n';
    const model = await readDocument(new TextEncoder().encode(md), 'minutes.md');
    expect(blockTexts(model)).toEqual([
      'paragraph: RESOLVED – That:',
      'list-item: (a) the report be noted;',
      'list-item: (b) the plan be agreed; and',
      'list-item: (iv) the costs be checked.',
      'paragraph: The meeting ended at 4pm (b) or so.',
    ]);
  });

  it('reads lines that start with a bold label inside a Markdown paragraph as list items', async () => {
    const md =
      '**Provider:** Greenacre Care Ltd\n**Date of visit**: 18 November 2025\n__Staff contact:__ Amy Fletcher\n\nWe met **staff:** and\n**residents** on the day.\n';
    const model = await readDocument(new TextEncoder().encode(md), 'visit.md');
    expect(blockTexts(model)).toEqual([
      'paragraph: Provider: Greenacre Care Ltd',
      'list-item: Date of visit: 18 November 2025',
      'list-item: Staff contact: Amy Fletcher',
      'paragraph: We met staff: and residents on the day.',
    ]);
  });

  it('reads a line all in bold above the text of a Markdown paragraph as a label of its own', async () => {
    const md =
      '**Route 1 (Town centre to Brookfield)**\nBuses will run every 10 minutes.\n\n**Note:** buses run late.\n\n**Route 5**\n';
    const model = await readDocument(new TextEncoder().encode(md), 'buses.md');
    expect(blockTexts(model)).toEqual([
      'paragraph: Route 1 (Town centre to Brookfield)',
      'paragraph: Buses will run every 10 minutes.',
      'paragraph: Note: buses run late.',
      'paragraph: Route 5',
    ]);
  });

  it('reads a Markdown table cell by cell, with its header row', async () => {
    const md =
      '# Plan\n\n| What you need | Who helps |\n|---|---|\n| Getting washed | Bright Home Care |\n| Lunch | ~~Meals~~ Day centre |\n| Groups | ~20 people |\n';
    const model = await readDocument(new TextEncoder().encode(md), 'plan.md');
    expect(blockTexts(model)).toEqual([
      'heading1: Plan',
      'table-cell: What you need',
      'table-cell: Who helps',
      'table-cell: Getting washed',
      'table-cell: Bright Home Care',
      'table-cell: Lunch',
      'table-cell: Meals Day centre',
      'table-cell: Groups',
      // One tilde is "about", not a mark.
      'table-cell: ~20 people',
    ]);
    expect(model.tables).toEqual([{ at: expect.any(Number), rows: 4, hasHeaderRow: true }]);
  });

  it('reads plain text as the checker does: paragraphs, typed list lines, and label lines', async () => {
    const model = await readDocument(
      new TextEncoder().encode(
        'Agenda for the day\nwith care.\n\n- item one\n- item two\n\nNext steps\nWe will meet again.\n',
      ),
      'agenda.txt',
    );
    expect(blockTexts(model)).toEqual([
      'paragraph: Agenda for the day with care.',
      'list-item: - item one',
      'list-item: - item two',
      'paragraph: Next steps',
      'paragraph: We will meet again.',
    ]);
    expect(model.hasStructure).toBe(false);
  });

  it.each<[string, string, string[]]>([
    [
      'Lines after a line that leads into them are items, with or without capitals',
      'The services we fund include:\nhome care for the person you look after\nA sitting service at night\nday centres run by local charities\n\nWe review them each year.\n',
      [
        'paragraph: The services we fund include:',
        'list-item: home care for the person you look after',
        'list-item: A sitting service at night',
        'list-item: day centres run by local charities',
        'paragraph: We review them each year.',
      ],
    ],
    [
      'An item broken where the line was full goes on',
      'You can ask for:\na sitting service at night for people who need someone with them\nwhile their carer sleeps\nday centres\n',
      [
        'paragraph: You can ask for:',
        'list-item: a sitting service at night for people who need someone with them while their carer sleeps',
        'list-item: day centres',
      ],
    ],
    [
      'A blank line may come between the line that leads in and the list',
      'To help us, please send us:\n\ncopies of your bank statements\ndetails of any pensions you get\n\nThank you.\n',
      [
        'paragraph: To help us, please send us:',
        'list-item: copies of your bank statements',
        'list-item: details of any pensions you get',
        'paragraph: Thank you.',
      ],
    ],
    [
      'Lines that start with a short label and a colon are items, whatever ends the line before',
      '6. Actions\nHM: chase Facilities re pool cars (25/03)\nAll SWs: two extra assessments each (31/03)\nCD/GL: attend the briefing (01/04)\n',
      [
        'list-item: 6. Actions',
        'list-item: HM: chase Facilities re pool cars (25/03)',
        'list-item: All SWs: two extra assessments each (31/03)',
        'list-item: CD/GL: attend the briefing (01/04)',
      ],
    ],
    [
      'A colon where wrapped prose was full is not a list',
      'We talked about three things at the meeting, and the chair said this:\nthe budget is tight and we need to plan for next year now.\n',
      [
        'paragraph: We talked about three things at the meeting, and the chair said this: the budget is tight and we need to plan for next year now.',
      ],
    ],
  ])('reads plain text lists: %s', async (_, text, expected) => {
    const model = await readDocument(new TextEncoder().encode(text), 'services.txt');
    expect(blockTexts(model)).toEqual(expected);
  });

  it.each<[string, string, string, [number, number, number][]]>([
    // Each word's line, column and offset in the file, found from the text.
    [
      'agenda.txt',
      '\uFEFFAgenda for the day\r\nwith   care.\n\n- item one\n',
      'care',
      [[2, 8, 27]],
    ],
    ['notes.md', '# Notes\n\nWe  met the *care* team.\n', 'care', [[3, 14, 22]]],
    ['page.html', '<title>P</title>\n<p>We met\n  the care team.</p>', 'care', [[3, 7, 33]]],
  ])(
    'traces the text of %s back to the file’s lines, columns and offsets',
    async (name, source, word, expected) => {
      const model = await readDocument(new TextEncoder().encode(source), name);
      const at = model.text.indexOf(word);
      const place = sourcePlace(model, at);
      expect([[place.line, place.column, place.offset]]).toEqual(expected);
      // Offsets are into the file's text as read (a byte order mark is not part of it).
      const read = source.replace(/^\uFEFF/, '');
      expect(read.slice(place.offset, (place.offset as number) + word.length)).toBe(word);
    },
  );

  /** The 1-based line and column of `offset` in `source`, counting CRLF, CR and LF as one break each. */
  function lineAndColumn(source: string, offset: number): [number, number] {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      const c = source[i];
      if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    return [line, offset - lineStart + 1];
  }

  it.each<[string, string]>([
    ['spaces.txt', 'One two  three   four\tfive \u00a0six\n seven\n\n\n  eight nine \n'],
    ['breaks.txt', 'Line one\r\nline two\rline three\n\r\n- item  a\r\n- item b '],
    ['edges.txt', ' a\n\nb \n\n c d e f g h i j k\t\tl'],
    ['long.txt', 'word '.repeat(300) + '\n\n' + 'next  word\n'.repeat(50)],
    ['notes.md', '# Title  here\n\nSome *care*  and\n  support   today.\n\n- one  item\n'],
    [
      'escapes.md',
      'A \\* star  and\r\n   more \\& words here.\r\n\r\n1. First\r\n   line  two\r\n',
    ],
  ])('every word of %s traces back to itself in the file', async (name, source) => {
    const model = await readDocument(new TextEncoder().encode(source), name);
    const words = [...model.text.matchAll(/[^\s]+/g)];
    expect(words.length).toBeGreaterThan(3);
    const wrong = words.flatMap((word) => {
      const place = sourcePlace(model, word.index);
      const offset = place.offset as number;
      const [line, column] = lineAndColumn(source, offset);
      return source.slice(offset, offset + word[0].length) === word[0] &&
        place.line === line &&
        place.column === column
        ? []
        : [`${word[0]} at ${word.index}: ${JSON.stringify(place)}`];
    });
    expect(wrong).toEqual([]);
  });
});
