/**
 * The glossary editor as a maintainer uses it, in a real Chromium with the
 * built extension and its real IndexedDB: the page says it is loading until
 * the glossary is there; a new entry needs no id; categories are words; a
 * second tab's list and status follow a save in the first; a new approved
 * entry is underlined at once in a field open in another tab; an import of
 * some CSV columns says what it will change; axe-core finds nothing with
 * the form open.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GlossarySnapshot } from '../../../src/messaging/glossary';
import { axeViolations } from '../axe';
import {
  marks,
  openHarness,
  startWorld,
  waitForCheckOf,
  waitForMark,
  type FieldsWorld,
} from '../fields/helpers';
import { message } from './helpers';

let world: FieldsWorld;
const pageErrors: string[] = [];

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.close();
});

async function openEditor(options: { record?: boolean } = {}): Promise<Page> {
  const page = await world.browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  if (options.record) {
    // Notes every text the entry count line has ever shown, from the first drawing on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { plainlySeen: string[] }).plainlySeen = seen;
      new MutationObserver(() => {
        const line = document.getElementById('result-count');
        const text = line ? `${line.getAttribute('role') ?? ''}|${line.textContent ?? ''}` : '';
        if (line && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
  }
  await page.goto(world.browser.extensionUrl('glossary.html'));
  return page;
}

/** Fills the form for a new entry with what every entry needs. */
async function fillNewEntry(
  page: Page,
  fields: { term: string; word: string; definition: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.getByLabel('Term', { exact: true }).fill(fields.term);
  await page.getByLabel('Word 1', { exact: true }).fill(fields.word);
  await page.getByLabel('What it means, for readers').fill(fields.definition);
}

const status = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: text }).waitFor();

