/**
 * Problems reading a file, each with a plain message for the user. The code
 * lets tests and the user interface tell them apart; the message is what the
 * user sees.
 */

export type DocumentErrorCode =
  | 'too-big'
  | 'zip-bomb'
  | 'corrupt'
  | 'password'
  | 'scanned'
  | 'unsupported'
  | 'not-utf8'
  | 'too-complex'
  | 'time-limit';

/** The largest file Plainly will read: 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The most a .docx may unzip to: 200 MB. A zip that says it is bigger is
 * refused before anything is unzipped; one that lies is stopped as soon as
 * the bytes it really gives pass this.
 */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** The most parts a .docx may have. A long report with pictures has a few hundred. */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * The most XML elements a .docx's text and formatting may have, in all: about
 * 500 pages as Word writes them (a paragraph is 10 to 30 elements). mammoth
 * holds every element it reads in memory two or three times over (about
 * 2.5 KB each, measured), so this keeps reading a Word file near 600 MB.
 */
export const MAX_DOCX_ELEMENTS = 200_000;

/** The most attributes a .docx's XML may have, in all: twice as many as elements. */
export const MAX_DOCX_ATTRIBUTES = 400_000;

/**
 * The most XML a .docx's parts may hold, in all: 50 MB. Word writes about
 * 100 bytes an element, so real files are far under this; it stops a part
 * that is mostly comments or spaces, which the element count does not see.
 */
export const MAX_DOCX_XML_BYTES = 50 * 1024 * 1024;

/** How deep the XML in a .docx may nest. Word's own files stay under 40. */
export const MAX_XML_DEPTH = 256;

/** The most attributes one XML element may have. Word's own elements have under 50. */
export const MAX_XML_ATTRIBUTES = 500;

/**
 * How deep the parts of a web page or Markdown file may nest (elements inside
 * elements, lists inside lists, quotes inside quotes). Browsers stop nesting
 * at 512 too; past it, the parsers' work grows with the square of the depth.
 */
export const MAX_NESTING = 512;

/**
 * How deep lists and quotes in a Markdown file may nest. Its parser looks at
 * every open list and quote again on each line, and within one line its work
 * grows with the square of the depth; real Markdown nests a few levels.
 */
export const MAX_MARKDOWN_NESTING = 64;

/**
 * The most emphasis marks and brackets (`*`, `_`, `[`, `]`) one Markdown
 * paragraph may have. Matching them up takes remark work that grows with the
 * square of their number (or worse, when they nest); prose has a handful.
 */
export const MAX_MARKDOWN_MARKS = 1_000;

/**
 * The most text Plainly checks at once: 3 million characters, about 500,000
 * words or 1,000 pages. Checking holds every word with what the checks found
 * about it (about 100 bytes a character for ordinary writing, and up to three
 * times that when nearly every sentence is flagged), so this keeps a check
 * well under 1 GB of memory. Longer text is refused rather than checked in
 * parts, because some checks look at the whole document at once (the first
 * use of a short form, the reading age).
 */
export const MAX_TEXT_CHARACTERS = 3_000_000;

export class DocumentError extends Error {
  override name = 'DocumentError';
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const MB = 1024 * 1024;

export const MESSAGES = {
  tooBig: (bytes: number) =>
    `This file is ${Math.ceil(bytes / MB)} MB. Plainly can read files up to ${MAX_FILE_BYTES / MB} MB. Split it into smaller files, or save it without pictures.`,
  zipBomb: () =>
    `This Word file would take up more than ${MAX_UNZIPPED_BYTES / MB} MB once opened, so Plainly did not open it. It may be damaged or unsafe.`,
  corruptDocx: () =>
    'This Word file is damaged, so Plainly cannot read it. Open it in Word, save it again as .docx, and try again.',
  passwordDocx: () =>
    'This Word file is protected with a password, or is an old .doc file. Remove the password or save it as .docx, then try again.',
  corruptPdf: () =>
    'This PDF is damaged, so Plainly cannot read it. Save or export it again as PDF, and try again.',
  passwordPdf: () => 'This PDF is protected with a password. Remove the password, then try again.',
  scanned: () =>
    'This looks like a scanned document: its text cannot be read. Use the original Word or text file, or a PDF made from it.',
  unsupported: (extension: string) =>
    `Plainly cannot read ${extension === '' ? 'files without an extension' : `${extension} files`}. Choose a .docx, .pdf, .html, .md or .txt file.`,
  notUtf8: () => 'This file is not UTF-8 text. Save it as UTF-8 and try again.',
  tooManyParts: () =>
    `This Word file has more than ${MAX_ZIP_ENTRIES.toLocaleString('en-GB')} parts inside it, so Plainly did not open it. It may be damaged or unsafe.`,
  tooComplexDocx: () =>
    'This Word file is too long or too complex for Plainly to read at once. Split it into smaller files and try again.',
  tooDeep: (levels: number = MAX_NESTING) =>
    `This file has parts nested more than ${levels} levels deep (lists inside lists, or quotes inside quotes), so Plainly did not read it. It may be damaged. Save it again from the program that made it, and try again.`,
  tooManyMarks: () =>
    `This Markdown file has a paragraph with more than ${MAX_MARKDOWN_MARKS.toLocaleString('en-GB')} of the marks * _ [ and ], so Plainly did not read it. It may be damaged. Save it as plain text (.txt) and try again.`,
  tooMuchText: () =>
    `This file has more than ${(MAX_TEXT_CHARACTERS / 1_000_000).toLocaleString('en-GB')} million characters (about 1,000 pages). Plainly can check up to that much at a time. Split it into smaller files and check each one.`,
  outOfMemory: (doing: 'Reading' | 'Checking' = 'Reading') =>
    `${doing} this file needed more memory than Plainly allows, so Plainly stopped. The file may be too large or damaged. Try a smaller part of it.`,
  timeLimit: (seconds: number, doing: 'Reading' | 'Checking' = 'Reading') =>
    `${doing} this file took longer than ${seconds} ${seconds === 1 ? 'second' : 'seconds'}, so Plainly stopped. The file may be too large or damaged. Try a smaller part of it.`,
} as const;
