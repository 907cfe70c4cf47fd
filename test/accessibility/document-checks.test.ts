/**
 * Document checks on the board paper fixture (test/fixtures/documents.ts):
 * each problem it was built with is found, exactly, with its source.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument as checkWithCount } from '../../src/accessibility/document-checks';
import { Checker } from '../../src/checker/index';
import type { ProfileName } from '../../src/checker/types';
import type { DocumentModel } from '../../src/documents/model';
import { checkModel } from '../../src/report/review';
import { readDocument } from '../../src/documents/index';
import { loadPdfJsForNode } from '../../src/documents/pdfjs-node';
import { boardPaperDocx, makePdf, taggedReviewPdf } from '../fixtures/documents';

const checker = new Checker();

/** The checks with the document's word count as the engine counts it, as a review passes it. */
function checkDocument(model: DocumentModel, profile: ProfileName) {
  return checkWithCount(model, profile, checkModel(model, checker, { profile }).stats.words);
}

describe('document accessibility checks', () => {
  it('finds every problem built into the board paper, with its check and text', async () => {
    const model = await readDocument(await boardPaperDocx(), 'paper.docx');
    expect(
      checkDocument(model, 'plain').map((f) => [f.ruleId, f.check, f.severity, f.text]),
    ).toEqual([
      ['no-language', 'D24', 'warning', ''],
      ['skipped-heading', 'D17', 'warning', 'Background'],
      ['image-no-alt', 'D20', 'error', 'The centre opened in 2009 and now supports 40 people.'],
      ['image-alt-file-name', 'D20', 'error', 'To see the full report, click here.'],
      ['vague-link', 'D19', 'error', 'click here'],
      ['bare-url-link', 'D19', 'warning', 'https://example.org/data'],
      ['table-no-header', 'D23', 'error', 'Centre'],
      ['typed-list', 'D18', 'warning', '- Visit each centre'],
      ['typed-list', 'D18', 'warning', '- Talk to families'],
      ['justified-text', 'D16', 'warning', 'Service users told us the buses are late.'],
      ['small-text', 'D15', 'warning', 'Small print about the costs.'],
      ['italic-text', 'D14', 'suggestion', 'very important'],
      ['underlined-text', 'D14', 'suggestion', 'must be read'],
    ]);
  });

  it('cites WCAG or GOV.UK for every finding', async () => {
    const model = await readDocument(await boardPaperDocx(), 'paper.docx');
    const findings = checkDocument(model, 'easy-read');
    // The board paper's problems, and easy read's own check for pictures.
    expect(findings.map((f) => f.ruleId)).toEqual([
      'no-language',
      'easy-read-pictures',
      'skipped-heading',
      'image-no-alt',
      'image-alt-file-name',
      'vague-link',
      'bare-url-link',
      'table-no-header',
      'typed-list',
      'typed-list',
      'justified-text',
      'small-text',
      'italic-text',
      'underlined-text',
    ]);
    for (const finding of findings) {
      expect(finding.source, finding.ruleId).toMatch(/WCAG 2\.2 SC \d|GOV\.UK/);
    }
  });

  it('adds the easy read checks: pictures beside the text and length over 24 pages', async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} says one thing.`);
    const pdf = makePdf({
      title: 'Your support plan',
      pages: Array.from({ length: 25 }, () => ({ paragraphs: paragraphs.slice(0, 2) })),
    });
    const model = await readDocument(pdf, 'plan.pdf', { pdfjs: loadPdfJsForNode });
    expect(checkDocument(model, 'easy-read').map((f) => [f.ruleId, f.message])).toEqual([
      [
        'easy-read-pictures',
        'Easy read puts a picture beside each idea. Your document has 0 pictures for 50 paragraphs.',
      ],
      [
        'easy-read-length',
        'Your document is about 25 pages. Keep easy read to 24 pages or fewer: split it into parts.',
      ],
    ]);
    expect(checkDocument(model, 'plain')).toEqual([]);
  });

  it('finds a missing title and, in a long document, missing headings', async () => {
    const long = Array.from(
      { length: 40 },
      () => '<p>The team met the people who use the centre today.</p>',
    ).join('');
    const model = await readDocument(
      new TextEncoder().encode(`<html lang="en"><body>${long}</body></html>`),
      'page.html',
    );
    expect(checkDocument(model, 'plain').map((f) => [f.ruleId, f.message])).toEqual([
      [
        'no-title',
        'Your document has no title. Give it a title that says what it is about, in its properties.',
      ],
      [
        'no-headings',
        'Your document has 400 words and no headings. Use heading styles so people can find their way around.',
      ],
    ]);
  });

  it('checks a tagged PDF’s structure as it checks a .docx, each finding on its page', async () => {
    const pdf = taggedReviewPdf();
    const model = await readDocument(pdf, 'review.pdf', { pdfjs: loadPdfJsForNode });
    expect(
      checkDocument(model, 'plain').map((f) => [f.ruleId, f.severity, f.text, f.page]),
    ).toEqual([
      ['no-language', 'warning', '', 1],
      ['image-no-alt', 'error', 'We met the families on Monday.', 1],
      ['skipped-heading', 'warning', 'Next steps', 2],
      ['vague-link', 'error', 'click here', 2],
    ]);
  });

  it('gives PDF findings their page', async () => {
    const pdf = makePdf({
      pages: [{ paragraphs: ['First page.'] }, { paragraphs: ['SECOND PAGE IN CAPITALS HERE.'] }],
    });
    const model = await readDocument(pdf, 'x.pdf', { pdfjs: loadPdfJsForNode });
    const noTitle = checkDocument(model, 'plain')[0];
    expect([noTitle?.ruleId, noTitle?.page]).toEqual(['no-title', 1]);
  });
});
