/**
 * The "Ready to circulate?" report and the "words we used" list, built from
 * the board paper fixture, in every format.
 */
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { Checker } from '../../src/checker/index';
import { readDocument } from '../../src/documents/index';
import { loadPdfJsForNode } from '../../src/documents/pdfjs-node';
import { appendixHeading } from '../../src/report/appendix';
import {
  appendixDocx,
  appendixFragment,
  appendixHtml,
  appendixMarkdown,
} from '../../src/report/appendix-formats';
import { csvField } from '../../src/report/escape';
import { findingsCsv, reportHtml, reportJson, reportMarkdown } from '../../src/report/formats';
import { reviewDocument, type DocumentReview } from '../../src/report/review';
import { boardPaperDocx, makePdf } from '../fixtures/documents';

let review: DocumentReview;
const checker = new Checker();

beforeAll(async () => {
  review = reviewDocument(await readDocument(await boardPaperDocx(), 'paper.docx'), checker);
});

describe('Ready to circulate?', () => {
  it('sums up the reading age, counts, jargon and checklist', () => {
    const r = review.readiness;
    expect([r.title, r.readingAge, r.targetReadingAge, r.ready]).toEqual([
      'Day services review: board paper',
      7,
      13,
      false,
    ]);
    expect(r.byCategory).toEqual({
      jargon: 2,
      'plain-english': 0,
      // "We will use co-production with every stakeholder in the review." has
      // 11 words: too short for the readability formulas to judge.
      readability: 0,
      acronym: 0,
      respectful: 1,
      'easy-read': 0,
    });
    expect(r.topJargon).toEqual([
      { term: 'co-production', count: 1 },
      { term: 'stakeholder', count: 1 },
    ]);
    expect(r.accessibilityCount).toBe(13);
    expect(r.checklist.map((item) => [item.id, item.done])).toEqual([
      ['alternative-format', false],
      ['glossary', false],
      ['headings', false],
    ]);
  });

  it('ticks the checklist for a paper that has it all', async () => {
    const html =
      '<html lang="en-GB"><head><title>Plan</title></head><body><h1>Plan</h1><p>You can ask for this in easy read or large print.</p><h2>Words we used</h2><p>None.</p></body></html>';
    const good = reviewDocument(
      await readDocument(new TextEncoder().encode(html), 'plan.html'),
      checker,
    );
    expect(good.readiness.checklist.every((item) => item.done)).toBe(true);
    expect(good.readiness.ready).toBe(true);
  });

  it.each<[string, boolean]>([
    ['If you need this paper in large print or easy read, call 01234 567890.', true],
    ['You can ask for this leaflet in Braille, audio or British Sign Language.', true],
    ['Other formats are available on request from the team.', true],
    // Mentions of easy read that are not a way to ask for another format.
    ['This is an easy read version of our plan.', false],
    ['We wrote an easy read guide last year with the advocacy group.', false],
  ])('ticks "another format" only for a real statement: %s', async (sentence, done) => {
    const r = reviewDocument(
      await readDocument(new TextEncoder().encode(`# Plan\n\n${sentence}\n`), 'a.md'),
      checker,
    );
    expect(r.readiness.checklist.find((item) => item.id === 'alternative-format')?.done).toBe(done);
  });

  it('counts unexplained short forms', async () => {
    const text = 'The WRG met. The WRG agreed the plan with the GP.';
    const r = reviewDocument(await readDocument(new TextEncoder().encode(text), 'a.txt'), checker);
    expect(r.readiness.unexplainedAbbreviations).toEqual([{ text: 'WRG', count: 1 }]);
  });

  it('writes a self-contained, printable HTML report with document text escaped', async () => {
    const html = reportHtml(review);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>Ready to circulate? Day services review: board paper</title>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=/i);
    const hostile = reviewDocument(
      await readDocument(
        new TextEncoder().encode(
          '<title>x</title><p>&lt;img src=x onerror=alert(1)&gt; utilise</p>',
        ),
        'h.html',
      ),
      checker,
    );
    expect(reportHtml(hostile)).not.toContain('<img');
  });

  it('writes Markdown and JSON', () => {
    const md = reportMarkdown(review);
    expect(md.split('\n').slice(0, 8)).toEqual([
      '# Ready to circulate? Day services review: board paper',
      '',
      'Not yet: see what to change below.',
      '',
      '- Reading level: about age 7 (easy); aim for age 13 or under, Plain style',
      // The board paper's 88 words (test/fixtures/documents.ts; a web address is one word).
      '- Words: 88',
      // 3 in the writing and 13 accessibility problems, none of them the same thing twice.
      '- Things to look at: 16',
      '',
    ]);
    expect(md).toContain('- [ ] Says how to ask for another format. Add a sentence');
    expect(md).toContain(
      '- “click here” (Must change, 1 place): The link text “click here” does not say where the link goes.',
    );
    const json = JSON.parse(reportJson(review));
    expect(Object.keys(json)).toEqual([
      'document',
      'readiness',
      'stats',
      'findings',
      'accessibility',
      'wordsWeUsed',
    ]);
    expect(json.accessibility).toHaveLength(13);
  });

  it('writes findings as CSV, safe from spreadsheet formulas', () => {
    const csv = findingsCsv(review).split('\r\n');
    expect(csv[0]).toBe('kind,rule,category,severity,text,message,page,line,start,end,source');
    // In a Word file the "line" is the paragraph's number: the second.
    expect(csv[1]).toBe(
      'text,glossary-term,Jargon,Should change,co-production,Explain “co-production” the first time you use it: many readers will not know it.,,2,33,46,',
    );
    expect(csv).toHaveLength(1 + 3 + 13 + 1);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a,b')).toBe('"a,b"');
  });

  it('gives PDF findings their page', async () => {
    const pdf = makePdf({
      title: 'Paper',
      pages: [{ paragraphs: ['Hello.'] }, { paragraphs: ['We will use co-production.'] }],
    });
    const r = reviewDocument(
      await readDocument(pdf, 'p.pdf', { pdfjs: loadPdfJsForNode }),
      checker,
    );
    expect(r.report.findings.map((f) => [f.text, f.page])).toEqual([['co-production', 2]]);
  });
});

