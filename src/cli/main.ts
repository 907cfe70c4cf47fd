/**
 * The command line: `plainly [options] <files...>`. Reads files itself and
 * hands each one's work to a job runner (src/cli/jobs.ts; the built command
 * runs each in a worker thread with a time limit, src/cli/worker.ts);
 * everything it prints goes through `io`.
 *
 * This module loads little: the other commands, the glossary code and the
 * engine are imported only when a command needs them, so `plainly
 * --version` or a check of one text file does not pay for loading the Word
 * and PDF readers or the Word writer (docs/decisions.md, "The command line
 * starts quickly").
 */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_FILE_BYTES, MESSAGES } from '../documents/errors';
import type { GlossaryEntry } from '../glossary/schema';
import { FileProblem, readInputFile } from './files';
import { GLOSSARY_HELP, REVIEW_HELP, SUGGEST_HELP } from './help';
import type { CheckJob, Job, JobContext, JobRunner } from './jobs';
import { JSON_EMPTY, JSON_END, JSON_START, unsupported } from './output';
import { parseOutput, parseProfile, parseTimeLimit, UsageError } from './options';
import { CHECK_TIME_LIMIT_MS, startRunner } from './worker';
import type { Io } from './io';
import packageJson from '../../package.json';

export type { Io } from './io';

export { UsageError };

export const VERSION: string = packageJson.version;

export const HELP = `Usage: plainly [options] <files...>

Checks writing about care for jargon, hard sentences and other plain English
problems. Reads .txt, .md, .html, .docx and .pdf files; use - to read from
standard input. Each finding gives the file's line and column (for a .docx
or .pdf, the paragraph's number); findings in a PDF also give their page.

Options:
  --profile <name>       plain (default: staff papers), public (letters and web
                         pages for the public) or easy-read (the strictest)
  --format <name>        text (default: one line per finding) or json
  --glossary <file>      more glossary entries, in Plainly's glossary JSON or
                         CSV format, used over the built-in ones (you can give
                         this more than once)
  --time-limit <seconds> how long reading and checking one file may take before
                         Plainly stops it and goes on to the next (default ${CHECK_TIME_LIMIT_MS / 1000})
  --stdin-format <name>  how standard input is written: text (default), md or
                         html
  --help                 show this help
  --version              show the version

Exit status: 0 when nothing is an error, 1 when something is, 2 when a file
or an option is wrong.

Example:
  plainly --profile public letter.md

${REVIEW_HELP}

${SUGGEST_HELP}

${GLOSSARY_HELP}`;

/** The other commands, by name, each loaded only when it is run. */
const SUBCOMMANDS: ReadonlyMap<string, (args: string[], io: Io) => Promise<number>> = new Map([
  ['glossary', runGlossary],
  ['suggest', runSuggest],
  ['report', (args: string[], io: Io) => runReview('report', args, io)],
  ['appendix', (args: string[], io: Io) => runReview('appendix', args, io)],
]);

/** Runs the command line: another command if the first word names one, or a check of the files named. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const subcommand = SUBCOMMANDS.get(argv[0] ?? '');
  if (subcommand) return subcommand(argv.slice(1), io);
  const parsed = parseCheckArgs(argv, io);
  if (parsed === undefined) return 2;
  if (parsed.values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (parsed.values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  return checkFiles(parsed, io);
}

/** `plainly glossary …`. */
async function runGlossary(args: string[], io: Io): Promise<number> {
  const { runGlossaryCommand } = await import('./glossary');
  return runGlossaryCommand(args, io);
}

/** `plainly suggest …`, its usage problems said as its own. */
async function runSuggest(args: string[], io: Io): Promise<number> {
  try {
    const { runSuggestCommand } = await import('./suggest');
    return await runSuggestCommand(args, io, loadGlossaries);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`plainly suggest: ${error.message}\n`);
    return 2;
  }
}

/** `plainly report …` and `plainly appendix …`. */
async function runReview(command: 'report' | 'appendix', args: string[], io: Io): Promise<number> {
  try {
    const { runReviewCommand } = await import('./review');
    return await runReviewCommand(command, args, io, loadGlossaries);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof FileProblem)) throw error;
    io.stderr(`plainly: ${error.message}\n`);
    return 2;
  }
}

/** The check's options and files, or undefined (said on standard error) when they cannot be read. */
function parseCheckArgs(argv: readonly string[], io: Io) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        format: { type: 'string' },
        glossary: { type: 'string', multiple: true },
        'time-limit': { type: 'string' },
        'stdin-format': { type: 'string' },
        help: { type: 'boolean' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`plainly: ${plainArgError(error)}\nRun "plainly --help" to see the options.\n`);
    return undefined;
  }
}

type CheckArgs = NonNullable<ReturnType<typeof parseCheckArgs>>;

/**
 * Checks the files with the options given, on a job runner closed at the
 * end. The exit status: 2 when an option or a file is wrong, 1 when a
 * finding is an error, else 0.
 */
