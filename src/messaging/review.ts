/**
 * Messages for reviewing a whole page, form or file.
 *
 * To the background (in `ProtocolMap`): `reviewDocument` checks a document the
 * review page has read, `reviewForms` checks a page's forms, and
 * `wordsWeUsed` makes the "words we used" list for a page the side panel
 * checked, all with the glossary in use. Their payloads are checked by the
 * `parse…` functions.
 *
 * To the "review this page" helpers in a tab (`pageMessenger`, its own
 * protocol, so the background never answers them): copy the page and read
 * its forms, highlight a finding, and run axe-core.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FormFinding, FormInfo } from '../accessibility/form-types';
import type { AxeProblem } from '../accessibility/types';
import type { ProfileName } from '../checker/types';
import { PROFILE_NAMES } from '../checker/types';
import type { DocumentModel } from '../documents/model';
import type { PagePlace, PageSnapshot } from '../documents/page-snapshot';
import type { AppendixEntry } from '../report/appendix';
import type { DocumentReview } from '../report/review';
import { ProtocolError } from './errors';
import { isRecord, MAX_CHECK_TEXT, MAX_MESSAGE_ITEMS } from '../validation/index';

export interface ReviewDocumentRequest {
  document: DocumentModel;
  profile?: ProfileName;
}

export interface ReviewFormsRequest {
  forms: FormInfo[];
  profile?: ProfileName;
}

export interface WordsWeUsedRequest {
  /** The glossary terms the text uses: the check's `stats.glossaryTerms`. */
  termIds: string[];
  /** The text that was checked, to find which short forms it uses. */
  text: string;
  profile?: ProfileName;
}

export interface ReviewMessages {
  /** Review a document the review page has read: findings, accessibility, report, "words we used". */
  reviewDocument(request: ReviewDocumentRequest): DocumentReview;
  /** Check a page's forms: labels, placeholders, buttons and plain language. */
  reviewForms(request: ReviewFormsRequest): FormFinding[];
  /** The "words we used" list for a text already checked, from the glossary in use. */
  wordsWeUsed(request: WordsWeUsedRequest): AppendixEntry[];
}

/** A document's text may be this long: about 300,000 words, beyond any meeting paper. */
export const MAX_DOCUMENT_TEXT = 2_000_000;
const MAX_FORM_TEXT = 2_000;
/** More glossary terms than any text can use, and no longer an id than any entry has. */
const MAX_TERMS = 20_000;
const MAX_TERM_ID = 200;

function profileOf(value: unknown): ProfileName | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (PROFILE_NAMES as readonly string[]).includes(value)) {
    return value as ProfileName;
  }
  throw new ProtocolError('Choose a writing style: Plain, Public or Easy read.');
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value) || value.length > MAX_MESSAGE_ITEMS) {
    throw new ProtocolError('Plainly got a document it does not understand. Try reading it again.');
  }
  return value;
}

/**
 * Checks a `reviewDocument` payload's shape and size. The review page made it
 * from the user's own file, but it is still checked before use.
 */
export function parseReviewDocumentRequest(data: unknown): ReviewDocumentRequest {
  if (!isRecord(data) || !isRecord(data.document)) {
    throw new ProtocolError('Plainly got a request it does not understand. Try again.');
  }
  const doc = data.document;
  if (typeof doc.text !== 'string' || typeof doc.name !== 'string') {
    throw new ProtocolError('Plainly got a document it does not understand. Try reading it again.');
  }
  if (doc.text.length > MAX_DOCUMENT_TEXT) {
    throw new ProtocolError('This document is too long to review in one go. Review it in parts.');
  }
  for (const key of ['blocks', 'links', 'images', 'tables', 'italic', 'underline']) list(doc[key]);
  const request: ReviewDocumentRequest = { document: doc as unknown as DocumentModel };
  const profile = profileOf(data.profile);
  if (profile !== undefined) request.profile = profile;
  return request;
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new ProtocolError('Plainly could not read this form.');
  return value.slice(0, MAX_FORM_TEXT);
}

/** Checks a `reviewForms` payload: it comes from a web page, so nothing in it is trusted. */
export function parseReviewFormsRequest(data: unknown): ReviewFormsRequest {
  if (!isRecord(data)) throw new ProtocolError('Plainly could not read this form.');
  const forms = list(data.forms).map((form, index): FormInfo => {
    if (!isRecord(form)) throw new ProtocolError('Plainly could not read this form.');
    return {
      index,
      name: text(form.name) ?? '',
      controls: list(form.controls).map((c) => {
        if (!isRecord(c)) throw new ProtocolError('Plainly could not read this form.');
        return {
          target: Number(c.target) | 0,
          kind: text(c.kind) ?? '',
          name: text(c.name) ?? '',
          label: text(c.label),
          placeholder: text(c.placeholder),
          hint: text(c.hint),
          errors: list(c.errors).map((e) => text(e) ?? ''),
          required: c.required === true,
        };
      }),
      buttons: list(form.buttons).map((b) => {
        if (!isRecord(b)) throw new ProtocolError('Plainly could not read this form.');
        return { target: Number(b.target) | 0, text: text(b.text) ?? '' };
      }),
    };
  });
  const request: ReviewFormsRequest = { forms };
  const profile = profileOf(data.profile);
  if (profile !== undefined) request.profile = profile;
  return request;
}

// ------------------------------------------------------------- page helper

/** What the page helper reads from the page: a copy of it, and its forms. */
export interface PageRead {
  snapshot: PageSnapshot;
  forms: FormInfo[];
}

export interface PageMessages {
  /** Copy the page (see page-snapshot.ts) and read its forms. */
  pageRead(request: Record<string, never>): PageRead;
  /** Scroll to a stretch of the page's text, or a form field, and highlight it. */
  pageShow(request: PagePlace | { target: number }): boolean;
  /** Run axe-core's checks on the page (answered by the axe helper). */
  pageAxe(request: Record<string, never>): AxeProblem[];
}

export const pageMessenger = defineExtensionMessaging<PageMessages>();

/** Checks a `wordsWeUsed` payload: the side panel sends it, but it is checked like any other. */
export function parseWordsWeUsedRequest(data: unknown): WordsWeUsedRequest {
  const wrong = () => new ProtocolError('Plainly got a request it does not understand. Try again.');
  if (!isRecord(data) || !Array.isArray(data.termIds) || typeof data.text !== 'string') {
    throw wrong();
  }
  if (data.termIds.length > MAX_TERMS || data.text.length > MAX_CHECK_TEXT) throw wrong();
  const termIds = data.termIds.map((id) => {
    if (typeof id !== 'string' || id.length > MAX_TERM_ID) throw wrong();
    return id;
  });
  const request: WordsWeUsedRequest = { termIds, text: data.text };
  const profile = profileOf(data.profile);
  if (profile !== undefined) request.profile = profile;
  return request;
}
