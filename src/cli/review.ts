/**
 * The command line's document commands:
 *   plainly report <file> [--format html|md|json] [--output <file>] [--force]
 *   plainly report <folder or pattern...> [same options] [--jobs <n>] (src/cli/folder.ts)
 *   plainly appendix <file> [--format md|html|docx] --output <file> [--force]
 * The document is read and reviewed as a job (src/cli/jobs.ts, in a worker
 * thread with a time limit in the built command); the result is written
 * safely (src/cli/files.ts): never over the document or a glossary being
 * read, never over an existing file without --force, and never half-written.
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isDynamicPattern } from 'tinyglobby';
import type { GlossaryEntry } from '../glossary/schema';
import { FileProblem, readInputFile, writeOutputFile } from './files';
import type { JobContext, JobRunner, ReviewJob } from './jobs';
import type { Io } from './io';
import { parseProfile, parseTimeLimit, UsageError } from './options';
import { startRunner } from './worker';

type Command = 'report' | 'appendix';

const FORMATS: Readonly<Record<Command, readonly string[]>> = {
  report: ['html', 'md', 'json'],
  appendix: ['md', 'html', 'docx'],
};

type LoadGlossary = (paths: readonly string[]) => Promise<GlossaryEntry[] | undefined>;

/**
 * Runs `plainly report` or `plainly appendix`: a folder report, or one
 * file reviewed on a job runner (closed at the end) and its result printed
 * or saved. The exit status: 2 when an option or a file is wrong, else 0.
 */
export async function runReviewCommand(
  command: Command,
  argv: readonly string[],
  io: Io,
  loadGlossary: LoadGlossary,
): Promise<number> {
  const parsed = parseReviewArgs(command, argv, io);
  if (parsed === undefined) return 2;
  const { values, positionals } = parsed;
  let runner: JobRunner | undefined;
  try {
    const output = values.output;
    const format = values.format ?? formatFromName(output, command);
    if (!FORMATS[command].includes(format)) {
      throw new UsageError(
        `there is no ${command} format "${format}". Use ${FORMATS[command].join(', ')}.`,
      );
    }
    if (command === 'report' && (await isFolderReport(positionals))) {
      return await reportFolder(parsed, format as 'md' | 'html' | 'json', io, loadGlossary);
    }
    const file = await readFileJob(command, parsed, format, loadGlossary);
    runner = await startRunner(io, file.context, file.limitMs);
    const answer = await runner.run(file.job);
    if (!answer.ok) throw new FileProblem(answer.message);
    if (output === undefined) {
      io.stdout(answer.output);
    } else {
      await writeOutputFile(output, answer.output, {
        inputs: file.inputs,
        force: values.force === true,
      });
      io.stderr(`plainly: wrote ${output}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof FileProblem) {
      io.stderr(`plainly ${command}: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await runner?.close();
  }
}

/** The command's options and inputs, or undefined (said on standard error) when they cannot be read. */
function parseReviewArgs(command: Command, argv: readonly string[], io: Io) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        profile: { type: 'string' },
        glossary: { type: 'string', multiple: true },
        'time-limit': { type: 'string' },
        force: { type: 'boolean' },
        jobs: { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(
      `plainly ${command}: ${(error as Error).message}\nRun "plainly --help" to see the options.\n`,
    );
    return undefined;
  }
}

type ReviewArgs = NonNullable<ReturnType<typeof parseReviewArgs>>;

/** `plainly report` on several files, a folder or a pattern (src/cli/folder.ts). */
async function reportFolder(
  { values, positionals }: ReviewArgs,
  format: 'md' | 'html' | 'json',
  io: Io,
  loadGlossary: LoadGlossary,
): Promise<number> {
  const { parseJobs, runFolderReport } = await import('./folder');
  return await runFolderReport(
    {
      inputs: positionals,
      format,
      output: values.output,
      force: values.force === true,
      profile: parseProfile(values.profile),
      limitMs: parseTimeLimit(values['time-limit']),
      jobs: parseJobs(values.jobs),
      glossaryPaths: values.glossary ?? [],
    },
    io,
    loadGlossary,
  );
}

/**
 * The job that reviews the one file named, after checking the options:
 * with the glossary it is checked with, its time limit, and the files it
 * reads (which the result must never be written over).
 */
async function readFileJob(
  command: Command,
  { values, positionals }: ReviewArgs,
  format: string,
  loadGlossary: LoadGlossary,
): Promise<{ job: ReviewJob; context: JobContext; limitMs: number; inputs: string[] }> {
  if (positionals.length !== 1) {
    throw new UsageError(
      command === 'report'
        ? 'name one file, or folders or patterns, to review.'
        : 'name one file to review.',
    );
  }
  const path = positionals[0] as string;
  if (command === 'appendix' && values.output === undefined) {
    throw new UsageError('say where to save the list, with --output <file>.');
  }
  const profile = parseProfile(values.profile);
  const limitMs = parseTimeLimit(values['time-limit']);
  const glossaryPaths = values.glossary ?? [];
  const glossary = await loadGlossary(glossaryPaths);
  const bytes = await readInputFile(path);
  const job: ReviewJob = {
    kind: command,
    path,
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    profile,
    format,
  };
  return { job, context: glossary ? { glossary } : {}, limitMs, inputs: [path, ...glossaryPaths] };
}

/** Several inputs, a folder, or a pattern that is not the name of a file. */
async function isFolderReport(inputs: readonly string[]): Promise<boolean> {
  if (inputs.length > 1) return true;
  const input = inputs[0];
  if (input === undefined) return false;
  const info = await stat(input).catch(() => undefined);
  return info ? info.isDirectory() : isDynamicPattern(input);
}

function formatFromName(output: string | undefined, command: Command): string {
  const extension = output?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  if (extension === 'markdown') return 'md';
  if (extension === 'htm') return 'html';
  if (extension !== undefined && FORMATS[command].includes(extension)) return extension;
  return 'md';
}