describe('one row per thing to fix', () => {
  const PAPER = [
    '# Day centre plan',
    '',
    ...Array.from({ length: 12 }, (_, i) => `Meeting ${i + 1} was for all the stakeholders.`),
    '',
    'We will utilise the hall.',
  ].join('\n\n');

  it('lists a term used twelve times once in the Markdown report, with its places', async () => {
    const r = reviewDocument(
      await readDocument(new TextEncoder().encode(PAPER), 'plan.md'),
      checker,
    );
    const md = reportMarkdown(r);
    const section = md.slice(md.indexOf('## Things to change in the writing'));
    expect(section.split('\n')).toEqual([
      '## Things to change in the writing',
      '',
      '- “stakeholders” (Should change, 12 places: line 5, line 7, line 9, line 11, line 13, line 15, line 17, line 19, line 21, line 23 and 2 more): “stakeholders” is vague. Say what you mean, for example “people with an interest”.',
      '- “utilise” (Could change, 1 place: line 31): Try “use” instead of “utilise”.',
      '',
    ]);
    // The rows are what "things to look at" counts: 13 findings, 2 things.
    expect(r.report.findings).toHaveLength(13);
    expect(md).toContain('- Things to look at: 2\n');
    expect(r.readiness.total).toBe(2);
  });

  it('lists the same rows in the HTML report', async () => {
    const r = reviewDocument(
      await readDocument(new TextEncoder().encode(PAPER), 'plan.md'),
      checker,
    );
    const html = reportHtml(r);
    expect(html).toContain(
      '<h2>Things to change in the writing</h2>\n<ul><li><strong>“stakeholders”</strong> (Should change, 12 places: line 5,',
    );
    expect(html.match(/“stakeholders”<\/strong>/g)).toHaveLength(1);
  });
});

