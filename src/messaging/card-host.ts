/**
 * Drawing a frame's card and badge in the top page.
 *
 * An editor inside a frame (TinyMCE, CKEditor in its frame mode, any editor
 * in an iframe) is often too small for the suggestion card, and its edges cut
 * off the field's badge. So the content script in that frame (the *owner*:
 * it keeps the field, the findings and the fixes) asks the content script of
 * the top page (the *host*) to draw the card's frame and the badge there,
 * beside the words. Nothing goes through either page: each message goes to
 * the background (`cardHost`), which checks which frame sent it and passes it
 * on to one frame of the same tab:
 *
 * - a frame's own messages (`frame`, `place`, `hide`, `badge`, `check`,
 *   `release`) go only to the top frame (frame id 0), with the sender's frame
 *   id added by the background, never taken from the message (and `focus`:
 *   the top page gives focus back to the frame, but only from its card);
 * - the top frame's (`dismiss`, `check-anyway`: the user clicked away from
 *   the card, or pressed the badge's button) go only to the one frame that
 *   owns the card.
 *
 * Where the words are in the top page is worked out from geometry the
 * browser gives each of Plainly's content scripts, never from anything a page
 * says: the owner measures the words in its own viewport; each frame between
 * it and the top page measures the frame element it holds (`frame-box`, asked
 * by the background, see `resolveFrames`); and the host measures the frame
 * element in the top page. The sizes must agree at every step
 * (`frameScale`), or nothing is drawn there and the owner draws its card
 * itself.
 *
 * The host only draws: the card's content still goes from the owner to the
 * card's frame (src/messaging/card.ts), and what the user chooses comes back
 * to the owner, which makes the change through the editor's own input path.
 *
 * Every payload is checked here: both sides run in pages that may be hostile.
 */
import type { FrameBox, Rect, Size } from './geometry';
import { fromFrame } from './geometry';
import { isCardToken } from './card';
import { ProtocolError } from './protocol';
import { isRecord } from '../validation/index';

/** What the field's badge shows, drawn by the top page for a field in a frame. */
export interface BadgeState {
  count: number;
  readingAge: number | null;
  /** The field is over the size limit and was not checked. */
  tooLong?: boolean;
  /** It can still be checked on request ("Check this anyway"). */
  canForce?: boolean;
  /** Only the first part was checked, in the time allowed. */
  partial?: boolean;
  /** A check is under way and taking a moment. */
  checking?: boolean;
}

/** What a frame's content script asks the top page's to do. */
export type HostOp = 'frame' | 'place' | 'hide' | 'focus' | 'badge' | 'check' | 'release';
/** What the top page's content script tells the frame that owns a card. */
export type OwnerOp = 'dismiss' | 'check-anyway';

/** Make the card's frame for `token`, hidden, at the width it will be shown. */
export interface HostFrameRequest {
  op: 'frame';
  token: string;
  /** The owner's origin: only a frame of the top page's own origin has its card drawn there. */
  origin: string;
}

/** Where something of the owner's is, in its own viewport, and how deep its frame is. */
export interface OwnerPlace {
  /** How many frames deep the owner is (1: a frame of the top page). */
  depth: number;
  /** The owner's viewport. */
  viewport: Size;
}

/** Show the card for `token` beside `words`. */
export interface HostPlaceRequest extends OwnerPlace {
  op: 'place';
  token: string;
  /** Goes up with every request: an older one that arrives late is ignored. */
  seq: number;
  words: Rect;
  /** The field the words are in: the card never covers their line across it. */
  text: Rect;
  /** The card's whole height. */
  height: number;
  /** Put focus in the card (it was opened from the keyboard). */
  focus: boolean;
}

export interface HostHideRequest {
  op: 'hide';
  token: string;
  /**
   * If the card has focus, give it back to the owner's frame first (the
   * owner then puts it in the field): a frame cannot take focus back from
   * the top page's card by itself.
   */
  returnFocus: boolean;
}

/** If the card has focus, give it back to the owner's frame (before a fix is made there). */
export interface HostFocusRequest {
  op: 'focus';
  token: string;
}

/** Show (or with `state: null`, take away) the badge `key` of the owner's field at `field`. */
export interface HostBadgeRequest extends OwnerPlace {
  op: 'badge';
  token: string;
  seq: number;
  key: string;
  field: Rect;
  state: BadgeState | null;
}

export interface HostCheckRequest {
  op: 'check';
  token: string;
}

export interface HostReleaseRequest {
  op: 'release';
  token: string;
}

export type HostRequest =
  | HostFrameRequest
  | HostPlaceRequest
  | HostHideRequest
  | HostFocusRequest
  | HostBadgeRequest
  | HostCheckRequest
  | HostReleaseRequest;

