/**
 * Wires the field checker (src/dom) to the extension: settings, messages to
 * the background, the glossary's change signal, and the end of the script's
 * life when the extension is updated or reloaded (docs/reliability.md,
 * "Extension updates": everything Plainly added is removed, and no call
 * reaches the old, invalid context).
 */
import type { ContentScriptContext } from '#imports';
import { storage } from '#imports';
import { FieldManager } from '../../src/dom/discovery';
import type { FieldReport } from '../../src/dom/field';
import type { FieldFinding } from '../../src/dom/types';
import { GLOSSARY_VERSION_KEY } from '../../src/messaging/glossary';
import { onMessage, sendMessage } from '../../src/messaging/protocol';
import type { Settings } from '../../src/settings/schema';
import { isActiveOn } from '../../src/settings/schema';
import { getSettings, watchSettings } from '../../src/settings/store';

/** Wait this long before asking the background a second time (it may have been stopped). */
const RETRY_AFTER_MS = 300;

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

async function withRetry<T>(ctx: ContentScriptContext, send: () => Promise<T>): Promise<T | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (ctx.isInvalid) return null;
    try {
      return await send();
    } catch (cause) {
      if (cause instanceof Error && cause.name === 'ProtocolError') return null;
      await new Promise((resume) => setTimeout(resume, RETRY_AFTER_MS));
    }
  }
  return null;
}

export function startSession(ctx: ContentScriptContext): void {
  let settings: Settings | null = null;
  const record = (finding: FieldFinding, event: 'applied' | 'ignored') => {
    if (finding.entryId === undefined || ctx.isInvalid) return;
    sendMessage('recordFindingEvent', { entryId: finding.entryId, event }).catch(() => {});
  };
  const manager = new FieldManager(document, {
    check: (text) => withRetry<FieldReport>(ctx, () => sendMessage('checkField', { text })),
    ignoreEverywhere: (word) => {
      if (!ctx.isInvalid) sendMessage('ignoreWord', word).catch(() => {});
    },
    propose: async (finding, suggestion, note) => {
      const sent = await withRetry(ctx, () =>
        sendMessage('proposeGlossaryChange', {
          term: finding.text,
          suggestion,
          note,
          url: `${location.origin}${location.pathname}`,
        }),
      );
      return sent === null
        ? 'Plainly could not send your suggestion. Try again later.'
        : 'Thank you. Your suggestion was sent to the people who look after the glossary.';
    },
    record,
    showBadge: () => settings?.showBadge ?? true,
  });

  const apply = (next: Settings) => {
    const before = settings;
    settings = next;
    if (ctx.isInvalid) return;
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
    if (!ctx.isInvalid) manager.recheckAll();
  });
  // The popup asks the top frame which site this is, for "on this site".
  const removeHostListener =
    window === window.top ? onMessage('fieldHost', () => pageHost()) : () => {};

  ctx.onInvalidated(() => {
    // The page first: take away everything Plainly drew.
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
  });
}
