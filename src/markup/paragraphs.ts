/**
 * The paragraphs of word/document.xml as Plainly's .docx reader sees them,
 * with where each character comes from.
 *
 * Plainly reads a .docx with mammoth (src/documents/docx.ts), which keeps no
 * positions. To put a finding back into the file, this walks the XML the way
 * mammoth does: the same elements are read (inserted text yes, deleted text
 * and field codes no, text boxes after their paragraph, a paragraph whose
 * mark was deleted joined to the next one, footnote references as "[1]"),
 * and white space is collapsed the way the document builder collapses it.
 * So each paragraph's text here equals a block's text in the document model,
 * and an offset in one is an offset in the other.
 */
import { isElement, isText } from './xml';

export const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const VML = 'urn:schemas-microsoft-com:vml';

/** Why a piece of text cannot be changed in place. */
export type Lock =
  /** Inside someone's tracked insertion (w:ins or w:moveTo): Plainly leaves their change alone. */
  | 'insertion'
  /** Inside a field (its code or its result), which Word may write again. */
  | 'field'
  /** In a text box: Word shows another copy of it, which mammoth does not read. */
  | 'text-box'
  /** In a content control locked against editing. */
  | 'locked'
  /** Somewhere text is not expected to be (a text element outside a run, say). */
  | 'odd-place';

/** A stretch of a paragraph's text and the element it comes from. */
export interface Piece {
  /** Offsets into the paragraph's `raw` text. */
  start: number;
  end: number;
  /** A `w:t` element (text that can be split), or an element that stands for its characters (a tab, a break). */
  node: Element;
  text: boolean;
  lock: Lock | null;
}

export interface Paragraph {
  /** The `w:p` elements it is made of: more than one when paragraph marks were deleted. */
  elements: Element[];
  /** The characters as mammoth reads them, before white space is collapsed. */
  raw: string;
  pieces: Piece[];
  /** The text as the document model has it: white space collapsed, trimmed. */
  text: string;
  /** `rawAt[i]` is the offset in `raw` of `text[i]`. */
  rawAt: number[];
  /** Set for a paragraph inside a text box: nothing in it is changed. */
  lock: Lock | null;
}

/** Stands in for a character mammoth maps from a symbol font: matches any one character. */
export const ANY_CHARACTER = '\ufffc';

interface Context {
  lock: Lock | null;
  inParagraph: boolean;
}

interface Building {
  elements: Element[];
  raw: string;
  pieces: Piece[];
  lock: Lock | null;
  /** Paragraphs inside text boxes, read after this one as mammoth does. */
  extras: { element: Element; context: Context }[];
}

const WHITE_SPACE = /[\s\u00a0]/;

/** Word elements read through to their children. */
const CONTAINERS = [
  'body',
  'tc',
  'tbl',
  'customXml',
  'smartTag',
  'hyperlink',
  'r',
  'object',
  'drawing',
  'pict',
  'txbxContent',
] as const;

/** VML shapes whose text (an old-style text box) is read. */
const VML_SHAPES: ReadonlySet<string> = new Set(['roundrect', 'shape', 'textbox', 'group', 'rect']);

export class ParagraphReader {
  readonly paragraphs: Paragraph[] = [];
  private readonly w: string;
  /** Open complex fields. */
  private fields = 0;
  private noteNumber = 1;
  /** Paragraphs whose mark was deleted, waiting to be joined to the next paragraph. */
  private deleted: { element: Element; context: Context }[] = [];
  private current: Building | null = null;

  constructor(w: string) {
    this.w = w;
  }

  read(body: Element): Paragraph[] {
    this.children(body, { lock: null, inParagraph: false });
    return this.paragraphs;
  }

  private isW(node: Node | null, local: string): node is Element {
    return isElement(node) && node.namespaceURI === this.w && node.localName === local;
  }

