/**
 * One file's work for the command line: read it and check it (`plainly
 * <files...>`), or read it and write its report or "words we used" list
 * (`plainly report`, `plainly appendix`). Plain data in, plain data out, so
 * it can run in a worker thread that is stopped when it takes too long
 * (src/cli/worker.ts), or in this thread.
 */
import { extname } from 'node:path';
import { Checker, check } from '../checker/index';
import type { InputFormat, ProfileName, Report } from '../checker/types';
import { decodeText, DocumentError, readDocument, type DocumentModel } from '../documents/index';
import { parseHtml } from '../documents/html-parse';
import { checkMarkdownShape } from '../documents/markdown';
import { pageAt } from '../documents/model';
import { loadPdfJsForNode } from '../documents/pdfjs-node';
import type { GlossaryEntry } from '../glossary/schema';
import { appendixDocx, appendixHtml, appendixMarkdown } from '../report/appendix-formats';
import { reportHtml, reportJson, reportMarkdown } from '../report/formats';
import { reviewDocument } from '../report/review';
import { formatText } from './format';

/** What every job of one command shares. */
export interface JobContext {
  glossary?: GlossaryEntry[];
}

export interface CheckJob {
  kind: 'check';
  /** The path as the user gave it (`-` for standard input), for messages and output. */
  path: string;
  bytes: ArrayBuffer;
  profile: ProfileName;
  output: 'text' | 'json';
}

export interface ReviewJob {
  kind: 'report' | 'appendix';
  path: string;
  bytes: ArrayBuffer;
  profile: ProfileName;
  format: string;
}

export type Job = CheckJob | ReviewJob;

export type JobAnswer =
  | {
      ok: true;
      /** Text for standard output, or a file's content. */
      output: string | Uint8Array;
      /** How many findings are errors, for the exit status. */
      errors: number;
    }
  | { ok: false; message: string };

/** Runs jobs one at a time; `close` frees whatever it holds. */
export interface JobRunner {
  run(job: Job): Promise<JobAnswer>;
  close(): Promise<void>;
}

const CHECKED_FORMATS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** A plain problem with one file, reported as `<path>: <message>`. */
class JobProblem extends Error {}

export async function runJob(job: Job, context: JobContext): Promise<JobAnswer> {
  try {
    return job.kind === 'check' ? await runCheck(job, context) : await runReview(job, context);
  } catch (error) {
    if (error instanceof JobProblem) return { ok: false, message: error.message };
    if (error instanceof DocumentError)
      return { ok: false, message: `${job.path}: ${error.message}` };
    // Every reader limits how deep it nests; this is the last guard for a
    // library (the checker's own parsers, say) that recurses on some file.
    if (error instanceof RangeError) {
      return {
        ok: false,
        message: `${job.path}: Plainly could not check this file: its parts are nested too deeply, or it is too large. Save it as plain text (.txt), or try a smaller part of it.`,
      };
    }
    throw error;
  }
}

function decodeForCheck(job: CheckJob): string {
  try {
    return decodeText(new Uint8Array(job.bytes));
  } catch (error) {
    if (error instanceof DocumentError && error.code === 'not-utf8') {
      throw new JobProblem(`${job.path}: it is not UTF-8 text. Save it as UTF-8 and try again.`);
    }
    throw error;
  }
}

async function runCheck(job: CheckJob, context: JobContext): Promise<JobAnswer> {
  let text: string;
  let format: InputFormat;
  let pages: ((offset: number) => number | undefined) | undefined;
  const extension = extname(job.path).toLowerCase();
  if (job.path === '-') {
    text = decodeForCheck(job);
    format = 'auto';
  } else if (extension === '.docx' || extension === '.pdf') {
    const model = await readDocument(new Uint8Array(job.bytes), job.path, {
      pdfjs: loadPdfJsForNode,
    });
    text = model.text;
    format = 'text';
    if (model.kind === 'pdf') pages = (at) => pageAt(model, at);
  } else {
    const found = CHECKED_FORMATS[extension];
    if (!found) throw new JobProblem(unsupported(job.path));
    format = found;
    text = decodeForCheck(job);
    // The checker parses Markdown and HTML itself; the same limits as the
    // document readers keep its parsers' work in step with the file.
    if (format === 'markdown') checkMarkdownShape(text);
    if (format === 'html') parseHtml(text);
  }
  const report = check(text, {
    profile: job.profile,
    format,
    ...(context.glossary ? { glossary: context.glossary } : {}),
  });
  if (pages) report.findings = report.findings.map((f) => ({ ...f, page: pages(f.start) }));
  const output =
    job.output === 'json' ? jsonFile(job.path, report) : formatText([{ path: job.path, report }]);
  return { ok: true, output, errors: report.stats.bySeverity.error };
}

/** The message for a file type the checker does not read. */
export function unsupported(path: string): string {
  const extension = extname(path).toLowerCase();
  const kind = extension === '' ? 'files without an extension' : `${extension} files`;
  return `${path}: Plainly cannot read ${kind}. It reads .txt, .md, .html, .docx and .pdf files.`;
}

/**
 * One file's entry of the JSON output, indented to sit in its `files` list:
 * the files' entries joined by ",\n" inside `{"files": [...]}` give exactly
 * what `JSON.stringify({ files }, null, 2)` would.
 */
function jsonFile(path: string, report: Report): string {
  const entry = { path, profile: report.profile, stats: report.stats, findings: report.findings };
  return `    ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ')}`;
}

/** What goes around the files' JSON entries, which are joined by ",\n". */
export const JSON_START = '{\n  "files": [\n';
export const JSON_END = '\n  ]\n}\n';
export const JSON_EMPTY = '{\n  "files": []\n}\n';

async function runReview(job: ReviewJob, context: JobContext): Promise<JobAnswer> {
  const model: DocumentModel = await readDocument(new Uint8Array(job.bytes), job.path, {
    pdfjs: loadPdfJsForNode,
  });
  const review = reviewDocument(
    model,
    new Checker(context.glossary ? { glossary: context.glossary } : {}),
    { profile: job.profile },
  );
  const title = model.title ?? model.name;
  let output: string | Uint8Array;
  if (job.kind === 'report') {
    output =
      job.format === 'html'
        ? reportHtml(review)
        : job.format === 'json'
          ? reportJson(review)
          : reportMarkdown(review);
  } else {
    output =
      job.format === 'docx'
        ? await appendixDocx(review.appendix, title)
        : job.format === 'html'
          ? appendixHtml(review.appendix, title)
          : appendixMarkdown(review.appendix);
  }
  return { ok: true, output, errors: 0 };
}

/** Runs jobs in this thread, with no time limit: for tests and embedding. */
export function runJobsHere(context: JobContext): JobRunner {
  return { run: (job) => runJob(job, context), close: async () => undefined };
}
