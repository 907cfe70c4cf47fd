/**
 * Reads a .md file with remark-parse (unified), with GitHub's tables and
 * strikethrough (markdown-tables.ts). Markdown records headings, lists, tables,
 * links, images and emphasis, so all of them reach the checks.
 *
 * remark's parser (micromark) does work that grows with the square of some
 * shapes of text, so before parsing `checkMarkdownShape` refuses the worst
 * of them: lists and quotes nested deeper than `MAX_MARKDOWN_NESTING`, and
 * paragraphs with more than `MAX_MARKDOWN_MARKS` emphasis marks and
 * brackets. Other shapes (a quote continued over thousands of lines) are
 * still slower than they should be; the time limit of whoever calls this
 * (the review page's worker, the command line's) stops those. The tree is
 * walked with a list of work to do rather than by recursion, so deep
 * emphasis cannot overflow the stack.
 */
import type { InlineCode, Nodes, Paragraph, Root, Text } from 'mdast';
import { remarkTables } from './markdown-tables';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ModelBuilder, type SourcePoint } from './builder';
import { DocumentError, MAX_MARKDOWN_MARKS, MAX_MARKDOWN_NESTING, MESSAGES } from './errors';
import { ITEM_LINE, LABEL_LINE } from './plain-text';
import type { DocBlockKind, DocumentModel } from './model';

/**
 * The most lists and quotes any line could be inside: the list markers and
 * `>`s it starts with, plus one for every two spaces it is indented before
 * the first one (a nested list item is indented under its parent). A line
 * with no marker continues what an earlier line opened, so the most over all
 * lines is a bound on the depth remark sees. One pass over the text.
 */
export function markdownNesting(source: string): number {
  let deepest = 0;
  let at = 0;
  while (at < source.length) {
    let indent = 0;
    let markers = 0;
    for (;;) {
      const code = source.charCodeAt(at);
      if (code === 32) {
        if (markers === 0) indent++;
        at++;
      } else if (code === 9) {
        if (markers === 0) indent += 4 - (indent % 4);
        at++;
      } else if (code === 62 /* > */) {
        markers++;
        at++;
      } else {
        let end = at;
        if (code === 45 || code === 43 || code === 42 /* - + * */) end = at + 1;
        else {
          while (end < source.length && end - at < 9 && isDigit(source.charCodeAt(end))) end++;
          const mark = source.charCodeAt(end);
          end = end > at && (mark === 46 || mark === 41) /* . ) */ ? end + 1 : at;
        }
        const after = source.charCodeAt(end);
        if (end === at || !(after === 32 || after === 9 || after === 10 || Number.isNaN(after))) {
          break;
        }
        markers++;
        at = end;
      }
    }
    if (markers > 0) deepest = Math.max(deepest, markers + Math.floor(indent / 2));
    const newline = source.indexOf('\n', at);
    at = newline === -1 ? source.length : newline + 1;
  }
  return deepest;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The most emphasis marks and brackets in any one paragraph (text between
 * blank lines). One pass over the text.
 */
export function markdownMarks(source: string): number {
  let most = 0;
  let marks = 0;
  let lineHasText = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10) {
      // A blank line ends the paragraph.
      if (!lineHasText) marks = 0;
      lineHasText = false;
    } else if (code === 42 || code === 95 || code === 91 || code === 93 /* * _ [ ] */) {
      marks++;
      lineHasText = true;
      if (marks > most) most = marks;
    } else if (code !== 32 && code !== 9 && code !== 13) {
      lineHasText = true;
    }
  }
  return most;
}

/**
 * @throws {DocumentError} `too-complex` when lists or quotes nest too deep,
 *   or a paragraph has too many emphasis marks and brackets.
 */
export function checkMarkdownShape(source: string): void {
  if (markdownNesting(source) > MAX_MARKDOWN_NESTING) {
    throw new DocumentError('too-complex', MESSAGES.tooDeep(MAX_MARKDOWN_NESTING));
  }
  if (markdownMarks(source) > MAX_MARKDOWN_MARKS) {
    throw new DocumentError('too-complex', MESSAGES.tooManyMarks());
  }
}

/** `within`: the list item or quote a paragraph is part of. */
type Work = { node: Nodes; within?: 'list-item' | 'quote' } | { after: () => void };

/** Blocks where a line that starts "(a)" starts a list item. */
const PROSE_KINDS: ReadonlySet<DocBlockKind> = new Set<DocBlockKind>([
  'paragraph',
  'list-item',
  'quote',
]);

/**
 * Where a node's text starts in the file. Only plain text lines up with the
 * file character for character; text with an escape or entity in it ("\\*",
 * "&amp;") gives its start only.
 */
function pointOf(node: Nodes): SourcePoint | undefined {
  const start = node.position?.start;
  if (start?.offset === undefined) return undefined;
  return { offset: start.offset, line: start.line, column: start.column };
}

/**
 * Adds a text node's words, each line traced to its place in the file.
 * remark drops the indent of a paragraph's later lines, so the node's value
 * is not always the file's text: each line is found again in the file.
 * A line that differs from the file (it holds an escape such as `\\*`) is
 * found word by word.
 */
