/**
 * Passes card messages between a tab's content script and Plainly's card
 * frame in that tab (src/messaging/card.ts). The background keeps nothing:
 * it checks who sent the message and what it is (`routeCardRelay`), and
 * sends it on to the sender's own tab only, where just the frame or script
 * holding the message's token answers. The page never sees any of it.
 */
import { browser } from '#imports';
import type { RemoveListenerCallback } from '@webext-core/messaging';
import { routeCardRelay } from '../messaging/card';
import { kindOf, listen } from './listen';

/**
 * Call synchronously at start-up, like every service: a listener added later
 * misses the message that woke the background.
 */
export function registerCardRelay(): RemoveListenerCallback {
  return listen('cardRelay', async ({ sender, data }) => {
    const { tabId, envelope } = routeCardRelay(kindOf(sender), sender, data);
    try {
      return (await browser.tabs.sendMessage(tabId, envelope)) ?? null;
    } catch {
      // Nobody in the tab holds that token (the frame is still loading, or it was closed).
      return null;
    }
  });
}
