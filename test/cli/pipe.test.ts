/**
 * Standard output into a reader that stops early, as `plainly paper.md | head`
 * does: the command stops quietly, with no error on standard error.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from './built-cli';

// Many findings, so the output is far longer than a pipe holds.
const PAPER = 'The commissioners will utilise the reablement service going forward.\n'.repeat(400);

let cli: string;
let dir: string;

beforeAll(async () => {
  cli = await buildCli();
  dir = await mkdtemp(join(tmpdir(), 'plainly-pipe-'));
  await writeFile(join(dir, 'paper.txt'), PAPER);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `node cli args | head -n 1` in bash; returns what head printed, Plainly's standard error and exit status. */
function throughHead(args: string[]): Promise<{ first: string; stderr: string; status: string }> {
  const quoted = [process.execPath, cli, ...args].map((part) => `'${part}'`).join(' ');
  const child = spawn(
    'bash',
    ['-c', `${quoted} 2>err.txt | head -n 1; echo "status \${PIPESTATUS[0]}"; cat err.txt`],
    {
      cwd: dir,
    },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => {
      const [first = '', status = '', ...rest] = out.split('\n');
      resolve({ first, status, stderr: rest.join('\n').trim() });
    });
  });
}

describe('output into a pipe that closes early', () => {
  it.each([
    [['paper.txt'], 'paper.txt:1:5'],
    [['--format', 'json', 'paper.txt'], '{'],
  ])('plainly %j | head -n 1 stops quietly', async (args, first) => {
    const result = await throughHead(args);
    expect(result.first.startsWith(first)).toBe(true);
    expect(result.stderr).toBe('');
    // 1: the paper has error-severity findings; never 2 or a crash.
    expect(['status 0', 'status 1']).toContain(result.status);
  });
});
