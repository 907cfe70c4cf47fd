/**
 * The suggestion card lives in a frame of Plainly's own (entrypoints/card),
 * drawn by the content script over the page, so the page can neither read it,
 * nor focus, restyle, click or submit anything in it. The content script and
 * the frame never talk through the page: each sends `cardRelay` to the
 * background, which passes the message on to the same tab
 * (src/background/card-relay.ts). Content scripts may only send the content
 * to show; the frame sends the user's choices back.
 *
 * Each card frame has a random token (in its address, which the page cannot
 * read: the frame is in a closed shadow root), so that the message reaches
 * the right frame and the right content script when a tab has several.
 *
 * Every payload is checked here, on both sides: the content script's because
 * a hostile page shapes the text it shows, the frame's for symmetry.
 */
import type { FindingCategory, Severity } from '../checker/types';
import { FINDING_CATEGORIES } from '../checker/types';
import { ProtocolError } from './errors';
import { isRecord } from '../validation/index';

/** What the card frame may ask the content script to do. */
export type CardActionKind = 'apply' | 'ignore' | 'ignore-everywhere';

export interface CardAction {
  /** Unique within one card. */
  id: string;
  label: string;
  kind: CardActionKind;
  /** The first replacement is the suggested one. */
  primary?: boolean;
}

/** The finding as the card shows it: no offsets, nothing it does not show. */
export interface CardFinding {
  text: string;
  message: string;
  category: FindingCategory;
  severity: Severity;
  definition?: string;
  /** The glossary entry's advice for the writer. */
  advice?: string;
  easyRead?: string[];
  coProduced?: boolean;
  /** The glossary entry, for the counts kept when a suggestion is used or ignored. */
  entryId?: string;
}

export interface CardContent {
  /** Goes up with every card a content script opens; answers about older cards are ignored. */
  cardId: number;
  finding: CardFinding;
  actions: CardAction[];
  /** Offer "Suggest a change to the glossary" (glossary findings only). */
  canPropose: boolean;
  /** Opened from the keyboard: the frame takes focus and puts it on the first action. */
  focus: boolean;
  /** A line shown at the top, for example why a fix was not made. */
  note?: string;
  /** The page's origin and path, kept with a proposal. */
  pageUrl?: string;
}

/** Content script to frame. */
export type ToFrameKind = 'show' | 'hide';
/** Frame to content script. */
export type ToPageKind = 'ready' | 'size' | 'act' | 'close';

export interface CardRelayRequest {
  token: string;
  kind: ToFrameKind | ToPageKind;
  payload?: unknown;
}

/** What the background passes on to the tab. Only the frame or script holding `token` answers. */
export interface CardRelayEnvelope {
  plainlyCard: 1;
  to: 'frame' | 'page';
  token: string;
  kind: ToFrameKind | ToPageKind;
  payload?: unknown;
}

/** The frame's answer to `show`: how tall the card is, in CSS pixels. */
export interface CardShown {
  cardId: number;
  height: number;
}

/** The content script's answer to `act`: the card closes, or shows `note`. */
export interface ActResult {
  done: boolean;
  note?: string;
}

export interface CardMessages {
  /** Passes a card message to the other side in the sender's tab; resolves to its answer. */
  cardRelay(request: CardRelayRequest): unknown;
}

const TOKEN = /^[A-Za-z0-9-]{16,64}$/;
const TO_FRAME: readonly string[] = ['show', 'hide'];
const TO_PAGE: readonly string[] = ['ready', 'size', 'act', 'close'];
const SEVERITIES: readonly string[] = ['error', 'warning', 'suggestion'];
const ACTION_KINDS: readonly string[] = ['apply', 'ignore', 'ignore-everywhere'];
/** A card's content is small: a finding and a few buttons. */
const MAX_CONTENT_CHARS = 40_000;

function bad(): never {
  throw new ProtocolError('Plainly got a card message it does not understand.');
}

function text(value: unknown, max: number): string {
  if (typeof value !== 'string' || value.length > max) bad();
  return value;
}

/** A fresh random token for a card frame. */
export function newCardToken(): string {
  return crypto.randomUUID();
}

export function isCardToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

/**
 * Checks a `cardRelay` request. `from` is who sent it: a content script may
 * only send what goes to the frame, and the frame only what goes back.
 *
 * @throws {ProtocolError} when it is not a card message that sender may send.
 */
export function parseCardRelay(
  data: unknown,
  from: 'content-script' | 'extension-page',
): CardRelayRequest {
  if (!isRecord(data) || !isCardToken(data.token) || typeof data.kind !== 'string') bad();
  const allowed = from === 'content-script' ? TO_FRAME : TO_PAGE;
  if (!allowed.includes(data.kind)) bad();
  const kind = data.kind as CardRelayRequest['kind'];
  const request: CardRelayRequest = { token: data.token, kind };
  if (kind === 'show') request.payload = parseCardContent(data.payload);
  else if (kind === 'size') request.payload = parseCardSize(data.payload);
  else if (kind === 'act') request.payload = parseCardAct(data.payload);
  else if (kind === 'close') request.payload = parseCardClose(data.payload);
  return request;
}

