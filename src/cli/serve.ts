/**
 * The worker thread's side of src/cli/worker.ts: answers each job with its
 * result. Loaded only in the worker, so the engine and the file readers load
 * there and never in the command's main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareJobs, runJob, type Job, type JobAnswer, type JobContext } from './jobs';

export function serveJobs(): void {
  const port = parentPort;
  if (!port) return;
  const { context } = workerData as { context: JobContext };
  const encoder = new TextEncoder();
  port.on('message', (job: Job) => {
    void runJob(job, context).then(
      (answer) => {
        if (!answer.ok) {
          port.postMessage(answer);
          return;
        }
        // Sent as bytes in a buffer of their own, handed over rather than
        // copied: a long file's findings can run to tens of megabytes.
        const output =
          typeof answer.output === 'string' ? encoder.encode(answer.output) : answer.output.slice();
        port.postMessage({ ...answer, output }, [output.buffer as ArrayBuffer]);
      },
      (error: unknown) => {
        port.postMessage({
          ok: false,
          message: `${job.path}: something went wrong inside Plainly: ${String(error)}`,
        } satisfies JobAnswer);
      },
    );
  });
  // Compile the glossary while the main thread reads the first file.
  prepareJobs(context);
}
