/**
 * `suggestDocx(bytes, review)`: the author's own Word file, marked up with
 * Plainly's findings as a reviewer would: plainer words as tracked changes
 * (author "Plainly"), everything else as comments. The author accepts or
 * rejects each one with Word's Review tools.
 *
 * Only word/document.xml, its relationships, [Content_Types].xml and the
 * comments part change; every other part of the file is copied byte for
 * byte. Pure TypeScript: runs in Node (the CLI) and in a Web Worker (the
 * review page).
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { DocumentError, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, MESSAGES } from '../documents/errors';
import { DocumentEditor, IdAllocator, type NotInPlace, type RangeEdit } from './edit';
import { ParagraphReader, W_STRICT, W_TRANSITIONAL, type Paragraph } from './paragraphs';
import { Placer, type Place } from './place';
import {
  planMarkup,
  SUGGESTION_KINDS,
  type ChangePlan,
  type MarkupReview,
  type SuggestionKind,
} from './plan';
import { addComments, OFFICE_DOCUMENT_TYPES, readRelationships, resolveTarget } from './parts';
import { isElement, parseXml, spliceChanged, XmlFormatError } from './xml';
import { readDirectory, rewriteZip, ZipFormatError, type ZipDirectory } from './zip';

export {
  SUGGESTION_KINDS,
  KIND_DESCRIPTIONS,
  type SuggestionKind,
  type MarkupReview,
} from './plan';

export interface SuggestOptions {
  /** Which kinds of finding to put in; default all. */
  include?: Iterable<SuggestionKind>;
  /** The time the changes and comments are dated; default now. */
  now?: Date;
}

/** Why a finding was left out of the file. */
export type SkipReason =
  /** Its text is not in the main text of document.xml (a footnote, say), or reads differently there. */
  | 'not-found'
  /** It is in a text box. */
  | 'text-box'
  /** It overlaps another replacement. */
  | 'overlap';

export interface SuggestResult {
  bytes: Uint8Array;
  /** Replacements made as tracked changes. */
  changes: number;
  /** Comments added, including replacements given as comments. */
  comments: number;
  /** Replacements that could not be made in place and became comments, by why. */
  changesAsComments: Partial<Record<NotInPlace, number>>;
  /** Findings left out, by why. */
  skipped: Partial<Record<SkipReason, number>>;
}

export const AUTHOR = 'Plainly';

const REASONS: Readonly<Record<NotInPlace, string>> = {
  insertion: 'the words are inside a change someone else has not yet accepted',
  field: 'the words are inside a field (such as a link or a date Word fills in)',
  'text-box': 'the words are in a text box',
  locked: 'the words are in a part of the document that is locked',
  'odd-place': 'the words are stored in an unusual way in this file',
  mixed: 'the words run across a tab, a link, a picture or a change of paragraph',
};

function readParts(bytes: Uint8Array): {
  directory: ZipDirectory;
  files: Record<string, Uint8Array>;
} {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new DocumentError('too-big', MESSAGES.tooBig(bytes.byteLength));
  }
  if ([0xd0, 0xcf, 0x11, 0xe0].every((byte, i) => bytes[i] === byte)) {
    throw new DocumentError('password', MESSAGES.passwordDocx());
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  }
  try {
    const directory = readDirectory(bytes);
    let declared = 0;
    unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        declared += file.originalSize;
        return false;
      },
    });
    if (declared > MAX_UNZIPPED_BYTES) throw new DocumentError('zip-bomb', MESSAGES.zipBomb());
    // Only XML parts are read: the document, relationships, content types,
    // and the parts whose ids must not clash (comments, notes, headers).
    const files = unzipSync(bytes, { filter: (file) => /\.(?:xml|rels)$/i.test(file.name) });
    return { directory, files };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** Every number used as an `id` attribute anywhere in the package's XML, so new ones never clash. */
