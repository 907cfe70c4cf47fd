/**
 * Answers `reviewDocument` and `reviewForms` with the checker for the glossary
 * in use (`currentChecker`), so a review follows the same glossary as
 * everything else. Stateless, like every background service (RELIABILITY.md F24).
 */
import type { RemoveListenerCallback } from '@webext-core/messaging';
import { checkForms } from '../accessibility/forms';
import type { FormFinding } from '../accessibility/form-types';
import { parseReviewDocumentRequest, parseReviewFormsRequest } from '../messaging/review';
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
  return checkForms(
    forms,
    (text) => checker.check(text, { format: 'text', ...(profile ? { profile } : {}) }).findings,
  );
}

/** Call synchronously at start-up, like every service (RELIABILITY.md F24). */
export function registerReviewService(): RemoveListenerCallback[] {
  return [
    listen('reviewDocument', ({ data }) => handleReviewDocument(data)),
    listen('reviewForms', ({ data }) => handleReviewForms(data)),
  ];
}
