/**
 * Passes card messages between a tab's content script and Plainly's card
 * frame in that tab (src/messaging/card.ts), and between a frame's content
 * script and the top page's, which draws the frame's card and badge
 * (src/messaging/card-host.ts). The background keeps nothing: it checks who
 * sent the message and what it is (`routeCardRelay`, `routeCardHost`), and
 * sends it on to the sender's own tab only: card messages to where just the
 * frame or script holding the message's token answers, hosting messages to
 * one frame, chosen from the sender's frame id. The page never sees any of it.
 */
import { browser } from '#imports';
import type { RemoveListenerCallback } from '@webext-core/messaging';
import { routeCardRelay } from '../messaging/card';
import type {
  HostBadgeRequest,
  HostEnvelope,
  HostPlaceRequest,
  LevelEnvelope,
} from '../messaging/card-host';
import { resolveFrames, routeCardHost } from '../messaging/card-host';
import { kindOf, listen } from './listen';

/**
 * Call synchronously at start-up, like every service: a listener added later
 * misses the message that woke the background.
 */
export function registerCardRelay(): RemoveListenerCallback {
  const removers = [
    listen('cardRelay', async ({ sender, data }) => {
      const { tabId, envelope } = routeCardRelay(kindOf(sender), sender, data);
      try {
        return (await browser.tabs.sendMessage(tabId, envelope)) ?? null;
      } catch {
        // Nobody in the tab holds that token (the frame is still loading, or it was closed).
        return null;
      }
    }),
    listen('cardHost', async ({ sender, data }) => {
      const route = routeCardHost(kindOf(sender), sender, data);
      let envelope = route.envelope;
      try {
        if (envelope.to === 'host' && (envelope.op === 'place' || envelope.op === 'badge')) {
          // More than one frame deep: each frame in between says where its frame element is.
          const request = envelope as HostEnvelope & (HostPlaceRequest | HostBadgeRequest);
          const resolved = await resolveFrames(request, async (depth) => {
            const ask: LevelEnvelope = { plainlyHost: 1, to: 'level', op: 'frame-box', depth };
            return (await browser.tabs.sendMessage(route.tabId, ask)) ?? null;
          });
          if (resolved === null) return null;
          envelope = resolved;
        }
        return (
          (await browser.tabs.sendMessage(route.tabId, envelope, { frameId: route.frameId })) ??
          null
        );
      } catch {
        // No content script in that frame (the top page may be one Plainly cannot run in).
        return null;
      }
    }),
  ];
  return () => removers.forEach((remove) => remove());
}
