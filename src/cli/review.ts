/**
 * The command line's document commands:
 *   plainly report <file> [--format html|md|json] [--output <file>] [--force]
 *   plainly appendix <file> [--format md|html|docx] --output <file> [--force]
 * The document is read and reviewed as a job (src/cli/jobs.ts, in a worker
 * thread with a time limit in the built command); the result is written
 * safely (src/cli/files.ts): never over the document or a glossary being
 * read, never over an existing file without --force, and never half-written.
 */
import { parseArgs } from 'node:util';
import type { GlossaryEntry } from '../glossary/schema';
import { FileProblem, readInputFile, writeOutputFile } from './files';
import { runJobsHere, type JobRunner } from './jobs';
import type { Io } from './main';
import { parseProfile, parseTimeLimit, UsageError } from './options';

export const REVIEW_HELP = `Commands for a whole document (.docx, .pdf, .html, .md or .txt):

  plainly report <file> [--format html|md|json] [--output <file>]
      Writes the "Ready to circulate?" report: reading age, findings by
      category, most used jargon, short forms not explained, accessibility
      problems and a checklist. Default format md, to standard output.

  plainly appendix <file> --output <file> [--format md|html|docx]
      Writes the "words we used" list: each glossary term in the document with
      its plain definition (and easy read sentences with --profile easy-read).
      The format comes from the output file's extension if you leave it out.

  Both take --profile, --glossary and --time-limit as above. They never
  write over the file they read, and replace an existing output file only
  with --force.`;

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
        'time-limit': { type: 'string' },
        force: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(
      `plainly ${command}: ${(error as Error).message}\nRun "plainly --help" to see the options.\n`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  let runner: JobRunner | undefined;
  try {
    if (positionals.length !== 1) throw new UsageError('name one file to review.');
    const path = positionals[0] as string;
    const output = values.output;
    const format = values.format ?? formatFromName(output, command);
    if (!FORMATS[command].includes(format)) {
      throw new UsageError(
        `there is no ${command} format "${format}". Use ${FORMATS[command].join(', ')}.`,
      );
    }
    if (command === 'appendix' && output === undefined) {
      throw new UsageError('say where to save the list, with --output <file>.');
    }
    const profile = parseProfile(values.profile);
    const limitMs = parseTimeLimit(values['time-limit']);
    const glossaryPaths = values.glossary ?? [];
    const glossary = await loadGlossary(glossaryPaths);
    const bytes = await readInputFile(path);
    runner = (io.startJobs ?? runJobsHere)(glossary ? { glossary } : {}, limitMs);
    const answer = await runner.run({
      kind: command,
      path,
      bytes: bytes.buffer.slice(
        bytes.byteOffset,
        bytes.byteOffset + bytes.byteLength,
      ) as ArrayBuffer,
      profile,
      format,
    });
    if (!answer.ok) throw new FileProblem(answer.message);
    if (output === undefined) {
      io.stdout(answer.output);
    } else {
      await writeOutputFile(output, answer.output, {
        inputs: [path, ...glossaryPaths],
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

function formatFromName(output: string | undefined, command: Command): string {
  const extension = output?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  if (extension === 'markdown') return 'md';
  if (extension === 'htm') return 'html';
  if (extension !== undefined && FORMATS[command].includes(extension)) return extension;
  return 'md';
}
