/**
 * Answers `reviewDocument`, `reviewForms` and `wordsWeUsed` with the checker for the glossary
 * in use (`currentChecker`), so a review follows the same glossary as
 * everything else. Stateless, like every background service (docs/reliability.md,
 * "The service worker can stop at any time").
 */
import type { RemoveListenerCallback } from '@webext-core/messaging';
import { checkForms, formProfile } from '../accessibility/forms';
import type { FormFinding } from '../accessibility/form-types';
import {
  parseReviewDocumentRequest,
  parseReviewFormsRequest,
  parseWordsWeUsedRequest,
} from '../messaging/review';
import { buildAppendix, type AppendixEntry } from '../report/appendix';
import { reviewDocument, type DocumentReview } from '../report/review';
import { currentChecker } from './check-service';
import { listen } from './listen';

export async function handleReviewDocument(data: unknown): Promise<DocumentReview> {
  const { document, profile } = parseReviewDocumentRequest(data);
  return reviewDocument(document, await currentChecker(), profile ? { profile } : {});
}

export async function handleReviewForms(data: unknown): Promise<FormFinding[]> {
  const { forms, profile } = parseReviewFormsRequest(data);
  const checker = await currentChecker();
  // A form's words are read by the public: checked as Public at least.
  const style = formProfile(profile);
  return checkForms(
    forms,
    (text) => checker.check(text, { format: 'text', profile: style }).findings,
  );
}

/**
 * The "words we used" list for a page the side panel checked: the same
 * builder as a file's review and `plainly appendix`, with the glossary in use.
 */
export async function handleWordsWeUsed(data: unknown): Promise<AppendixEntry[]> {
  const { termIds, text, profile } = parseWordsWeUsedRequest(data);
  const checker = await currentChecker();
  return buildAppendix(termIds, checker.lists.entries, profile ?? 'plain', text);
}

/** Call synchronously at start-up, like every service (docs/reliability.md). */
export function registerReviewService(): RemoveListenerCallback[] {
  return [
    listen('reviewDocument', ({ data }) => handleReviewDocument(data)),
    listen('reviewForms', ({ data }) => handleReviewForms(data)),
    listen('wordsWeUsed', ({ data }) => handleWordsWeUsed(data)),
  ];
}
