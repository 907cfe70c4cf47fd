/**
 * Which thread checks a file. One short plain-text file (or standard input
 * read as text) is checked in the command's own thread: no file reader runs
 * on it, so there is nothing a worker would need to stop, and starting one
 * costs more than the check. Everything else goes to a worker thread with a
 * time and memory limit. Node's CPU profiler writes one profile for each
 * thread that ran, which tells the two apart from outside the process.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IN_THREAD_MAX_BYTES } from '../../src/cli/worker';
import { buildCli, runCli } from './built-cli';

const PAPER = 'The commissioners met on Monday to agree the plan. We will utilise the room.\n';

let cli: string;
let dir: string;

beforeAll(async () => {
  cli = await buildCli();
  dir = await mkdtemp(join(tmpdir(), 'plainly-threads-'));
  await writeFile(join(dir, 'paper.txt'), PAPER);
  await writeFile(join(dir, 'paper.md'), PAPER);
  await writeFile(join(dir, 'other.txt'), PAPER);
  // Just over the limit: plain text, but too long to check without a limit.
  const big = PAPER.repeat(Math.ceil((IN_THREAD_MAX_BYTES + 1) / PAPER.length));
  await writeFile(join(dir, 'long.txt'), big);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the command with Node's CPU profiler on; returns its output and how many threads ran. */
async function threadsFor(args: string[], before?: string) {
  const profiles = await mkdtemp(join(dir, 'profiles-'));
  const result = await runCli(cli, args, {
    cwd: dir,
    nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profiles],
    ...(before === undefined ? {} : { before }),
  });
  const threads = (await readdir(profiles)).filter((f) => f.endsWith('.cpuprofile')).length;
  return { ...result, threads };
}

describe('the thread that checks a file', () => {
  it.each([
    ['one short .txt file', ['paper.txt'], undefined, 1],
    ['standard input, read as text', ['-'], 'exec < paper.txt', 1],
    ['standard input, read as Markdown', ['-', '--stdin-format', 'md'], 'exec < paper.txt', 2],
    ['a Markdown file', ['paper.md'], undefined, 2],
    ['two .txt files', ['paper.txt', 'other.txt'], undefined, 2],
    ['a .txt file with a time limit asked for', ['paper.txt', '--time-limit', '30'], undefined, 2],
    ['a .txt file over the size checked in the command’s thread', ['long.txt'], undefined, 2],
  ])('%s: %i thread(s)', async (_, args, before, threads) => {
    const result = await threadsFor(args, before);
    expect(result.stderr).toBe('');
    expect(result.threads).toBe(threads);
  });

  it('gives the same findings in either thread', async () => {
    const here = await threadsFor(['paper.txt', '--format', 'json']);
    const worker = await threadsFor(['paper.txt', '--format', 'json', '--time-limit', '60']);
    expect(here.threads).toBe(1);
    expect(worker.threads).toBe(2);
    expect(here.stdout).toBe(worker.stdout);
    const [file] = (JSON.parse(here.stdout) as { files: { findings: { text: string }[] }[] }).files;
    expect(file?.findings.map((f) => f.text)).toEqual(['commissioners', 'utilise']);
  });
});
