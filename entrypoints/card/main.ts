/**
 * Plainly's card frame: the content script draws this page over the web
 * page, in a closed shadow root, and tells it (through the background, never
 * the page) which finding to show. Everything the user can do with a finding
 * happens here, where the page cannot reach: it cannot read the card, focus
 * or click its buttons, or submit its form. Only the user's own clicks and
 * key presses count (`isTrusted`).
 *
 * A page could still try to cover the card with a picture of something else
 * and hope for a click on it. So the two choices that reach beyond the page
 * ("Ignore this word everywhere" and sending a suggestion) count a mouse
 * click only while the browser confirms the card is in view, not covered or
 * faded (Chrome's IntersectionObserver with `trackVisibility`); from the
 * keyboard they always work. A fix or "Ignore" changes only this page's own
 * field, which the page could change itself, so a click on those always counts.
 *
 * Wiring only: the card is drawn by src/ui/card-view.ts.
 */
import '../../src/ui/card.css';
import { browser } from '#imports';
import type { ActResult, CardAction, CardContent } from '../../src/messaging/card';
import { isCardEnvelope, isCardToken, parseCardContent } from '../../src/messaging/card';
import { sendMessage } from '../../src/messaging/protocol';
import { renderCard, type CardView } from '../../src/ui/card-view';

const token = location.hash.slice(1);
const root = document.getElementById('root') as HTMLElement;
let content: CardContent | null = null;
let view: CardView | null = null;
/** The newest card shown, and the newest one hidden: a message about an older card is late and ignored. */
let newest = 0;
let hiddenUpTo = 0;

function relay(kind: 'ready' | 'size' | 'act' | 'close', payload?: unknown): Promise<unknown> {
  return sendMessage(
    'cardRelay',
    payload === undefined ? { token, kind } : { token, kind, payload },
  ).catch(() => null);
}

// ---------------------------------------------------------------- in view?

/** The latest word from the browser on whether the card is in view, unobscured. */
let seen: { visible: boolean } | null = null;
const waiting: (() => void)[] = [];
const tracksVisibility =
  typeof IntersectionObserverEntry !== 'undefined' &&
  'isVisible' in IntersectionObserverEntry.prototype;
if (tracksVisibility) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        seen = { visible: (entry as IntersectionObserverEntry & { isVisible: boolean }).isVisible };
      }
      for (const resume of waiting.splice(0)) resume();
    },
    { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(root);
}

function nextReport(ms: number): Promise<void> {
  return new Promise<void>((resume) => {
    waiting.push(resume);
    setTimeout(resume, ms);
  });
}

/**
 * Whether the user can see the card now (true where the browser cannot
 * tell). The browser reports at most every 100 ms, and the card was hidden
 * until the content script placed it, so a "not in view" is confirmed by
 * waiting a moment for a newer report.
 */
async function inView(): Promise<boolean> {
  if (!tracksVisibility) return true;
  if (seen === null) await nextReport(1_000);
  if (seen?.visible !== true) await nextReport(500);
  return seen?.visible === true;
}

const HIDDEN_NOTE =
  'Plainly could not be sure you can see this card (something on the page may cover it), so it did nothing. Use the keyboard instead: put the caret in the word, press Alt and Enter, then choose with the arrow keys and Enter.';

/** Whether `event` is a click made with a pointer (a key press on a button makes a click too, with no detail). */
function byPointer(event: Event): boolean {
  return event instanceof MouseEvent && event.detail > 0;
}

/** When the last press of a pointer on the proposal's send button was, to tell a click from Enter. */
let sendPressedAt = -Infinity;
document.addEventListener(
  'pointerdown',
  (event) => {
    const target = event.target as Element | null;
    if (event.isTrusted && target?.closest('button[type="submit"]') != null)
      sendPressedAt = performance.now();
  },
  true,
);

// ---------------------------------------------------------------- actions

function record(event: 'applied' | 'ignored'): void {
  const entryId = content?.finding.entryId;
  if (entryId !== undefined)
    void sendMessage('recordFindingEvent', { entryId, event }).catch(() => {});
}

