/**
 * Where fields can be and what can happen to the page around them: frames
 * (same origin, srcdoc, about:blank), open and closed shadow roots, Unicode
 * text, a field over 100,000 characters, fields that go away, the service
 * worker being stopped, the extension being reloaded, the glossary changing,
 * and the card's accessibility (axe-core).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entry } from '../../helpers';
import { axeViolations } from '../axe';
import { message } from '../glossary/helpers';
import { nextFrames, until } from '../waits';
import type { FieldsWorld } from './helpers';
import {
  buttonPoint,
  card,
  cardIsOpen,
  installMessageLog,
  marks,
  openCardFrame,
  openHarness,
  startWorld,
  waitForCheckOf,
  waitForMark,
  wordPoint,
} from './helpers';

async function typeIn(page: Page, frame: Frame, selector: string, text: string): Promise<void> {
  await frame.locator(selector).click();
  await page.keyboard.type(text);
}

describe('checking as you write: frames, shadow roots, Unicode, limits and lifecycle', () => {
  let world: FieldsWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('checks fields in same-origin, srcdoc and about:blank frames', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(world.server.url('frames.html'));
    await page.waitForSelector('body[data-ready="true"]');
    for (const id of ['same', 'srcdoc', 'blank']) {
      const frame = await (await page.waitForSelector(`#${id}`)).contentFrame();
      if (frame === null) throw new Error(`No frame #${id}`);
      await frame.waitForSelector('#field');
      await typeIn(page, frame, '#field', 'We met the commissioners.');
      await waitForMark(frame, 'commissioners');
      expect(await marks(frame)).toEqual(['commissioners']);
    }
    await page.close();
  });

  it('checks fields in open shadow roots and leaves closed ones alone', async () => {
    await installMessageLog(world.browser);
    const page = await openHarness(world, 'shadow');
    const field = page.locator('#open-host textarea');
    await field.click();
    await page.keyboard.type('We met the commissioners.');
    await expect.poll(() => marks(page.mainFrame())).toContain('commissioners');
    await page.locator('#open-host [contenteditable]').click();
    await page.keyboard.type('The commissioners agreed.');
    // Two underlines: the text area's and the editable area's.
    await expect
      .poll(async () => (await marks(page.mainFrame())).filter((m) => m === 'commissioners'))
      .toEqual(['commissioners', 'commissioners']);
    // A closed shadow root is never looked into.
    await page.evaluate(() =>
      (window as unknown as { closedField: HTMLTextAreaElement }).closedField.focus(),
    );
    await page.keyboard.type(' and the commissioners in the closed one');
    // Then type in the open field: its check is due after any check of the
    // closed one would have been, so once it is asked for, the closed field
    // would have been too.
    await page.locator('#open-host textarea').click();
    await page.keyboard.type(' Then we left.');
    const log = await waitForCheckOf(world.browser, 'Then we left.');
    expect(log.filter((m) => m.includes('closed one'))).toEqual([]);
    const marked = await marks(page.mainFrame());
    expect(marked.filter((m) => m === 'commissioners').length).toBe(2);
    await page.close();
  });

  for (const [name, selector] of [
    ['textarea', '#field'],
    ['contenteditable', '#field'],
  ] as const) {
    it(`keeps offsets exact with emoji, combining marks, Welsh letters and CRLF (${name})`, async () => {
      const page = await openHarness(world, name);
      const text = 'Teulu 👩‍👧 a 👍🏽, cafe\u0301, ŵyr ŷd.\r\nThe commissioners met.';
      await page.locator(selector).click();
      // Pasted in one go, as people paste from documents.
      await page.evaluate((t) => document.execCommand('insertText', false, t), text);
      await waitForMark(page.mainFrame(), 'commissioners');
      const before = await page.evaluate(() =>
        (window as unknown as { harness: { text(): string } }).harness.text(),
      );
      await page.keyboard.press('Control+End');
      // Caret into the word, then fix it by keyboard.
      const point = await wordPoint(page, page.mainFrame(), 'commissioners');
      await page.mouse.click(point.x, point.y);
      await page.keyboard.press('Alt+Enter');
      await card(page).waitForFocus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() =>
          page.evaluate(() =>
            (window as unknown as { harness: { text(): string } }).harness.text(),
          ),
        )
        .toBe(before.replace('commissioners', 'people who buy services'));
      await page.close();
    });
  }

  it('does not check a field over 100,000 characters until you choose "Check this anyway"', async () => {
    const page = await openHarness(world, 'textarea');
    await page.locator('#field').click();
    const long = `${'Some words here. '.repeat(6_000)}The commissioners met.`;
    await page.evaluate((t) => document.execCommand('insertText', false, t), long);
    // The badge is in Plainly's closed shadow root: find its button there, and click it as a person would.
    const anyway = await buttonPoint(page, 'Check this anyway');
    expect(await marks(page.mainFrame())).toEqual([]);
    await page.mouse.click(anyway.x, anyway.y);
    await waitForMark(page.mainFrame(), 'commissioners');
    await page.close();
  });

  it('lets go of fields that are removed: their drawings go, and so does Plainly’s element', async () => {
    const page = await openHarness(world, 'textarea');
    await page.locator('#field').click();
    await page.keyboard.type('The commissioners met.');
    await waitForMark(page.mainFrame(), 'commissioners');
    await page.evaluate(() => document.getElementById('field')?.remove());
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('plainly-ui').length))
      .toBe(0);
    await page.close();
  });

  it('re-checks open fields when the glossary changes, and the card shows an agreed entry’s mark', async () => {
    const page = await openHarness(world, 'textarea');
    await page.locator('#field').click();
    await page.keyboard.type('The zorbleshare met the commissioners.');
    await waitForMark(page.mainFrame(), 'commissioners');
    expect(await marks(page.mainFrame())).not.toContain('zorbleshare');

    // A glossary maintainer adds an entry agreed with people who use services.
    const editor = await world.browser.context.newPage();
    await editor.goto(world.browser.extensionUrl('glossary.html'));
    await message(editor, 'saveGlossaryEntry', {
      entry: entry({
        id: 'zorbleshare',
        term: 'zorbleshare',
        pos: 'noun',
        alternatives: ['shared care'],
        definition: 'Care that two services give together.',
        easyRead: ['Two services give the care together.'],
        category: 'services-settings',
        sources: ['Test panel'],
        agreedBy: 'Co-production panel',
        coProduced: true,
      }),
    });
    await editor.close();

    // The open field is checked again, without a reload.
    await page.bringToFront();
    await waitForMark(page.mainFrame(), 'zorbleshare');
    const point = await wordPoint(page, page.mainFrame(), 'zorbleshare');
    await page.mouse.click(point.x, point.y);
    await page.keyboard.press('Alt+Enter');
    await expect
      .poll(() => card(page).innerText())
      .toContain('✓ Agreed with people who use services');
    expect(await card(page).innerText()).toContain('shared care');
    await page.close();
  });

  it('never lets a quick Enter straight after Alt+Enter break the line: it is for the card', async () => {
    const page = await openHarness(world, 'textarea');
    await page.locator('#field').click();
    await page.keyboard.type('We asked the commissioners.');
    await waitForMark(page.mainFrame(), 'commissioners');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    // No wait between the two: the card's frame takes focus a moment after Alt+Enter.
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.press('Enter');
    // The card shows (Enter was held back for it), or, if it took focus before
    // the Enter arrived, Enter chose its first action and it closed.
    const fixed = 'We asked the people who buy services.';
    await until(
      async () => (await cardIsOpen(page)) || (await page.locator('#field').inputValue()) === fixed,
      (settled) => settled,
      'the card to open, or its first action to be done',
    );
    // Both keys were handled by now; anything they did is drawn by now.
    await nextFrames(page.mainFrame());
    const text = await page.locator('#field').inputValue();
    expect(['We asked the commissioners.', fixed]).toContain(text);
    await page.close();
  });

  it('shows the card with no axe-core violations, and works by keyboard (Up, Down, Escape)', async () => {
    const page = await openHarness(world, 'contenteditable');
    await page.locator('#field').click();
    await page.keyboard.type('We asked the commissioners.');
    await waitForMark(page.mainFrame(), 'commissioners');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Enter');
    // The card is a page of Plainly's own, in its frame: a dialog named by its heading.
    const cardFrame = await openCardFrame(page);
    await cardFrame.getByRole('dialog', { name: '“commissioners”' }).waitFor();
    const violations = await axeViolations(cardFrame);
    expect(violations).toEqual([]);
    const focused = () => card(page).focused();
    await expect.poll(focused).toBe('Use “people who buy services”');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Ignore');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Suggest a change to the glossary');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field');
    // The caret is back where it was: typing lands inside the word.
    await page.keyboard.type('Q');
    expect(await page.evaluate(() => document.getElementById('field')?.textContent)).toBe(
      'We asked the commissioneQrs.',
    );
    await page.close();
  });
});
