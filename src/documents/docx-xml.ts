/**
 * Reads the XML parts of a .docx with saxes, a streaming parser: each part is
 * fed in pieces as it is unzipped, so no part is ever held whole here, and
 * the work grows in step with the part (no regular expressions over XML).
 *
 * Every XML part is checked before mammoth may see it: well formed, no
 * DOCTYPE (Word files never have one, and a DOCTYPE is how "billion laughs"
 * entity expansion and outside-file entities get in), nested no deeper than
 * `MAX_XML_DEPTH`, no element with more than `MAX_XML_ATTRIBUTES` attributes,
 * and across the file no more than `MAX_DOCX_ELEMENTS` elements,
 * `MAX_DOCX_ATTRIBUTES` attributes and `MAX_DOCX_XML_BYTES` of XML. mammoth
 * builds a tree of every element and attribute it reads, so these limits are
 * what keep it fast and small.
 *
 * While checking, three parts also give facts mammoth does not pass on: the
 * title (docProps/core.xml), the default language and body text size
 * (word/styles.xml), and justified and small paragraphs (word/document.xml).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import {
  DocumentError,
  MAX_DOCX_ATTRIBUTES,
  MAX_DOCX_ELEMENTS,
  MAX_DOCX_XML_BYTES,
  MAX_TEXT_CHARACTERS,
  MAX_XML_ATTRIBUTES,
  MAX_XML_DEPTH,
  MESSAGES,
} from './errors';

/** What a part's reader is told as the parser goes; `depth` is 1 for the root element. */
export interface PartListener {
  open?(name: string, attributes: Record<string, string>, depth: number): void;
  close?(name: string, depth: number): void;
  text?(text: string): void;
}

/** What all the XML parts of one file have used so far, counted against the limits. */
export interface XmlBudget {
  elements: number;
  attributes: number;
  bytes: number;
}

const corrupt = () => new DocumentError('corrupt', MESSAGES.corruptDocx());
const tooComplex = () => new DocumentError('too-complex', MESSAGES.tooComplexDocx());

/** Checks one XML part, fed in pieces of bytes, and passes what it finds to `listener`. */
export class XmlPart {
  private readonly parser = new SaxesParser({ position: false });
  private readonly decoder = new TextDecoder();
  private depth = 0;
  private attributes = 0;

  constructor(
    private readonly budget: XmlBudget,
    listener: PartListener = {},
  ) {
    const { parser } = this;
    parser.on('error', () => {
      throw corrupt();
    });
    parser.on('doctype', () => {
      throw corrupt();
    });
    parser.on('opentagstart', () => {
      budget.elements++;
      if (budget.elements > MAX_DOCX_ELEMENTS) throw tooComplex();
      this.depth++;
      if (this.depth > MAX_XML_DEPTH) throw tooComplex();
      this.attributes = 0;
    });
    parser.on('attribute', () => {
      this.attributes++;
      budget.attributes++;
      if (this.attributes > MAX_XML_ATTRIBUTES || budget.attributes > MAX_DOCX_ATTRIBUTES) {
        throw tooComplex();
      }
    });
    parser.on('opentag', (tag) => {
      listener.open?.(tag.name, (tag as SaxesTagPlain).attributes, this.depth);
    });
    parser.on('closetag', (tag) => {
      listener.close?.(tag.name, this.depth);
      this.depth--;
    });
    if (listener.text) {
      const text = listener.text.bind(listener);
      parser.on('text', text);
      parser.on('cdata', text);
    }
  }

  write(piece: Uint8Array): void {
    this.budget.bytes += piece.length;
    if (this.budget.bytes > MAX_DOCX_XML_BYTES) throw tooComplex();
    const text = this.decoder.decode(piece, { stream: true });
    if (text !== '') this.parser.write(text);
  }

  close(): void {
    const rest = this.decoder.decode();
    if (rest !== '') this.parser.write(rest);
    this.parser.close();
  }
}