/** The top page's content script, to the frame that owns `token`. */
export interface OwnerRequest {
  op: OwnerOp;
  token: string;
  /** The owner's frame id, as the background told the host. */
  frameId: number;
  /** For `check-anyway`: which badge. */
  key?: string;
}

/** What the background passes to the top frame: a frame's request, and which frame sent it. */
export type HostEnvelope = HostRequest & { plainlyHost: 1; to: 'host'; from: number };
/** What the background passes to the owner. */
export interface OwnerEnvelope {
  plainlyHost: 1;
  to: 'owner';
  op: OwnerOp;
  token: string;
  key?: string;
}
/** The background asks the frame `depth` deep that has focus where its focused frame element is. */
export interface LevelEnvelope {
  plainlyHost: 1;
  to: 'level';
  op: 'frame-box';
  depth: number;
}

/** The host's answers. */
export interface HostFrameAnswer {
  ok: boolean;
}
export interface HostPlaceAnswer {
  placed: boolean;
  /** Focus went into the card. */
  focused: boolean;
}
export interface HostCheckAnswer {
  inPlace: boolean;
}

export interface CardHostMessages {
  /** Passes a card-hosting message between a frame and the top page of the sender's tab. */
  cardHost(request: HostRequest | OwnerRequest): unknown;
}

/** Frames deeper than this are not drawn for in the top page. */
export const MAX_DEPTH = 16;
const KEY = /^[A-Za-z0-9_-]{1,64}$/;
const HOST_OPS: readonly string[] = [
  'frame',
  'place',
  'hide',
  'focus',
  'badge',
  'check',
  'release',
];
const OWNER_OPS: readonly string[] = ['dismiss', 'check-anyway'];
/** No page is this big, in CSS pixels. */
const MAX_COORDINATE = 1_000_000;

function bad(): never {
  throw new ProtocolError('Plainly got a card message it does not understand.');
}

function finite(value: unknown, low = -MAX_COORDINATE, high = MAX_COORDINATE): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < low || value > high) bad();
  return value;
}

export function parseRect(value: unknown): Rect {
  if (!isRecord(value)) bad();
  return {
    left: finite(value.left),
    top: finite(value.top),
    width: finite(value.width, 0),
    height: finite(value.height, 0),
  };
}

export function parseSize(value: unknown): Size {
  if (!isRecord(value)) bad();
  return { width: finite(value.width, 0), height: finite(value.height, 0) };
}

function integer(value: unknown, low: number, high: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < low || (value as number) > high) bad();
  return value as number;
}

function flag(value: unknown): boolean {
  return value === true;
}

/** A badge's state: counts and flags only, so the top page's badge can say nothing else. */
export function parseBadgeState(value: unknown): BadgeState | null {
  if (value === null) return null;
  if (!isRecord(value)) bad();
  const state: BadgeState = {
    count: integer(value.count, 0, 1_000_000),
    readingAge: value.readingAge === null ? null : Math.round(finite(value.readingAge, 0, 100)),
  };
  if (flag(value.tooLong)) {
    state.tooLong = true;
    state.canForce = flag(value.canForce);
  }
  if (flag(value.partial)) state.partial = true;
  if (flag(value.checking)) state.checking = true;
  return state;
}

function place(data: Record<string, unknown>): OwnerPlace {
  return { depth: integer(data.depth, 1, MAX_DEPTH), viewport: parseSize(data.viewport) };
}

/**
 * Checks a `cardHost` request. A frame (`from: 'frame'`) may only send what
 * goes to the host; the top frame only what goes to an owner.
 *
 * @throws {ProtocolError} for anything else.
 */
export function parseCardHost(data: unknown, from: 'frame' | 'top'): HostRequest | OwnerRequest {
  if (!isRecord(data) || !isCardToken(data.token) || typeof data.op !== 'string') bad();
  const token = data.token;
  if (from === 'top') {
    if (!OWNER_OPS.includes(data.op)) bad();
    const request: OwnerRequest = {
      op: data.op as OwnerOp,
      token,
      frameId: integer(data.frameId, 1, Number.MAX_SAFE_INTEGER),
    };
    if (data.op === 'check-anyway') {
      if (typeof data.key !== 'string' || !KEY.test(data.key)) bad();
      request.key = data.key;
    }
    return request;
  }
  if (!HOST_OPS.includes(data.op)) bad();
  switch (data.op as HostOp) {
    case 'frame':
      if (typeof data.origin !== 'string' || data.origin.length > 2_000) bad();
      return { op: 'frame', token, origin: data.origin };
    case 'place':
      return {
        op: 'place',
        token,
        seq: integer(data.seq, 0, Number.MAX_SAFE_INTEGER),
        ...place(data),
        words: parseRect(data.words),
        text: parseRect(data.text),
        height: finite(data.height, 0, 100_000),
        focus: flag(data.focus),
      };
    case 'hide':
      return { op: 'hide', token, returnFocus: flag(data.returnFocus) };
    case 'focus':
      return { op: 'focus', token };
    case 'badge':
      if (typeof data.key !== 'string' || !KEY.test(data.key)) bad();
      return {
        op: 'badge',
        token,
        seq: integer(data.seq, 0, Number.MAX_SAFE_INTEGER),
        key: data.key,
        ...place(data),
        field: parseRect(data.field),
        state: parseBadgeState(data.state),
      };
    case 'check':
      return { op: 'check', token };
    default:
      return { op: 'release', token };
  }
}

