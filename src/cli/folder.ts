/**
 * `plainly report <folder or pattern...>`: one report on many files.
 *
 * Finds every file Plainly reads in the folders (and the folders inside
 * them) or matching the patterns, then checks them several at once, each in
 * a worker thread of its own (src/cli/worker.ts, with the same time and
 * memory limit per file as every other command): one worker for each
 * processor core unless --jobs says otherwise. Each worker sends back a
 * short summary of its file (src/cli/file-summary.ts), so the main thread
 * holds little whatever the number of files; a file that cannot be read or
 * checked is named in the report with the reason, and the rest go on.
 *
 * While it works it shows a progress bar on standard error, when that is a
 * terminal (nothing otherwise, so logs and pipes stay clean).
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ProfileName } from '../checker/types';
import type { GlossaryEntry } from '../glossary/schema';
import type { FileSummary } from './file-summary';
import { FileProblem, readInputFile, writeOutputFile } from './files';
import {
  buildFolderReport,
  folderReportHtml,
  folderReportJson,
  folderReportMarkdown,
  type FileOutcome,
} from './folder-report';
import type { JobRunner } from './jobs';
import type { Io } from './io';
import { UsageError } from './options';
import { startRunner } from './worker';

/** The file types a folder report reads; the others in a folder are passed over. */
export const READABLE_EXTENSIONS: readonly string[] = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.docx',
  '.pdf',
];

/** Memory to allow for each worker (it may use 640 MB, and Node needs some more). */
const MEMORY_PER_WORKER = 1024 ** 3;
/** The most files checked at once: a sanity limit on --jobs. */
export const MAX_JOBS = 64;

/** One worker for each core, as far as memory allows. */
export function defaultJobs(): number {
  const cores = os.availableParallelism();
  return Math.max(1, Math.min(cores, Math.floor(os.totalmem() / MEMORY_PER_WORKER)));
}

/** `--jobs <number>`. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || jobs < 1 || jobs > MAX_JOBS) {
    throw new UsageError(
      `there is no number of files to check at once "${value}". Give a whole number from 1 to ${MAX_JOBS}, such as 4.`,
    );
  }
  return jobs;
}

function readable(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > 0 && READABLE_EXTENSIONS.includes(path.slice(dot).toLowerCase());
}

/** Word leaves "~$name.docx" beside a file it has open; hidden files and folders start with ".". */
function skipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** Every readable file under `folder`, in order of path; links to folders are not followed. */
async function walk(folder: string, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'EACCES' || code === 'EPERM'
        ? `${folder}: you do not have permission to open this folder.`
        : `${folder}: this folder cannot be read (${code ?? 'unknown error'}).`,
    );
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && readable(entry.name)) out.push(path);
  }
}

/**
 * The files named by `inputs` (files, folders or patterns), each once, in
 * the order given (a folder's or a pattern's files in order of path).
 *
 * @throws {UsageError} for an input that is not there, or finds no file
 *   Plainly reads.
 */
export async function findFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const found: string[] = [];
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      await walk(input, found);
      if (found.length === 0) {
        throw new UsageError(
          `${input}: there are no .txt, .md, .html, .docx or .pdf files in this folder.`,
        );
      }
    } else if (info) {
      found.push(input);
    } else if (isDynamicPattern(input)) {
      const matches = await glob(input, {
        onlyFiles: true,
        expandDirectories: false,
        followSymbolicLinks: false,
        absolute: isAbsolute(input),
      });
      found.push(
        ...matches
          // tinyglobby's `dot: false` (its default) already leaves out
          // hidden files and folders that a wildcard would match.
          .filter((path) => readable(path) && !basename(path).startsWith('~$'))
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      if (found.length === 0) {
        throw new UsageError(
          `${input}: no .txt, .md, .html, .docx or .pdf file has a name that matches this.`,
        );
      }
    } else {
      throw new UsageError(`${input}: there is no such file or folder.`);
    }
    for (const path of found) {
      const key = resolve(path);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(path);
    }
  }
  return files;
}

/** Same file: the same device and inode. */
async function identity(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info ? `${info.dev}:${info.ino}` : undefined;
}

/**
 * A one-line progress bar on a terminal, drawn again at most ten times a
 * second, and cleared when the work is done.
 */
class Progress {
  private drawn = 0;
  private width = 0;

  constructor(
    private readonly total: number,
    private readonly io: Io,
  ) {}

  update(done: number): void {
    const terminal = this.io.terminal;
    if (!terminal) return;
    const now = Date.now();
    if (done !== 0 && done !== this.total && now - this.drawn < 100) return;
    this.drawn = now;
    const count = `${done.toLocaleString('en-GB')} of ${this.total.toLocaleString('en-GB')} files`;
    const room = Math.max(10, Math.min(40, terminal.columns() - count.length - 12));
    const filled = Math.round((room * done) / Math.max(1, this.total));
    const line = `Checking [${'#'.repeat(filled)}${'-'.repeat(room - filled)}] ${count}`;
    this.width = Math.max(this.width, line.length);
    this.io.stderr(`\r${line.padEnd(this.width)}`);
  }

