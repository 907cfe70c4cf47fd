/**
 * `plainly glossary validate <file>` and `plainly glossary export --format csv|json`,
 * so maintainers can check a glossary in their own pipelines.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { BUILTIN_ENTRIES } from '../glossary/builtin';
import { glossaryToCsv } from '../glossary/csv';
import { glossaryToFeed } from '../glossary/feed';
import { describeProblem, readGlossaryFile, type ReadResult } from '../glossary/read-file';
import { GLOSSARY_HELP } from './help';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Reads a glossary file (CSV or JSON) from disk, as the CLI and `--glossary` do. */
export async function readGlossaryPath(path: string): Promise<ReadResult | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: `${path}: there is no such file.` };
    if (code === 'EISDIR') return { error: `${path}: this is a folder, not a file.` };
    return { error: `${path}: it cannot be read (${code ?? 'unknown error'}).` };
  }
  return readGlossaryFile(path, new Uint8Array(bytes));
}

/** Runs a `plainly glossary …` command and returns the exit status. */
export async function runGlossaryCommand(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'validate') {
    const [path, ...extra] = rest;
    if (path === undefined || extra.length > 0) {
      io.stderr('plainly: name one glossary file to check: plainly glossary validate <file>\n');
      return 2;
    }
    const result = await readGlossaryPath(path);
    if ('error' in result) {
      io.stderr(`plainly: ${result.error}\n`);
      return 2;
    }
    if (!result.entries) {
      const n = result.problems.length;
      io.stdout(
        `${path}: ${n} ${n === 1 ? 'problem' : 'problems'}\n${result.problems.map((p) => `${path}: ${describeProblem(p)}`).join('\n')}\n`,
      );
      return 2;
    }
    io.stdout(`${path}: ${result.entries.length} entries, no problems.\n`);
    return 0;
  }
  if (command === 'export') {
    let format: string | undefined;
    try {
      format = parseArgs({ args: [...rest], options: { format: { type: 'string' } } }).values
        .format;
    } catch {
      format = '?';
    }
    if (format === 'csv') io.stdout(glossaryToCsv(BUILTIN_ENTRIES));
    else if (format === 'json' || format === undefined) {
      io.stdout(glossaryToFeed(BUILTIN_ENTRIES, { name: 'Plainly built-in glossary' }));
    } else {
      io.stderr('plainly: choose --format csv or --format json.\n');
      return 2;
    }
    return 0;
  }
  io.stderr(`plainly: there is no glossary command "${command ?? ''}".\n${GLOSSARY_HELP}\n`);
  return 2;
}
