/**
 * Splits the input into blocks of prose: paragraphs, headings, list items and
 * table cells. Sentences never run across blocks, so a list is not read as
 * one long sentence, and code is never part of any block.
 *
 * Markdown is read with remark-parse (with GitHub's tables) and HTML with
 * rehype-parse; plain text is
 * split by blank lines, list markers and line breaks that start a new item.
 * Each block keeps a map from its own text back to offsets in the input.
 */
import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
import { blockKindOf, CODE_TAGS, SKIPPED_TAGS } from '../documents/html-tags';
import { ITEM_LINE, LABEL_LINE, splitPlainText } from '../documents/plain-text';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import { remarkTables } from '../documents/markdown-tables';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { InputFormat } from './types';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'quote';

export interface Block {
  kind: BlockKind;
  /** The prose to check. URLs, e-mail addresses and inline code are masked with `0`s of the same length. */
  text: string;
  /** Offset in the input of each character of `text`; `null` when text maps one to one from `base`. */
  map: Int32Array | null;
  base: number;
  /** Offset in the input just after the block. */
  sourceEnd: number;
}

/** Offset in the input of a block-relative start position. */
export function toSourceStart(block: Block, offset: number): number {
  if (!block.map) return block.base + offset;
  if (offset >= block.map.length) return block.sourceEnd;
  return block.map[offset] as number;
}

/** Offset in the input of a block-relative end position (exclusive). */
export function toSourceEnd(block: Block, offset: number, input: string): number {
  if (!block.map) return block.base + offset;
  if (offset <= 0) return toSourceStart(block, 0);
  let end = (block.map[offset - 1] as number) + 1;
  // A character written as an entity (`&amp;`) or escape ends after the whole reference.
  if (input.charCodeAt(end - 1) === 38 /* & */) {
    const semicolon = input.indexOf(';', end);
    if (semicolon !== -1 && semicolon - end < 32) end = semicolon + 1;
  }
  return end;
}

/**
 * A web address (with its scheme or "www."), an e-mail address, or a site's
 * name written as its domain ("GOV.UK", "nhs.uk", "carersuk.org").
 */
const URL_OR_EMAIL =
  /\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"’”]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:uk|com|org|net|gov|scot|wales)\b(?:\/[^\s<>()]*[^\s<>().,;:!?'"’”])?/giu;
/** Whether a text may hold a domain: a dot before one of the endings above. */
const DOMAIN_END = /\.(?:uk|com|org|net|gov|scot|wales)\b/i;

/** Masks URLs, e-mail addresses and domains so they count as one word and are never flagged. */
export function maskUrls(text: string): string {
  if (
    !text.includes('://') &&
    !text.includes('www.') &&
    !text.includes('@') &&
    !DOMAIN_END.test(text)
  ) {
    return text;
  }
  return text.replace(URL_OR_EMAIL, (url) => '0'.repeat(url.length));
}

export function detectFormat(input: string): Exclude<InputFormat, 'auto'> {
  const head = input.slice(0, 2000);
  if (
    /^\s*<(?:!doctype|html|head|body|p|div|h[1-6]|ul|ol|table|section|article|main)\b/i.test(head)
  ) {
    return 'html';
  }
  if (
    /^(?:#{1,6} |\s{0,3}(?:[-*+]|\d+[.)]) |```|> )|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*/m.test(head)
  ) {
    return 'markdown';
  }
  return 'text';
}

export function toBlocks(input: string, format: InputFormat = 'auto'): Block[] {
  const resolved = format === 'auto' ? detectFormat(input) : format;
  const blocks =
    resolved === 'markdown'
      ? markdownBlocks(input)
      : resolved === 'html'
        ? htmlBlocks(input)
        : textBlocks(input);
  return blocks.some((block) => block.text.length > LONG_BLOCK)
    ? blocks.flatMap(splitLong)
    : blocks;
}

/**
 * Paragraphs longer than this are checked in pieces that end at a sentence
 * end, so that typing in one enormous paragraph (a pasted report with no
 * blank lines) re-checks only the piece that changed.
 */
const LONG_BLOCK = 2_000;
const SENTENCE_BREAK = /[.!?][)"'”’]*\s+(?=[\p{Lu}\d"“‘(])/gu;