function addSourceText(
  builder: ModelBuilder,
  node: Text | InlineCode,
  source: string,
  items = false,
): void {
  const start = pointOf(node);
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || !node.value.includes('\n')) {
    builder.addText(node.value, start);
    return;
  }
  let cursor = start.offset;
  let line = start.line;
  let lineStart = start.offset - (start.column - 1);
  node.value.split('\n').forEach((text, index) => {
    if (index > 0) {
      // The next line of the file.
      const next = source.indexOf('\n', cursor);
      // "(a) the report be noted;" or "**Provider:** …" on a line of its own starts a list item.
      const label =
        text === '' && next !== -1 && LABEL_LINE.test(source.slice(next + 1, next + 64));
      if (items && (ITEM_LINE.test(text) || label)) builder.startBlock('list-item');
      else builder.addText(' ');
      if (next === -1 || next >= end) return;
      line++;
      lineStart = next + 1;
      cursor = lineStart;
    }
    const lineEnd = source.indexOf('\n', cursor);
    const limit = lineEnd === -1 || lineEnd > end ? end : lineEnd;
    const found = text === '' ? -1 : source.indexOf(text, cursor);
    if (found !== -1 && found + text.length <= limit) {
      builder.addText(text, { offset: found, line, column: found - lineStart + 1 });
      cursor = found + text.length;
      return;
    }
    // The line differs from the file: find it again word by word.
    for (const run of text.split(/(\s+)/)) {
      if (run === '') continue;
      if (/\s/.test(run)) {
        builder.addText(run);
        continue;
      }
      // A word holding an escape is not in the file as it reads: it is
      // traced from the next word's place in the file.
      let wordAt = source.indexOf(run, cursor);
      if (wordAt === -1 || wordAt + run.length > limit) {
        wordAt = cursor;
        while (wordAt < limit && /\s/.test(source.charAt(wordAt))) wordAt++;
      }
      builder.addText(run, { offset: wordAt, line, column: wordAt - lineStart + 1 });
      cursor = wordAt + run.length;
    }
  });
}

export function readMarkdown(source: string, name: string): DocumentModel {
  checkMarkdownShape(source);
  const tree = unified().use(remarkParse).use(remarkTables).parse(source) as Root;
  const builder = new ModelBuilder('markdown', name);
  const work: Work[] = [{ node: tree }];
  const endBlock = () => builder.endBlock();
  for (let next = work.pop(); next !== undefined; next = work.pop()) {
    if ('after' in next) {
      next.after();
      continue;
    }
    const { node } = next;
    let { within } = next;
    let after: (() => void) | undefined;
    switch (node.type) {
      case 'heading':
        builder.startBlock('heading', node.depth);
        if (node.depth === 1 && builder.length === 0) builder.setTitle(plain(node));
        after = endBlock;
        break;
      case 'paragraph':
        // A paragraph in a list item is part of the item; in a quote, part of the quote.
        builder.startBlock(within ?? 'paragraph');
        if (!within && splitBoldLine(node, work, builder)) continue;
        after = endBlock;
        break;
      case 'listItem':
      case 'blockquote':
        within = node.type === 'listItem' ? 'list-item' : 'quote';
        builder.startBlock(within);
        after = endBlock;
        break;
      case 'tableCell':
        builder.startBlock('table-cell');
        after = endBlock;
        break;
      case 'table':
        // GitHub-flavoured tables always have a header row.
        builder.addTable({ at: builder.here(), rows: node.children.length, hasHeaderRow: true });
        break;
      case 'text':
        addSourceText(builder, node, source, PROSE_KINDS.has(builder.kind));
        continue;
      case 'inlineCode':
        // Kept in the text, but the engine reads it as one word it does not check.
        builder.open('code');
        addSourceText(builder, node, source);
        builder.close('code');
        continue;
      case 'break':
        builder.addText(' ');
        continue;
      case 'image':
        // Markdown cannot mark an image decorative, so empty alt text counts as none.
        builder.addImage(node.alt ? node.alt : null, node.url.split('/').pop());
        continue;
      case 'code':
      case 'html':
      case 'definition':
      case 'thematicBreak':
        continue;
      case 'link':
        builder.open('link', node.url);
        after = () => builder.close('link');
        break;
      case 'emphasis':
        builder.open('italic');
        after = () => builder.close('italic');
        break;
      default:
        break;
    }
    if (after) work.push({ after });
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) {
        work.push(within ? { node: children[i] as Nodes, within } : { node: children[i] as Nodes });
      }
    }
  }
  return builder.finish();
}

/**
 * "**Route 1 (Town centre to Brookfield)**" on a line of its own, then the
 * text: the bold line is a label of its own, not the start of a sentence.
 * Queues the paragraph as two blocks and says so, or does nothing.
 */
function splitBoldLine(node: Paragraph, work: Work[], builder: ModelBuilder): boolean {
  if (!boldLineFirst(node)) return false;
  work.push({ after: () => builder.endBlock() });
  for (let i = node.children.length - 1; i >= 1; i--) {
    work.push({ node: node.children[i] as Nodes });
  }
  work.push({ after: () => builder.startBlock('paragraph') });
  work.push({ node: node.children[0] as Nodes });
  return true;
}

/** Whether a paragraph opens with a line that is all in bold, with more lines after it. */
function boldLineFirst(node: Paragraph): boolean {
  const [first, second] = node.children;
  if (first?.type !== 'strong') return false;
  return (
    second?.type === 'break' || (second?.type === 'text' && /^[^\S\n]*\n\s*\S/.test(second.value))
  );
}

/** A node's text, without recursion. */
function plain(node: Nodes): string {
  let out = '';
  const work: Nodes[] = [node];
  for (let next = work.pop(); next !== undefined; next = work.pop()) {
    if ('value' in next && typeof next.value === 'string') out += next.value;
    else if ('children' in next) {
      const children = next.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) work.push(children[i] as Nodes);
    }
  }
  return out;
}
