/**
 * Answers `check` messages: runs the engine on the text and sends the report
 * back. The engine runs here, in the background (the service worker in Chrome,
 * the background script in Firefox), so pages and content scripts stay light.
 *
 * It keeps no state that matters between messages, so it does not matter when
 * the browser stops and restarts the service worker (RELIABILITY.md F24): the
 * compiled checker is only a cache.
 */
import type { RemoveListenerCallback } from '@webext-core/messaging';
import { Checker } from '../checker';
import type { CheckOptions, Report } from '../checker/types';
import { onMessage, parseCheckRequest } from '../messaging/protocol';

let checker: Checker | undefined;

/**
 * The checker for the glossary in use. Every background service that checks
 * text gets its checker here, so they all follow the same glossary.
 */
export async function currentChecker(): Promise<Checker> {
  checker ??= new Checker();
  return checker;
}

/**
 * Checks one `check` payload. The payload is untrusted, so it is validated first.
 *
 * @throws {ProtocolError} when the payload is wrong.
 */
export async function handleCheck(data: unknown): Promise<Report> {
  const { text, profile, format } = parseCheckRequest(data);
  const options: Omit<CheckOptions, 'glossary' | 'includeProposed'> = {};
  if (profile !== undefined) options.profile = profile;
  if (format !== undefined) options.format = format;
  return (await currentChecker()).check(text, options);
}

/**
 * Registers the `check` handler. Call it synchronously when the background
 * starts, so that a message that woke the service worker is not missed.
 */
export function registerCheckService(): RemoveListenerCallback {
  return onMessage('check', ({ data }) => handleCheck(data));
}
