/**
 * The command line: `plainly [options] <files...>`. Reads files itself and
 * hands their text to the engine; everything it prints goes through `io`.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { check } from '../checker/index';
import { PROFILE_NAMES, type InputFormat, type ProfileName, type Report } from '../checker/types';
import { pageAt } from '../documents/model';
import { BUILTIN_ENTRIES } from '../glossary/builtin';
import { mergeLayers, type GlossaryLayer } from '../glossary/layers';
import type { GlossaryEntry } from '../glossary/schema';
import { formatProblems, validateGlossaryFile } from '../glossary/validate';
import { formatText } from './format';
import { GLOSSARY_HELP, runGlossaryCommand } from './glossary';
import { readGlossaryText } from '../glossary/read-file';
import { readDocumentFile, REVIEW_HELP, ReviewUsageError, runReviewCommand } from './review';
import { runSuggestCommand, SUGGEST_HELP } from './suggest';
import packageJson from '../../package.json';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
}

export const VERSION: string = packageJson.version;

export const HELP = `Usage: plainly [options] <files...>

Checks writing about care for jargon, hard sentences and other plain English
problems. Reads .txt, .md, .html, .docx and .pdf files; use - to read from
standard input. Findings in a PDF also give their page.

Options:
  --profile <name>   plain (default: staff papers), public (letters and web
                     pages for the public) or easy-read (the strictest)
  --format <name>    text (default: one line per finding) or json
  --glossary <file>  more glossary entries, in Plainly's glossary JSON or CSV format,
                     used over the built-in ones (you can give this more than once)
  --help             show this help
  --version          show the version

Exit status: 0 when nothing is an error, 1 when something is, 2 when a file
or an option is wrong.

Example:
  plainly --profile public letter.md

${REVIEW_HELP}

${SUGGEST_HELP}

${GLOSSARY_HELP}`;

const FORMATS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** Thrown for problems with options or files: printed plainly, exit 2. */
export class UsageError extends Error {}

interface FileReport {
  path: string;
  report: Report;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === 'glossary') return runGlossaryCommand(argv.slice(1), io);
  if (argv[0] === 'suggest') {
    try {
      return await runSuggestCommand(argv.slice(1), io, loadGlossaries);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`plainly suggest: ${error.message}\n`);
      return 2;
    }
  }
  if (argv[0] === 'report' || argv[0] === 'appendix') {
    try {
      return await runReviewCommand(argv[0], argv.slice(1), io, loadGlossaries);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`plainly: ${error.message}\n`);
      return 2;
    }
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        format: { type: 'string' },
        glossary: { type: 'string', multiple: true },
        help: { type: 'boolean' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`plainly: ${plainArgError(error)}\nRun "plainly --help" to see the options.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  try {
    const profile = parseProfile(values.profile);
    const output = parseOutput(values.format);
    if (positionals.length === 0)
      throw new UsageError('name at least one file to check, or - to read from standard input.');
    const glossary = await loadGlossaries(values.glossary ?? []);
    const reports: FileReport[] = [];
    let inputProblem = false;
    for (const path of positionals) {
      try {
        const { text, format, pageAt } = await readInput(path, io);
        const report = check(text, { profile, format, ...(glossary ? { glossary } : {}) });
        if (pageAt) {
          report.findings = report.findings.map((f) => ({ ...f, page: pageAt(f.start) }));
        }
        reports.push({ path, report });
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        io.stderr(`plainly: ${error.message}\n`);
        inputProblem = true;
      }
    }
    io.stdout(output === 'json' ? formatJson(reports) : formatText(reports));
    if (inputProblem) return 2;
    return reports.some(({ report }) => report.stats.bySeverity.error > 0) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`plainly: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function plainArgError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(--?[^']+)'/.exec(message)?.[1];
  if (/Unknown option/.test(message) && option) return `there is no option "${option}".`;
  if (/argument missing/.test(message) && option) return `the option "${option}" needs a value.`;
  return message;
}

function parseProfile(value: string | undefined): ProfileName {
  if (value === undefined) return 'plain';
  if ((PROFILE_NAMES as readonly string[]).includes(value)) return value as ProfileName;
  throw new UsageError(`there is no profile "${value}". Use plain, public or easy-read.`);
}

function parseOutput(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`there is no output format "${value}". Use text or json.`);
}

async function readInput(
  path: string,
  io: Io,
): Promise<{ text: string; format: InputFormat; pageAt?: (offset: number) => number | undefined }> {
  if (path === '-') return { text: await io.readStdin(), format: 'auto' };
  const extension = extname(path).toLowerCase();
  if (extension === '.docx' || extension === '.pdf') {
    try {
      const model = await readDocumentFile(path);
      const result = { text: model.text, format: 'text' as const };
      return model.kind === 'pdf' ? { ...result, pageAt: (at) => pageAt(model, at) } : result;
    } catch (error) {
      if (error instanceof ReviewUsageError) throw new UsageError(error.message);
      throw error;
    }
  }
  const format = FORMATS[extension];
  if (!format) {
    const kind = extension === '' ? 'files without an extension' : `${extension} files`;
    throw new UsageError(
      `${path}: Plainly cannot read ${kind}. It reads .txt, .md, .html, .docx and .pdf files.`,
    );
  }
  return { text: await readText(path), format };
}

async function readText(path: string): Promise<string> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${path}: there is no such file.`);
    if (code === 'EISDIR') throw new UsageError(`${path}: this is a folder, not a file.`);
    if (code === 'EACCES') throw new UsageError(`${path}: you do not have permission to read it.`);
    throw new UsageError(`${path}: it cannot be read (${code ?? 'unknown error'}).`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${path}: it is not UTF-8 text. Save it as UTF-8 and try again.`);
  }
}

async function loadGlossaries(paths: readonly string[]): Promise<GlossaryEntry[] | undefined> {
  if (paths.length === 0) return undefined;
  const layers: GlossaryLayer[] = [];
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

function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map(({ path, report }) => ({
    path,
    profile: report.profile,
    stats: report.stats,
    findings: report.findings,
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
