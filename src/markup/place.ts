/**
 * Finds where an offset in the document model's text is in the Word file.
 *
 * The model's blocks and the XML's paragraphs come in the same order, so
 * they are paired by walking both: a paragraph is paired with the next block
 * whose text is exactly its text (looking a little way ahead, past blocks
 * the XML has no paragraph for). A block with no pair (a footnote, a text
 * box) has no place in document.xml, and its findings are skipped.
 */
import type { DocBlock, DocumentModel } from '../documents/model';
import { ANY_CHARACTER, sameText, type Paragraph } from './paragraphs';

/** How many blocks a paragraph may skip over to find its pair. */
const LOOK_AHEAD = 64;

export interface Place {
  paragraph: Paragraph;
  /** Offset in the paragraph's `raw` text. */
  raw: number;
}

export class Placer {
  /** The paragraph paired with each block, by block index. */
  readonly pairs: (Paragraph | undefined)[];
  private readonly blocks: readonly DocBlock[];
  private readonly text: string;

  constructor(model: DocumentModel, paragraphs: readonly Paragraph[]) {
    this.blocks = model.blocks;
    this.text = model.text;
    this.pairs = pair(model, paragraphs);
  }

  /** The index of the block holding `offset` (block ends count as inside), or -1. */
  blockAt(offset: number): number {
    let low = 0;
    let high = this.blocks.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if ((this.blocks[mid] as DocBlock).start <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found === -1 || offset > (this.blocks[found] as DocBlock).end) return -1;
    return found;
  }

  /**
   * Where the model's range `start`–`end` begins and ends in the XML, after
   * checking the text there is the same; undefined when it cannot be placed.
   */
  place(
    start: number,
    end: number,
  ): { from: Place; to: Place } | { missing: 'no-block' | 'no-paragraph' | 'different' } {
    const first = this.blockAt(start);
    const last = end > start ? this.blockAt(end - 1) : first;
    if (first === -1 || last === -1) return { missing: 'no-block' };
    const from = this.pairs[first];
    const to = this.pairs[last];
    if (!from || !to) return { missing: 'no-paragraph' };
    const firstBlock = this.blocks[first] as DocBlock;
    const lastBlock = this.blocks[last] as DocBlock;
    const localStart = start - firstBlock.start;
    const localEnd = end - lastBlock.start;
    // The text in the XML must be the finding's text, part by part.
    const wanted = this.text.slice(start, end);
    const ours =
      first === last
        ? from.text.slice(localStart, localEnd)
        : `${from.text.slice(localStart)}${this.text.slice(firstBlock.end, lastBlock.start)}${to.text.slice(0, localEnd)}`;
    if (!sameText(ours, wanted)) return { missing: 'different' };
    const startRaw =
      localStart < from.text.length ? (from.rawAt[localStart] as number) : from.raw.length;
    const endRaw = localEnd > 0 ? (to.rawAt[localEnd - 1] as number) + 1 : 0;
    return { from: { paragraph: from, raw: startRaw }, to: { paragraph: to, raw: endRaw } };
  }
}

function pair(model: DocumentModel, paragraphs: readonly Paragraph[]): (Paragraph | undefined)[] {
  const pairs: (Paragraph | undefined)[] = new Array(model.blocks.length).fill(undefined);
  const byText = new Map<string, number[]>();
  model.blocks.forEach((block, index) => {
    const text = model.text.slice(block.start, block.end);
    const list = byText.get(text);
    if (list) list.push(index);
    else byText.set(text, [index]);
  });
  // Each list is used from the front, in order: `heads` says how far.
  const heads = new Map<string, number>();
  let next = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.text === '' || next >= model.blocks.length) continue;
    let found = -1;
    if (paragraph.text.includes(ANY_CHARACTER)) {
      const block = model.blocks[next] as DocBlock;
      if (sameText(paragraph.text, model.text.slice(block.start, block.end))) found = next;
    } else {
      const list = byText.get(paragraph.text);
      if (list) {
        let head = heads.get(paragraph.text) ?? 0;
        while (head < list.length && (list[head] as number) < next) head++;
        heads.set(paragraph.text, head);
        const candidate = list[head];
        if (candidate !== undefined && candidate - next <= LOOK_AHEAD) found = candidate;
      }
    }
    if (found === -1) continue;
    pairs[found] = paragraph;
    next = found + 1;
  }
  return pairs;
}