describe('counts people can read', () => {
  it('quotes the same word count in the summary and in the finding about headings', async () => {
    // Dashes, bullets and ampersands stand between spaces but are not words.
    const paragraph =
      'The team met the people who use the centre – and their families & carers • to plan the year.';
    const html = `<html lang="en-GB"><head><title>Plan</title></head><body>${Array.from(
      { length: 80 },
      () => `<p>${paragraph}</p>`,
    ).join('')}</body></html>`;
    const r = reviewDocument(
      await readDocument(new TextEncoder().encode(html), 'plan.html'),
      checker,
    );
    const words = r.readiness.words;
    // More than a plain split on spaces would count, so the two counts really could differ.
    expect(words).toBeLessThan(paragraph.split(/\s+/).length * 80);
    expect(words).toBeGreaterThan(1_000);
    const noHeadings = r.accessibility.find((finding) => finding.ruleId === 'no-headings');
    expect(noHeadings?.message).toBe(
      `Your document has ${words.toLocaleString('en-GB')} words and no headings. Use heading styles so people can find their way around.`,
    );
    expect(reportMarkdown(r)).toContain(`- Words: ${words.toLocaleString('en-GB')}\n`);
    expect(reportHtml(r)).toContain(
      `<tr><th scope="row">Words</th><td>${words.toLocaleString('en-GB')}</td></tr>`,
    );
    expect(words.toLocaleString('en-GB')).toMatch(/^\d,\d{3}$/);
  });
});

describe('words we used', () => {
  it('lists each glossary term once, A to Z, with its definition', () => {
    // "stakeholder" is a style word: the writer's business, never the reader's.
    expect(review.appendix.map((entry) => entry.term)).toEqual([
      'co-production',
      'day service',
      'service user',
    ]);
    expect(appendixMarkdown(review.appendix).split('\n').slice(0, 5)).toEqual([
      '# Words we used',
      '',
      'This list explains words in this paper that you may not know.',
      '',
      '**co-production**: People who draw on care, their families and staff plan and decide things together, as equals, from the start.',
    ]);
  });

  it('lists the terms a paper explains and the short forms it uses, but never style words', async () => {
    const text =
      'Co-production means planning together as equals. We will use co-production, going forward, in the key projects. The DoLS team will visit.';
    const r = reviewDocument(await readDocument(new TextEncoder().encode(text), 'a.txt'), checker);
    // Explained, so not flagged; but still a word the reader meets.
    expect(r.report.findings.some((f) => f.text === 'Co-production')).toBe(false);
    expect(r.appendix.map((entry) => appendixHeading(entry))).toEqual([
      'co-production',
      'Deprivation of Liberty Safeguards (DoLS)',
    ]);
    expect(r.appendix.every((entry) => !('advice' in entry))).toBe(true);
  });

  it('adds easy read sentences in the easy read profile', async () => {
    const easy = reviewDocument(await readDocument(await boardPaperDocx(), 'paper.docx'), checker, {
      profile: 'easy-read',
    });
    expect(easy.appendix[0]?.easyRead).toEqual([
      'We plan things together with you.',
      'Your ideas matter as much as ours.',
      'This is called co-production.',
    ]);
    expect(appendixFragment(easy.appendix)).toContain('<li>We plan things together with you.</li>');
  });

  it('writes HTML and a .docx Word can open', async () => {
    expect(appendixHtml(review.appendix, 'Paper')).toContain('<title>Words we used: Paper</title>');
    const docx = await appendixDocx(review.appendix, 'Paper');
    const files = unzipSync(docx);
    const xml = new TextDecoder().decode(files['word/document.xml']);
    expect(xml).toContain('Words we used');
    expect(xml).toContain('co-production: ');
    const again = await readDocument(docx, 'words.docx');
    expect(again.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
  });
});