  clear(): void {
    if (!this.io.terminal || this.width === 0) return;
    this.io.stderr(`\r${' '.repeat(this.width)}\r`);
  }
}

export interface FolderOptions {
  inputs: readonly string[];
  format: 'md' | 'html' | 'json';
  output: string | undefined;
  force: boolean;
  profile: ProfileName;
  limitMs: number;
  jobs: number | undefined;
  glossaryPaths: readonly string[];
}

/**
 * Runs a folder report; returns the exit status: 0 when every file was
 * checked, 2 when some could not be (the report names them).
 *
 * @throws {UsageError | FileProblem} for a wrong option, input or output.
 */
export async function runFolderReport(
  options: FolderOptions,
  io: Io,
  loadGlossary: (paths: readonly string[]) => Promise<GlossaryEntry[] | undefined>,
): Promise<number> {
  const { output } = options;
  let files = await findFiles(options.inputs);
  if (output !== undefined) {
    // Say so now, not after checking every file.
    const existing = await stat(output).catch(() => undefined);
    if (existing?.isDirectory()) {
      throw new FileProblem(`${output} is a folder. Give a file name with --output.`);
    }
    if (existing && !options.force) {
      throw new FileProblem(
        `${output} already exists, so Plainly did not write over it. To replace it, add --force; or choose another name with --output.`,
      );
    }
    // An earlier report saved among the papers is not one of them.
    const outputId = await identity(output);
    if (outputId !== undefined) {
      const kept: string[] = [];
      for (const file of files) if ((await identity(file)) !== outputId) kept.push(file);
      files = kept;
    }
    if (files.length === 0) throw new UsageError('there are no files to check but the report.');
  }
  const glossary = await loadGlossary(options.glossaryPaths);
  const context = glossary ? { glossary } : {};
  const count = Math.min(options.jobs ?? defaultJobs(), files.length);
  const runners: JobRunner[] = [];
  const progress = new Progress(files.length, io);
  let outcomes: FileOutcome[];
  try {
    for (let i = 0; i < count; i++) {
      runners.push(await startRunner(io, context, options.limitMs));
    }
    outcomes = await checkAll(runners, files, options.profile, progress);
  } finally {
    await Promise.all(runners.map((runner) => runner.close()));
    progress.clear();
  }
  const report = buildFolderReport(outcomes, options.profile);
  const text =
    options.format === 'json'
      ? folderReportJson(report)
      : options.format === 'html'
        ? folderReportHtml(report)
        : folderReportMarkdown(report);
  if (output === undefined) {
    io.stdout(text);
  } else {
    await writeOutputFile(output, text, {
      inputs: [...files, ...options.glossaryPaths],
      force: options.force,
    });
    io.stderr(`plainly: wrote ${output}\n`);
  }
  const failed = report.totals.couldNotCheck;
  if (failed > 0) {
    io.stderr(
      `plainly: ${failed === 1 ? '1 file' : `${failed.toLocaleString('en-GB')} files`} could not be checked. The report says why.\n`,
    );
  }
  return failed > 0 ? 2 : 0;
}

/** Without the "<path>: " that job messages start with. */
function withoutPath(path: string, message: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}

/**
 * Checks every file, one lane for each runner, and gives each file's outcome
 * in the order the files were listed. Each lane reads its next file while
 * its worker checks the one before, so the worker does not wait for the
 * disk between files.
 */
async function checkAll(
  runners: readonly JobRunner[],
  files: readonly string[],
  profile: ProfileName,
  progress: Progress,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  let next = 0;
  let done = 0;
  const take = () => {
    const index = next++;
    return index < files.length ? { index, read: readOne(files[index] as string) } : null;
  };
  progress.update(0);
  await Promise.all(
    runners.map(async (runner) => {
      for (let current = take(); current !== null;) {
        const read = await current.read;
        const { index } = current;
        current = take();
        outcomes[index] = await checkOne(runner, read, profile);
        progress.update(++done);
      }
    }),
  );
  return outcomes;
}

/** A file's bytes, or why it could not be read. */
type ReadOutcome = { path: string; bytes: Uint8Array } | { path: string; problem: string };

async function readOne(path: string): Promise<ReadOutcome> {
  try {
    return { path, bytes: await readInputFile(path) };
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    return { path, problem: withoutPath(path, error.message) };
  }
}

async function checkOne(runner: JobRunner, read: ReadOutcome, profile: ProfileName) {
  if ('problem' in read) return read;
  const { path, bytes } = read;
  const answer = await runner.run({
    kind: 'summary',
    path,
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    profile,
  });
  if (!answer.ok) return { path, problem: withoutPath(path, answer.message) };
  const json =
    typeof answer.output === 'string' ? answer.output : new TextDecoder().decode(answer.output);
  return { path, summary: JSON.parse(json) as FileSummary };
}
