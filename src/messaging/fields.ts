/**
 * Messages for checking as you write: the content script sends a field's text
 * and gets slim findings back; the card's "Ignore this word everywhere" goes
 * through here too, from the card's frame; the popup asks the page's content
 * script which site it is on. (The card's "Suggest a change to the glossary"
 * and its counts use the glossary's own `proposeGlossaryChange` and
 * `recordFindingEvent`.)
 *
 * The content script is untrusted (a hostile page can drive it): it may only
 * send `checkField` (src/messaging/senders.ts), whose payload is checked by
 * `parseFieldCheckRequest`. `ignoreWord` is taken only from Plainly's own
 * pages (the card's frame), after the user's own click or key press there.
 */
import type { FindingCategory, Severity, Suggestion } from '../checker/types';
import { ProtocolError } from './errors';
import { isRecord, MAX_CHECK_TEXT } from '../validation/index';

export interface FieldCheckRequest {
  text: string;
  /**
   * Which field of the page this is (the content script's own name for it): a
   * newer check of the same field replaces an older one still waiting.
   */
  fieldId: string;
}

/** A finding as the content script needs it: no line or column, nothing it cannot show. */
export interface FieldFindingData {
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  message: string;
  text: string;
  start: number;
  end: number;
  suggestions: Suggestion[];
  entryId?: string;
  definition?: string;
  /** The glossary entry's advice for the writer. */
  advice?: string;
  easyRead?: string[];
  /** People who draw on care and support agreed the glossary wording. */
  coProduced?: boolean;
}

export interface FieldCheckResult {
  findings: FieldFindingData[];
  /** Rounded reading age, or null when there are no words. */
  readingAge: number | null;
  /** Only the first part of the text was checked: the rest did not fit in the time allowed. */
  partial?: boolean;
  /** A newer check of the same field came in before this one was done: there are no findings. */
  superseded?: boolean;
}

export interface FieldMessages {
  /** Check a field's text with the user's profile and ignored words. */
  checkField(request: FieldCheckRequest): FieldCheckResult;
  /** Add a word to the user's "ignore everywhere" list. */
  ignoreWord(word: string): void;
  /** Popup → the page's top frame: the page's host name ('' when Plainly cannot work there). */
  fieldHost(): string;
}

const FIELD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseFieldCheckRequest(data: unknown): FieldCheckRequest {
  if (!isRecord(data) || typeof data.text !== 'string') {
    throw new ProtocolError('Plainly needs some text to check.');
  }
  if (data.text.length > MAX_CHECK_TEXT) {
    throw new ProtocolError('This text is too long to check in one go.');
  }
  const fieldId =
    typeof data.fieldId === 'string' && FIELD_ID.test(data.fieldId) ? data.fieldId : '';
  return { text: data.text, fieldId };
}

/** A word to ignore: trimmed, lower case, 1–100 characters. */
export function parseIgnoreWord(data: unknown): string {
  const word = typeof data === 'string' ? data.trim().toLowerCase() : '';
  if (word === '' || word.length > 100)
    throw new ProtocolError('Plainly could not ignore that word.');
  return word;
}
