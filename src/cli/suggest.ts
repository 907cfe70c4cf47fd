/**
 * `plainly suggest <file.docx> --output <file.docx>`: a copy of the Word file
 * marked up for its author, with plainer words as tracked changes and other
 * advice as comments (src/markup). Never writes over the file it reads, and
 * never replaces an existing file unless asked to with --force.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Checker } from '../checker/index';
import { PROFILE_NAMES, type ProfileName } from '../checker/types';
import { DocumentError, readDocument } from '../documents/index';
import type { GlossaryEntry } from '../glossary/schema';
import {
  SUGGESTION_KINDS,
  suggestDocx,
  type SuggestionKind,
  type SuggestResult,
} from '../markup/index';
import { reviewDocument } from '../report/review';
import { contents, HOW_TO_REVIEW, notes } from '../markup/summary';
import type { Io } from './main';

/** Thrown for problems the user can fix: printed plainly, exit 2. */
class SuggestUsageError extends Error {}

export async function runSuggestCommand(
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
        output: { type: 'string' },
        include: { type: 'string' },
        force: { type: 'boolean' },
        profile: { type: 'string' },
        glossary: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    io.stderr(
      `plainly suggest: ${(error as Error).message}\nRun "plainly --help" to see the options.\n`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  try {
    if (positionals.length !== 1) throw new SuggestUsageError('name one Word file to mark up.');
    const input = positionals[0] as string;
    if (extname(input).toLowerCase() !== '.docx') {
      throw new SuggestUsageError(
        `${input}: Plainly can only mark up Word files (.docx). Use "plainly report" for other files.`,
      );
    }
    const output = values.output;
    if (output === undefined) {
      throw new SuggestUsageError(
        'say where to save the marked-up copy, with --output <file.docx>.',
      );
    }
    if (extname(output).toLowerCase() !== '.docx') {
      throw new SuggestUsageError(`${output}: the marked-up copy must be a .docx file.`);
    }
    const include = parseInclude(values.include);
    const profile = parseProfile(values.profile);
    const force = values.force === true;
    const bytes = await readInput(input);
    await checkOutput(input, output, force);
    const glossary = await loadGlossary(values.glossary ?? []);
    let result: SuggestResult;
    try {
      const model = await readDocument(bytes, input);
      const review = reviewDocument(model, new Checker(glossary ? { glossary } : {}), { profile });
      result = suggestDocx(bytes, review, { include });
    } catch (error) {
      if (error instanceof DocumentError) throw new SuggestUsageError(`${input}: ${error.message}`);
      throw error;
    }
    await save(output, result.bytes, force);
    io.stderr(summary(output, result));
    return 0;
  } catch (error) {
    if (error instanceof SuggestUsageError) {
      io.stderr(`plainly suggest: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function parseInclude(value: string | undefined): SuggestionKind[] {
  if (value === undefined) return [...SUGGESTION_KINDS];
  const kinds = value
    .split(',')
    .map((kind) => kind.trim().toLowerCase())
    .filter((kind) => kind !== '');
  for (const kind of kinds) {
    if (!(SUGGESTION_KINDS as readonly string[]).includes(kind)) {
      throw new SuggestUsageError(
        `there is no kind of suggestion called "${kind}". Use ${SUGGESTION_KINDS.join(', ')}.`,
      );
    }
  }
  if (kinds.length === 0) {
    throw new SuggestUsageError(`say which kinds to include: ${SUGGESTION_KINDS.join(', ')}.`);
  }
  return kinds as SuggestionKind[];
}

function parseProfile(value: string | undefined): ProfileName {
  if (value === undefined) return 'plain';
  if ((PROFILE_NAMES as readonly string[]).includes(value)) return value as ProfileName;
  throw new SuggestUsageError(`there is no profile "${value}". Use plain, public or easy-read.`);
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SuggestUsageError(`${path}: there is no such file.`);
    if (code === 'EISDIR') throw new SuggestUsageError(`${path}: this is a folder, not a file.`);
    if (code === 'EACCES') {
      throw new SuggestUsageError(`${path}: you do not have permission to read it.`);
    }
    throw new SuggestUsageError(`${path}: it cannot be read (${code ?? 'unknown error'}).`);
  }
}

/** Refuses to write over the input (by any name or link) or over an existing file without --force. */
async function checkOutput(input: string, output: string, force: boolean): Promise<void> {
  const existing = await stat(output).catch(() => undefined);
  if (!existing) return;
  const source = await stat(input);
  if (existing.dev === source.dev && existing.ino === source.ino) {
    throw new SuggestUsageError(
      `${output} is the file you are marking up. Plainly never writes over it: choose another name for the copy.`,
    );
  }
  if (existing.isDirectory()) throw new SuggestUsageError(`${output}: this is a folder.`);
  if (!force) {
    throw new SuggestUsageError(
      `${output} already exists. Choose another name, or add --force to replace it.`,
    );
  }
}

/** Writes the copy: a new file is created only if nothing is there; a replaced one is swapped in whole. */
async function save(output: string, bytes: Uint8Array, force: boolean): Promise<void> {
  try {
    if (!force) {
      await writeFile(output, bytes, { flag: 'wx' });
      return;
    }
    const temporary = join(
      dirname(output),
      `.${basename(output)}.${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, output);
    } finally {
      await rm(temporary, { force: true });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new SuggestUsageError(
        `${output} already exists. Choose another name, or add --force to replace it.`,
      );
    }
    if (code === 'ENOENT') throw new SuggestUsageError(`${output}: there is no such folder.`);
    if (code === 'EACCES') {
      throw new SuggestUsageError(`${output}: you do not have permission to write there.`);
    }
    throw new SuggestUsageError(`${output}: it cannot be written (${code ?? 'unknown error'}).`);
  }
}

function summary(output: string, result: SuggestResult): string {
  const lines = [
    `plainly suggest: wrote ${output} with ${contents(result)}.`,
    HOW_TO_REVIEW,
    ...notes(result, 'See them with "plainly report".'),
  ];
  return `${lines.join('\n')}\n`;
}
