/** Helpers for the glossary browser tests: raw messages, axe-core, a feed server. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
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

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2.2 A and AA violations, as "id: help (targets)". */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the page keeps its real CSP (see popup.test.ts).
  await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const results = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })) as { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
    return results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
    );
  });
}

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
