/**
 * The accessibility checks on a document's structure, one function each, in
 * the order their findings are reported when two are on the same words.
 * Each check cites its source (docs/sources.md, "Accessibility check codes")
 * and is listed once in `DOCUMENT_CHECKS`, with its code and the rule ids its
 * findings carry. `checkDocument` (document-checks.ts) runs them all.
 */
import accessibility from '../../dictionaries/accessibility.json';
import type { ProfileName } from '../checker/types';
import type { DocBlock, DocumentModel, Span } from '../documents/model';
import { TYPED_LIST_ITEM } from '../documents/text';
import { countOf, formatCount } from '../report/numbers';
import { SOURCES } from './sources';
import type { AccessFinding } from './types';

/** A document of more than this many words needs headings (about a page). */
export const LONG_DOCUMENT_WORDS = 300;
/** Sentences in a paragraph before it is long (D26, docs/sources.md): plain 5, easy read 4. */
export const MAX_PARAGRAPH_SENTENCES: Readonly<Record<ProfileName, number>> = {
  plain: 5,
  public: 5,
  'easy-read': 4,
};
/** Smallest body text in points: 12, or 14 for easy read (D15, docs/sources.md). */
export const MIN_FONT_POINTS: Readonly<Record<ProfileName, number>> = {
  plain: 12,
  public: 12,
  'easy-read': 14,
};
/** GOV.UK: easy read documents of 24 pages or fewer. */
export const EASY_READ_MAX_PAGES = 24;

/** What every check reads: the document, the writing style and its word count. */
export interface DocumentCheckInput {
  model: DocumentModel;
  profile: ProfileName;
  /**
   * The document's word count as the engine counts it (`report.stats.words`),
   * so a finding that quotes it agrees with the count in the summary.
   */
  words: number;
}

/** A finding before the text it is about and its page are filled in. */
export type DraftFinding = Omit<AccessFinding, 'text' | 'page'>;

/** One accessibility check of a document. */
export interface DocumentCheck {
  /** The check's code, defined in docs/sources.md. */
  code: string;
  /** Every rule id its findings carry. */
  ruleIds: readonly string[];
  /** The check itself: its findings, in the order it met them. */
  find(input: DocumentCheckInput): DraftFinding[];
}