/** Where the background sends a `cardHost` message: to which frame of which tab, and what. */
export interface CardHostRoute {
  tabId: number;
  frameId: number;
  envelope: HostEnvelope | OwnerEnvelope;
}

/**
 * Where a `cardHost` message goes. Only a content script may send one; a
 * frame's goes to the top frame of its own tab, the top frame's to the one
 * frame it names, in the same tab. The sender's frame comes from the
 * browser (`sender.frameId`), never from the message.
 *
 * @throws {ProtocolError} for any other sender or message.
 */
export function routeCardHost(
  kind: 'extension-page' | 'content-script' | 'other',
  sender:
    { tab?: { id?: number | undefined } | undefined; frameId?: number | undefined } | undefined,
  data: unknown,
): CardHostRoute {
  const tabId = sender?.tab?.id;
  const frameId = sender?.frameId;
  if (kind !== 'content-script' || tabId === undefined || typeof frameId !== 'number') {
    throw new ProtocolError('Only Plainly’s own pages can do that.');
  }
  const request = parseCardHost(data, frameId === 0 ? 'top' : 'frame');
  if ('frameId' in request) {
    const envelope: OwnerEnvelope = {
      plainlyHost: 1,
      to: 'owner',
      op: request.op,
      token: request.token,
    };
    if (request.key !== undefined) envelope.key = request.key;
    return { tabId, frameId: request.frameId, envelope };
  }
  return { tabId, frameId: 0, envelope: { ...request, plainlyHost: 1, to: 'host', from: frameId } };
}

/** A level's answer to `frame-box`: its focused frame element's box, and its own viewport. */
export function parseFrameBox(value: unknown): FrameBox | null {
  if (!isRecord(value)) return null;
  try {
    return { box: parseRect(value.box), viewport: parseSize(value.viewport) };
  } catch {
    return null;
  }
}

/**
 * For an owner more than one frame deep: asks each frame between it and the
 * top page (`ask(depth)`, deepest first) where the frame element it holds
 * is, and moves the owner's rectangles into the coordinates of the frame
 * just below the top page, whose viewport becomes the request's. The host
 * then does the last step itself. Null when a frame does not answer, or its
 * box does not match the viewport of the frame inside it.
 */
export async function resolveFrames<T extends HostPlaceRequest | HostBadgeRequest>(
  request: T,
  ask: (depth: number) => Promise<unknown>,
): Promise<T | null> {
  let viewport = request.viewport;
  const rects: Rect[] = request.op === 'place' ? [request.words, request.text] : [request.field];
  for (let depth = request.depth - 1; depth >= 1; depth--) {
    const level = parseFrameBox(await ask(depth).catch(() => null));
    if (level === null) return null;
    const frame: FrameBox = { box: level.box, viewport };
    for (let i = 0; i < rects.length; i++) {
      const moved = fromFrame(rects[i] as Rect, [frame]);
      if (moved === null) return null;
      rects[i] = moved;
    }
    viewport = level.viewport;
  }
  const [first, second] = rects as [Rect, Rect | undefined];
  const resolved =
    request.op === 'place'
      ? { ...request, words: first, text: second ?? first }
      : { ...request, field: first };
  return { ...resolved, depth: 1, viewport };
}

export function isHostEnvelope(value: unknown): value is HostEnvelope {
  return (
    isRecord(value) &&
    value.plainlyHost === 1 &&
    value.to === 'host' &&
    isCardToken(value.token) &&
    typeof value.from === 'number'
  );
}

export function isOwnerEnvelope(value: unknown): value is OwnerEnvelope {
  return (
    isRecord(value) && value.plainlyHost === 1 && value.to === 'owner' && isCardToken(value.token)
  );
}

export function isLevelEnvelope(value: unknown): value is LevelEnvelope {
  return (
    isRecord(value) &&
    value.plainlyHost === 1 &&
    value.to === 'level' &&
    value.op === 'frame-box' &&
    Number.isSafeInteger(value.depth)
  );
}
