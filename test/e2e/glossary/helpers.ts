/** Helpers for the glossary browser tests: raw messages, axe-core, a feed server. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

/** Sends a message the way @webext-core/messaging does, from an extension page; returns `res` or throws `err`. */
export async function message<T = unknown>(page: Page, type: string, data?: unknown): Promise<T> {
  const answer = await page.evaluate(
    ([type, data]) =>
      new Promise<{ res?: unknown; err?: { message: string } }>((resolve) => {
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown, r: (a: unknown) => void): void } };
          }
        ).chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, (a) =>
          resolve(a as { res?: unknown; err?: { message: string } }),
        );
      }),
    [type, data] as const,
  );
  if (answer?.err) throw new Error(answer.err.message);
  return answer?.res as T;
}

export { axeViolations } from '../axe';

export interface FeedServer {
  url: string;
  setBody(body: string): void;
  requests: { ifNoneMatch: string | undefined }[];
  close(): Promise<void>;
}

/** Serves one feed at /feed.json with an ETag, and CORS so the extension may read it. */
export async function startFeedServer(initial: string): Promise<FeedServer> {
  let body = initial;
  let version = 1;
  const requests: FeedServer['requests'] = [];
  const server = createServer((request, response) => {
    const ifNoneMatch = request.headers['if-none-match'];
    requests.push({ ifNoneMatch: typeof ifNoneMatch === 'string' ? ifNoneMatch : undefined });
    const etag = `"v${version}"`;
    const headers = { 'access-control-allow-origin': '*', etag, 'cache-control': 'no-cache' };
    if (ifNoneMatch === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/feed.json`,
    setBody(next) {
      body = next;
      version++;
    },
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
