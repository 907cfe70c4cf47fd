/**
 * The review page's "Download the Word file with suggestions", in Chromium
 * with the built extension: the file it saves is the one `plainly suggest`
 * makes (the same changes and comments), reads back as the paper with the
 * changes accepted, and the page says what is in it. PDFs get no button.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Checker } from '../../../src/checker/index';
import { readDocument } from '../../../src/documents/index';
import { suggestDocx } from '../../../src/markup/index';
import { reviewDocument } from '../../../src/report/review';
import { makePdf } from '../../fixtures/documents';
import { trickyPaperDocx } from '../../fixtures/suggest-documents';
import { changes, comments } from '../../markup/helpers';
import { launchExtension, type ExtensionBrowser } from '../browser';
import { axeViolations } from './helpers';

let browser: ExtensionBrowser;
let page: Page;
let paper: Uint8Array;

beforeAll(async () => {
  browser = await launchExtension();
  paper = await trickyPaperDocx();
  page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('review.html'));
  await page.getByLabel(/Choose a file/).setInputFiles({
    name: 'tricky paper.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(paper),
  });
  await page.getByRole('heading', { name: 'Ready to circulate?' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('review page: send it back marked up', () => {
  let saved: Uint8Array;
  let name: string;

  it('saves the Word file with the suggestions in it, and says what is in it', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the Word file with suggestions' }).click(),
    ]);
    name = download.suggestedFilename();
    saved = new Uint8Array(await readFile((await download.path()) as string));
    expect(name).toBe('tricky-paper-suggestions.docx');
    const section = page.getByRole('region', { name: 'Send it back marked up' });
    await section.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await section.getByRole('status').innerText()).toBe(
      'Saved tricky-paper-suggestions.docx with 5 tracked changes and 5 comments. Open it in Word or LibreOffice and use the Review tab to accept or reject each one. 1 plainer word is a comment instead of a change, because the words are inside a change someone else has not yet accepted. 2 findings are not in the copy, because Plainly could not find them in the main text (they may be in footnotes or text boxes). They are still in the findings below.',
    );
  });

  it('makes the same changes and comments as plainly suggest does', async () => {
    const model = await readDocument(paper, 'tricky paper.docx');
    const review = reviewDocument(model, new Checker(), { profile: 'plain' });
    const expected = suggestDocx(paper, review).bytes;
    expect(changes(saved)).toEqual(changes(expected));
    expect(changes(saved)).toHaveLength(5);
    expect(comments(saved)).toEqual(comments(expected));
  });

  it('reads back as the paper with the changes accepted', async () => {
    const model = await readDocument(saved, name);
    expect(model.text).toContain('We will use the budget well.');
    expect(model.text).toContain('We will point people to advice.');
    expect(model.text).not.toContain('utilise the budget');
  });

  it('has no WCAG 2.2 A or AA failures that axe-core can find', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('offers no marked-up copy for a PDF', async () => {
    const pdfPage = await browser.context.newPage();
    await pdfPage.goto(browser.extensionUrl('review.html'));
    await pdfPage.getByLabel(/Choose a file/).setInputFiles({
      name: 'minutes.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        makePdf({ title: 'Minutes', pages: [{ paragraphs: ['We will utilise the room.'] }] }),
      ),
    });
    await pdfPage.getByRole('heading', { name: 'Ready to circulate?' }).waitFor();
    expect(
      await pdfPage
        .getByRole('button', { name: 'Download the Word file with suggestions' })
        .count(),
    ).toBe(0);
    await pdfPage.close();
  });
});
