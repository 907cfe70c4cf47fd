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
import { DocumentError, MESSAGES } from '../documents/errors';
import {
  DocumentEditor,
  IdAllocator,
  type NotInPlace,
  type RangeEdit,
  type RevisionInfo,
} from './edit';
import { readParts, usedIds, XmlParts } from './package';
import { ParagraphReader, W_STRICT, W_TRANSITIONAL, type Paragraph } from './paragraphs';
import { Placer, type Place } from './place';
import {
  planMarkup,
  SUGGESTION_KINDS,
  type ChangePlan,
  type CommentPlan,
  type MarkupReview,
  type SuggestionKind,
} from './plan';
import { addComments, OFFICE_DOCUMENT_TYPES, readRelationships, resolveTarget } from './parts';
import { isElement, parseXml, spliceChanged, XmlFormatError } from './xml';
import { rewriteZip, ZipFormatError, type ZipDirectory } from './zip';

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

/** The main document part: its name, its text, and its XML with its namespace and body. */
interface MainPart {
  name: string;
  source: string;
  doc: Document;
  w: string;
  body: Element;
}

/**
 * Finds the main document part from the package's relationships (word/document.xml
 * if they name none) and parses it.
 *
 * @throws {XmlFormatError} when it is not a Word document or has no body.
 */
function openMainPart(parts: XmlParts): MainPart {
  const name =
    readRelationships(parts.read('_rels/.rels'))
      .filter((r) => !r.external && OFFICE_DOCUMENT_TYPES.includes(r.type))
      .map((r) => resolveTarget('', r.target))[0] ?? 'word/document.xml';
  const source = parts.read(name);
  if (source === undefined) throw new DocumentError('corrupt', MESSAGES.corruptDocx());
  const doc = parseXml(source);
  const w = doc.documentElement.namespaceURI;
  if (w !== W_TRANSITIONAL && w !== W_STRICT) throw new XmlFormatError('Not a Word document.');
  let body: Element | undefined;
  for (let child = doc.documentElement.firstChild; child; child = child.nextSibling) {
    if (isElement(child) && child.namespaceURI === w && child.localName === 'body') body = child;
  }
  if (!body) throw new XmlFormatError('The document has no body.');
  return { name, source, doc, w, body };
}

/** A planned replacement and where it goes. */
interface PlacedChange {
  plan: ChangePlan;
  edit: RangeEdit;
}

/** A comment's paragraphs and the words it goes on. */
interface PlacedComment {
  paragraphs: string[];
  edit: RangeEdit;
}

/** Counts a finding left out of the file, by why. */
function skip(skipped: Partial<Record<SkipReason, number>>, reason: SkipReason): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

/**
 * Where the model's text `start`–`end` is in the XML; undefined (and
 * counted in `skipped`) when it is not in the main text or is in a text box.
 */
function placeRange(
  placer: Placer,
  skipped: Partial<Record<SkipReason, number>>,
  start: number,
  end: number,
): RangeEdit | undefined {
  const found = placer.place(start, end);
  if ('missing' in found) {
    skip(skipped, 'not-found');
    return undefined;
  }
  if (found.from.paragraph.lock === 'text-box' || found.to.paragraph.lock === 'text-box') {
    skip(skipped, 'text-box');
    return undefined;
  }
  return found;
}

/** The replacements that can be placed, in document order; one that overlaps an earlier one is left out. */
function placeChanges(
  placer: Placer,
  planned: readonly ChangePlan[],
  skipped: Partial<Record<SkipReason, number>>,
): PlacedChange[] {
  const changes: PlacedChange[] = [];
  let reach = -1;
  for (const change of [...planned].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (change.start < reach) {
      skip(skipped, 'overlap');
      continue;
    }
    const edit = placeRange(placer, skipped, change.start, change.end);
    if (!edit) continue;
    reach = change.end;
    changes.push({ plan: change, edit });
  }
  return changes;
}

/** The comments that can be placed; one about the whole document goes on the first paragraph open to editing. */
function placeComments(
  placer: Placer,
  planned: readonly CommentPlan[],
  skipped: Partial<Record<SkipReason, number>>,
): PlacedComment[] {
  const comments: PlacedComment[] = [];
  const firstParagraph = placer.pairs.find((p) => p !== undefined && p.lock === null);
  for (const comment of planned) {
    if (comment.wholeDocument) {
      if (firstParagraph)
        comments.push({ paragraphs: comment.paragraphs, edit: wholeParagraph(firstParagraph) });
      else skip(skipped, 'not-found');
      continue;
    }
    const edit = placeRange(placer, skipped, comment.start, comment.end);
    if (edit) comments.push({ paragraphs: comment.paragraphs, edit });
  }
  return comments;
}

