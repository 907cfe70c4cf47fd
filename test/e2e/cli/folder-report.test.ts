/**
 * The folder report's HTML page (`plainly report <folder> --format html`)
 * in Chromium: axe-core's WCAG 2.2 A and AA rules find nothing, with a file
 * that could not be checked, long lists and document text that looks like
 * markup among its rows.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileSummary } from '../../../src/cli/file-summary';
import { buildFolderReport, folderReportHtml } from '../../../src/cli/folder-report';
import { axeViolations } from '../axe';
import { findChromium } from '../browser';

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
});

function summary(over: Partial<FileSummary>): FileSummary {
  return {
    title: 'Paper',
    ready: false,
    readingAge: 14,
    targetReadingAge: 13,
    words: 1_250,
    bySeverity: { error: 1, warning: 12, suggestion: 4 },
    byCategory: {
      jargon: 9,
      'plain-english': 3,
      readability: 2,
      acronym: 3,
      respectful: 0,
      'easy-read': 0,
    },
    accessibility: 2,
    checklist: { 'alternative-format': false, glossary: false, headings: true },
    jargon: Array.from({ length: 25 }, (_, i) => ({ term: `term ${i}`, count: 30 - i })),
    abbreviations: [{ text: 'BCF', count: 3, inGlossary: false }],
    names: [{ text: 'Community <b>Wellbeing</b> Hub', count: 2, midSentence: 1 }],
    ...over,
  };
}

describe('the folder report as a web page', () => {
  it('meets WCAG 2.2 AA as axe-core checks it', async () => {
    const report = buildFolderReport(
      [
        { path: 'papers/a.docx', summary: summary({ ready: true, title: 'A' }) },
        { path: 'papers/b <script>.md', summary: summary({}) },
        { path: 'papers/c.pdf', problem: 'This PDF is a scan: it has no text to check.' },
      ],
      'plain',
    );
    const page = await browser.newPage();
    try {
      await page.setContent(folderReportHtml(report));
      expect(await page.title()).toBe('Ready to circulate? 3 files');
      expect(await page.locator('th[scope="row"]').allTextContents()).toEqual([
        'papers/a.docx',
        'papers/b <script>.md',
        'papers/c.pdf',
      ]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