async function act(action: CardAction, event: Event): Promise<void> {
  const shown = content;
  if (!event.isTrusted || shown === null || view === null) return;
  if (action.kind === 'ignore-everywhere' && byPointer(event) && !(await inView())) {
    view.setNote(HIDDEN_NOTE);
    return;
  }
  if (action.kind === 'ignore-everywhere') {
    try {
      await sendMessage('ignoreWord', shown.finding.text);
    } catch {
      view.setNote('Plainly could not add this word to your list. Nothing was changed.');
      return;
    }
  }
  const result = (await relay('act', {
    cardId: shown.cardId,
    action: action.id,
  })) as ActResult | null;
  if (result?.done === true) {
    record(action.kind === 'apply' ? 'applied' : 'ignored');
    return;
  }
  // Still this card (drawn again, perhaps, for the same finding): say why nothing happened.
  if (content?.cardId === shown.cardId && view !== null) {
    view.setNote(
      typeof result?.note === 'string'
        ? result.note
        : 'Plainly could not reach the page. Nothing was changed.',
    );
  }
}

async function propose(suggestion: string, note: string, event: Event): Promise<string> {
  const shown = content;
  if (!event.isTrusted || shown === null) return 'Nothing was sent.';
  const clicked = performance.now() - sendPressedAt < 1_000;
  if (clicked && !(await inView())) return HIDDEN_NOTE;
  try {
    const { merged } = await sendMessage('proposeGlossaryChange', {
      term: shown.finding.text,
      suggestion,
      note,
      ...(shown.pageUrl === undefined ? {} : { url: shown.pageUrl }),
    });
    return merged
      ? 'Thank you. Someone has suggested this already: yours is added to it, for the people who look after the glossary.'
      : 'Thank you. Your suggestion is saved for the people who look after the glossary.';
  } catch (error) {
    return error instanceof Error && error.name === 'ProtocolError'
      ? error.message
      : 'Plainly could not save your suggestion. Try again later.';
  }
}

// ---------------------------------------------------------------- showing

/** The height last told to the content script, so the same height is not sent twice. */
let told: { cardId: number; height: number } | null = null;

function resized(): void {
  if (content === null || view === null) return;
  const height = view.height();
  if (told?.cardId === content.cardId && told.height === height) return;
  told = { cardId: content.cardId, height };
  void relay('size', told);
}

// The frame's width can change after the card was measured (the window was
// resized, or the card is drawn in another page): measure it again then.
let width = document.documentElement.clientWidth;
new ResizeObserver(() => {
  const now = document.documentElement.clientWidth;
  if (now === width) return;
  width = now;
  resized();
}).observe(document.documentElement);

function show(next: CardContent): { cardId: number; height: number } | null {
  if (next.cardId < newest || next.cardId <= hiddenUpTo) return null;
  newest = next.cardId;
  content = next;
  view = renderCard(document, next, {
    act: (action, event) => void act(action, event),
    propose,
    close: (event) => {
      if (event.isTrusted && content !== null) {
        void relay('close', { cardId: content.cardId, reason: 'escape' });
      }
    },
    resized,
  });
  root.replaceChildren(view.element);
  if (next.focus) view.focusFirst();
  told = { cardId: next.cardId, height: view.height() };
  return told;
}

function hide(): void {
  hiddenUpTo = newest;
  told = null;
  content = null;
  view = null;
  root.replaceChildren();
}

// Opened from the keyboard: when the content script gives this frame focus, the first action takes it.
window.addEventListener('focus', () => {
  if (content?.focus === true && document.activeElement === document.body) view?.focusFirst();
});

if (isCardToken(token)) {
  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: { id?: string; url?: string }, reply: (answer: unknown) => void) => {
      // Only what the background passes on for this frame: never a content script or page.
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionOrigin))
        return false;
      if (!isCardEnvelope(message, 'frame') || message.token !== token) return false;
      try {
        if (message.kind === 'show') reply(show(parseCardContent(message.payload)));
        else if (message.kind === 'hide') hide();
      } catch {
        hide();
      }
      return false;
    },
  );
  void relay('ready');
}
