/**
 * Drawing a frame's card in the top page: which frame may send what, where
 * the background passes it (always from the browser's own `frameId`, never
 * the message's), which payloads are refused, and how a rectangle two frames
 * deep is moved into the top page from what each frame says.
 */
import { describe, expect, it } from 'vitest';
import {
  parseBadgeState,
  parseCardHost,
  resolveFrames,
  routeCardHost,
  type HostPlaceRequest,
} from '../../src/messaging/card-host';

const TOKEN = '0f8fad5b-d9cb-469f-a165-70867728950e';
const PLACE = {
  op: 'place',
  token: TOKEN,
  seq: 4,
  depth: 1,
  viewport: { width: 700, height: 300 },
  words: { left: 100, top: 30, width: 110, height: 20 },
  text: { left: 16, top: 16, width: 668, height: 120 },
  height: 320,
  focus: true,
};

describe('routing card-hosting messages', () => {
  it('sends a frame’s request to the top frame of its own tab, saying which frame sent it', () => {
    const route = routeCardHost(
      'content-script',
      { tab: { id: 7 }, frameId: 12 },
      { ...PLACE, from: 0, frameId: 99, extra: 'dropped' },
    );
    expect(route).toEqual({
      tabId: 7,
      frameId: 0,
      envelope: { ...PLACE, plainlyHost: 1, to: 'host', from: 12 },
    });
  });

  it('sends the top frame’s word to the one frame that owns the card', () => {
    expect(
      routeCardHost(
        'content-script',
        { tab: { id: 7 }, frameId: 0 },
        { op: 'check-anyway', token: TOKEN, frameId: 12, key: 'b1' },
      ),
    ).toEqual({
      tabId: 7,
      frameId: 12,
      envelope: { plainlyHost: 1, to: 'owner', op: 'check-anyway', token: TOKEN, key: 'b1' },
    });
    expect(
      routeCardHost(
        'content-script',
        { tab: { id: 7 }, frameId: 0 },
        { op: 'dismiss', token: TOKEN, frameId: 3 },
      ),
    ).toEqual({
      tabId: 7,
      frameId: 3,
      envelope: { plainlyHost: 1, to: 'owner', op: 'dismiss', token: TOKEN },
    });
  });

  it.each([
    ['the top frame asking itself to draw', { tab: { id: 7 }, frameId: 0 }, PLACE],
    [
      'a frame telling another frame the user clicked away',
      { tab: { id: 7 }, frameId: 5 },
      { op: 'dismiss', token: TOKEN, frameId: 3 },
    ],
    [
      'the top frame naming itself as the owner',
      { tab: { id: 7 }, frameId: 0 },
      { op: 'dismiss', token: TOKEN, frameId: 0 },
    ],
    [
      'a badge key with markup',
      { tab: { id: 7 }, frameId: 0 },
      { op: 'check-anyway', token: TOKEN, frameId: 3, key: '<b>' },
    ],
    ['an unknown request', { tab: { id: 7 }, frameId: 5 }, { op: 'eval', token: TOKEN }],
    ['no token', { tab: { id: 7 }, frameId: 5 }, { ...PLACE, token: 'abc' }],
    ['a frame too deep', { tab: { id: 7 }, frameId: 5 }, { ...PLACE, depth: 17 }],
    ['a frame with no depth', { tab: { id: 7 }, frameId: 5 }, { ...PLACE, depth: 0 }],
    [
      'a rectangle that is not numbers',
      { tab: { id: 7 }, frameId: 5 },
      { ...PLACE, words: { left: '1', top: 0, width: 1, height: 1 } },
    ],
    [
      'a rectangle of negative size',
      { tab: { id: 7 }, frameId: 5 },
      { ...PLACE, words: { left: 1, top: 0, width: -1, height: 1 } },
    ],
    [
      'a rectangle far off any screen',
      { tab: { id: 7 }, frameId: 5 },
      { ...PLACE, words: { left: 1e9, top: 0, width: 1, height: 1 } },
    ],
  ])('refuses %s', (_what, sender, data) => {
    expect(() => routeCardHost('content-script', sender, data)).toThrow(
      'Plainly got a card message it does not understand.',
    );
  });

  it.each([
    ['one of Plainly’s pages', 'extension-page', { tab: { id: 7 }, frameId: 3 }],
    ['another extension', 'other', { tab: { id: 7 }, frameId: 3 }],
    ['a sender outside a tab', 'content-script', { frameId: 3 }],
    ['a sender with no frame', 'content-script', { tab: { id: 7 } }],
  ] as const)('refuses %s', (_what, kind, sender) => {
    expect(() => routeCardHost(kind, sender, PLACE)).toThrow(
      'Only Plainly’s own pages can do that.',
    );
  });
});

describe('a badge drawn for a frame', () => {
  it('says only counts and flags', () => {
    expect(
      parseBadgeState({
        count: 3,
        readingAge: 13.6,
        partial: true,
        checking: 'yes',
        text: '<img src=x>',
      }),
    ).toEqual({ count: 3, readingAge: 14, partial: true });
    expect(parseBadgeState({ count: 0, readingAge: null, tooLong: true })).toEqual({
      count: 0,
      readingAge: null,
      tooLong: true,
      canForce: false,
    });
    expect(parseBadgeState(null)).toBeNull();
    expect(() => parseBadgeState({ count: -1, readingAge: null })).toThrow();
  });

  it('takes a badge request with its field and key', () => {
    expect(
      parseCardHost(
        {
          op: 'badge',
          token: TOKEN,
          seq: 1,
          key: 'b2',
          depth: 2,
          viewport: { width: 700, height: 300 },
          field: { left: 0, top: 0, width: 700, height: 300 },
          state: { count: 1, readingAge: 12 },
        },
        'frame',
      ),
    ).toEqual({
      op: 'badge',
      token: TOKEN,
      seq: 1,
      key: 'b2',
      depth: 2,
      viewport: { width: 700, height: 300 },
      field: { left: 0, top: 0, width: 700, height: 300 },
      state: { count: 1, readingAge: 12 },
    });
  });
});

describe('a frame two deep', () => {
  const request = { ...PLACE, depth: 2 } as HostPlaceRequest;

  it('is moved into the frame below the top page by what that frame measures', async () => {
    const asked: number[] = [];
    const resolved = await resolveFrames(request, async (depth) => {
      asked.push(depth);
      return {
        box: { left: 20, top: 100, width: 700, height: 300 },
        viewport: { width: 820, height: 560 },
      };
    });
    expect(asked).toEqual([1]);
    expect(resolved).toEqual({
      ...request,
      depth: 1,
      viewport: { width: 820, height: 560 },
      words: { left: 120, top: 130, width: 110, height: 20 },
      text: { left: 36, top: 116, width: 668, height: 120 },
    });
  });

  it.each([
    ['no frame answers', null],
    ['the answer is not a box', { box: 'here', viewport: { width: 1, height: 1 } }],
    [
      'the box is not the inner frame’s shape',
      { box: { left: 0, top: 0, width: 300, height: 300 }, viewport: { width: 820, height: 560 } },
    ],
  ])('is not drawn when %s', async (_what, answer) => {
    expect(await resolveFrames(request, async () => answer)).toBeNull();
  });

  it('asks each frame in between, deepest first', async () => {
    const asked: number[] = [];
    const same = { box: { left: 0, top: 0, width: 700, height: 300 } };
    await resolveFrames({ ...request, depth: 4 }, async (depth) => {
      asked.push(depth);
      return { ...same, viewport: { width: 700, height: 300 } };
    });
    expect(asked).toEqual([3, 2, 1]);
  });
});
