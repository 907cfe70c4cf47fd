/**
 * Who sent a message to the background, and what each kind of sender may ask.
 *
 * A content script runs inside every web page, and any page may be hostile:
 * it cannot send the extension messages itself, but it can type into fields,
 * move focus and fire events, so whatever the content script forwards is
 * untrusted. Only three messages are taken from content scripts at all:
 * checking a field's text, passing the suggestion card's content to
 * Plainly's own card frame, and asking the top page's content script to draw
 * a frame's card and badge (src/messaging/card-host.ts). Everything that changes settings, the glossary or
 * proposals comes only from Plainly's own pages (the card frame, the popup,
 * the settings and glossary pages), whose address is the extension's own.
 *
 * Pure, so it is tested in Node.
 */

/** The parts of `runtime.MessageSender` this needs. */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

export type SenderKind = 'extension-page' | 'content-script' | 'other';

/**
 * Sorts a sender into one of three kinds:
 * - `extension-page`: one of Plainly's own pages (its address starts with
 *   `extensionOrigin`, for example `chrome-extension://<id>/`), including the
 *   card frame inside a web page;
 * - `content-script`: Plainly's content script in a tab (its address is the
 *   web page's);
 * - `other`: anything else (another extension, or no sender at all).
 */
export function senderKind(
  sender: SenderInfo | undefined,
  extensionId: string,
  extensionOrigin: string,
): SenderKind {
  if (sender === undefined || sender.id !== extensionId) return 'other';
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  if (typeof sender.url === 'string' && sender.url.startsWith(origin)) return 'extension-page';
  if (sender.tab !== undefined && typeof sender.tab.id === 'number') return 'content-script';
  return 'other';
}

/** The only messages the background takes from a content script. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<string> = new Set([
  'checkField',
  'cardRelay',
  'cardHost',
]);

/** Whether the background should answer `type` from a sender of this kind. */
export function mayAsk(kind: SenderKind, type: string): boolean {
  if (kind === 'extension-page') return true;
  if (kind === 'content-script') return CONTENT_SCRIPT_MESSAGES.has(type);
  return false;
}
