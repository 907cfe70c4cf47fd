/**
 * The command line's document commands and readers:
 *   plainly report <file> [--format html|md|json] [--output <file>]
 *   plainly appendix <file> [--format md|html|docx] --output <file>
 * and reading .docx and .pdf files for `plainly <files...>`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Checker } from '../checker/index';
import { PROFILE_NAMES, type ProfileName } from '../checker/types';
import { DocumentError, readDocument, type DocumentModel } from '../documents/index';
import { loadPdfJsForNode } from '../documents/pdfjs-node';
import type { GlossaryEntry } from '../glossary/schema';
import { appendixDocx, appendixHtml, appendixMarkdown } from '../report/appendix-formats';
import { reportHtml, reportJson, reportMarkdown } from '../report/formats';
import { reviewDocument } from '../report/review';
import type { Io } from './main';

export const REVIEW_HELP = `Commands for a whole document (.docx, .pdf, .html, .md or .txt):

  plainly report <file> [--format html|md|json] [--output <file>]
      Writes the "Ready to circulate?" report: reading age, findings by
      category, most used jargon, short forms not explained, accessibility
      problems and a checklist. Default format md, to standard output.

  plainly appendix <file> --output <file> [--format md|html|docx]
      Writes the "words we used" list: each glossary term in the document with
      its plain definition (and easy read sentences with --profile easy-read).
      The format comes from the output file's extension if you leave it out.

  Both take --profile and --glossary as above.`;

/** Thrown for problems the user can fix: printed plainly, exit 2. */
export class ReviewUsageError extends Error {}

/** Reads a .docx or .pdf (or any file Plainly reads) into a document. */
export async function readDocumentFile(path: string): Promise<DocumentModel> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReviewUsageError(`${path}: there is no such file.`);
    if (code === 'EISDIR') throw new ReviewUsageError(`${path}: this is a folder, not a file.`);
    throw new ReviewUsageError(`${path}: it cannot be read (${code ?? 'unknown error'}).`);
  }
  try {
    return await readDocument(new Uint8Array(bytes), path, { pdfjs: loadPdfJsForNode });
  } catch (error) {
    if (error instanceof DocumentError) throw new ReviewUsageError(`${path}: ${error.message}`);
    throw error;
  }
}

type Command = 'report' | 'appendix';

const FORMATS: Readonly<Record<Command, readonly string[]>> = {
  report: ['html', 'md', 'json'],
  appendix: ['md', 'html', 'docx'],
};

export async function runReviewCommand(
  command: Command,
  argv: readonly string[],
  io: Io,
  loadGlossary: (paths: readonly string[]) => Promise<GlossaryEntry[] | undefined>,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        profile: { type: 'string' },
        glossary: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    io.stderr(
      `plainly ${command}: ${(error as Error).message}\nRun "plainly --help" to see the options.\n`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  try {
    if (positionals.length !== 1) throw new ReviewUsageError('name one file to review.');
    const output = values.output;
    const format = values.format ?? formatFromName(output, command);
    if (!FORMATS[command].includes(format)) {
      throw new ReviewUsageError(
        `there is no ${command} format "${format}". Use ${FORMATS[command].join(', ')}.`,
      );
    }
    if (command === 'appendix' && output === undefined) {
      throw new ReviewUsageError('say where to save the list, with --output <file>.');
    }
    const profile = parseProfile(values.profile);
    const glossary = await loadGlossary(values.glossary ?? []);
    const model = await readDocumentFile(positionals[0] as string);
    const review = reviewDocument(model, new Checker(glossary ? { glossary } : {}), { profile });
    const title = model.title ?? model.name;
    let content: string | Uint8Array;
    if (command === 'report') {
      content =
        format === 'html'
          ? reportHtml(review)
          : format === 'json'
            ? reportJson(review)
            : reportMarkdown(review);
    } else {
      content =
        format === 'docx'
          ? await appendixDocx(review.appendix, title)
          : format === 'html'
            ? appendixHtml(review.appendix, title)
            : appendixMarkdown(review.appendix);
    }
    if (output === undefined) {
      io.stdout(content as string);
    } else {
      await writeFile(output, content);
      io.stderr(`plainly: wrote ${output}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ReviewUsageError) {
      io.stderr(`plainly ${command}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function formatFromName(output: string | undefined, command: Command): string {
  const extension = output?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  if (extension === 'markdown') return 'md';
  if (extension === 'htm') return 'html';
  if (extension !== undefined && FORMATS[command].includes(extension)) return extension;
  return 'md';
}

function parseProfile(value: string | undefined): ProfileName {
  if (value === undefined) return 'plain';
  if ((PROFILE_NAMES as readonly string[]).includes(value)) return value as ProfileName;
  throw new ReviewUsageError(`there is no profile "${value}". Use plain, public or easy-read.`);
}
