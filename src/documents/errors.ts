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
  | 'time-limit';

/** The largest file Plainly will read: 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The most a .docx may unzip to: 200 MB, so a "zip bomb" is refused before it is opened. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

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
  timeLimit: (seconds: number) =>
    `Reading this file took longer than ${seconds} seconds, so Plainly stopped. The file may be too large or damaged. Try a smaller part of it.`,
} as const;
