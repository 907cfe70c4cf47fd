/**
 * Accessibility checks on a document's structure (docs/sources.md, "Accessibility check codes"):
 * title, headings, images, links, tables, lists, emphasis, paragraph length,
 * justified and small text, language, and the easy read extras. Pure: runs on
 * the `DocumentModel` any importer gives, in Node or a browser.
 *
 * Runs of capital letters are found by the engine's `all-caps` rule; they are
 * listed here too, with their source, so the report has one list of problems.
 */
import accessibility from '../../dictionaries/accessibility.json';
import type { Finding, ProfileName } from '../checker/types';
import type { DocBlock, DocumentModel, Span } from '../documents/model';
import { pageAt } from '../documents/model';
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

/**
 * @param words the document's word count as the engine counts it
 *   (`report.stats.words`), so a finding that quotes it agrees with the
 *   count in the summary
 */
export function checkDocument(
  model: DocumentModel,
  profile: ProfileName,
  words: number,
): AccessFinding[] {
  const findings: AccessFinding[] = [];
  const add = (finding: Omit<AccessFinding, 'text'>) => {
    const full: AccessFinding = { ...finding, text: model.text.slice(finding.start, finding.end) };
    const page = pageAt(model, finding.start);
    if (page !== undefined) full.page = page;
    findings.push(full);
  };
  const whole = { start: 0, end: 0 };

  if (model.title === null || PLACEHOLDER_TITLES.test(model.title)) {
    add({
      ruleId: 'no-title',
      check: 'D25',
      severity: 'error',
      message:
        model.title === null
          ? 'Your document has no title. Give it a title that says what it is about, in its properties.'
          : `Your document’s title is “${model.title}”. Give it a title that says what it is about.`,
      source: SOURCES.pageTitled,
      ...whole,
    });
  }

  // A tagged PDF records its language (/Lang) like a .docx; an untagged one
  // is not checked for it, as it has no structure for a reader to use anyway.
  const recordsLanguage =
    model.kind === 'html' || model.kind === 'docx' || (model.kind === 'pdf' && model.hasStructure);
  if (model.language === null && recordsLanguage) {
    add({
      ruleId: 'no-language',
      check: 'D24',
      severity: 'warning',
      message:
        'Your document does not say what language it is in. Set it to English (UK), so screen readers read it properly.',
      source: SOURCES.language,
      ...whole,
    });
  }

  const headings = model.blocks.filter((block) => block.kind === 'heading');
  if (model.hasStructure && headings.length === 0 && words > LONG_DOCUMENT_WORDS) {
    add({
      ruleId: 'no-headings',
      check: 'D17',
      severity: 'warning',
      message: `Your document has ${formatCount(words)} words and no headings. Use heading styles so people can find their way around.`,
      source: SOURCES.headings,
      ...whole,
    });
  }
  let previous = 0;
  for (const heading of headings) {
    const level = heading.level ?? 1;
    if (previous > 0 && level > previous + 1) {
      add({
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

  for (const image of model.images) {
    const where = blockNear(model.blocks, image.at) ?? whole;
    const alt = image.alt?.trim() ?? null;
    if (alt === null) {
      add({
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
      add({
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

  for (const link of model.links) {
    const text = model.text.slice(link.start, link.end).trim();
    const normal = text.toLowerCase().replace(/[.:!…]+$/, '');
    if (VAGUE_LINKS.has(normal)) {
      add({
        ruleId: 'vague-link',
        check: 'D19',
        severity: 'error',
        message: `The link text “${text}” does not say where the link goes. Use words that make sense on their own, like the page’s name.`,
        source: SOURCES.linkPurpose,
        start: link.start,
        end: link.end,
      });
    } else if (/^(?:https?:\/\/|www\.)\S+$/i.test(text)) {
      add({
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

  for (const table of model.tables) {
    if (table.hasHeaderRow || table.rows < 2) continue;
    const where = blockNear(model.blocks, table.at) ?? whole;
    add({
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

  const maxSentences = MAX_PARAGRAPH_SENTENCES[profile];
  for (const block of model.blocks) {
    const text = model.text.slice(block.start, block.end);
    if (
      model.hasStructure &&
      (block.kind === 'paragraph' || block.kind === 'quote') &&
      TYPED_LIST_ITEM.test(text)
    ) {
      add({
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
    if (block.kind === 'paragraph' && countSentences(text) > maxSentences) {
      add({
        ruleId: 'long-paragraph',
        check: 'D26',
        severity: 'suggestion',
        message: `This paragraph has ${countSentences(text)} sentences. Split it up: keep to ${maxSentences} or fewer, one topic each.`,
        source: SOURCES.paragraphs,
        start: block.start,
        end: block.end,
      });
    }
  }

  const links = model.links;
  const emphasis = (spans: Span[], ruleId: string, what: string) => {
    for (const span of spans) {
      if (links.some((link) => link.start < span.end && span.start < link.end)) continue;
      add({
        ruleId,
        check: 'D14',
        severity: 'suggestion',
        message: `${what} is harder to read. Use bold if you need to stress something.`,
        source: SOURCES.capitals,
        start: span.start,
        end: span.end,
      });
    }
  };
  emphasis(model.italic, 'italic-text', 'Text in italics');
  emphasis(model.underline, 'underlined-text', 'Underlined text that is not a link');

  if (model.formatting) {
    for (const span of model.formatting.justified) {
      add({
        ruleId: 'justified-text',
        check: 'D16',
        severity: 'warning',
        message:
          'This paragraph is justified, which leaves uneven gaps between words. Align it to the left.',
        source: SOURCES.alignment,
        ...span,
      });
    }
    const minimum = MIN_FONT_POINTS[profile];
    for (const small of model.formatting.smallText) {
      if (small.points >= minimum) continue;
      add({
        ruleId: 'small-text',
        check: 'D15',
        severity: 'warning',
        message: `This text is ${small.points} point. Use at least ${minimum} point.`,
        source: profile === 'easy-read' ? SOURCES.fontSizeEasyRead : SOURCES.fontSize,
        start: small.start,
        end: small.end,
      });
    }
  }

  if (profile === 'easy-read') {
    const paragraphs = model.blocks.filter((block) => block.kind !== 'heading').length;
    // One picture for every idea is the aim; fewer than one for every three
    // paragraphs means most of the text stands alone.
    if (paragraphs > 0 && model.images.length * 3 < paragraphs) {
      add({
        ruleId: 'easy-read-pictures',
        check: 'D27',
        severity: 'warning',
        message: `Easy read puts a picture beside each idea. Your document has ${countOf(model.images.length, 'picture', 'pictures')} for ${formatCount(paragraphs)} paragraphs.`,
        source: SOURCES.easyReadPictures,
        ...whole,
      });
    }
    if (model.pages > EASY_READ_MAX_PAGES) {
      add({
        ruleId: 'easy-read-length',
        check: 'D27',
        severity: 'warning',
        message: `Your document is about ${formatCount(model.pages)} pages. Keep easy read to ${EASY_READ_MAX_PAGES} pages or fewer: split it into parts.`,
        source: SOURCES.easyReadLength,
        ...whole,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The engine's `all-caps` findings, as accessibility findings with their source. */
export function capitalsFindings(
  model: DocumentModel,
  findings: readonly Finding[],
): AccessFinding[] {
  return findings
    .filter((finding) => finding.ruleId === 'all-caps')
    .map((finding) => {
      const out: AccessFinding = {
        ruleId: 'all-caps',
        check: 'D14',
        severity: finding.severity,
        message: finding.message,
        source: SOURCES.capitals,
        start: finding.start,
        end: finding.end,
        text: finding.text,
      };
      const page = pageAt(model, finding.start);
      if (page !== undefined) out.page = page;
      return out;
    });
}

function countSentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d“"‘'(])/u).filter((s) => /\p{L}/u.test(s)).length;
}

/** The block at or after `offset`: where an image or table sits. */
function blockNear(blocks: readonly DocBlock[], offset: number): DocBlock | undefined {
  return blocks.find((block) => block.end >= offset) ?? blocks[blocks.length - 1];
}
