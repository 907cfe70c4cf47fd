/**
 * Answers the content script's messages for checking as you write. The text
 * is checked with the shared checker (`currentChecker()`, which caches each
 * paragraph's analysis, so a keystroke re-checks only the paragraph that
 * changed), the user's profile and their "ignore everywhere" words.
 *
 * Checks go through a fair queue (check-queue.ts): per tab, newest first,
 * tabs served in turn, a field of over 20,000 characters checked in slices
 * (field-slices.ts), each check with a time budget. So one page that keeps
 * sending a huge field cannot hold up checking in other tabs.
 *
 * Senders are untrusted (a page can drive its content script): each payload
 * goes through its `parse…` function, and content scripts may only ask for a
 * check (src/background/listen.ts). "Ignore this word everywhere" comes from
 * the card's frame, one of Plainly's own pages. Nothing is stored or logged.
 */
import type { RemoveListenerCallback } from '@webext-core/messaging';
import type { FieldCheckResult } from '../messaging/fields';
import { parseFieldCheckRequest, parseIgnoreWord } from '../messaging/fields';
import { getSettings, updateSettings } from '../settings/store';
import { currentChecker } from './check-service';
import { CheckQueue, SUPERSEDED } from './check-queue';
import { CHECK_BUDGET_MS, fieldWork } from './field-check';
import { listen } from './listen';

const queue = new CheckQueue({
  budgetMs: CHECK_BUDGET_MS,
  now: () => performance.now(),
  yieldTurn: () => new Promise((resume) => setTimeout(resume, 0)),
});

interface FieldSender {
  tab?: { id?: number };
  frameId?: number;
}

export async function handleCheckField(
  data: unknown,
  sender?: FieldSender,
): Promise<FieldCheckResult> {
  const { text, fieldId } = parseFieldCheckRequest(data);
  const settings = await getSettings();
  const checker = await currentChecker();
  const tab = sender?.tab?.id === undefined ? 'no tab' : `tab ${sender.tab.id}`;
  const key = `${sender?.frameId ?? 0}:${fieldId}`;
  const result = await queue.submit(tab, key, fieldWork(checker, text, settings));
  return result === SUPERSEDED ? { findings: [], readingAge: null, superseded: true } : result;
}

export async function handleIgnoreWord(data: unknown): Promise<void> {
  const word = parseIgnoreWord(data);
  const { ignoredWords } = await getSettings();
  if (!ignoredWords.includes(word)) await updateSettings({ ignoredWords: [...ignoredWords, word] });
}

/**
 * Registers the handlers. Call synchronously at start-up (docs/reliability.md,
 * "The service worker can stop at any time").
 */
export function registerFieldService(): RemoveListenerCallback {
  const removers = [
    listen('checkField', ({ data, sender }) => handleCheckField(data, sender)),
    listen('ignoreWord', ({ data }) => handleIgnoreWord(data)),
  ];
  return () => removers.forEach((remove) => remove());
}