/** Checks the content of a card: its shape and the length of every text. */
export function parseCardContent(data: unknown): CardContent {
  if (!isRecord(data) || !isRecord(data.finding) || !Array.isArray(data.actions)) bad();
  if (JSON.stringify(data).length > MAX_CONTENT_CHARS) bad();
  const f = data.finding;
  if (!(FINDING_CATEGORIES as readonly unknown[]).includes(f.category)) bad();
  if (!SEVERITIES.includes(f.severity as string)) bad();
  const finding: CardFinding = {
    text: text(f.text, 2_000),
    message: text(f.message, 2_000),
    category: f.category as FindingCategory,
    severity: f.severity as Severity,
  };
  if (f.definition !== undefined) finding.definition = text(f.definition, 2_000);
  if (f.advice !== undefined) finding.advice = text(f.advice, 2_000);
  if (f.easyRead !== undefined) {
    if (!Array.isArray(f.easyRead) || f.easyRead.length > 100) bad();
    finding.easyRead = f.easyRead.map((line) => text(line, 2_000));
  }
  if (f.coProduced === true) finding.coProduced = true;
  if (f.entryId !== undefined) finding.entryId = text(f.entryId, 100);
  if (data.actions.length > 20) bad();
  const actions = data.actions.map((raw): CardAction => {
    if (!isRecord(raw) || !ACTION_KINDS.includes(raw.kind as string)) bad();
    const action: CardAction = {
      id: text(raw.id, 64),
      label: text(raw.label, 600),
      kind: raw.kind as CardActionKind,
    };
    if (raw.primary === true) action.primary = true;
    return action;
  });
  if (typeof data.cardId !== 'number' || !Number.isSafeInteger(data.cardId)) bad();
  const content: CardContent = {
    cardId: data.cardId,
    finding,
    actions,
    canPropose: data.canPropose === true,
    focus: data.focus === true,
  };
  if (data.note !== undefined) content.note = text(data.note, 1_000);
  if (data.pageUrl !== undefined) content.pageUrl = text(data.pageUrl, 2_000);
  return content;
}

function cardId(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) bad();
  return value;
}

export function parseCardSize(data: unknown): CardShown {
  if (!isRecord(data) || typeof data.height !== 'number' || !Number.isFinite(data.height)) bad();
  return { cardId: cardId(data.cardId), height: Math.max(0, Math.min(4_000, data.height)) };
}

export function parseCardAct(data: unknown): { cardId: number; action: string } {
  if (!isRecord(data)) bad();
  return { cardId: cardId(data.cardId), action: text(data.action, 64) };
}

export function parseCardClose(data: unknown): { cardId: number; reason: 'escape' | 'done' } {
  if (!isRecord(data) || (data.reason !== 'escape' && data.reason !== 'done')) bad();
  return { cardId: cardId(data.cardId), reason: data.reason };
}

/** The card frame's page. Only it may send the user's choices back to a page. */
export const CARD_PAGE = '/card.html';

/**
 * Where the background sends a card message, and what it sends: to the
 * sender's own tab only, as an envelope for the other side. A content script
 * may only send content to the frame; only the card page may send the user's
 * choices back to the page.
 *
 * @throws {ProtocolError} for any other sender or message.
 */
export function routeCardRelay(
  kind: 'extension-page' | 'content-script' | 'other',
  sender: { url?: string | undefined; tab?: { id?: number | undefined } | undefined } | undefined,
  data: unknown,
): { tabId: number; envelope: CardRelayEnvelope } {
  const tabId = sender?.tab?.id;
  if (tabId === undefined || kind === 'other') {
    throw new ProtocolError('Only Plainly’s own pages can do that.');
  }
  if (kind === 'extension-page' && new URL(sender?.url ?? '', 'x:/').pathname !== CARD_PAGE) {
    throw new ProtocolError('Only Plainly’s own pages can do that.');
  }
  const request = parseCardRelay(data, kind);
  const envelope: CardRelayEnvelope = {
    plainlyCard: 1,
    to: kind === 'content-script' ? 'frame' : 'page',
    token: request.token,
    kind: request.kind,
  };
  if (request.payload !== undefined) envelope.payload = request.payload;
  return { tabId, envelope };
}

/** Whether `value` is an envelope the background passed on (its sender is checked separately). */
export function isCardEnvelope(value: unknown, to: 'frame' | 'page'): value is CardRelayEnvelope {
  return isRecord(value) && value.plainlyCard === 1 && value.to === to && isCardToken(value.token);
}
