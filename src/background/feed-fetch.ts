/**
 * Fetches a published glossary feed with every guard in docs/reliability.md, "Feeds":
 * HTTPS only (http://localhost for testing), If-None-Match/ETag, a time-out,
 * a size cap read as the body streams in (a 50 MB body is cut off at 5 MB,
 * not downloaded), and a schema check. It never writes anything: the caller
 * swaps the result in, or keeps the last good copy and shows
 * `FeedError.message`, which is written for the user.
 *
 * Redirects are never followed. A redirect could send Plainly to another
 * site, or to plain HTTP, and in a browser `fetch` cannot show where a
 * redirect leads without following it (with `redirect: 'manual'` the answer
 * is opaque). So the request asks not to be redirected, and a redirect is
 * refused before anything is fetched from where it points: a feed must be
 * given by its own address.
 */
import { parseGlossaryJson } from '../glossary/feed';
import { MAX_FILE_BYTES } from '../glossary/limits';
import { describeProblem } from '../glossary/read-file';
import type { GlossaryFile } from '../glossary/schema';
import { isFeedUrl } from '../settings/schema';

/** How long to wait for a feed before giving up. */
export const FEED_TIMEOUT_MS = 15_000;

export class FeedError extends Error {
  override name = 'FeedError';
}

export type FeedResult =
  { status: 'not-modified' } | { status: 'ok'; file: GlossaryFile; etag?: string };

export interface FetchFeedOptions {
  etag?: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new FeedError(tooBig(maxBytes));
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FeedError(tooBig(maxBytes));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooBig(maxBytes: number): string {
  return `The feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, so Plainly did not use it. Ask whoever publishes it to split it.`;
}

/** A redirect: opaque in a browser (`redirect: 'manual'`), a 3xx with a Location elsewhere. */
function isRedirect(response: Response): boolean {
  if (response.type === 'opaqueredirect') return true;
  return response.status >= 300 && response.status < 400 && response.status !== 304;
}

/**
 * Fetches and checks one feed.
 *
 * @throws {FeedError} with a plain message for the options page.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FeedResult> {
  if (!isFeedUrl(url)) {
    throw new FeedError(
      'A feed address must start with https:// (http://localhost is allowed for testing).',
    );
  }
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        signal: controller.signal,
        headers: options.etag ? { 'If-None-Match': options.etag } : {},
        // Cookies and saved log-ins are not sent: a feed is public to the organisation's staff.
        credentials: 'omit',
        cache: 'no-cache',
        redirect: 'manual',
      });
    } catch {
      if (controller.signal.aborted) {
        throw new FeedError(
          `The feed did not answer within ${timeoutMs / 1000} seconds. Plainly will try again later.`,
        );
      }
      throw new FeedError(
        'Plainly could not reach the feed. Check the address and your connection.',
      );
    }
    if (isRedirect(response) || (response.url !== '' && response.url !== url)) {
      throw new FeedError(
        'The feed’s address sends Plainly on to another address, and Plainly does not follow that, so a feed cannot be swapped for another site’s. Ask whoever publishes it for the address the feed is really at, and follow that instead.',
      );
    }
    if (response.status === 304) return { status: 'not-modified' };
    if (response.status === 404)
      throw new FeedError('There is no feed at this address (error 404). Check the address.');
    if (response.status === 401 || response.status === 403) {
      throw new FeedError(`The feed's server refused to send it (error ${response.status}).`);
    }
    if (!response.ok) {
      throw new FeedError(
        `The feed's server had a problem (error ${response.status}). Plainly will try again later.`,
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(response, maxBytes);
    } catch (error) {
      if (error instanceof FeedError) throw error;
      throw new FeedError(
        controller.signal.aborted
          ? `The feed did not finish arriving within ${timeoutMs / 1000} seconds. Plainly will try again later.`
          : 'The feed stopped arriving part-way. Plainly will try again later.',
      );
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new FeedError('The feed is not UTF-8 text, so Plainly did not use it.');
    }
    const { file, problems } = parseGlossaryJson(text);
    if (!file) {
      const first = problems.slice(0, 3).map(describeProblem).join(' ');
      const more = problems.length > 3 ? ` And ${problems.length - 3} more problems.` : '';
      throw new FeedError(
        `The feed has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, so Plainly did not use it. ${first}${more}`,
      );
    }
    const etag = response.headers.get('etag') ?? undefined;
    return etag === undefined ? { status: 'ok', file } : { status: 'ok', file, etag };
  } finally {
    clearTimeout(timer);
  }
}
