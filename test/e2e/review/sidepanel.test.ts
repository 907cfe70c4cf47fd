/**
 * The side panel with the built extension: review a harness page, click
 * through to a finding, and see it highlighted in the page with the CSS
 * Custom Highlight API and the page's DOM unchanged; a page with awkward
 * markup is copied exactly (every finding highlights its own words, hidden
 * text is not read); the form harness gets its missing labels, placeholder
 * label and jargon hint, and axe-core's checks when asked for; axe-core finds
 * no WCAG 2.2 A/AA failures in the side panel itself. A page that uses a
 * term ten times gets one row for it, whose "Show next" highlights each
 * place in turn, and the page's "words we used" list.
 *
 * Headless Chromium cannot open the real side panel (it needs a click on the
 * browser's own toolbar), so the test opens the side panel's page,
 * chrome-extension://<id>/sidepanel.html?tab=<id>, bound to the harness tab:
 * the same page and code the panel shows, with the tab named in its address.
 * Before that it clicks Plainly's toolbar button on the harness tab (DevTools
 * `Extensions.triggerAction`), which is what gives Plainly the activeTab
 * permission to read that page, as it does for a user.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  startStaticServer,
  type ExtensionBrowser,
  type StaticServer,
} from '../browser';
import { entry } from '../../helpers';
import { message } from '../glossary/helpers';
import { axeViolations, builtInEntry, clickToolbarButton, tabIdOf } from './helpers';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchExtension();
  server = await startStaticServer(resolve(import.meta.dirname, 'harness'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPanelFor(url: string): Promise<{ page: Page; panel: Page }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(browser, page);
  await clickToolbarButton(browser, page);
  const panel = await browser.context.newPage();
  await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
  return { page, panel };
}

describe('side panel: review this page', () => {
  it('reviews the main text, and a click highlights the finding in the page without changing its DOM', async () => {
    const { page, panel } = await openPanelFor(server.url('article.html'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    await panel.getByRole('button', { name: 'Review this page' }).click();
    await panel.getByRole('heading', { name: 'Summary' }).waitFor();
    expect(await panel.getByRole('status').first().innerText()).toMatch(
      /^\d+ things? to look at\. Reading level: about age \d+ \((easy|fairly easy|hard)\)\. Aim for age 13 or under\./,
    );
    // Readability kept the article and left out the navigation and footer.
    const summary = await panel.getByRole('region', { name: 'Summary' }).innerText();
    expect(summary).toContain('Jargon: 1\n');

    await panel.getByRole('button', { name: 'Show “co-production” in the page' }).click();
    await page.waitForFunction(() => CSS.highlights.has('plainly-review'));
    const highlighted = await page.evaluate(() => {
      const highlight = CSS.highlights.get('plainly-review') as Highlight;
      return [...highlight].map((range) => range.toString());
    });
    expect(highlighted).toEqual(['co-production']);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('copies the page exactly: each finding highlights its own words, and hidden text is not read', async () => {
    const { page, panel } = await openPanelFor(server.url('tricky.html'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await panel.getByLabel('The whole page').check();
    await panel.getByRole('button', { name: 'Review this page' }).click();
    await panel.getByRole('heading', { name: 'Summary' }).waitFor();

    const buttons = panel.getByRole('button', { name: /^Show “/ });
    const labels = await buttons.allInnerTexts();
    const shown = labels.map((label) => /^Show “([^]*)” in the page$/.exec(label)?.[1] ?? label);
    // Words split over elements and over text nodes made by a script, and in a table.
    expect(shown).toEqual(
      expect.arrayContaining(['personalisation', 'stakeholders', 'commissioners', 'signposting']),
    );
    // The closed menu (display: none), <noscript>, <template>, SVG, [hidden] and code are not
    // read as prose: each of these words is found in one place only. (Code stands in its
    // sentence as one word, so the findings after it are still highlighted on their own words.)
    const places = (words: string) =>
      panel
        .locator('li.finding')
        .filter({ has: panel.getByRole('button', { name: `Show “${words}” in the page` }) })
        .getAttribute('data-places');
    expect(shown.filter((words) => words === 'reablement')).toHaveLength(1);
    expect(await places('reablement')).toBe('1');
    expect(shown.filter((words) => /commissioning|template|map of/.test(words))).toEqual([]);
    expect(shown.filter((words) => words === 'stakeholders')).toHaveLength(1);
    expect(await places('stakeholders')).toBe('1');

    const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (let i = 0; i < labels.length; i++) {
      await buttons.nth(i).click();
      const expected = norm(shown[i] as string);
      await page.waitForFunction((want) => {
        const highlight = CSS.highlights.get('plainly-review') as Highlight | undefined;
        const ranges = highlight ? [...highlight] : [];
        return ranges.length === 1 && ranges[0]?.toString().replace(/\s+/g, ' ').trim() === want;
      }, expected);
    }
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('reads web components as they are shown: open shadow roots and their slots, not closed ones', async () => {
    const { page, panel } = await openPanelFor(server.url('components.html'));
    await panel.getByLabel('The whole page').check();
    await panel.getByRole('button', { name: 'Review this page' }).click();
    await panel.getByRole('heading', { name: 'Summary' }).waitFor();
    const labels = await panel.getByRole('button', { name: /^Show “/ }).allInnerTexts();
    // "commissioners" is in the shadow root, "reablement" is the page's own text in its slot;
    // "stakeholders" is in a closed shadow root.
    expect(labels).toEqual(
      expect.arrayContaining(['Show “commissioners” in the page', 'Show “reablement” in the page']),
    );
    expect(labels.filter((label) => label.includes('stakeholders'))).toEqual([]);
    await panel.getByRole('button', { name: 'Show “commissioners” in the page' }).click();
    await page.waitForFunction(
      () =>
        [...(CSS.highlights.get('plainly-review') ?? [])].map(String).join() === 'commissioners',
    );
  });

  it('checks the first part of a page too long to check in one go, and says so', async () => {
    const { page, panel } = await openPanelFor(server.url('long.html'));
    await panel.getByLabel('The whole page').check();
    await panel.getByRole('button', { name: 'Review this page' }).click();
    await panel.getByRole('heading', { name: 'Summary' }).waitFor();
    expect(await panel.getByRole('status').first().innerText()).toContain(
      'This page is very long: Plainly checked its first part only.',
    );
    // Written the UK way, with thousands separators: "25,031 words".
    const counted = /([\d,]+) words\./.exec(
      await panel.getByRole('region', { name: 'Summary' }).innerText(),
    )?.[1];
    expect(counted).toMatch(/^\d{1,3}(,\d{3})+$/);
    const words = Number(counted?.replaceAll(',', ''));
    const pageWords = await page.evaluate(
      () => document.body.innerText.split(/\s+/).filter(Boolean).length,
    );
    expect(words).toBeGreaterThan(20_000);
    expect(words).toBeLessThan(pageWords);
    expect(await panel.getByRole('alert').count()).toBe(0);
  });

  it('checks the forms on the page next to the text, and runs axe-core when asked', async () => {
    const { panel } = await openPanelFor(server.url('form.html'));
    await panel.getByRole('button', { name: 'Review this page' }).click();
    await panel.getByRole('heading', { name: 'Forms and page structure' }).waitFor();
    // axe-core has not run: its checks wait for the button.
    expect(await panel.locator('[data-rule="label"]').count()).toBe(0);
    await panel.getByRole('button', { name: 'Check the page with axe-core' }).click();
    await panel.getByRole('heading', { name: /^Page checks by axe-core \(\d+\)$/ }).waitFor();
    const rules = await panel
      .locator('[data-rule]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
    expect(rules).toEqual(
      expect.arrayContaining([
        'placeholder-as-label',
        'field-no-label',
        'form-glossary-term',
        'vague-button',
        'label',
      ]),
    );
    const text = await panel.locator('main').innerText();
    expect(text).toContain('This field has no label.');
    expect(text).toContain('This field uses its placeholder, “Email address”, as its label.');
    expect(text).toContain('In the hint for “What help do you need? *”:');
  });

  it('gives one row for a term used ten times, with its definition once, and steps through each place', async () => {
    const { page, panel } = await openPanelFor(server.url('repeated.html'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await panel.getByRole('button', { name: 'Review this page' }).click();
    await panel.getByRole('heading', { name: 'Summary' }).waitFor();

    const writing = panel.getByRole('region', { name: /^Writing/ });
    const rows = writing.locator('li.finding');
    const titles = await rows.locator('.finding__text').allInnerTexts();
    // One row per term: never "stakeholders" ten times.
    expect(titles.filter((title) => /stakeholders/i.test(title))).toEqual(['“stakeholders”']);
    expect(titles.filter((title) => /co-production/i.test(title))).toEqual(['“co-production”']);
    const row = rows.filter({ has: panel.getByRole('heading', { name: /“stakeholders”/ }) });
    expect(await row.getAttribute('data-places')).toBe('10');
    expect(await row.locator('.finding__meta').innerText()).toBe(
      'Should change · Jargon · 10 places',
    );
    const { definition } = builtInEntry('stakeholder');
    const writingText = await writing.innerText();
    expect(writingText.split(definition)).toHaveLength(2);

    /** The highlighted words, and the paragraph they are in. */
    const highlighted = () =>
      page.evaluate(() =>
        [...((CSS.highlights.get('plainly-review') as Highlight | undefined) ?? [])].map(
          (range) => {
            const r = range as Range;
            return `${r.toString()} | ${r.startContainer.parentElement?.textContent?.trim()}`;
          },
        ),
      );
    const next = row.getByRole('button', { name: 'Show next: “stakeholders”' });
    const status = row.getByRole('status');
    const seen: string[] = [];
    for (let i = 1; i <= 10; i++) {
      const was = JSON.stringify(await highlighted());
      // By keyboard: the button takes focus and Enter presses it.
      await next.focus();
      await panel.keyboard.press('Enter');
      await page.waitForFunction(
        (old) =>
          JSON.stringify(
            [...(CSS.highlights.get('plainly-review') ?? [])].map((range) => {
              const r = range as Range;
              return `${r.toString()} | ${r.startContainer.parentElement?.textContent?.trim()}`;
            }),
          ) !== old,
        was,
      );
      expect(await status.innerText()).toMatch(new RegExp(`^Place ${i} of 10, paragraph \\d+\\.$`));
      seen.push(...(await highlighted()));
    }
    expect(seen).toEqual(
      Array.from({ length: 10 }, (_, i) =>
        expect.stringMatching(
          new RegExp(`^stakeholders \\| .*Meeting ${i + 1} was for all the stakeholders\\.$`),
        ),
      ),
    );
    // The paragraph numbers go up through the page: headings and list items count too.
    await row.getByRole('button', { name: 'Show previous: “stakeholders”' }).click();
    await status.filter({ hasText: /^Place 9 of 10/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('lists the words we used on the page, from the same builder as a file, to copy or save', async () => {
    const { panel } = await openPanelFor(server.url('repeated.html'));
    await panel.getByRole('button', { name: 'Review this page' }).click();
    const section = panel.getByRole('region', { name: /^Words we used/ });
    await section.getByRole('heading', { name: 'Words we used (1)' }).waitFor();
    const entry = builtInEntry('co-production');
    // Only reader words: "stakeholders" is the writer's business (a style word) and is not here.
    expect(await section.locator('dt').allInnerTexts()).toEqual(['co-production']);
    expect(await section.locator('dd').allInnerTexts()).toEqual([entry.definition]);
    const [saved] = await Promise.all([
      panel.waitForEvent('download'),
      section.getByRole('button', { name: 'Save as Markdown' }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe('Planning-the-new-day-centre-words-we-used.md');
    const markdown = await readFile((await saved.path()) as string, 'utf8');
    expect(markdown).toBe(
      `# Words we used\n\nThis list explains words in this paper that you may not know.\n\n**co-production**: ${entry.definition}\n`,
    );
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('reviews the page again when the glossary changes, with the new entry in the findings', async () => {
    const { panel } = await openPanelFor(server.url('article.html'));
    await panel.getByRole('button', { name: 'Review this page' }).click();
    await panel.getByRole('heading', { name: 'Summary' }).waitFor();
    const summary = panel.getByRole('region', { name: 'Summary' });
    expect(await summary.innerText()).toContain('Jargon: 1\n');
    expect(
      await panel.getByRole('button', { name: 'Show “finance officer” in the page' }).count(),
    ).toBe(0);

    // A maintainer adds a word in another tab: the panel hears of it and reviews again.
    await message(panel, 'saveGlossaryEntry', {
      entry: entry({
        id: 'finance-officer',
        term: 'finance officer',
        alternatives: ['money officer'],
      }),
    });
    await panel
      .getByRole('status')
      .filter({ hasText: /^Reviewed again with the changed glossary\. / })
      .waitFor();
    expect(await summary.innerText()).toContain('Jargon: 2\n');
    await panel.getByRole('button', { name: 'Show “finance officer” in the page' }).waitFor();

    await message(panel, 'deleteGlossaryEntry', { id: 'finance-officer' });
    await panel
      .getByRole('status')
      .filter({ hasText: /^Reviewed again with the changed glossary\. / })
      .waitFor();
    await panel
      .getByRole('button', { name: 'Show “finance officer” in the page' })
      .waitFor({ state: 'detached' });
    expect(await summary.innerText()).toContain('Jargon: 1\n');
  });

  it('has no WCAG 2.2 A or AA failures that axe-core can find', async () => {
    const { panel } = await openPanelFor(server.url('form.html'));
    await panel.getByRole('button', { name: 'Review this page' }).click();
    await panel.getByRole('heading', { name: 'Forms and page structure' }).waitFor();
    expect(await axeViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Check the page with axe-core' }).click();
    await panel.getByRole('heading', { name: /^Page checks by axe-core/ }).waitFor();
    const violations = await axeViolations(panel);
    expect(violations).toEqual([]);
  });
});
