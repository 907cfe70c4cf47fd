/**
 * The command line as users run it: bundled from the current source into a
 * folder of its own (as `npm run build:cli` does into dist/) and run as a
 * child process, with its worker threads. Built inside node_modules/.cache
 * so the bundle finds the packages it loads at run time (pdf.js's canvas)
 * the way dist/cli.js does.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleCli } from '../../scripts/bundle-node.mjs';

const folder = join(process.cwd(), 'node_modules', '.cache', 'plainly-cli-test');

/** Builds the command line once per test file; returns the path of its entry, cli.js. */
export async function buildCli(): Promise<string> {
  const outdir = join(folder, `${process.pid}-${Date.now()}`);
  mkdirSync(outdir, { recursive: true });
  await bundleCli(outdir);
  return join(outdir, 'cli.js');
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built command line. Its main thread may use at most 1 GB of
 * memory, so running out of memory fails the test; `before` runs it through
 * bash after that command (to set a limit with ulimit first, say);
 * `nodeArgs` go to Node itself.
 */
export function runCli(
  cli: string,
  args: readonly string[],
  options: { cwd?: string; before?: string; nodeArgs?: readonly string[] } = {},
): Promise<CliResult> {
  const node = [
    process.execPath,
    '--max-old-space-size=1024',
    ...(options.nodeArgs ?? []),
    cli,
    ...args,
  ];
  const quoted = node.map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = options.before
    ? spawn('bash', ['-c', `${options.before}; exec ${quoted}`], { cwd: options.cwd })
    : spawn(node[0] as string, node.slice(1), { cwd: options.cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
