/**
 * Reads a glossary file the user chose (CSV or JSON) from its bytes: checks
 * its size and encoding, then parses it. Pure, so the editor page, the CLI
 * and tests share it.
 */
import { csvImportFile, parseGlossaryCsv, type FileProblem } from './csv';
import { parseGlossaryJson, parseJsonText } from './feed';
import { jsonImportFile, type ImportFile } from './import';
import { fileSizeProblem } from './limits';
import type { GlossaryEntry } from './schema';

export type GlossaryFileKind = 'csv' | 'json';

export interface ReadResult {
  kind: GlossaryFileKind;
  entries?: GlossaryEntry[];
  name?: string;
  problems: FileProblem[];
  /** 1 when the file is written in the older format (Plainly upgrades it). */
  upgradedFrom?: number;
}

const whole = (problem: string): FileProblem[] => [
  { entry: '(file)', field: '(whole file)', problem },
];

/**
 * Decodes UTF-8 (with or without a byte order mark).
 *
 * @returns the text, or a plain problem when it is not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): { text?: string; problem?: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'is saved as UTF-16. Save it as "CSV UTF-8" or UTF-8 JSON and try again.' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { problem: 'is not UTF-8 text. Save it as "CSV UTF-8" or UTF-8 JSON and try again.' };
  }
}

/** CSV or JSON: by the file name's ending, otherwise by whether it starts with `{`. */
export function kindOf(fileName: string, text: string): GlossaryFileKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return text.trimStart().startsWith('{') ? 'json' : 'csv';
}

/** Reads a whole glossary file. Entries are only given when there is no problem. */
export function readGlossaryFile(fileName: string, bytes: Uint8Array): ReadResult {
  const guess: GlossaryFileKind = fileName.toLowerCase().endsWith('.json') ? 'json' : 'csv';
  const tooBig = fileSizeProblem(bytes.byteLength);
  if (tooBig !== undefined) return { kind: guess, problems: whole(tooBig) };
  const { text, problem } = decodeUtf8(bytes);
  if (text === undefined) return { kind: guess, problems: whole(problem ?? 'cannot be read') };
  return readGlossaryText(fileName, text);
}

/** Like `readGlossaryFile`, for text already decoded. */
export function readGlossaryText(fileName: string, text: string): ReadResult {
  const kind = kindOf(fileName, text);
  if (kind === 'json') {
    const { file, problems, upgradedFrom } = parseGlossaryJson(text);
    if (!file) return { kind, problems };
    return {
      kind,
      entries: file.entries,
      problems,
      ...(file.name !== undefined ? { name: file.name } : {}),
      ...(upgradedFrom !== undefined ? { upgradedFrom } : {}),
    };
  }
  const { entries, problems } = parseGlossaryCsv(text);
  return entries ? { kind, entries, problems } : { kind, problems };
}

/**
 * Reads a file to import into the glossary in use (import.ts): CSV or JSON,
 * by its name or its first character. `file` is given when the file can be
 * merged, with the problems found so far (the merge finds the rest).
 */
export function readImport(
  fileName: string,
  text: string,
): { file?: ImportFile; problems: FileProblem[] } {
  const tooBig = fileSizeProblem(new TextEncoder().encode(text).byteLength);
  if (tooBig !== undefined) return { problems: whole(tooBig) };
  if (kindOf(fileName, text) === 'csv') return csvImportFile(text);
  const parsed = parseJsonText(text);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  return jsonImportFile(parsed.raw);
}

/** "Row 5, column definition: is empty." One plain sentence per problem. */
export function describeProblem(p: FileProblem): string {
  const where: string[] = [];
  if (p.row !== undefined) where.push(`Row ${p.row}`);
  if (!p.entry.startsWith('row ') && !p.entry.startsWith('(')) where.push(`entry "${p.entry}"`);
  if (!p.field.startsWith('(')) where.push(p.row !== undefined ? `column ${p.field}` : p.field);
  const problem = p.problem.replace(/\.$/, '');
  if (where.length === 0) return `This file ${problem}.`;
  return `${where.join(', ')}: ${problem}.`;
}
