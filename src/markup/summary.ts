/**
 * What a marked-up file holds, in plain words, for the command line and the
 * review page alike.
 */
import type { SuggestResult } from './index';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "4 tracked changes and 16 comments". */
export function contents(result: Omit<SuggestResult, 'bytes'>): string {
  return `${count(result.changes, 'tracked change', 'tracked changes')} and ${count(result.comments, 'comment', 'comments')}`;
}

export const HOW_TO_REVIEW =
  'Open it in Word or LibreOffice and use the Review tab to accept or reject each one.';

const WHERE: Readonly<Record<string, string>> = {
  insertion: 'inside a change someone else has not yet accepted',
  field: 'inside a field',
  'text-box': 'in a text box',
  locked: 'in a locked part of the document',
  'odd-place': 'stored in an unusual way',
  mixed: 'across a tab, a link or a picture',
};

/**
 * Sentences about what could not go in as asked: plainer words given as
 * comments, and findings left out. `seeThem` says where to find the ones
 * left out ("See them with …").
 */
export function notes(result: Omit<SuggestResult, 'bytes'>, seeThem: string): string[] {
  const out: string[] = [];
  const asComments = Object.entries(result.changesAsComments);
  const total = asComments.reduce((sum, [, n]) => sum + n, 0);
  if (total > 0) {
    const where = asComments.map(([reason]) => WHERE[reason] ?? reason).join(' or ');
    out.push(
      total === 1
        ? `1 plainer word is a comment instead of a change, because the words are ${where}.`
        : `${total} plainer words are comments instead of changes, because the words are ${where}.`,
    );
  }
  const missing = (result.skipped['not-found'] ?? 0) + (result.skipped['text-box'] ?? 0);
  if (missing === 1) {
    out.push(
      `1 finding is not in the copy, because Plainly could not find it in the main text (it may be in a footnote or a text box). ${seeThem}`,
    );
  } else if (missing > 1) {
    out.push(
      `${missing} findings are not in the copy, because Plainly could not find them in the main text (they may be in footnotes or text boxes). ${seeThem}`,
    );
  }
  const overlap = result.skipped.overlap ?? 0;
  if (overlap === 1)
    out.push('1 plainer word is not in the copy, because it overlaps another change.');
  else if (overlap > 1) {
    out.push(`${overlap} plainer words are not in the copy, because they overlap other changes.`);
  }
  return out;
}