function usedIds(texts: Iterable<string>): Set<number> {
  const used = new Set<number>();
  for (const text of texts) {
    for (const match of text.matchAll(/\s(?:[A-Za-z_][\w.-]*:)?id\s*=\s*["'](\d{1,15})["']/g)) {
      used.add(Number(match[1]));
    }
  }
  return used;
}

function revisionDate(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * @throws {DocumentError} with the review page's plain messages for files
 *   that are too big, protected, damaged or not Word files.
 */
export function suggestDocx(
  bytes: Uint8Array,
  review: MarkupReview,
  options: SuggestOptions = {},
): SuggestResult {
  try {
    return markUp(bytes, review, options);
  } catch (error) {
    // A RangeError here is a file nested too deeply to walk: damaged or hostile.
    if (
      error instanceof XmlFormatError ||
      error instanceof ZipFormatError ||
      error instanceof RangeError
    ) {
      throw new DocumentError('corrupt', MESSAGES.corruptDocx());
    }
    throw error;
  }
}

function markUp(bytes: Uint8Array, review: MarkupReview, options: SuggestOptions): SuggestResult {
  const { directory, files } = readParts(bytes);
  const texts = new Map<string, string>();
  const boms = new Set<string>();
  const read = (name: string): string | undefined => {
    const cached = texts.get(name);
    if (cached !== undefined) return cached;
    const data = files[name];
    if (data === undefined) return undefined;
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      throw new XmlFormatError(`${name} is not UTF-8.`);
    }
    if (text.startsWith('\ufeff')) {
      boms.add(name);
      text = text.slice(1);
    }
    texts.set(name, text);
    return text;
  };

  const mainPart =
    readRelationships(read('_rels/.rels'))
      .filter((r) => !r.external && OFFICE_DOCUMENT_TYPES.includes(r.type))
      .map((r) => resolveTarget('', r.target))[0] ?? 'word/document.xml';
  const source = read(mainPart);
  if (source === undefined) throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  const doc = parseXml(source);
  const w = doc.documentElement.namespaceURI;
  if (w !== W_TRANSITIONAL && w !== W_STRICT) throw new XmlFormatError('Not a Word document.');
  let body: Element | undefined;
  for (let child = doc.documentElement.firstChild; child; child = child.nextSibling) {
    if (isElement(child) && child.namespaceURI === w && child.localName === 'body') body = child;
  }
  if (!body) throw new XmlFormatError('The document has no body.');

  const paragraphs = new ParagraphReader(w).read(body);
  const placer = new Placer(review.document, paragraphs);
  const include = new Set(options.include ?? SUGGESTION_KINDS);
  const plan = planMarkup(review, include);
  const skipped: Partial<Record<SkipReason, number>> = {};
  const skip = (reason: SkipReason) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };

  const place = (start: number, end: number): RangeEdit | undefined => {
    const found = placer.place(start, end);
    if ('missing' in found) {
      skip('not-found');
      return undefined;
    }
    if (found.from.paragraph.lock === 'text-box' || found.to.paragraph.lock === 'text-box') {
      skip('text-box');
      return undefined;
    }
    return found;
  };
  const wholeParagraph = (paragraph: Paragraph): RangeEdit => ({
    from: { paragraph, raw: paragraph.rawAt[0] as number },
    to: { paragraph, raw: (paragraph.rawAt[paragraph.rawAt.length - 1] as number) + 1 },
  });

  const changes: { plan: ChangePlan; edit: RangeEdit }[] = [];
  let reach = -1;
  for (const change of [...plan.changes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (change.start < reach) {
      skip('overlap');
      continue;
    }
    const edit = place(change.start, change.end);
    if (!edit) continue;
    reach = change.end;
    changes.push({ plan: change, edit });
  }
  const comments: { paragraphs: string[]; edit: RangeEdit }[] = [];
  const firstParagraph = placer.pairs.find((p) => p !== undefined && p.lock === null);
  for (const comment of plan.comments) {
    if (comment.wholeDocument) {
      if (firstParagraph)
        comments.push({ paragraphs: comment.paragraphs, edit: wholeParagraph(firstParagraph) });
      else skip('not-found');
      continue;
    }
    const edit = place(comment.start, comment.end);
    if (edit) comments.push({ paragraphs: comment.paragraphs, edit });
  }

  const now = options.now ?? new Date();
  const revision = { author: AUTHOR, initials: 'P', date: revisionDate(now) };
  const otherXml = Object.keys(files)
    .filter((name) => name !== mainPart)
    .map((name) => read(name) ?? '');
  const ids = new IdAllocator(usedIds([source, ...otherXml]));
  const editor = new DocumentEditor(doc, w, revision, ids);

  // Runs are split at every edge first, so each edit starts and ends on a run boundary.
  const boundaries = new Map<Paragraph, number[]>();
  const addBoundary = ({ paragraph, raw }: Place) => {
    const list = boundaries.get(paragraph);
    if (list) list.push(raw);
    else boundaries.set(paragraph, [raw]);
  };
  for (const { edit } of [...changes, ...comments]) {
    addBoundary(edit.from);
    addBoundary(edit.to);
  }
  for (const [paragraph, list] of boundaries) editor.split(paragraph, list);

  const changesAsComments: Partial<Record<NotInPlace, number>> = {};
  const inPlace: { plan: ChangePlan; edit: RangeEdit }[] = [];
  for (const change of changes) {
    const problem = editor.changeProblem(change.edit);
    if (problem === null) {
      inPlace.push(change);
      continue;
    }
    changesAsComments[problem] = (changesAsComments[problem] ?? 0) + 1;
    comments.push({
      paragraphs: [
        change.plan.message,
        `Plainly did not change this for you because ${REASONS[problem]}. Change it by hand if you agree.`,
      ],
      edit: change.edit,
    });
  }
  for (const comment of comments) editor.addComment(comment.edit, comment.paragraphs);
  for (const change of inPlace) editor.replace(change.edit, change.plan.to);

  const changed = new Map<string, Uint8Array>();
  const added = new Map<string, Uint8Array>();
  const encode = (name: string, text: string) =>
    encoder.encode(boms.has(name) ? `\ufeff${text}` : text);
  if (editor.touched.size > 0) {
    changed.set(mainPart, encode(mainPart, spliceChanged(source, doc, [...editor.touched])));
  }
  const parts = addComments(
    mainPart,
    w,
    editor.comments,
    revision,
    read,
    (name) => directory.entries.some((entry) => entry.name === name) || files[name] !== undefined,
  );
  for (const [name, text] of parts) {
    if (files[name] !== undefined) changed.set(name, encode(name, text));
    else added.set(name, encode(name, text));
  }
  return {
    bytes:
      changed.size === 0 && added.size === 0
        ? bytes.slice()
        : rewriteZip(bytes, directory, changed, added, now),
    changes: inPlace.length,
    comments: editor.comments.length,
    changesAsComments,
    skipped,
  };
}
