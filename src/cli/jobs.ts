/**
 * One file's work for the command line: read it and check it (`plainly
 * <files...>`), read it and write its report or "words we used" list
 * (`plainly report`, `plainly appendix`), or read it and sum it up for the
 * report on a folder (`plainly report <folder>`, src/cli/folder.ts). Plain
 * data in, plain data out, so it can run in a worker thread that is stopped
 * when it takes too long (src/cli/worker.ts), or in this thread.
 *
 * The Word writer (for `appendix --format docx`) loads only when a job
 * needs it; the Word and PDF readers load only for a Word or PDF file
 * (src/documents/index.ts).
 */
import { extname } from 'node:path';
import { Checker } from '../checker/index';
import type { ProfileName, Report } from '../checker/types';
import { decodeText, DocumentError, readDocument, type DocumentModel } from '../documents/index';
import { pageAt, sourceEndPlace, sourcePlace } from '../documents/model';
import { loadPdfJsForNode } from '../documents/pdfjs-node';
import type { GlossaryEntry } from '../glossary/schema';
import { reportHtml, reportJson, reportMarkdown } from '../report/formats';
import { checkModel, reviewDocument } from '../report/review';
import { summariseFile } from './file-summary';
import { formatText } from './format';
import { unsupported } from './output';

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
  /** How standard input is written: plain text (default), Markdown or HTML. */
  stdinFormat?: 'text' | 'md' | 'html';
}

export interface ReviewJob {
  kind: 'report' | 'appendix';
  path: string;
  bytes: ArrayBuffer;
  profile: ProfileName;
  format: string;
}

/** One file of a folder report: its summary, as JSON (src/cli/file-summary.ts). */
export interface SummaryJob {
  kind: 'summary';
  path: string;
  bytes: ArrayBuffer;
  profile: ProfileName;
}

export type Job = CheckJob | ReviewJob | SummaryJob;

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

const CHECKED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.docx',
  '.pdf',
]);

/** A plain problem with one file, reported as `<path>: <message>`. */
class JobProblem extends Error {}

export async function runJob(job: Job, context: JobContext): Promise<JobAnswer> {
  try {
    if (job.kind === 'check') return await runCheck(job, context);
    if (job.kind === 'summary') return await runSummary(job, context);
    return await runReview(job, context);
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

/** The name a file is read as: standard input is plain text unless `--stdin-format` says. */
function readAs(job: CheckJob): string {
  if (job.path !== '-') return job.path;
  return job.stdinFormat === 'md'
    ? 'stdin.md'
    : job.stdinFormat === 'html'
      ? 'stdin.html'
      : 'stdin.txt';
}

/**
 * Reads the file (or standard input) into a document model and checks it,
 * as every other route does (src/report/review.ts `checkModel`): the same
 * text gives the same findings, counts and reading age here as in
 * `plainly report`, the review page and the side panel. For text files
 * (.txt, .md, .html, standard input) each finding gives the file's own
 * line, column and offsets, and its text as the file has it.
 */
async function runCheck(job: CheckJob, context: JobContext): Promise<JobAnswer> {
  const name = readAs(job);
  if (job.path !== '-' && !CHECKED_EXTENSIONS.has(extname(name).toLowerCase())) {
    throw new JobProblem(unsupported(job.path));
  }
  const bytes = new Uint8Array(job.bytes);
  let model: DocumentModel;
  try {
    model = await readDocument(bytes, name, { pdfjs: loadPdfJsForNode });
  } catch (error) {
    if (error instanceof DocumentError && error.code === 'not-utf8') {
      throw new JobProblem(`${job.path}: it is not UTF-8 text. Save it as UTF-8 and try again.`);
    }
    throw error;
  }
  const checker = checkerFor(context);
  const report = checkModel(model, checker, { profile: job.profile });
  const source = model.sourceMap ? decodeText(bytes) : undefined;
  report.findings = report.findings.map((finding) => {
    if (source !== undefined) {
      const start = sourcePlace(model, finding.start).offset ?? finding.start;
      const end = sourceEndPlace(model, finding.start, finding.end).offset ?? finding.end;
      return { ...finding, start, end, text: source.slice(start, end) };
    }
    const page = pageAt(model, finding.start);
    return page === undefined ? finding : { ...finding, page };
  });
  const output =
    job.output === 'json' ? jsonFile(job.path, report) : formatText([{ path: job.path, report }]);
  return { ok: true, output, errors: report.stats.bySeverity.error };
}

/**
 * Paragraphs each worker's checker remembers. A command checks each file
 * once, so remembering many (the engine keeps 20,000 for the extension,
 * where text is checked again as it changes) only costs memory: over a
 * folder of a thousand papers, about 400 MB against 230 MB with this.
 */
const CACHED_PARAGRAPHS = 1_000;

const checkers = new WeakMap<JobContext, Checker>();
/** One checker for each command's glossary, kept between files. */
function checkerFor(context: JobContext): Checker {
  let checker = checkers.get(context);
  if (!checker) {
    checker = new Checker({
      cacheLimit: CACHED_PARAGRAPHS,
      ...(context.glossary ? { glossary: context.glossary } : {}),
    });
    checkers.set(context, checker);
  }
  return checker;
}

/** Does now what the first job would otherwise do first: compile the glossary. */
export function prepareJobs(context: JobContext): void {
  checkerFor(context);
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

async function runReview(job: ReviewJob, context: JobContext): Promise<JobAnswer> {
  const model: DocumentModel = await readDocument(new Uint8Array(job.bytes), job.path, {
    pdfjs: loadPdfJsForNode,
  });
  const review = reviewDocument(model, checkerFor(context), { profile: job.profile });
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
    const { appendixDocx, appendixHtml, appendixMarkdown } =
      await import('../report/appendix-formats');
    output =
      job.format === 'docx'
        ? await appendixDocx(review.appendix, title)
        : job.format === 'html'
          ? appendixHtml(review.appendix, title)
          : appendixMarkdown(review.appendix);
  }
  return { ok: true, output, errors: 0 };
}

async function runSummary(job: SummaryJob, context: JobContext): Promise<JobAnswer> {
  const model = await readDocument(new Uint8Array(job.bytes), job.path, {
    pdfjs: loadPdfJsForNode,
  });
  const checker = checkerFor(context);
  const review = reviewDocument(model, checker, { profile: job.profile });
  const summary = summariseFile(review, checker, context.glossary);
  return {
    ok: true,
    output: JSON.stringify(summary),
    errors: review.report.stats.bySeverity.error,
  };
}

/** Runs jobs in this thread, with no time limit: for tests and embedding. */
export function runJobsHere(context: JobContext): JobRunner {
  return { run: (job) => runJob(job, context), close: async () => undefined };
}
