/**
 * The command line's file reading and writing, careful with the user's files:
 *
 * - a file is read only if it is an ordinary file of at most 50 MB (a pipe or
 *   a device, say /dev/zero behind a link, never ends);
 * - an output is never written over a file Plainly read for this command,
 *   however it is named (another path, a symbolic link, a hard link);
 * - an existing output is replaced only with --force;
 * - an output is written to a temporary file in the same folder and then
 *   renamed into place, so a failed or stopped write never leaves half a file
 *   and never harms the old one.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_FILE_BYTES, MESSAGES } from '../documents/errors';

/** A problem with a file the user can fix: printed as it is, after "plainly: ". */
export class FileProblem extends Error {}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file.';
  if (code === 'EISDIR') return 'this is a folder, not a file.';
  if (code === 'EACCES' || code === 'EPERM') return 'you do not have permission to read it.';
  return `it cannot be read (${code ?? 'unknown error'}).`;
}

/**
 * Reads a whole file of at most `MAX_FILE_BYTES`.
 *
 * @throws {FileProblem} `<path>: <what is wrong>` for a missing, unreadable,
 *   special or too big file.
 */
export async function readInputFile(path: string): Promise<Uint8Array> {
  let handle;
  try {
    // Non-blocking, so opening a named pipe cannot wait for ever for a writer.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new FileProblem(`${path}: ${reason(error)}`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new FileProblem(`${path}: this is a folder, not a file.`);
    if (!info.isFile()) {
      throw new FileProblem(`${path}: this is not an ordinary file, so Plainly did not read it.`);
    }
    if (info.size > MAX_FILE_BYTES) throw new FileProblem(`${path}: ${MESSAGES.tooBig(info.size)}`);
    // Read what the file holds, and stop past the limit should it grow meanwhile.
    const bytes = new Uint8Array(Math.min(info.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === bytes.length) {
        if (length > MAX_FILE_BYTES) {
          throw new FileProblem(`${path}: ${MESSAGES.tooBig(length)}`);
        }
        break;
      }
    }
    return bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`${path}: ${reason(error)}`);
  } finally {
    await handle.close();
  }
}

/** Same file: the same device and inode, whatever the paths and links say. */
async function identity(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

export interface WriteOptions {
  /** The files this command read; the output may be none of them. */
  inputs: readonly string[];
  /** Replace an existing output file. */
  force: boolean;
}

/**
 * Writes `content` to `output` safely (see the top of this file).
 *
 * @throws {FileProblem} when the output is a file being read, exists without
 *   --force, is a folder, or cannot be written; the old file is then as it was.
 */
export async function writeOutputFile(
  output: string,
  content: string | Uint8Array,
  { inputs, force }: WriteOptions,
): Promise<void> {
  const existing = await lstat(output).catch(() => undefined);
  // Through symbolic links to the real file, which is what gets replaced.
  const target = existing ? await realpath(output).catch(() => output) : output;
  const outputId = await identity(target);
  if (outputId !== undefined) {
    for (const input of inputs) {
      if ((await identity(input)) === outputId) {
        throw new FileProblem(
          `${output} is the file you are reading (${input}), so Plainly will not write over it. Choose another name with --output.`,
        );
      }
    }
  }
  if (existing) {
    const info = await stat(target).catch(() => existing);
    if (info.isDirectory()) {
      throw new FileProblem(`${output} is a folder. Give a file name with --output.`);
    }
    if (!force) {
      throw new FileProblem(
        `${output} already exists, so Plainly did not write over it. To replace it, add --force; or choose another name with --output.`,
      );
    }
  }
  // The new file keeps the old one's permissions.
  const mode = existing ? (await stat(target).catch(() => existing)).mode & 0o777 : 0o666;
  const temporary = join(
    dirname(target),
    `.${basename(target)}.plainly-${randomBytes(6).toString('hex')}`,
  );
  let written = false;
  try {
    // "wx": a new file only, never one that is already there.
    const handle = await open(temporary, 'wx', mode);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    written = true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'you do not have permission to write there'
          : code === 'ENOSPC' || code === 'EDQUOT'
            ? 'the disk is full'
            : code === 'EFBIG'
              ? 'the file would be too big for this disk or account'
              : `of an error (${code ?? 'unknown'})`;
    throw new FileProblem(
      `could not save ${output}, because ${why}.${existing ? ' The file that was there is unchanged.' : ''}`,
    );
  } finally {
    if (!written) await unlink(temporary).catch(() => undefined);
  }
}
