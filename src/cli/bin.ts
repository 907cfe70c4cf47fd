/**
 * Entry point of the built CLI (dist/cli.js): wires `run` to the process.
 * The same file runs in each file's worker thread (src/cli/worker.ts), where
 * it serves jobs instead (src/cli/serve.ts, loaded only there: the main
 * thread loads the engine and the file readers only for `plainly suggest`).
 */
import { readStdinWithLimit, run } from './main';
import { isFileWorker, runJobsInWorker } from './worker';

if (isFileWorker()) {
  const { serveJobs } = await import('./serve');
  serveJobs();
} else {
  // A reader that stops early (`plainly paper.md | head`) closes the pipe:
  // the rest of the output is not wanted, so stop quietly rather than
  // print Node's stack for the failed write.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const script = new URL(import.meta.url);
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readStdinWithLimit(process.stdin),
    startJobs: (context, limitMs) => runJobsInWorker(script, context, limitMs),
    ...(process.stderr.isTTY ? { terminal: { columns: () => process.stderr.columns || 80 } } : {}),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`plainly: something went wrong inside Plainly: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