export function splitLong(block: Block): Block[] {
  if (block.text.length <= LONG_BLOCK) return [block];
  const pieces: Block[] = [];
  let from = 0;
  let lastBreak = -1;
  SENTENCE_BREAK.lastIndex = 0;
  const cut = (to: number) => {
    pieces.push(slice(block, from, to));
    from = to;
    lastBreak = -1;
  };
  for (
    let match = SENTENCE_BREAK.exec(block.text);
    match;
    match = SENTENCE_BREAK.exec(block.text)
  ) {
    const end = match.index + match[0].length;
    if (end - from > LONG_BLOCK && lastBreak > from) cut(lastBreak);
    lastBreak = end;
  }
  if (block.text.length - from > LONG_BLOCK && lastBreak > from) cut(lastBreak);
  if (from < block.text.length) pieces.push(slice(block, from, block.text.length));
  return pieces;
}

function slice(block: Block, from: number, to: number): Block {
  const text = block.text.slice(from, to);
  if (!block.map) {
    return {
      kind: block.kind,
      text,
      map: null,
      base: block.base + from,
      sourceEnd: block.base + to,
    };
  }
  const map = block.map.subarray(from, to);
  const sourceEnd = to < block.map.length ? (block.map[to] as number) : block.sourceEnd;
  return { kind: block.kind, text, map, base: map[0] ?? block.base, sourceEnd };
}

// ---------------------------------------------------------------- plain text

/** Plain text, split as every reader of plain text splits it (src/documents/plain-text.ts). */
export function textBlocks(input: string): Block[] {
  return splitPlainText(input).map((block) => ({
    kind: block.kind,
    text: maskUrls(input.slice(block.start, block.end)),
    map: null,
    base: block.start,
    sourceEnd: block.end,
  }));
}

// --------------------------------------------------- markdown and HTML (shared)

class BlockBuilder {
  readonly blocks: Block[] = [];
  private text = '';
  private map: number[] = [];
  private kind: BlockKind = 'paragraph';

  constructor(private readonly input: string) {}

  start(kind: BlockKind): void {
    this.flush();
    this.kind = kind;
  }

  /** Adds a decoded value whose source is `input.slice(from, to)`. */
  addText(value: string, from: number, to: number): void {
    const offsets = alignToSource(this.input, from, to, value);
    this.text += value;
    for (const offset of offsets) this.map.push(offset);
  }

  /** Adds text that is not prose (inline code) as a masked word. */
  addMasked(from: number, to: number): void {
    const length = Math.max(1, to - from);
    this.text += '0'.repeat(length);
    for (let i = 0; i < length; i++) this.map.push(from + i);
  }

  /**
   * Adds a text node's value as `addText` does, starting a list item at each
   * line that starts with "(a)", "b)" or "(iv)" (see `ITEM_LINE`) or with a
   * bold label (`LABEL_LINE`).
   */
  addTextWithItems(value: string, from: number, to: number): void {
    if (!value.includes('\n')) {
      this.addText(value, from, to);
      return;
    }
    const offsets = alignToSource(this.input, from, to, value);
    let start = 0;
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) {
      // "(a) …" on a line of its own, or a line the next node starts with "**Provider:** …".
      const label = i === value.length - 1 && LABEL_LINE.test(this.input.slice(to, to + 64));
      if (!label && !ITEM_LINE.test(value.slice(i + 1, i + 12))) continue;
      this.addAligned(value.slice(start, i), offsets.slice(start, i));
      this.start('list-item');
      start = i + 1;
    }
    this.addAligned(value.slice(start), offsets.slice(start));
  }

  private addAligned(value: string, offsets: readonly number[]): void {
    this.text += value;
    for (const offset of offsets) this.map.push(offset);
  }

  addBreak(at: number): void {
    this.text += '\n';
    this.map.push(at);
  }

  flush(): void {
    if (this.text.trim() !== '') {
      const map = Int32Array.from(this.map);
      const last = map[map.length - 1] ?? 0;
      this.blocks.push({
        kind: this.kind,
        text: maskUrls(this.text),
        map,
        base: map[0] ?? 0,
        sourceEnd: last + 1,
      });
    }
    this.text = '';
    this.map = [];
    this.kind = 'paragraph';
  }
}

/**
 * Maps each character of a decoded value (`a & b`) to its offset in the
 * source (`a &amp; b`): characters that match are paired; an entity or a
 * backslash escape in the source stands for one character of the value.
 */
