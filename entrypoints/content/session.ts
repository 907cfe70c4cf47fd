/**
 * Wires the field checker (src/dom) to the extension: settings, messages to
 * the background, the card frame's link, the glossary's change signal, and
 * the end of the script's life when the extension is updated or reloaded
 * (docs/reliability.md, "Extension updates": everything Plainly added is
 * removed, and no call reaches the old, invalid context).
 *
 * Nothing here listens to the page: no `window.postMessage`, no DOM events
 * of the page's own making, no attributes. WXT's start-up signal between
 * copies of a content script (a DOM event a page could replay to switch
 * Plainly off) is not used: this script decides it is over only when the
 * extension itself is gone (`browser.runtime.id` is no longer there), which
 * no page can fake.
 */
import { browser, storage } from '#imports';
import type { CardLink } from '../../src/dom/card-frame';
import { FieldManager } from '../../src/dom/discovery';
import type { HostLink } from '../../src/dom/frame-host';
import type { CheckAnswer } from '../../src/dom/field';
import { isCardEnvelope, newCardToken } from '../../src/messaging/card';
import { GLOSSARY_VERSION_KEY } from '../../src/messaging/glossary';
import { onMessage, sendMessage } from '../../src/messaging/protocol';
import { withRetry } from '../../src/messaging/retry';
import type { Settings } from '../../src/settings/schema';
import { isActiveOn } from '../../src/settings/schema';
import { getSettings, watchSettings } from '../../src/settings/store';

/** The host of the page the user is on: for a frame, the top page's. */
export function pageHost(): string {
  const origins = location.ancestorOrigins;
  const top = origins !== undefined && origins.length > 0 ? origins[origins.length - 1] : undefined;
  try {
    return new URL(top ?? location.href).hostname;
  } catch {
    return '';
  }
}

/** Whether this copy of the extension is still the one installed (false after an update or reload). */
function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}

/** The card frame's way to the extension: the background passes its messages on (never the page). */
function cardLink(): CardLink {
  return {
    frameUrl: (token) => `${browser.runtime.getURL('/card.html')}#${token}`,
    newToken: newCardToken,
    send: (token, kind, payload) =>
      sendMessage('cardRelay', payload === undefined ? { token, kind } : { token, kind, payload }),
    listen(listener) {
      const handler = (
        message: unknown,
        sender: { id?: string },
        sendResponse: (answer: unknown) => void,
      ): boolean => {
        if (sender.id !== browser.runtime.id || !isCardEnvelope(message, 'page')) return false;
        return listener(message, sendResponse);
      };
      browser.runtime.onMessage.addListener(handler);
      return () => browser.runtime.onMessage.removeListener(handler);
    },
  };
}

/**
 * How a frame's content script and the top page's reach each other to draw a
 * frame's card in the top page: through the background, which checks which
 * frame sent each message (src/messaging/card-host.ts). Never the page.
 */
function hostLink(): HostLink {
  const runtime = browser.runtime as typeof browser.runtime & {
    getFrameId?: (target: unknown) => number;
  };
  return {
    frameUrl: (token) => `${browser.runtime.getURL('/card.html')}#${token}`,
    newToken: newCardToken,
    toHost: (request) => sendMessage('cardHost', request),
    toOwner: (request) => sendMessage('cardHost', request),
    listen(listener) {
      const handler = (
        message: unknown,
        sender: { id?: string },
        sendResponse: (answer: unknown) => void,
      ): boolean => {
        // Only what the background passes on: a page cannot send this script a message.
        if (sender.id !== browser.runtime.id) return false;
        return listener(message, sendResponse);
      };
      browser.runtime.onMessage.addListener(handler);
      return () => browser.runtime.onMessage.removeListener(handler);
    },
    frameIdOf(element) {
      // Firefox names the frame inside a frame element; Chrome cannot (null).
      if (typeof runtime.getFrameId !== 'function') return null;
      try {
        const id = runtime.getFrameId(element);
        return id >= 0 ? id : null;
      } catch {
        return null;
      }
    },
  };
}

export function startSession(): void {
  let settings: Settings | null = null;
  let over = false;
  const alive = () => !over && extensionAlive();
  const manager = new FieldManager(document, {
    check: async (fieldId, text, wanted): Promise<CheckAnswer> => {
      const answer = await withRetry(
        () => alive() && wanted(),
        () => sendMessage('checkField', { text, fieldId }),
      );
      if (answer === null) return null;
      return answer.superseded === true ? 'superseded' : answer;
    },
    showBadge: () => settings?.showBadge ?? true,
    pageUrl: () => `${location.origin}${location.pathname}`,
    cardLink: cardLink(),
    hostLink: hostLink(),
  });

  const apply = (next: Settings) => {
    const before = settings;
    settings = next;
    if (!alive()) return;
    if (!isActiveOn(next, pageHost())) {
      manager.stop();
      return;
    }
    if (!manager.running) manager.start();
    else if (
      before !== null &&
      (before.profile !== next.profile ||
        before.ignoredWords.join('\n') !== next.ignoredWords.join('\n'))
    ) {
      manager.recheckAll();
    } else if (before?.showBadge !== next.showBadge) manager.refreshBadges();
  };

  void getSettings().then(apply, () => {});
  const unwatchSettings = watchSettings(apply);
  // The glossary changed (an edit, an import, a feed): check every field again.
  const unwatchGlossary = storage.watch<number>(`local:${GLOSSARY_VERSION_KEY}`, () => {
    if (alive()) manager.recheckAll();
  });
  // The popup asks the top frame which site this is, for "on this site".
  const removeHostListener =
    window === window.top ? onMessage('fieldHost', () => pageHost()) : () => {};

  // When the extension is updated or reloaded, this copy is left in the page
  // without an extension behind it. It notices at the next thing the user
  // does, and takes away everything it drew.
  const watching = new AbortController();
  const end = () => {
    if (over || extensionAlive()) return;
    over = true;
    watching.abort();
    manager.stop();
    // Removing listeners from an old, invalid context throws
    // ("Extension context invalidated"); there is nothing left to remove then.
    for (const release of [unwatchSettings, unwatchGlossary, removeHostListener]) {
      try {
        release();
      } catch {
        // Already gone with the old context.
      }
    }
  };
  for (const type of ['focusin', 'pointerdown', 'keydown', 'input']) {
    window.addEventListener(type, end, { capture: true, passive: true, signal: watching.signal });
  }
}