/** The longest title kept. Real titles are a line; a longer one is cut here. */
export const MAX_TITLE_CHARACTERS = 1_000;

/** docProps/core.xml: the document's title (`dc:title`). */
export class CoreReader implements PartListener {
  title: string | null = null;
  private collecting = false;

  open(name: string, _attributes: Record<string, string>, depth: number): void {
    if (depth === 2 && name === 'dc:title' && this.title === null) {
      this.collecting = true;
      this.title = '';
    }
  }

  text(text: string): void {
    if (!this.collecting || this.title === null) return;
    const room = MAX_TITLE_CHARACTERS - this.title.length;
    if (room > 0) this.title += text.slice(0, room);
  }

  close(name: string, depth: number): void {
    if (depth === 2 && name === 'dc:title') this.collecting = false;
  }
}

/** A size in half points from a `w:sz` element's `w:val`, if it is a whole number. */
function halfPoints(attributes: Record<string, string>): number | undefined {
  const value = attributes['w:val'];
  return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}

/** word/styles.xml: the default language, and the size of body text. */
export class StylesReader implements PartListener {
  language: string | null = null;
  private defaultsSize: number | undefined;
  private normalSize: number | undefined;
  /** Depth of the open `w:docDefaults`, or of the "Normal" `w:style`; 0 when none is open. */
  private defaultsDepth = 0;
  private normalDepth = 0;

  /** Size of body text the styles set: the "Normal" style's, or the document default. */
  get baseSize(): number | undefined {
    return this.normalSize ?? this.defaultsSize;
  }

  open(name: string, attributes: Record<string, string>, depth: number): void {
    if (name === 'w:docDefaults' && this.defaultsDepth === 0) this.defaultsDepth = depth;
    else if (name === 'w:style' && attributes['w:styleId'] === 'Normal' && this.normalDepth === 0) {
      this.normalDepth = depth;
    } else if (name === 'w:sz') {
      if (this.defaultsDepth > 0) this.defaultsSize ??= halfPoints(attributes);
      if (this.normalDepth > 0) this.normalSize ??= halfPoints(attributes);
    } else if (name === 'w:lang' && this.defaultsDepth > 0 && this.language === null) {
      const value = attributes['w:val'];
      if (value !== undefined && value !== '') this.language = value;
    }
  }

  close(_name: string, depth: number): void {
    if (depth === this.defaultsDepth) this.defaultsDepth = 0;
    if (depth === this.normalDepth) this.normalDepth = 0;
  }
}

/** Word gives font sizes in half points. Text under 14 pt is recorded: 12 pt is the least for
 * most documents and 14 pt for easy read, so the checks decide by profile. */
const MIN_BODY_HALF_POINTS = 28;

/** A paragraph of word/document.xml that is justified or has small text, by its words. */
export interface ParagraphFacts {
  words: string;
  justified: boolean;
  /** The smallest body text size in it, in points, when under 14 pt. */
  points?: number;
}

interface OpenParagraph {
  depth: number;
  text: string[];
  justified: boolean;
  heading: boolean;
  /** Size from the paragraph mark's own run properties (`w:pPr/w:rPr/w:sz`). */
  size: number | undefined;
  smallest: number | undefined;
  /** Depth of its open `w:pPr`, and of that `w:pPr`'s `w:rPr`; 0 when not open. */
  pPr: number;
  pPrRPr: number;
}

interface OpenRun {
  depth: number;
  size: number | undefined;
  hasText: boolean;
  /** Depth of its open `w:rPr`; 0 when not open. */
  rPr: number;
}

/**
 * word/document.xml: justified paragraphs and body text under 14 pt. Runs
 * without a size of their own take the paragraph's, then the styles' base
 * size, so styles.xml must be read first.
 */
