/**
 * Takes the store and README pictures from the real built extension, in
 * Chromium (Playwright, the same launch as the browser tests), into
 * docs/images/:
 *
 * - popup.png: the popup with findings for a pasted paragraph
 * - side-panel.png: the side panel reviewing a page, stepped to a row's second place
 * - review-page.png: the review page with the sample Word paper: its rows
 *   beside the document, stepped to a row's second place
 * - glossary-editor.png: the glossary editor with an entry open
 * - suggestion-card.png: the suggestion card on a text area
 *
 * Run `npm run build` first (or `npx wxt build`), then `npm run screenshots`.
 * Run it again after a change to how any of these look: it waits for what it
 * shows (headings, underlines, the card), never for a set time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, startStaticServer, type ExtensionBrowser } from '../test/e2e/browser';
import { card, waitForMark, wordPoint } from '../test/e2e/fields/helpers';
import { clickToolbarButton, tabIdOf } from '../test/e2e/review/helpers';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs/images');
const paper = join(root, 'examples/day-opportunities-paper');

const PARAGRAPH =
  'Going forward, the commissioners will utilise a strength-based approach to co-produce the new offer with service users.';

const NOTES_PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Case notes</title>
<style>
  body { font: 16px/1.5 Arial, sans-serif; margin: 32px; color: #0b0c0c; }
  label { display: block; font-weight: bold; margin-bottom: 8px; }
  textarea { width: 560px; height: 140px; font: inherit; padding: 8px; }
</style></head>
<body>
<h1>Team meeting notes</h1>
<label for="field">What did the team agree?</label>
<textarea id="field"></textarea>
<script>window.harness = { root: () => document.getElementById('field') };</script>
</body>
</html>
`;

async function shoot(page: Page, name: string): Promise<void> {
  const file = join(out, name);
  await page.screenshot({ path: file });
  console.log(`Wrote ${file}`);
}

async function newPage(
  browser: ExtensionBrowser,
  width: number,
  height: number,
  url: string,
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(url);
  return page;
}

async function popup(browser: ExtensionBrowser): Promise<void> {
  const page = await newPage(browser, 420, 640, browser.extensionUrl('popup.html'));
  await page.getByLabel('Text to check').fill(PARAGRAPH);
  await page.getByRole('listitem').first().waitFor();
  await shoot(page, 'popup.png');
  await page.close();
}

async function sidePanel(browser: ExtensionBrowser, pageUrl: string): Promise<void> {
  const page = await newPage(browser, 1024, 768, pageUrl);
  const tabId = await tabIdOf(browser, page);
  await clickToolbarButton(browser, page);
  const panel = await newPage(
    browser,
    420,
    900,
    browser.extensionUrl(`sidepanel.html?tab=${tabId}`),
  );
  await panel.getByRole('button', { name: 'Review this page' }).click();
  await panel.getByRole('heading', { name: 'Summary' }).waitFor();
  // Step to the second place of the first row that has more than one.
  const next = panel.getByRole('button', { name: /^Show next/ }).first();
  await next.click();
  await next.click();
  await panel
    .getByRole('status')
    .filter({ hasText: /^Place 2 of/ })
    .waitFor();
  await panel.getByRole('heading', { name: /^Writing/ }).scrollIntoViewIfNeeded();
  await shoot(panel, 'side-panel.png');
  await panel.close();
  await page.close();
}

async function reviewPage(browser: ExtensionBrowser): Promise<void> {
  const page = await newPage(browser, 1280, 900, browser.extensionUrl('review.html'));
  await page.getByLabel(/Choose a file/).setInputFiles(`${paper}.docx`);
  await page.getByRole('heading', { name: 'Ready to circulate?' }).waitFor();
  // The rows beside the document, with the second place of the first row marked.
  const next = page.getByRole('button', { name: /^Show next/ }).first();
  await next.click();
  await next.click();
  await page.locator('mark.finding-mark--current').waitFor();
  await page
    .getByRole('heading', { name: /^Things to look at/ })
    .evaluate((heading) =>
      window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 16),
    );
  await shoot(page, 'review-page.png');
  await page.close();
}

async function glossaryEditor(browser: ExtensionBrowser): Promise<void> {
  const page = await newPage(browser, 1280, 860, browser.extensionUrl('glossary.html'));
  await page.getByLabel('Search the glossary').fill('reablement');
  await page.getByRole('button', { name: 'reablement', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Edit “reablement”' }).waitFor();
  // From the entry's heading: the term, its id, its kind, part of speech and category in words.
  await page
    .getByRole('heading', { name: 'Edit “reablement”' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await shoot(page, 'glossary-editor.png');
  await page.close();
}

async function suggestionCard(browser: ExtensionBrowser, pageUrl: string): Promise<void> {
  const page = await newPage(browser, 800, 760, pageUrl);
  await page.locator('#field').click();
  await page.keyboard.type(PARAGRAPH);
  await waitForMark(page.mainFrame(), 'commissioners');
  const point = await wordPoint(page, page.mainFrame(), 'commissioners');
  await page.mouse.click(point.x, point.y);
  await card(page).waitFor();
  await shoot(page, 'suggestion-card.png');
  await page.close();
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const pages = await mkdtemp(join(tmpdir(), 'plainly-screenshots-'));
  writeFileSync(join(pages, 'notes.html'), NOTES_PAGE);
  writeFileSync(join(pages, 'paper.html'), readFileSync(`${paper}.html`));
  const server = await startStaticServer(pages);
  const browser = await launchExtension();
  try {
    await popup(browser);
    await sidePanel(browser, server.url('paper.html'));
    await reviewPage(browser);
    await glossaryEditor(browser);
    await suggestionCard(browser, server.url('notes.html'));
  } finally {
    await browser.close();
    await server.close();
    await rm(pages, { recursive: true, force: true });
  }
}

await main();
