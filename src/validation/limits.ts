/**
 * Every size limit on data Plainly is given, declared once. Each keeps one
 * message, one file or one page from keeping Plainly busy for long or using
 * much memory; docs/reliability.md says where each comes from.
 */

/**
 * The longest text one check may carry: 200,000 UTF-16 code units, about
 * 30,000 words or a 60-page report. A field, a `check` message or a page
 * block list longer than this is refused (a field says so on its badge).
 */
export const MAX_CHECK_TEXT = 200_000;

/** The most items (blocks, places, findings) one message may list. */
export const MAX_MESSAGE_ITEMS = 200_000;