export class DocumentReader implements PartListener {
  readonly paragraphs: ParagraphFacts[] = [];
  private readonly open_: OpenParagraph[] = [];
  private readonly runs: OpenRun[] = [];
  private inText = 0;
  /** Depth of an open `mc:Choice`: mammoth reads the `mc:Fallback` beside it instead. */
  private choice = 0;
  private characters = 0;

  constructor(private readonly baseSize: number | undefined) {}

  open(name: string, attributes: Record<string, string>, depth: number): void {
    if (this.choice > 0) return;
    if (name === 'mc:Choice') {
      this.choice = depth;
      return;
    }
    const paragraph = this.open_.at(-1);
    const run = this.runs.at(-1);
    switch (name) {
      case 'w:p':
        this.open_.push({
          depth,
          text: [],
          justified: false,
          heading: false,
          size: undefined,
          smallest: undefined,
          pPr: 0,
          pPrRPr: 0,
        });
        return;
      case 'w:r':
        this.runs.push({ depth, size: undefined, hasText: false, rPr: 0 });
        return;
      case 'w:t':
        if (run) {
          run.hasText = true;
          this.inText = depth;
        }
        return;
      case 'w:tab':
      case 'w:br':
        if (run && paragraph && run.depth > paragraph.depth) paragraph.text.push(' ');
        return;
    }
    if (paragraph?.pPr && depth === paragraph.pPr + 1) {
      if (name === 'w:jc') {
        const value = attributes['w:val'];
        if (value === 'both' || value === 'distribute') paragraph.justified = true;
      } else if (name === 'w:pStyle') {
        if (/^(?:Heading|Title)/i.test(attributes['w:val'] ?? '')) paragraph.heading = true;
      } else if (name === 'w:rPr') paragraph.pPrRPr = depth;
    } else if (paragraph?.pPrRPr && depth === paragraph.pPrRPr + 1 && name === 'w:sz') {
      paragraph.size ??= halfPoints(attributes);
    } else if (name === 'w:pPr' && paragraph && depth === paragraph.depth + 1) {
      paragraph.pPr = depth;
    } else if (run && name === 'w:rPr' && depth === run.depth + 1) {
      run.rPr = depth;
    } else if (run?.rPr && depth === run.rPr + 1 && name === 'w:sz') {
      run.size ??= halfPoints(attributes);
    }
  }

  text(text: string): void {
    if (this.inText === 0 || this.choice > 0) return;
    this.characters += text.length;
    if (this.characters > MAX_TEXT_CHARACTERS) {
      throw new DocumentError('too-big', MESSAGES.tooMuchText());
    }
    this.open_.at(-1)?.text.push(text);
  }

  close(name: string, depth: number): void {
    if (this.choice > 0) {
      if (depth === this.choice) this.choice = 0;
      return;
    }
    if (depth === this.inText) this.inText = 0;
    const paragraph = this.open_.at(-1);
    if (paragraph && depth === paragraph.pPrRPr) paragraph.pPrRPr = 0;
    if (paragraph && depth === paragraph.pPr) paragraph.pPr = 0;
    const run = this.runs.at(-1);
    if (run && depth === run.rPr) run.rPr = 0;
    if (name === 'w:r' && run && depth === run.depth) {
      this.runs.pop();
      if (!run.hasText || !paragraph) return;
      const size = run.size ?? paragraph.size ?? this.baseSize;
      if (size !== undefined && size < MIN_BODY_HALF_POINTS) {
        paragraph.smallest = Math.min(paragraph.smallest ?? size, size);
      }
    } else if (name === 'w:p' && paragraph && depth === paragraph.depth) {
      this.open_.pop();
      const small = !paragraph.heading && paragraph.smallest !== undefined;
      if (!paragraph.justified && !small) return;
      const words = paragraph.text.join('').replace(/\s+/g, ' ').trim();
      if (words === '') return;
      const facts: ParagraphFacts = { words, justified: paragraph.justified };
      if (small) facts.points = (paragraph.smallest as number) / 2;
      this.paragraphs.push(facts);
    }
  }
}
