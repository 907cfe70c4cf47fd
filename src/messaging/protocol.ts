/**
 * The one typed protocol between the extension's contexts (docs/decisions.md).
 *
 * Each message is one function signature in `ProtocolMap`: the argument is
 * what the sender passes, the return type is what it gets back. To add a
 * feature's messages, declare them in an interface in
 * `src/messaging/<feature>.ts` with `parse…` functions for their payloads,
 * add the interface to `ProtocolMap` (`CheckMessages & FeatureMessages`), and register handlers
 * in `src/background/`.
 *
 * Handlers must treat every payload as untrusted: a content script can be
 * driven by a hostile page (docs/reliability.md, "Isolation and messages"), so
 * each handler calls the matching `parse…` function before it does anything.
 * The background registers every handler through `listen`
 * (src/background/listen.ts), which answers a content script only for the
 * few messages listed in src/messaging/senders.ts.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BlockKind, InputBlock } from '../checker/index';
import type { InputFormat, ProfileName, Report } from '../checker/types';
import { PROFILE_NAMES } from '../checker/types';
import type { CardMessages } from './card';
import type { CardHostMessages } from './card-host';
import type { FieldMessages } from './fields';
import type { GlossaryMessages } from './glossary';
import type { ReviewMessages } from './review';
import { isRecord, MAX_CHECK_TEXT } from '../validation/index';
import { ProtocolError } from './errors';

export interface CheckRequest {
  text: string;
  /** Default `plain`. */
  profile?: ProfileName;
  /** Default `auto`. Not used when `blocks` is given. */
  format?: InputFormat;
  /**
   * The text already split into blocks with their kinds (a page's headings,
   * paragraphs, list items and table cells), in order; offsets into `text`.
   */
  blocks?: InputBlock[];
}

const BLOCK_KINDS: readonly BlockKind[] = [
  'paragraph',
  'heading',
  'list-item',
  'table-cell',
  'quote',
];

export interface CheckMessages {
  /** Check some text in the background and get the findings back. */
  check(request: CheckRequest): Report;
}

/**
 * Every message of the extension. Each feature declares its messages in its
 * own interface (src/messaging/<feature>.ts) and adds it here with `&`.
 */
export type ProtocolMap = CheckMessages &
  GlossaryMessages &
  FieldMessages &
  ReviewMessages &
  CardMessages &
  CardHostMessages;

/**
 * No `logger`: the library logs nothing then. Its debug logging would print the
 * user's text, and text we read is never logged (docs/reliability.md).
 */
export const { sendMessage, onMessage, removeAllListeners } =
  defineExtensionMessaging<ProtocolMap>();

const INPUT_FORMATS: readonly InputFormat[] = ['text', 'markdown', 'html', 'auto'];

export { ProtocolError };

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * Checks a `check` payload and returns a clean copy with only the known fields.
 *
 * @throws {ProtocolError} with a plain-English message when the payload is wrong.
 */
/** Blocks in order, inside the text, not overlapping: anything else is refused. */
function parseBlocks(value: unknown, length: number): InputBlock[] {
  const wrong = () => new ProtocolError('Plainly got a request it does not understand. Try again.');
  if (!Array.isArray(value) || value.length > length + 1) throw wrong();
  const blocks: InputBlock[] = [];
  let at = 0;
  for (const item of value) {
    if (!isRecord(item)) throw wrong();
    const { kind, start, end } = item;
    if (!isOneOf(BLOCK_KINDS, kind)) throw wrong();
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw wrong();
    if ((start as number) < at || (end as number) < (start as number) || (end as number) > length) {
      throw wrong();
    }
    at = end as number;
    blocks.push({ kind, start: start as number, end: end as number });
  }
  return blocks;
}

export function parseCheckRequest(data: unknown): CheckRequest {
  if (!isRecord(data)) {
    throw new ProtocolError('Plainly got a request it does not understand. Try again.');
  }
  const { text, profile, format } = data;
  if (typeof text !== 'string') {
    throw new ProtocolError('Plainly needs some text to check.');
  }
  if (text.length > MAX_CHECK_TEXT) {
    throw new ProtocolError(
      `This text is too long to check in one go. Check it in parts of up to ${MAX_CHECK_TEXT.toLocaleString('en-GB')} characters.`,
    );
  }
  const request: CheckRequest = { text };
  if (data.blocks !== undefined) request.blocks = parseBlocks(data.blocks, text.length);
  if (profile !== undefined) {
    if (!isOneOf(PROFILE_NAMES, profile)) {
      throw new ProtocolError('Choose a writing style: Plain, Public or Easy read.');
    }
    request.profile = profile;
  }
  if (format !== undefined) {
    if (!isOneOf(INPUT_FORMATS, format)) {
      throw new ProtocolError(
        'Plainly can check plain text, Markdown or HTML. Choose one of those.',
      );
    }
    request.format = format;
  }
  return request;
}
