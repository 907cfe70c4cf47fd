/**
 * Pieces of the check command's output that the main thread needs without
 * loading the engine (src/cli/jobs.ts makes the rest in the worker).
 */
import { extname } from 'node:path';

/** The message for a file type the checker does not read. */
export function unsupported(path: string): string {
  const extension = extname(path).toLowerCase();
  const kind = extension === '' ? 'files without an extension' : `${extension} files`;
  return `${path}: Plainly cannot read ${kind}. It reads .txt, .md, .html, .docx and .pdf files.`;
}

/** What goes around the files' JSON entries, which are joined by ",\n". */
export const JSON_START = '{\n  "files": [\n';
export const JSON_END = '\n  ]\n}\n';
export const JSON_EMPTY = '{\n  "files": []\n}\n';