  private firstW(parent: Element, local: string): Element | undefined {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (this.isW(child, local)) return child;
    }
    return undefined;
  }

  private children(parent: Element, context: Context): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (isElement(child)) this.visit(child, context);
    }
  }

  /**
   * What the reader does with each WordprocessingML element, by its local
   * name. Any other (deleted text, w:del and w:moveFrom, field codes, simple
   * fields, comments' marks and properties) mammoth reads none of, so
   * neither does this.
   */
  private readonly readers: ReadonlyMap<string, (element: Element, context: Context) => void> =
    new Map<string, (element: Element, context: Context) => void>([
      ['p', (element, context) => this.paragraphOrExtra(element, context)],
      ...CONTAINERS.map(
        (name) =>
          [name, (element: Element, context: Context) => this.children(element, context)] as const,
      ),
      ['tr', (element, context) => this.row(element, context)],
      ['ins', (element, context) => this.insertion(element, context)],
      ['moveTo', (element, context) => this.insertion(element, context)],
      ['sdt', (element, context) => this.contentControl(element, context)],
      ['t', (element, context) => this.text(element, context)],
      ['tab', (element, context) => this.symbol(element, '\t', context)],
      ['br', (element, context) => this.lineBreak(element, context)],
      ['noBreakHyphen', (element, context) => this.symbol(element, '\u2011', context)],
      ['softHyphen', (element, context) => this.symbol(element, '\u00ad', context)],
      ['sym', (element, context) => this.symbol(element, ANY_CHARACTER, context)],
      ['footnoteReference', (element, context) => this.noteReference(element, context)],
      ['endnoteReference', (element, context) => this.noteReference(element, context)],
      ['fldChar', (element) => this.fieldCharacter(element)],
    ]);

  /** Reads one element: markup compatibility and VML shapes here, Word's own elements by `readers`. */
  private visit(element: Element, context: Context): void {
    const ns = element.namespaceURI;
    const name = element.localName;
    if (ns === MC) {
      if (name === 'AlternateContent') {
        const fallback = childNamed(element, MC, 'Fallback');
        // Word shows the first choice; mammoth reads the fallback, so it is read here but never changed.
        if (fallback) this.children(fallback, { ...context, lock: context.lock ?? 'text-box' });
      }
      return;
    }
    if (ns === VML) {
      if (VML_SHAPES.has(name)) this.children(element, context);
      return;
    }
    if (ns === this.w) this.readers.get(name)?.(element, context);
  }

  /** A paragraph; one inside a paragraph (in a text box) is read after it, and never changed. */
  private paragraphOrExtra(element: Element, context: Context): void {
    if (context.inParagraph && this.current) {
      this.current.extras.push({ element, context: { ...context, lock: 'text-box' } });
    } else {
      this.paragraph(element, context);
    }
  }

  /** A table row, unless its deletion is tracked. */
  private row(element: Element, context: Context): void {
    const properties = this.firstW(element, 'trPr');
    if (properties && this.firstW(properties, 'del')) return;
    this.children(element, context);
  }

  /** Someone's tracked insertion: read, but left alone. */
  private insertion(element: Element, context: Context): void {
    this.children(element, { ...context, lock: context.lock ?? 'insertion' });
  }

  /** A content control's content; locked when the control is locked against editing. */
  private contentControl(element: Element, context: Context): void {
    const content = this.firstW(element, 'sdtContent');
    if (!content) return;
    const properties = this.firstW(element, 'sdtPr');
    const lock = properties && this.firstW(properties, 'lock');
    const locked = /contentLocked$/i.test(lock?.getAttributeNS(this.w, 'val') ?? '');
    this.children(content, locked ? { ...context, lock: context.lock ?? 'locked' } : context);
  }

  /** A line break reads as a space; page and column breaks read as nothing. */
  private lineBreak(element: Element, context: Context): void {
    const type = element.getAttributeNS(this.w, 'type');
    if (!type || type === 'textWrapping') this.symbol(element, ' ', context);
  }

  /** A footnote or endnote reference reads as its number in brackets, "[1]". */
  private noteReference(element: Element, context: Context): void {
    this.symbol(element, `[${this.noteNumber++}]`, context);
  }

  /** The start or end of a complex field: text between them is in a field. */
  private fieldCharacter(element: Element): void {
    const type = element.getAttributeNS(this.w, 'fldCharType');
    if (type === 'begin') this.fields++;
    else if (type === 'end' && this.fields > 0) this.fields--;
  }

  private paragraph(element: Element, context: Context): void {
    const properties = this.firstW(element, 'pPr');
    const mark = properties && this.firstW(properties, 'rPr');
    if (mark && this.firstW(mark, 'del')) {
      this.deleted.push({ element, context });
      return;
    }
    const joined = this.deleted;
    this.deleted = [];
    const building: Building = {
      elements: [...joined.map((part) => part.element), element],
      raw: '',
      pieces: [],
      lock: context.lock === 'text-box' ? 'text-box' : null,
      extras: [],
    };
    const outer = this.current;
    this.current = building;
    for (const part of [...joined, { element, context }]) {
      this.children(part.element, { ...part.context, inParagraph: true });
    }
    this.current = outer;
    this.paragraphs.push(finish(building));
    for (const extra of building.extras) this.paragraph(extra.element, extra.context);
  }

  private lockOf(node: Element, context: Context): Lock | null {
    if (context.lock) return context.lock;
    if (this.fields > 0) return 'field';
    if (!this.isW(node.parentNode, 'r')) return 'odd-place';
    return null;
  }

  private text(element: Element, context: Context): void {
    const building = this.current;
    if (!building || !context.inParagraph) return;
    // mammoth reads a w:t's text nodes only (not CDATA sections).
    let value = '';
    let onlyText = true;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (isText(child)) value += child.data;
      else onlyText = false;
    }
    if (value === '') return;
    const lock = this.lockOf(element, context) ?? (onlyText ? null : 'odd-place');
    const start = building.raw.length;
    building.raw += value;
    building.pieces.push({ start, end: building.raw.length, node: element, text: true, lock });
  }

  private symbol(element: Element, value: string, context: Context): void {
    const building = this.current;
    if (!building || !context.inParagraph) return;
    const start = building.raw.length;
    building.raw += value;
    building.pieces.push({
      start,
      end: building.raw.length,
      node: element,
      text: false,
      lock: this.lockOf(element, context),
    });
  }
}

function childNamed(parent: Element, ns: string, local: string): Element | undefined {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (isElement(child) && child.namespaceURI === ns && child.localName === local) return child;
  }
  return undefined;
}

/** Collapses white space as the document builder does, remembering where each character came from. */
function finish(building: Building): Paragraph {
  const { raw } = building;
  let text = '';
  const rawAt: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] as string;
    if (WHITE_SPACE.test(char)) {
      if (pendingSpace === -1) pendingSpace = i;
      continue;
    }
    if (pendingSpace !== -1 && text.length > 0) {
      text += ' ';
      rawAt.push(pendingSpace);
    }
    pendingSpace = -1;
    text += char;
    rawAt.push(i);
  }
  return {
    elements: building.elements,
    raw,
    pieces: building.pieces,
    text,
    rawAt,
    lock: building.lock,
  };
}

/** Whether `ours` (which may hold ANY_CHARACTER) reads as `theirs`. */
export function sameText(ours: string, theirs: string): boolean {
  if (ours.length !== theirs.length) return false;
  if (!ours.includes(ANY_CHARACTER)) return ours === theirs;
  for (let i = 0; i < ours.length; i++) {
    if (ours[i] !== ANY_CHARACTER && ours[i] !== theirs[i]) return false;
  }
  return true;
}
