/**
 * Every background message handler is registered through `listen`, which
 * answers a message only when its sender may ask for it
 * (src/messaging/senders.ts): Plainly's own pages may ask anything; a
 * content script only for a field check and the card relay; anyone else
 * nothing. So no new handler can be reached from a web page by accident.
 */
import { browser } from '#imports';
import type { RemoveListenerCallback } from '@webext-core/messaging';
import { ProtocolError, onMessage, type ProtocolMap } from '../messaging/protocol';
import { mayAsk, senderKind, type SenderInfo, type SenderKind } from '../messaging/senders';

type Handler<T extends keyof ProtocolMap> = Parameters<typeof onMessage<T>>[1];
type Received<T extends keyof ProtocolMap> = Parameters<Handler<T>>[0];

/** The kind of sender, with this extension's own id and address. */
export function kindOf(sender: SenderInfo | undefined): SenderKind {
  return senderKind(sender, browser.runtime.id, browser.runtime.getURL('/'));
}

/**
 * Registers `handler` for `type`; a sender that may not ask for it gets a
 * plain error and the handler never runs.
 */
export function listen<T extends keyof ProtocolMap>(
  type: T,
  handler: (message: Received<T>) => ReturnType<Handler<T>>,
): RemoveListenerCallback {
  return onMessage(type, (message: Received<T>) => {
    if (!mayAsk(kindOf(message.sender), type)) {
      throw new ProtocolError('Only Plainly’s own pages can do that.');
    }
    return handler(message);
  });
}