/** Escapes a word so a regular expression matches it as written. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that matches the whole text, ignoring case, to one of the alternatives and then `end`. */
function wholeText(alternatives: readonly string[], end = ''): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})${end}$`, 'i');
}

/**
 * A placeholder title as a pattern: ' #' is white space (or none) and an
 * optional number ("Document 1"), '#' an optional number straight after
 * ("Doc1"), and a space any white space ("Untitled  document").
 */
function titlePattern(title: string): string {
  return escapeRegExp(title)
    .replaceAll(' #', '\\s*\\d*')
    .replaceAll('#', '\\d*')
    .replaceAll(' ', '\\s+');
}

// The words are data: dictionaries/accessibility.json.
const VAGUE_LINKS: ReadonlySet<string> = new Set(accessibility.vagueLinks);
const PLACEHOLDER_TITLES = wholeText(accessibility.placeholderTitles.map(titlePattern));
/** "image", "Picture 3": the alt text is a generic word and perhaps a number. */
const GENERIC_ALT = wholeText(accessibility.genericAltText.map(escapeRegExp), '\\s*\\d*');
const IMAGE_FILE = /\.(?:png|jpe?g|gif|bmp|tiff?|svg|webp|emf|wmf|heic)$/i;

/** Where a finding about the whole document sits: nowhere in particular. */
const WHOLE = { start: 0, end: 0 };

/** D25: the document has a title, and not a placeholder such as "Document1". */
function title({ model }: DocumentCheckInput): DraftFinding[] {
  if (model.title !== null && !PLACEHOLDER_TITLES.test(model.title)) return [];
  return [
    {
      ruleId: 'no-title',
      check: 'D25',
      severity: 'error',
      message:
        model.title === null
          ? 'Your document has no title. Give it a title that says what it is about, in its properties.'
          : `Your document’s title is “${model.title}”. Give it a title that says what it is about.`,
      source: SOURCES.pageTitled,
      ...WHOLE,
    },
  ];
}

/**
 * D24: the document says what language it is in. A tagged PDF records its
 * language (/Lang) like a .docx; an untagged one is not checked for it, as it
 * has no structure for a reader to use anyway.
 */
function language({ model }: DocumentCheckInput): DraftFinding[] {
  const recordsLanguage =
    model.kind === 'html' || model.kind === 'docx' || (model.kind === 'pdf' && model.hasStructure);
  if (model.language !== null || !recordsLanguage) return [];
  return [
    {
      ruleId: 'no-language',
      check: 'D24',
      severity: 'warning',
      message:
        'Your document does not say what language it is in. Set it to English (UK), so screen readers read it properly.',
      source: SOURCES.language,
      ...WHOLE,
    },
  ];
}

/** The document's headings, in order. */
function headingsOf(model: DocumentModel): DocBlock[] {
  return model.blocks.filter((block) => block.kind === 'heading');
}

/** D17: a document of more than about a page has headings. */
function missingHeadings({ model, words }: DocumentCheckInput): DraftFinding[] {
  if (!model.hasStructure || headingsOf(model).length > 0 || words <= LONG_DOCUMENT_WORDS) {
    return [];
  }
  return [
    {
      ruleId: 'no-headings',
      check: 'D17',
      severity: 'warning',
      message: `Your document has ${formatCount(words)} words and no headings. Use heading styles so people can find their way around.`,
      source: SOURCES.headings,
      ...WHOLE,
    },
  ];
}

/** D17: no heading skips a level on the way down. */
function skippedHeadings({ model }: DocumentCheckInput): DraftFinding[] {
  const findings: DraftFinding[] = [];
  let previous = 0;
  for (const heading of headingsOf(model)) {
    const level = heading.level ?? 1;
    if (previous > 0 && level > previous + 1) {
      findings.push({
        ruleId: 'skipped-heading',
        check: 'D17',
        severity: 'warning',
        message: `This heading is level ${level} but the one before is level ${previous}. Use level ${previous + 1}, so no level is skipped.`,
        source: SOURCES.headings,
        start: heading.start,
        end: heading.end,
      });
    }
    previous = level;
  }
  return findings;
}

/** D20: every picture has alt text, and it says what the picture shows. */
function imageAltText({ model }: DocumentCheckInput): DraftFinding[] {
  const findings: DraftFinding[] = [];
  for (const image of model.images) {
    const where = blockNear(model.blocks, image.at) ?? WHOLE;
    const alt = image.alt?.trim() ?? null;
    if (alt === null) {
      findings.push({
        ruleId: 'image-no-alt',
        check: 'D20',
        severity: 'error',
        message:
          'A picture here has no alt text. Add a short description, or mark it as decorative if it adds nothing.',
        source: SOURCES.nonText,
        start: where.start,
        end: where.end,
      });
    } else if (
      IMAGE_FILE.test(alt) ||
      GENERIC_ALT.test(alt) ||
      (image.fileName !== undefined && alt === image.fileName)
    ) {
      findings.push({
        ruleId: 'image-alt-file-name',
        check: 'D20',
        severity: 'error',
        message: `A picture here has the alt text “${alt}”, which does not say what it shows. Describe the picture instead.`,
        source: SOURCES.nonText,
        start: where.start,
        end: where.end,
      });
    }
  }
  return findings;
}

/** D19: every link's text says where it goes: not "click here", not a bare web address. */
function linkText({ model }: DocumentCheckInput): DraftFinding[] {
  const findings: DraftFinding[] = [];
  for (const link of model.links) {
    const text = model.text.slice(link.start, link.end).trim();
    const normal = text.toLowerCase().replace(/[.:!…]+$/, '');
    if (VAGUE_LINKS.has(normal)) {
      findings.push({
        ruleId: 'vague-link',
        check: 'D19',
        severity: 'error',
        message: `The link text “${text}” does not say where the link goes. Use words that make sense on their own, like the page’s name.`,
        source: SOURCES.linkPurpose,
        start: link.start,
        end: link.end,
      });
    } else if (/^(?:https?:\/\/|www\.)\S+$/i.test(text)) {
      findings.push({
        ruleId: 'bare-url-link',
        check: 'D19',
        severity: 'warning',
        message:
          'This link shows a web address as its text. Use words that say where it goes, like the page’s name.',
        source: SOURCES.linkPurpose,
        start: link.start,
        end: link.end,
      });
    }
  }
  return findings;
}

/** D23: every table of two rows or more has a header row. */
function tableHeaders({ model }: DocumentCheckInput): DraftFinding[] {
  const findings: DraftFinding[] = [];
  for (const table of model.tables) {
    if (table.hasHeaderRow || table.rows < 2) continue;
    const where = blockNear(model.blocks, table.at) ?? WHOLE;
    findings.push({
      ruleId: 'table-no-header',
      check: 'D23',
      severity: 'error',
      message:
        'This table has no header row. Mark its first row as a header row, so screen readers can say what each column is.',
      source: SOURCES.tables,
      start: where.start,
      end: where.end,
    });
  }
  return findings;
}

/** D18: a list is a real list, not paragraphs typed with dashes or numbers. */
function typedLists({ model }: DocumentCheckInput): DraftFinding[] {
  if (!model.hasStructure) return [];
  const findings: DraftFinding[] = [];
  for (const block of model.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'quote') continue;
    if (!TYPED_LIST_ITEM.test(model.text.slice(block.start, block.end))) continue;
    findings.push({
      ruleId: 'typed-list',
      check: 'D18',
      severity: 'warning',
      message:
        'This looks like a list typed with dashes or numbers. Use the bullet or numbering button, so it is read as a list.',
      source: SOURCES.lists,
      start: block.start,
      end: block.end,
    });
  }
  return findings;
}

/** D26: no paragraph has more sentences than the writing style allows. */
function longParagraphs({ model, profile }: DocumentCheckInput): DraftFinding[] {
  const maxSentences = MAX_PARAGRAPH_SENTENCES[profile];
  const findings: DraftFinding[] = [];
  for (const block of model.blocks) {
    if (block.kind !== 'paragraph') continue;
    const sentences = countSentences(model.text.slice(block.start, block.end));
    if (sentences <= maxSentences) continue;
    findings.push({
      ruleId: 'long-paragraph',
      check: 'D26',
      severity: 'suggestion',
      message: `This paragraph has ${sentences} sentences. Split it up: keep to ${maxSentences} or fewer, one topic each.`,
      source: SOURCES.paragraphs,
      start: block.start,
      end: block.end,
    });
  }
  return findings;
}

/** D14: the spans set in a style that is harder to read, other than links. */
function emphasis(
  model: DocumentModel,
  spans: readonly Span[],
  ruleId: string,
  what: string,
): DraftFinding[] {
  const findings: DraftFinding[] = [];
  for (const span of spans) {
    if (model.links.some((link) => link.start < span.end && span.start < link.end)) continue;
    findings.push({
      ruleId,
      check: 'D14',
      severity: 'suggestion',
      message: `${what} is harder to read. Use bold if you need to stress something.`,
      source: SOURCES.capitals,
      start: span.start,
      end: span.end,
    });
  }
  return findings;
}

/** D14: no italics for emphasis. */
function italics({ model }: DocumentCheckInput): DraftFinding[] {
  return emphasis(model, model.italic, 'italic-text', 'Text in italics');
}

/** D14: no underlining except on links. */
function underlining({ model }: DocumentCheckInput): DraftFinding[] {
  return emphasis(model, model.underline, 'underlined-text', 'Underlined text that is not a link');
}

/** D16: text is aligned to the left, not justified. */
function justifiedText({ model }: DocumentCheckInput): DraftFinding[] {
  return (model.formatting?.justified ?? []).map((span) => ({
    ruleId: 'justified-text',
    check: 'D16',
    severity: 'warning',
    message:
      'This paragraph is justified, which leaves uneven gaps between words. Align it to the left.',
    source: SOURCES.alignment,
    ...span,
  }));
}

/** D15: no text is smaller than the writing style's smallest size. */
function smallText({ model, profile }: DocumentCheckInput): DraftFinding[] {
  const minimum = MIN_FONT_POINTS[profile];
  const findings: DraftFinding[] = [];
  for (const small of model.formatting?.smallText ?? []) {
    if (small.points >= minimum) continue;
    findings.push({
      ruleId: 'small-text',
      check: 'D15',
      severity: 'warning',
      message: `This text is ${small.points} point. Use at least ${minimum} point.`,
      source: profile === 'easy-read' ? SOURCES.fontSizeEasyRead : SOURCES.fontSize,
      start: small.start,
      end: small.end,
    });
  }
  return findings;
}

/**
 * D27, easy read: a picture beside the text. One picture for every idea is
 * the aim; fewer than one for every three paragraphs means most of the text
 * stands alone.
 */
function easyReadPictures({ model, profile }: DocumentCheckInput): DraftFinding[] {
  if (profile !== 'easy-read') return [];
  const paragraphs = model.blocks.filter((block) => block.kind !== 'heading').length;
  if (paragraphs === 0 || model.images.length * 3 >= paragraphs) return [];
  return [
    {
      ruleId: 'easy-read-pictures',
      check: 'D27',
      severity: 'warning',
      message: `Easy read puts a picture beside each idea. Your document has ${countOf(model.images.length, 'picture', 'pictures')} for ${formatCount(paragraphs)} paragraphs.`,
      source: SOURCES.easyReadPictures,
      ...WHOLE,
    },
  ];
}

/** D27, easy read: the document is 24 pages or fewer. */
function easyReadLength({ model, profile }: DocumentCheckInput): DraftFinding[] {
  if (profile !== 'easy-read' || model.pages <= EASY_READ_MAX_PAGES) return [];
  return [
    {
      ruleId: 'easy-read-length',
      check: 'D27',
      severity: 'warning',
      message: `Your document is about ${formatCount(model.pages)} pages. Keep easy read to ${EASY_READ_MAX_PAGES} pages or fewer: split it into parts.`,
      source: SOURCES.easyReadLength,
      ...WHOLE,
    },
  ];
}

/** Every document check, once, in the order their findings are reported on the same words. */
export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [
  { code: 'D25', ruleIds: ['no-title'], find: title },
  { code: 'D24', ruleIds: ['no-language'], find: language },
  { code: 'D17', ruleIds: ['no-headings'], find: missingHeadings },
  { code: 'D17', ruleIds: ['skipped-heading'], find: skippedHeadings },
  { code: 'D20', ruleIds: ['image-no-alt', 'image-alt-file-name'], find: imageAltText },
  { code: 'D19', ruleIds: ['vague-link', 'bare-url-link'], find: linkText },
  { code: 'D23', ruleIds: ['table-no-header'], find: tableHeaders },
  { code: 'D18', ruleIds: ['typed-list'], find: typedLists },
  { code: 'D26', ruleIds: ['long-paragraph'], find: longParagraphs },
  { code: 'D14', ruleIds: ['italic-text'], find: italics },
  { code: 'D14', ruleIds: ['underlined-text'], find: underlining },
  { code: 'D16', ruleIds: ['justified-text'], find: justifiedText },
  { code: 'D15', ruleIds: ['small-text'], find: smallText },
  { code: 'D27', ruleIds: ['easy-read-pictures'], find: easyReadPictures },
  { code: 'D27', ruleIds: ['easy-read-length'], find: easyReadLength },
];

/** The sentences in a paragraph: each ends in ".", "!" or "?" before a capital, number or quote. */
function countSentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d“"‘'(])/u).filter((s) => /\p{L}/u.test(s)).length;
}

/** The block at or after `offset`: where an image or table sits. */
function blockNear(blocks: readonly DocBlock[], offset: number): DocBlock | undefined {
  return blocks.find((block) => block.end >= offset) ?? blocks[blocks.length - 1];
}
