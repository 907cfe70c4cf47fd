/**
 * Feeds against a real local HTTP server: ETag, a changed feed swapped in,
 * and every way a feed can fail (404, 500, HTML, a 50 MB body, a server that
 * never answers) keeping the last good copy, with a plain error to show.
 *
 * No answer here depends on how busy the machine is: the server that "is
 * slow" never answers at all, so only that refresh runs into the core's
 * time limit, and every other refresh has a limit of a minute.
 */
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/background/feed-fetch';
import { glossaryToFeed } from '../../src/glossary/feed';
import { entry } from '../helpers';
import { testCore } from './core-helpers';

let server: Server;
let origin: string;
let body = glossaryToFeed([entry({ id: 'void', term: 'void', alternatives: ['empty room'] })], {
  name: 'Northshire glossary',
});
let etag = '"v1"';
let notModifiedAnswers = 0;
let slowRequests = 0;
/** Two more feeds that disagree about "void" (and each have one entry of their own). */
const OTHER_FEEDS = {
  '/north.json': glossaryToFeed(
    [
      entry({ id: 'void', term: 'void', alternatives: ['empty room'] }),
      entry({ id: 'placement', term: 'placement', alternatives: ['home'] }),
    ],
    { name: 'North' },
  ),
  '/south.json': glossaryToFeed(
    [
      entry({ id: 'void', term: 'void', alternatives: ['empty flat'] }),
      entry({ id: 'respite', term: 'respite', alternatives: ['a short break'] }),
    ],
    { name: 'South' },
  ),
};
/**
 * /gated.json holds each request until the test lets it go, so a test can
 * change the feed while a refresh is under way.
 */
let gatedBody = glossaryToFeed(
  [entry({ id: 'void', term: 'void', alternatives: ['empty room'] })],
  {
    name: 'Gated',
  },
);
const gatedRequests: { release(): void }[] = [];
let gatedArrived: () => void = () => undefined;
let nextGatedArrival = new Promise<void>((done) => (gatedArrived = done));

/** How /feed.json answers: normally, or with one of the failures. */
let mode: 'ok' | '/missing' | '/500' | '/html' | '/huge' | '/slow' = 'ok';