async function checkFiles({ values, positionals }: CheckArgs, io: Io): Promise<number> {
  let runner: JobRunner | undefined;
  try {
    const profile = parseProfile(values.profile);
    const output = parseOutput(values.format);
    const limitMs = parseTimeLimit(values['time-limit']);
    const stdinFormat = parseStdinFormat(values['stdin-format']);
    if (positionals.length === 0)
      throw new UsageError('name at least one file to check, or - to read from standard input.');
    const glossary = await loadGlossaries(values.glossary ?? []);
    const context: JobContext = glossary ? { glossary } : {};
    runner = await startRunner(io, context, limitMs, {
      oneTextFile:
        positionals.length === 1 &&
        values['time-limit'] === undefined &&
        isPlainText(positionals[0] as string, stdinFormat),
    });
    const { errors, inputProblem } = await checkEach(
      runner,
      positionals,
      { profile, output, stdinFormat },
      io,
    );
    if (inputProblem) return 2;
    return errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof FileProblem) {
      io.stderr(`plainly: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await runner?.close();
  }
}

/**
 * Reads and checks each file in turn. Each file's findings are printed as
 * soon as it is checked, so a long list of files never has to be held in
 * memory at once; a file that cannot be read or checked is said on standard
 * error, and the next one is checked.
 *
 * @returns how many findings are errors, and whether any file could not be checked.
 */
async function checkEach(
  runner: JobRunner,
  paths: readonly string[],
  settings: Pick<CheckJob, 'profile' | 'output' | 'stdinFormat'>,
  io: Io,
): Promise<{ errors: number; inputProblem: boolean }> {
  let jsonFiles = 0;
  let inputProblem = false;
  let errors = 0;
  for (const path of paths) {
    let job: Job;
    try {
      job = { kind: 'check', path, bytes: await readInput(path, io), ...settings };
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      io.stderr(`plainly: ${error.message}\n`);
      inputProblem = true;
      continue;
    }
    const answer = await runner.run(job);
    if (!answer.ok) {
      io.stderr(`plainly: ${answer.message}\n`);
      inputProblem = true;
      continue;
    }
    errors += answer.errors;
    if (settings.output === 'json') io.stdout(jsonFiles++ === 0 ? JSON_START : ',\n');
    io.stdout(answer.output);
  }
  if (settings.output === 'json') io.stdout(jsonFiles === 0 ? JSON_EMPTY : JSON_END);
  return { errors, inputProblem };
}

/** Whether `path` is plain text: a .txt file, or standard input read as text. */
function isPlainText(path: string, stdinFormat: 'text' | 'md' | 'html'): boolean {
  if (path === '-') return stdinFormat === 'text';
  return ['.txt', '.text'].includes(extname(path).toLowerCase());
}

/** `--stdin-format`: how standard input is written (plain text unless it says). */
function parseStdinFormat(value: string | undefined): 'text' | 'md' | 'html' {
  if (value === undefined || value === 'text' || value === 'txt') return 'text';
  if (value === 'md' || value === 'markdown') return 'md';
  if (value === 'html') return 'html';
  throw new UsageError(`"${value}" is not a format for standard input. Use text, md or html.`);
}

function plainArgError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(--?[^']+)'/.exec(message)?.[1];
  if (/Unknown option/.test(message) && option) return `there is no option "${option}".`;
  if (/argument missing/.test(message) && option) return `the option "${option}" needs a value.`;
  return message;
}

async function readInput(path: string, io: Io): Promise<ArrayBuffer> {
  if (path === '-') return new TextEncoder().encode(await io.readStdin()).buffer as ArrayBuffer;
  // A type Plainly cannot check is named before the file is even opened.
  if (
    !['.docx', '.pdf', '.txt', '.text', '.md', '.markdown', '.html', '.htm'].includes(
      extname(path).toLowerCase(),
    )
  ) {
    throw new FileProblem(unsupported(path));
  }
  const bytes = await readInputFile(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Reads a text file (a glossary): ordinary, at most 50 MB, UTF-8. */
async function readText(path: string): Promise<string> {
  const bytes = await readInputFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${path}: it is not UTF-8 text. Save it as UTF-8 and try again.`);
  }
}

/** Reads standard input, refusing more than 50 MB without holding more than that. */
export async function readStdinWithLimit(stream: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += (chunk as Buffer).length;
    if (length > MAX_FILE_BYTES) {
      throw new FileProblem(`standard input: ${MESSAGES.tooBig(length)}`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function loadGlossaries(paths: readonly string[]): Promise<GlossaryEntry[] | undefined> {
  if (paths.length === 0) return undefined;
  const [
    { BUILTIN_ENTRIES },
    { mergeLayers },
    { formatProblems, validateGlossaryFile },
    { readGlossaryText },
  ] = await Promise.all([
    import('../glossary/builtin'),
    import('../glossary/layers'),
    import('../glossary/validate'),
    import('../glossary/read-file'),
  ]);
  const layers: { name: string; entries: GlossaryEntry[] }[] = [];
  for (const path of paths) {
    const text = await readText(path);
    if (extname(path).toLowerCase() === '.csv') {
      const result = readGlossaryText(path, text);
      if (!result.entries) {
        const n = result.problems.length;
        throw new UsageError(
          `${path}: this glossary has ${n} ${n === 1 ? 'problem' : 'problems'}:\n${formatProblems(result.problems)}`,
        );
      }
      layers.push({ name: path, entries: result.entries });
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${path}: this is not valid JSON (${(error as Error).message}).`);
    }
    const { file, problems } = validateGlossaryFile(raw);
    if (!file) {
      throw new UsageError(
        `${path}: this glossary has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n${formatProblems(problems)}`,
      );
    }
    layers.push({ name: path, entries: file.entries });
  }
  // The last --glossary given is the top layer.
  return mergeLayers([...layers.reverse(), { name: 'built-in', entries: BUILTIN_ENTRIES }]);
}
