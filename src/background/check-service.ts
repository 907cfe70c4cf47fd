/**
 * Answers `check` messages: runs the engine on the text and sends the report
 * back. The engine runs here, in the background (the service worker in Chrome,
 * the background script in Firefox), so pages and content scripts stay light.
 *
 * It keeps no state between messages, so it does not matter when the browser
 * stops and restarts the service worker (RELIABILITY.md F24).
 */
import { check } from '../checker';
import type { CheckOptions, Report } from '../checker/types';
import type { RemoveListenerCallback } from '@webext-core/messaging';
import { onMessage, parseCheckRequest } from '../messaging/protocol';

/**
 * Checks one `check` payload. The payload is untrusted, so it is validated first.
 *
 * @throws {ProtocolError} when the payload is wrong.
 */
export function handleCheck(data: unknown): Report {
  const { text, profile, format } = parseCheckRequest(data);
  const options: CheckOptions = {};
  if (profile !== undefined) options.profile = profile;
  if (format !== undefined) options.format = format;
  return check(text, options);
}

/**
 * Registers the `check` handler. Call it synchronously when the background
 * starts, so that a message that woke the service worker is not missed.
 */
export function registerCheckService(): RemoveListenerCallback {
  return onMessage('check', ({ data }) => handleCheck(data));
}
