/**
 * The review page with the built extension: upload the board paper .docx,
 * see its findings listed and marked, save the report and the "words we
 * used" list; a term used ten times is one row whose places are marked in
 * turn, and the summary and the findings give one word count; bad files get
 * plain messages; a worker over its time limit is stopped and says so;
 * axe-core finds no WCAG 2.2 A/AA failures.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from '../browser';
import { boardPaperDocx, makePdf, zipBombDocx } from '../../fixtures/documents';
import { axeViolations } from './helpers';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

async function openReview(query = ''): Promise<Page> {
  const opened = await browser.context.newPage();
  await opened.goto(browser.extensionUrl(`review.html${query}`));
  await opened.getByLabel(/Choose a file/).waitFor();
  return opened;
}

async function upload(target: Page, name: string, bytes: Uint8Array, mimeType: string) {
  await target
    .getByLabel(/Choose a file/)
    .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

async function download(target: Page, button: string): Promise<Buffer> {
  const [saved] = await Promise.all([
    target.waitForEvent('download'),
    target.getByRole('button', { name: button }).click(),
  ]);
  return readFile((await saved.path()) as string);
}

describe('review page', () => {
  it('reviews an uploaded .docx and lists its findings, each linked to its place', async () => {
    page = await openReview();
    await upload(
      page,
      'board-paper.docx',
      await boardPaperDocx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    await page.getByRole('heading', { name: 'Ready to circulate?' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('The link text “click here” does not say where the link goes.');
    expect(text).toContain('A picture here has no alt text.');
    expect(text).toContain('This table has no header row.');
    expect(text).toContain('Explain “co-production” the first time you use it');
    // Each finding links to its mark in the document view.
    const link = page.getByRole('link', { name: '“click here”' });
    const target = (await link.getAttribute('href')) as string;
    expect(await page.locator(`${target} + mark`).innerText()).toBe('click here');
  });

  it('saves the report as HTML and Markdown, and the words we used as .docx and Markdown', async () => {
    const html = (await download(page, 'Save the report (HTML, prints to PDF)')).toString('utf8');
    expect(html).toContain('<title>Ready to circulate? Day services review: board paper</title>');
    const md = (await download(page, 'Save the report (Markdown)')).toString('utf8');
    expect(md.split('\n')[0]).toBe('# Ready to circulate? Day services review: board paper');
    const csv = (await download(page, 'Save the findings (CSV)')).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'kind,rule,category,severity,text,message,page,line,start,end,source',
    );
    const docx = await download(page, 'Save as Word (.docx)');
    expect([docx[0], docx[1]]).toEqual([0x50, 0x4b]);
    const words = (await download(page, 'Save as Markdown')).toString('utf8');
    expect(words).toContain('**co-production**: People who draw on care');
  });

  it('has no WCAG 2.2 A or AA failures that axe-core can find', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists a term used ten times as one row, steps through its places, and gives one word count', async () => {
    const stakeholders = Array.from(
      { length: 10 },
      (_, i) => `<p>Meeting ${i + 1} was for all the stakeholders.</p>`,
    );
    // Dashes and ampersands sit between spaces but are not words.
    const filler = Array.from(
      { length: 90 },
      () => '<p>The team met the people who use the centre – and their families &amp; carers.</p>',
    );
    const html = `<html lang="en-GB"><head><title>Centre plan</title></head><body>${[...stakeholders, ...filler].join('')}</body></html>`;
    const long = await openReview();
    await upload(long, 'plan.html', new TextEncoder().encode(html), 'text/html');
    await long.getByRole('heading', { name: 'Ready to circulate?' }).waitFor();

    const list = long.getByRole('region', { name: /^Things to look at/ });
    const row = list.locator('li.finding').filter({ hasText: /^“stakeholders”/ });
    expect(await row.count()).toBe(1);
    expect(await row.locator('.finding__meta').innerText()).toBe(
      'Should change · Jargon · 10 places',
    );
    // The status, the heading and the report count the same rows.
    const rows = await list.locator('li.finding').count();
    expect(await list.getByRole('heading', { level: 2 }).innerText()).toBe(
      `Things to look at (${rows})`,
    );
    expect(await long.getByRole('status').first().innerText()).toMatch(
      new RegExp(`^plan\\.html: ${rows} things? to look at\\.`),
    );

    // One word count, with a thousands separator, in the summary and in the finding.
    const summary = await long.getByRole('region', { name: 'Ready to circulate?' }).innerText();
    const words = /\n([\d,]+) words\.\n/.exec(summary)?.[1];
    expect(words).toMatch(/^1,\d{3}$/);
    expect(await list.innerText()).toContain(`Your document has ${words} words and no headings.`);

    // Show next marks each place in the document in turn.
    const next = row.getByRole('button', { name: 'Show next: “stakeholders”' });
    for (let i = 1; i <= 3; i++) {
      await next.click();
      await row
        .getByRole('status')
        .filter({ hasText: `Place ${i} of 10, paragraph ${i}.` })
        .waitFor();
      const current = long.locator('mark.finding-mark--current');
      expect(await current.allInnerTexts()).toEqual(['stakeholders']);
      expect(await current.locator('xpath=..').innerText()).toBe(
        `Meeting ${i} was for all the stakeholders.`,
      );
    }
    expect(await axeViolations(long)).toEqual([]);
    await long.close();
  });

  it('gives PDF findings their page', async () => {
    const pdfPage = await openReview();
    await upload(
      pdfPage,
      'minutes.pdf',
      makePdf({
        title: 'Minutes',
        pages: [{ paragraphs: ['The board met.'] }, { paragraphs: ['We will use co-production.'] }],
      }),
      'application/pdf',
    );
    await pdfPage.getByRole('heading', { name: 'Ready to circulate?' }).waitFor();
    expect(await pdfPage.getByRole('link', { name: '“co-production”, page 2' }).count()).toBe(1);
    await pdfPage.close();
  });

  it.each([
    [
      'scan.pdf',
      () => makePdf({ scanned: true, pages: [{ paragraphs: [] }] }),
      'This looks like a scanned document: its text cannot be read.',
    ],
    ['bomb.docx', () => zipBombDocx(), 'This Word file would take up more than 200 MB once opened'],
    ['broken.docx', () => new TextEncoder().encode('not a docx'), 'This Word file is damaged'],
  ])('says plainly why %s cannot be read', async (name, make, message) => {
    const bad = await openReview();
    await upload(bad, name, make(), 'application/octet-stream');
    const alert = bad.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(message);
    await bad.close();
  });

  it('stops a worker that runs over its time limit, and says so', async () => {
    const slow = await openReview('?timeLimit=1');
    await upload(slow, 'board-paper.docx', await boardPaperDocx(), 'application/octet-stream');
    const alert = slow.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'Reading this file took longer than 0.001 seconds, so Plainly stopped. The file may be too large or damaged. Try a smaller part of it.',
    );
    await slow.close();
  });
});
