/**
 * Feeds against real local HTTP servers: no redirect is ever followed (the
 * address it points to is never asked for), and a feed that suddenly loses
 * most of its entries is held for the maintainer while the last good copy
 * stays in use.
 */
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/background/feed-fetch';
import { losesMost } from '../../src/background/glossary-core';
import { glossaryToFeed } from '../../src/glossary/feed';
import { entry } from '../helpers';
import { testCore } from './core-helpers';

const feedOf = (count: number, tag = 'term') =>
  glossaryToFeed(
    Array.from({ length: count }, (_, i) =>
      entry({ id: `${tag}-${i}`, term: `${tag} ${i}`, alternatives: [`plain ${i}`] }),
    ),
    { name: 'Northshire glossary' },
  );

/** Every request each server got, by path. */
const asked: string[] = [];
const elsewhere: string[] = [];
let main: Server;
let other: Server;
let origin = '';
let otherOrigin = '';
let feed = { body: feedOf(10), etag: '"ten"' };

function listen(server: Server, host: string): Promise<string> {
  return new Promise((done) =>
    server.listen(0, host, () => done(`http://${host}:${(server.address() as AddressInfo).port}`)),
  );
}

beforeAll(async () => {
  other = createServer((request, response) => {
    elsewhere.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'application/json' }).end(feedOf(3, 'evil'));
  });
  main = createServer((request, response) => {
    const path = request.url ?? '/';
    asked.push(path);
    if (path === '/same-host') response.writeHead(302, { location: '/target.json' }).end();
    else if (path === '/other-host')
      response.writeHead(301, { location: `${otherOrigin}/feed.json` }).end();
    else if (path === '/plain-http')
      response.writeHead(307, { location: 'http://intranet.example.invalid/feed.json' }).end();
    else if (path === '/target.json')
      response.writeHead(200, { 'content-type': 'application/json' }).end(feedOf(2));
    else if (path === '/feed.json') {
      if (request.headers['if-none-match'] === feed.etag) {
        response.writeHead(304).end();
        return;
      }
      response
        .writeHead(200, { 'content-type': 'application/json', etag: feed.etag })
        .end(feed.body);
    } else response.writeHead(404).end();
  });
  origin = await listen(main, '127.0.0.1');
  // "localhost" is another host than "127.0.0.1", though both are allowed for testing.
  otherOrigin = await listen(other, 'localhost');
});

afterAll(async () => {
  for (const server of [main, other]) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

const REDIRECT =
  'The feed’s address sends Plainly on to another address, and Plainly does not follow that, so a feed cannot be swapped for another site’s. Ask whoever publishes it for the address the feed is really at, and follow that instead.';

describe('feed redirects', () => {
  it.each([
    ['to another host', '/other-host'],
    ['to plain HTTP', '/plain-http'],
    ['on the same host', '/same-host'],
  ])('refuses a redirect %s without asking for where it points', async (_what, path) => {
    asked.length = 0;
    elsewhere.length = 0;
    await expect(fetchFeed(`${origin}${path}`)).rejects.toThrow(REDIRECT);
    expect(asked).toEqual([path]);
    expect(elsewhere).toEqual([]);
  });

  it('follows no redirect for a feed: the feed shows why and the other feeds are untouched', async () => {
    const t = testCore([]);
    feed = { body: feedOf(2), etag: '"two"' };
    expect(await t.core.addFeed(`${origin}/feed.json`)).toEqual({ ok: true });
    elsewhere.length = 0;
    const url = `${origin}/other-host`;
    expect(await t.core.addFeed(url)).toEqual({ ok: true });
    const info = (await t.core.snapshot()).layers.find((l) => l.url === url);
    expect(info).toMatchObject({ error: REDIRECT, count: 0 });
    expect(elsewhere).toEqual([]);
    expect((await t.core.merged()).map((e) => e.id)).toEqual(['term-0', 'term-1']);
  });
});

describe('a feed that suddenly loses most of its entries', () => {
  it.each([
    [10, 0, true],
    [10, 4, true],
    [10, 5, false],
    [10, 12, false],
    [1, 0, true],
    [0, 0, false],
    [3, 1, true],
    [2, 1, false],
  ])('from %i entries to %i: held for the maintainer: %s', (before, after, held) => {
    expect(losesMost(before, after)).toBe(held);
  });

  it('is held: the last good copy stays in use until the maintainer accepts the new one', async () => {
    const t = testCore([]);
    const url = `${origin}/feed.json`;
    feed = { body: feedOf(10), etag: '"ten"' };
    expect(await t.core.addFeed(url)).toEqual({ ok: true });
    const ids = async () => (await t.core.merged()).map((e) => e.id);
    const tenIds = await ids();
    expect(tenIds).toHaveLength(10);
    const layer = async () => (await t.core.snapshot()).layers.find((l) => l.url === url);

    // The feed is suddenly empty: held, nothing changes.
    feed = { body: feedOf(0), etag: '"empty"' };
    const changesBefore = t.changes;
    await t.core.refreshAllFeeds();
    expect(await ids()).toEqual(tenIds);
    expect(t.changes).toBe(changesBefore);
    expect(await layer()).toMatchObject({ count: 10, held: { count: 0 } });
    expect((await layer())?.error).toBeUndefined();

    // Back as it was (the server answers "not modified" to the copy in use): the hold is dropped.
    feed = { body: feedOf(10), etag: '"ten"' };
    await t.core.refreshAllFeeds();
    expect((await layer())?.held).toBeUndefined();

    // It loses 6 of its 10 entries: held again; accepting uses the new copy.
    feed = { body: feedOf(4), etag: '"four"' };
    await t.core.refreshAllFeeds();
    expect(await layer()).toMatchObject({ count: 10, held: { count: 4 } });
    expect(await t.core.acceptHeldFeed(url)).toEqual({ ok: true });
    expect(await ids()).toEqual(['term-0', 'term-1', 'term-2', 'term-3']);
    expect((await layer())?.held).toBeUndefined();
    expect(await t.core.acceptHeldFeed(url)).toMatchObject({ ok: false });

    // Losing one of four is not sudden: it is swapped in at once.
    feed = { body: feedOf(3), etag: '"three"' };
    await t.core.refreshAllFeeds();
    expect(await ids()).toEqual(['term-0', 'term-1', 'term-2']);
  });
});
