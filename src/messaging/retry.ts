/**
 * Asking the background from a content script, which must survive the
 * browser stopping and restarting the background at any time
 * (docs/reliability.md, "The service worker can stop at any time").
 */
/** Wait this long before asking the background a second time (it may have been stopped). */
export const RETRY_AFTER_MS = 300;

/**
 * Give up waiting for one answer after this long and ask again. A check has
 * a budget of 3 seconds in the background; a question lost while the
 * browser stopped or restarted the background would otherwise never be
 * answered, and the field would wait for the next key to be checked again.
 */
export const ANSWER_WAIT_MS = 15_000;

/** `promise`, or a rejection once `ms` have passed without an answer. */
function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('No answer in time.')), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * `send()`'s answer, asking twice at most: again after a failure or no
 * answer in time. Null when both failed, when the background refused the
 * question (`ProtocolError`), or when `alive()` is false: this copy of the
 * extension was updated or removed, or the caller no longer wants the
 * answer (a field the user has typed in since). The caller tries again later.
 */
export async function withRetry<T>(
  alive: () => boolean,
  send: () => Promise<T>,
  { retryAfterMs = RETRY_AFTER_MS, waitMs = ANSWER_WAIT_MS } = {},
): Promise<T | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!alive()) return null;
    try {
      return await withinTime(send(), waitMs);
    } catch (cause) {
      // The background refused the question: asking again would not help.
      // (Errors come back through messaging by name, not as the same class.)
      if (cause instanceof Error && cause.name === 'ProtocolError') return null;
      await new Promise((resume) => setTimeout(resume, retryAfterMs));
    }
  }
  return null;
}