/** The whole of a paragraph, as an edit. */
function wholeParagraph(paragraph: Paragraph): RangeEdit {
  return {
    from: { paragraph, raw: paragraph.rawAt[0] as number },
    to: { paragraph, raw: (paragraph.rawAt[paragraph.rawAt.length - 1] as number) + 1 },
  };
}

/** Splits runs at every edge first, so each edit starts and ends on a run boundary. */
function splitAtEdges(editor: DocumentEditor, edits: readonly { edit: RangeEdit }[]): void {
  const boundaries = new Map<Paragraph, number[]>();
  const addBoundary = ({ paragraph, raw }: Place) => {
    const list = boundaries.get(paragraph);
    if (list) list.push(raw);
    else boundaries.set(paragraph, [raw]);
  };
  for (const { edit } of edits) {
    addBoundary(edit.from);
    addBoundary(edit.to);
  }
  for (const [paragraph, list] of boundaries) editor.split(paragraph, list);
}

/**
 * Makes the edits: a replacement that cannot be made in place becomes a
 * comment saying why (after the placed comments), then every comment is
 * added and every other replacement made as a tracked change.
 *
 * @returns how many replacements were made in place, and the others counted by why.
 */
function applyEdits(
  editor: DocumentEditor,
  changes: readonly PlacedChange[],
  comments: readonly PlacedComment[],
): { inPlace: number; changesAsComments: Partial<Record<NotInPlace, number>> } {
  const changesAsComments: Partial<Record<NotInPlace, number>> = {};
  const inPlace: PlacedChange[] = [];
  const allComments = [...comments];
  for (const change of changes) {
    const problem = editor.changeProblem(change.edit);
    if (problem === null) {
      inPlace.push(change);
      continue;
    }
    changesAsComments[problem] = (changesAsComments[problem] ?? 0) + 1;
    allComments.push({
      paragraphs: [
        change.plan.message,
        `Plainly did not change this for you because ${REASONS[problem]}. Change it by hand if you agree.`,
      ],
      edit: change.edit,
    });
  }
  for (const comment of allComments) editor.addComment(comment.edit, comment.paragraphs);
  for (const change of inPlace) editor.replace(change.edit, change.plan.to);
  return { inPlace: inPlace.length, changesAsComments };
}

/**
 * The marked-up file: the main part (if edited) and the comment parts
 * written back, new parts added, every other part copied as it was; a copy
 * of the original when nothing changed.
 */
function writePackage(
  bytes: Uint8Array,
  directory: ZipDirectory,
  parts: XmlParts,
  main: MainPart,
  editor: DocumentEditor,
  revision: RevisionInfo,
  now: Date,
): Uint8Array {
  const { files } = parts;
  const changed = new Map<string, Uint8Array>();
  const added = new Map<string, Uint8Array>();
  if (editor.touched.size > 0) {
    changed.set(
      main.name,
      parts.encode(main.name, spliceChanged(main.source, main.doc, [...editor.touched])),
    );
  }
  const commentParts = addComments(
    main.name,
    main.w,
    editor.comments,
    revision,
    (name) => parts.read(name),
    (name) => directory.entries.some((entry) => entry.name === name) || files[name] !== undefined,
  );
  for (const [name, text] of commentParts) {
    if (files[name] !== undefined) changed.set(name, parts.encode(name, text));
    else added.set(name, parts.encode(name, text));
  }
  return changed.size === 0 && added.size === 0
    ? bytes.slice()
    : rewriteZip(bytes, directory, changed, added, now);
}

/** Marks up the file in steps: open it, place each edit, split runs, make the edits, write it. */
function markUp(bytes: Uint8Array, review: MarkupReview, options: SuggestOptions): SuggestResult {
  const { directory, files } = readParts(bytes);
  const parts = new XmlParts(files);
  const main = openMainPart(parts);
  const paragraphs = new ParagraphReader(main.w).read(main.body);
  const placer = new Placer(review.document, paragraphs);
  const plan = planMarkup(review, new Set(options.include ?? SUGGESTION_KINDS));
  const skipped: Partial<Record<SkipReason, number>> = {};
  const changes = placeChanges(placer, plan.changes, skipped);
  const comments = placeComments(placer, plan.comments, skipped);

  const now = options.now ?? new Date();
  const revision = { author: AUTHOR, initials: 'P', date: revisionDate(now) };
  const otherXml = Object.keys(files)
    .filter((name) => name !== main.name)
    .map((name) => parts.read(name) ?? '');
  const ids = new IdAllocator(usedIds([main.source, ...otherXml]));
  const editor = new DocumentEditor(main.doc, main.w, revision, ids);
  splitAtEdges(editor, [...changes, ...comments]);
  const { inPlace, changesAsComments } = applyEdits(editor, changes, comments);
  return {
    bytes: writePackage(bytes, directory, parts, main, editor, revision, now),
    changes: inPlace,
    comments: editor.comments.length,
    changesAsComments,
    skipped,
  };
}