export function alignToSource(input: string, from: number, to: number, value: string): number[] {
  const offsets = new Array<number>(value.length);
  if (to - from === value.length && input.startsWith(value, from)) {
    for (let i = 0; i < value.length; i++) offsets[i] = from + i;
    return offsets;
  }
  let j = from;
  for (let i = 0; i < value.length; i++) {
    const wanted = value[i];
    while (j < to && input[j] !== wanted) {
      if (input[j] === '&') break;
      if (input[j] === '\\' && input[j + 1] === wanted) {
        j++;
        break;
      }
      if (!/\s/.test(input[j] as string) && /\s/.test(wanted as string)) break;
      j++;
    }
    offsets[i] = Math.min(j, Math.max(from, to - 1));
    if (input[j] === '&' && wanted !== '&') {
      const semicolon = input.indexOf(';', j);
      j = semicolon !== -1 && semicolon < to ? semicolon + 1 : j + 1;
      // A character outside the basic plane takes two UTF-16 units of the value.
      const code = value.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length)
        offsets[++i] = offsets[i - 1] as number;
    } else if (j < to) {
      j++;
    }
  }
  return offsets;
}

// ------------------------------------------------------------------ markdown

function markdownBlocks(input: string): Block[] {
  const tree = unified().use(remarkParse).use(remarkTables).parse(input) as MdastRoot;
  const builder = new BlockBuilder(input);
  const visit = (node: MdastNodes, kind: BlockKind): void => {
    switch (node.type) {
      case 'code':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteDefinition':
      case 'thematicBreak':
      case 'yaml' as string:
        return;
      case 'paragraph':
        builder.start(kind);
        for (const child of node.children) visit(child, kind);
        builder.flush();
        return;
      case 'heading':
        builder.start('heading');
        for (const child of node.children) visit(child, 'heading');
        builder.flush();
        return;
      case 'tableCell':
        builder.start('table-cell');
        for (const child of node.children) visit(child, 'table-cell');
        builder.flush();
        return;
      case 'listItem':
        for (const child of node.children) visit(child, 'list-item');
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, 'quote');
        return;
      case 'text':
        if (node.position) {
          const from = node.position.start.offset ?? 0;
          const to = node.position.end.offset ?? 0;
          if (kind === 'paragraph' || kind === 'list-item' || kind === 'quote') {
            builder.addTextWithItems(node.value, from, to);
          } else {
            builder.addText(node.value, from, to);
          }
        }
        return;
      case 'inlineCode':
        if (node.position) {
          builder.addMasked(node.position.start.offset ?? 0, node.position.end.offset ?? 0);
        }
        return;
      case 'break':
        builder.addBreak(node.position?.start.offset ?? 0);
        return;
      default:
        if ('children' in node) {
          for (const child of node.children as MdastNodes[]) visit(child, kind);
        }
    }
  };
  for (const child of tree.children) visit(child, 'paragraph');
  builder.flush();
  return builder.blocks;
}

// ---------------------------------------------------------------------- HTML

function htmlBlocks(input: string): Block[] {
  const tree = unified().use(rehypeParse).parse(input) as HastRoot;
  const builder = new BlockBuilder(input);
  // A paragraph inside a list item, table cell or quote is part of it, as in
  // the document reader (src/documents/hast-walker.ts).
  const visit = (node: HastNodes, container?: BlockKind): void => {
    if (node.type === 'text') {
      if (node.position) {
        builder.addText(node.value, node.position.start.offset ?? 0, node.position.end.offset ?? 0);
      }
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIPPED_TAGS.has(node.tagName)) return;
      if (CODE_TAGS.has(node.tagName)) {
        if (node.position) {
          builder.addMasked(node.position.start.offset ?? 0, node.position.end.offset ?? 0);
        }
        return;
      }
      if (node.tagName === 'br') {
        builder.addBreak(node.position?.start.offset ?? 0);
        return;
      }
      const own = blockKindOf(node.tagName)?.kind;
      const kind = own === 'paragraph' && container ? container : own;
      if (kind) {
        builder.start(kind);
        const inner = kind === 'paragraph' ? container : kind;
        for (const child of node.children) visit(child, inner);
        builder.flush();
        return;
      }
    }
    for (const child of node.children) visit(child as HastNodes, container);
  };
  visit(tree);
  builder.flush();
  return builder.blocks;
}