describe('the glossary editor', () => {
  it('says it is loading until the glossary is there, then shows the list, never “0 of 0”', async () => {
    const page = await openEditor({ record: true });
    await page.getByText(/^Showing \d[\d,]* of \d[\d,]* entries\.$/).waitFor();
    const seen = await page.evaluate(
      () => (window as unknown as { plainlySeen: string[] }).plainlySeen,
    );
    expect(seen[0]).toBe('status|Loading the glossary…');
    expect(seen.filter((text) => /Showing 0 of 0/.test(text))).toEqual([]);
    expect(seen.at(-1)).toMatch(/^\|Showing [1-9][\d,]* of [1-9][\d,]* entries\.$/);
    await page.close();
  });

  it('makes a new entry’s id from its term: the form has no id field, and shows the id after saving', async () => {
    const page = await openEditor();
    await page.getByText(/^Showing \d/).waitFor();
    await page.getByRole('button', { name: 'Add an entry' }).click();
    expect(await page.getByRole('textbox', { name: /\bid\b/i }).count()).toBe(0);
    await page.getByRole('button', { name: 'Close without saving' }).click();
    await fillNewEntry(page, {
      term: 'Zorble Desk',
      word: 'front desk',
      definition: 'The place where people are met when they arrive.',
    });
    await expect.poll(() => page.locator('#entry-id').innerText()).toContain('zorble-desk');
    await page.getByRole('button', { name: 'Save' }).click();
    await status(
      page,
      'Added “Zorble Desk”. Its id is zorble-desk. Plainly uses it when checking, straight away.',
    );
    const snapshot = await message<GlossarySnapshot>(page, 'getGlossary');
    const own = snapshot.rows.find((r) => r.layer === 'own' && r.entry.term === 'Zorble Desk');
    expect(own?.entry.id).toBe('zorble-desk');
    expect(own?.entry.alternatives).toEqual([{ text: 'front desk', pos: 'noun' }]);
    // Opened again, the id is shown as text, not as a field to change.
    await page.getByLabel('Search the glossary').fill('zorble desk');
    await page.getByRole('button', { name: 'Zorble Desk', exact: true }).click();
    expect(await page.locator('#entry-id').innerText()).toBe('Id: zorble-desk (it never changes)');
    expect(await page.getByRole('textbox', { name: /\bid\b/i }).count()).toBe(0);
    // The same term again gets the next free id.
    await page.getByRole('button', { name: 'Close without saving' }).click();
    await fillNewEntry(page, {
      term: 'zorble-desk',
      word: 'front desk',
      definition: 'Another desk.',
    });
    await page.getByRole('button', { name: 'Save' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.getByRole('listitem').allInnerTexts()).toEqual([
      'The term is already in the glossary, in “Zorble Desk”. Change that entry instead.',
    ]);
    await page.close();
  });

  it('saves “An everyday word too” with the entry, and shows it ticked when opened again', async () => {
    const page = await openEditor();
    await page.getByText(/^Showing \d/).waitFor();
    await fillNewEntry(page, {
      term: 'zorble pack',
      word: 'set of visits',
      definition: 'The visits a person gets from a zorble team.',
    });
    const everyday = page.getByRole('checkbox', { name: 'An everyday word too' });
    expect(await everyday.isChecked()).toBe(false);
    await everyday.check();
    await page.getByRole('button', { name: 'Save' }).click();
    await status(page, 'Added “zorble pack”.');
    const snapshot = await message<GlossarySnapshot>(page, 'getGlossary');
    const own = snapshot.rows.find((r) => r.layer === 'own' && r.entry.term === 'zorble pack');
    expect(own?.entry.match).toEqual({ needsCareTopic: true });
    await page.getByLabel('Search the glossary').fill('zorble pack');
    await page.getByRole('button', { name: 'zorble pack', exact: true }).click();
    expect(await page.getByRole('checkbox', { name: 'An everyday word too' }).isChecked()).toBe(
      true,
    );
    await page.close();
  });

  it('refuses a definition that gives an instruction, and says why', async () => {
    const page = await openEditor();
    await page.getByText(/^Showing \d/).waitFor();
    await fillNewEntry(page, {
      term: 'zorble notice',
      word: 'letter',
      definition: 'Use “letter” instead.',
    });
    await page.getByRole('button', { name: 'Save' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.getByRole('listitem').allInnerTexts()).toEqual([
      'The definition gives an instruction (“Use …”). It is for readers, so say what the word means. Put what writers should do in the advice for writers.',
    ]);
    expect(await page.locator('#entry-definition-error').innerText()).toContain(
      'The definition gives an instruction',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows categories, statuses and actions in words, in the table, the filters and the form', async () => {
    const page = await openEditor();
    await page.getByText(/^Showing \d/).waitFor();
    const total = await page.locator('#result-count').innerText();
    await page.getByLabel('Category').selectOption({ label: 'Services and settings' });
    await expect.poll(() => page.locator('#result-count').innerText()).not.toBe(total);
    const categories = await page.locator('tbody tr[data-index] td:nth-child(3)').allInnerTexts();
    expect(categories.length).toBeGreaterThan(3);
    expect(new Set(categories)).toEqual(new Set(['Services and settings']));
    const statuses = await page.locator('tbody tr[data-index] td:nth-child(4)').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['Approved']));
    expect(
      await page.getByLabel('Status', { exact: true }).locator('option').allInnerTexts(),
    ).toEqual(['All', 'Proposed', 'Approved', 'No longer used', 'Rejected']);
    expect(await page.locator('body').innerText()).not.toContain('services-settings');
    await page.getByLabel('Search the glossary').fill('reablement');
    await page.getByRole('button', { name: 'reablement', exact: true }).first().click();
    const category = page.locator('#entry-category');
    expect(await category.locator('option:checked').innerText()).toBe('Services and settings');
    expect(await page.locator('form').innerText()).not.toContain('services-settings');
    await page.close();
  });

  it('a second tab’s list and status follow a save in the first, and warn about an entry open there', async () => {
    const first = await openEditor();
    const second = await openEditor();
    for (const page of [first, second]) await page.getByText(/^Showing \d/).waitFor();
    // The second tab has "reablement" open.
    await second.getByLabel('Search the glossary').fill('reablement');
    await second.getByRole('button', { name: 'reablement', exact: true }).first().click();

    await fillNewEntry(first, {
      term: 'zorble lounge',
      word: 'day room',
      definition: 'A room where people can sit during the day.',
    });
    await first.getByRole('button', { name: 'Save' }).click();
    await status(first, 'Added “zorble lounge”.');
    await status(
      second,
      '“zorble lounge” was added in another tab or window. The list is up to date.',
    );

    // Now the first tab changes "reablement", which the second has open.
    await first.getByLabel('Search the glossary').fill('reablement');
    await first.getByRole('button', { name: 'reablement', exact: true }).first().click();
    await first.getByLabel('Advice for writers').fill('Say what help the person gets.');
    await first.getByRole('button', { name: 'Save' }).click();
    await status(first, 'Saved “reablement”.');
    await status(
      second,
      '“reablement” was changed in another tab or window. The list is up to date.',
    );
    await second
      .getByRole('alert')
      .filter({ hasText: 'This entry was changed in another tab or window' })
      .waitFor();
    // The second tab's list has both changes.
    await second.getByRole('button', { name: 'Close without saving' }).click();
    await second.getByLabel('Search the glossary').fill('zorble lounge');
    await second.getByText('Showing 1 of').waitFor();
    // The first tab reported its own changes, not someone else's.
    expect(await first.locator('.status-line .status').innerText()).toMatch(
      /^Saved “reablement”\. Plainly /,
    );
    await first.close();
    await second.close();
  });

  it('a new approved entry is underlined at once in a field open in another tab', async () => {
    const field = await openHarness(world, 'textarea');
    await field.locator('#field').click();
    await field.keyboard.type('The zorblewort met on Monday with the commissioners.');
    await waitForCheckOf(world.browser, 'zorblewort');
    await waitForMark(field.mainFrame(), 'commissioners');
    expect(await marks(field.mainFrame())).not.toContain('zorblewort');

    const editor = await openEditor();
    await editor.getByText(/^Showing \d/).waitFor();
    await fillNewEntry(editor, {
      term: 'zorblewort',
      word: 'group',
      definition: 'A group of people who meet to plan care.',
    });
    expect(await editor.locator('#entry-use').innerText()).toBe(
      'Plainly will use this entry when checking as soon as you save it: open fields and the side panel check again.',
    );
    await editor.getByRole('button', { name: 'Save' }).click();
    await status(editor, 'Added “zorblewort”. Its id is zorblewort.');

    await field.bringToFront();
    await waitForMark(field.mainFrame(), 'zorblewort');
    await field.close();

    // An entry that is only proposed is not used, and the form says why before saving.
    await fillNewEntry(editor, {
      term: 'zorbleplot',
      word: 'plan',
      definition: 'A plan for the week.',
    });
    await editor.getByLabel('Status', { exact: true }).selectOption({ label: 'Proposed' });
    expect(await editor.locator('#entry-use').innerText()).toBe(
      'Plainly will not use this entry in your checks: it is only proposed. Approve it, or turn on “Also use glossary entries that are proposed” in settings.',
    );
    await editor.getByRole('button', { name: 'Save' }).click();
    await status(
      editor,
      'Added “zorbleplot”. Its id is zorbleplot. Plainly does not use it in your checks: it is only proposed.',
    );
    await editor.close();
  });

  it('imports a CSV file of some columns: the preview says only those change, and the rest stay', async () => {
    const page = await openEditor();
    await page.getByText(/^Showing \d/).waitFor();
    const before = await message<GlossarySnapshot>(page, 'getGlossary');
    const reablement = before.rows.find((r) => r.entry.id === 'reablement' && !r.hidden)?.entry;
    await page.getByRole('button', { name: 'Import and export' }).click();
    const csv =
      '\uFEFFid,definition,advice\r\n' +
      'reablement,Short-term help at home to get back everyday skills.,Say how long the help lasts.\r\n';
    await page
      .getByLabel('Choose a CSV or JSON file')
      .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const preview = page.locator('#import-preview');
    await preview.waitFor();
    expect(await preview.getByRole('listitem').allInnerTexts()).toEqual([
      '1 entry will be updated: only definition and advice change; its other fields stay as they are.',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await status(page, 'Imported team.csv: 1 entry added or changed.');
    const after = await message<GlossarySnapshot>(page, 'getGlossary');
    const own = after.rows.find((r) => r.layer === 'own' && r.entry.id === 'reablement')?.entry;
    expect(own).toEqual({
      ...reablement,
      definition: 'Short-term help at home to get back everyday skills.',
      advice: 'Say how long the help lasts.',
    });
    await page.close();
  });

  it('has no WCAG 2.2 A or AA failures that axe-core can find with the form open', async () => {
    const page = await openEditor();
    await page.getByText(/^Showing \d/).waitFor();
    await page.getByLabel('Search the glossary').fill('reablement');
    await page.getByRole('button', { name: 'reablement', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Edit “reablement”' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close without saving' }).click();
    await page.getByRole('button', { name: 'Add an entry' }).click();
    await page.getByRole('button', { name: 'Add a word to use instead' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: 'There are' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