beforeAll(async () => {
  server = createServer((request, response) => {
    let path = request.url ?? '/';
    if (path === '/feed.json' && mode !== 'ok') path = mode;
    if (path === '/feed.json') {
      if (request.headers['if-none-match'] === etag) {
        notModifiedAnswers++;
        response.writeHead(304).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
    } else if (path in OTHER_FEEDS) {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(OTHER_FEEDS[path as keyof typeof OTHER_FEEDS]);
    } else if (path === '/500') response.writeHead(500).end('oops');
    else if (path === '/html') {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><h1>Sign in</h1>');
    } else if (path === '/huge') {
      // 50 MB, streamed without a length, in 1 MB chunks.
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 50 && !response.destroyed) {
          sent++;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    } else if (path === '/gated.json') {
      const sent = gatedBody;
      let release: () => void = () => undefined;
      const released = new Promise<void>((done) => (release = done));
      gatedRequests.push({ release });
      gatedArrived();
      nextGatedArrival = new Promise<void>((done) => (gatedArrived = done));
      // What was published when the request came in is what it gets.
      void released.then(() =>
        response.writeHead(200, { 'content-type': 'application/json' }).end(sent),
      );
    } else if (path === '/slow') {
      // Never answers: the connection stays open until the client gives up
      // or the server closes (afterAll).
      slowRequests++;
    } else response.writeHead(404).end('Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe('feeds', () => {
  it('refuses addresses that are not HTTPS or localhost', async () => {
    await expect(fetchFeed('http://example.org/feed.json')).rejects.toThrow(/https:\/\//);
    await expect(fetchFeed('file:///etc/passwd')).rejects.toThrow(/https:\/\//);
  });

  it('follows a feed, sends If-None-Match, swaps in a changed copy, and keeps the last good one on every failure', async () => {
    // A minute: only a guard against a hang, never reached by a server that answers.
    const t = testCore([], { feedTimeoutMs: 60_000 });
    expect(await t.core.addFeed(`${origin}/feed.json`)).toEqual({ ok: true });
    const layer = (await t.core.snapshot()).layers.find((l) => l.kind === 'feed');
    expect(layer).toMatchObject({ name: 'Northshire glossary', count: 1 });
    expect(layer?.error).toBeUndefined();

    await t.core.refreshAllFeeds();
    expect(notModifiedAnswers).toBe(1);

    body = glossaryToFeed(
      [
        entry({ id: 'void', term: 'void', alternatives: ['empty room'] }),
        entry({ id: 'placement', term: 'placement', alternatives: ['home'] }),
      ],
      { name: 'Northshire glossary' },
    );
    etag = '"v2"';
    await t.core.refreshAllFeeds();
    expect((await t.core.merged()).map((e) => e.id)).toEqual(['void', 'placement']);

    const good = JSON.stringify(await t.db.entries.toArray());
    const failures: [string, RegExp][] = [
      ['/missing', /404/],
      ['/500', /error 500/],
      ['/html', /web page/],
      ['/huge', /larger than 5 MB/],
      ['/slow', /did not answer within 0.5 seconds/],
    ];
    for (const [path, message] of failures) {
      mode = path as typeof mode;
      // The one server that never answers meets a short limit.
      t.feedTimeoutMs = path === '/slow' ? 500 : 60_000;
      await t.core.refreshAllFeeds();
      const info = (await t.core.snapshot()).layers.find((l) => l.kind === 'feed');
      expect(info?.error, path).toMatch(message);
      expect(
        (await t.core.merged()).map((e) => e.id),
        path,
      ).toEqual(['void', 'placement']);
      expect(JSON.stringify(await t.db.entries.toArray()), path).toBe(good);
    }
    expect(slowRequests).toBe(1);
    mode = 'ok';
    t.feedTimeoutMs = 60_000;
    etag = '"v3"';
    await t.core.refreshAllFeeds();
    expect((await t.core.snapshot()).layers.find((l) => l.kind === 'feed')?.error).toBeUndefined();
  });

  it('applies several feeds in order: the first wins, and moving a feed changes which', async () => {
    const t = testCore([entry({ id: 'void', term: 'void', alternatives: ['built-in'] })]);
    await t.core.refreshBuiltin();
    const north = `${origin}/north.json`;
    const south = `${origin}/south.json`;
    expect(await t.core.addFeed(north)).toEqual({ ok: true });
    expect(await t.core.addFeed(south)).toEqual({ ok: true });
    const glossary = async () =>
      (await t.core.merged()).map((e) => [e.id, e.alternatives.map((a) => a.text).join('; ')]);
    const layers = async () =>
      (await t.core.snapshot()).layers.map((l) => [l.name, l.count, l.error]);

    expect(await layers()).toEqual([
      ['Your own', 0, undefined],
      ['North', 2, undefined],
      ['South', 2, undefined],
      ['Built-in', 1, undefined],
    ]);
    expect(await glossary()).toEqual([
      ['void', 'empty room'],
      ['placement', 'home'],
      ['respite', 'a short break'],
    ]);

    expect(await t.core.moveFeed(south, -1)).toEqual({ ok: true });
    expect(await layers()).toEqual([
      ['Your own', 0, undefined],
      ['South', 2, undefined],
      ['North', 2, undefined],
      ['Built-in', 1, undefined],
    ]);
    expect(await glossary()).toEqual([
      ['void', 'empty flat'],
      ['respite', 'a short break'],
      ['placement', 'home'],
    ]);
    const voidRows = (await t.core.snapshot()).rows
      .filter((r) => r.entry.id === 'void')
      .map((r) => [r.layerName, r.entry.alternatives.map((a) => a.text).join('; '), r.hidden]);
    expect(voidRows).toEqual([
      ['South', 'empty flat', false],
      ['North', 'empty room', true],
      ['Built-in', 'built-in', true],
    ]);
  });

  it('runs a refresh asked for during another once more, so a feed changed meanwhile is not missed', async () => {
    const t = testCore([]);
    const url = `${origin}/gated.json`;
    const adding = t.core.addFeed(url);
    await waitForGatedRequest(1);
    gatedRequests[0]?.release();
    expect(await adding).toEqual({ ok: true });

    // The 6-hourly refresh starts and its request reaches the server...
    const scheduled = t.core.refreshFeed(url);
    await waitForGatedRequest(2);
    // ...then the feed changes, and you click "Refresh feeds now".
    gatedBody = glossaryToFeed(
      [
        entry({ id: 'void', term: 'void', alternatives: ['empty room'] }),
        entry({ id: 'zorblewick', term: 'zorblewick', alternatives: ['team meeting'] }),
      ],
      { name: 'Gated' },
    );
    const clicked = t.core.refreshFeed(url);
    const alsoClicked = t.core.refreshFeed(url);
    gatedRequests[1]?.release();
    await scheduled;
    // The older answer is in; the click's own request follows it.
    expect((await t.core.merged()).map((e) => e.id)).toEqual(['void']);
    const next = await Promise.race([
      waitForGatedRequest(3).then(() => 'asked the server again'),
      Promise.all([clicked, alsoClicked]).then(() => 'ended with the older answer'),
    ]);
    expect(next).toBe('asked the server again');
    gatedRequests[2]?.release();
    await Promise.all([clicked, alsoClicked]);
    expect((await t.core.merged()).map((e) => e.id)).toEqual(['void', 'zorblewick']);
    // Two clicks during one refresh share one further request.
    expect(gatedRequests).toHaveLength(3);
  });
});

/** Resolves once the gated route has had `count` requests. */
async function waitForGatedRequest(count: number): Promise<void> {
  while (gatedRequests.length < count) await nextGatedArrival;
}
