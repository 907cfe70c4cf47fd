/**
 * Runs each file's work (src/cli/jobs.ts) in a worker thread, so a file that
 * takes too long or needs too much memory can be stopped and the other files
 * still go on, as the review page does with its Web Worker
 * (src/documents/worker-client.ts, whose `askWorker` this uses).
 *
 * One worker serves file after file; after one is stopped (time limit,
 * memory, crash) the next file gets a fresh worker. The worker's own output
 * (pdf.js prints warnings about fonts and canvases) is dropped: Plainly says
 * what went wrong itself.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { askWorker, type WorkerLike } from '../documents/worker-client';
import { runJob, type Job, type JobAnswer, type JobContext, type JobRunner } from './jobs';

/** How long reading and checking one file may take, unless --time-limit says otherwise. */
export const CHECK_TIME_LIMIT_MS = 60_000;

/**
 * The most memory the worker's JavaScript may use. Reading and checking the
 * largest file Plainly takes stays under 500 MB; with the main thread and
 * the buffers outside the JavaScript heap, the whole command stays under 1 GB.
 */
export const WORKER_MEMORY_MB = 640;

const ROLE = 'plainly-file-worker';

/** Whether this thread was started to do file work. */
export function isFileWorker(): boolean {
  return (workerData as { role?: unknown } | null)?.role === ROLE && parentPort !== null;
}

/** The worker's side: answers each job with its result. */
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
}

/** A Node worker thread, seen through the interface `askWorker` takes. */
function asWorkerLike(worker: Worker): WorkerLike<Job> {
  const like: WorkerLike<Job> = {
    onmessage: null,
    onerror: null,
    postMessage: (message, transfer) => worker.postMessage(message, transfer as ArrayBuffer[]),
    terminate: () => void worker.terminate(),
  };
  worker.on('message', (data: unknown) => like.onmessage?.({ data }));
  worker.on('error', (error) => like.onerror?.(error));
  // A worker that stops by itself before answering has failed.
  worker.on('exit', (code) => like.onerror?.({ exitCode: code }));
  return like;
}

/**
 * The main thread's side: runs each job in the worker started from `script`
 * (the built command line itself), with a time limit per job.
 */
export function runJobsInWorker(script: URL, context: JobContext, limitMs: number): JobRunner {
  let current: { worker: Worker; like: WorkerLike<Job> } | undefined;
  const start = () => {
    const worker = new Worker(script, {
      workerData: { role: ROLE, context },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    return { worker, like: asWorkerLike(worker) };
  };
  return {
    async run(job) {
      current ??= start();
      const { like } = current;
      try {
        return await askWorker<Job, JobAnswer>(like, job, [job.bytes], {
          limitMs,
          doing: 'Checking',
        });
      } catch (error) {
        // askWorker has stopped the worker; the next file gets a new one.
        current = undefined;
        return { ok: false, message: `${job.path}: ${(error as Error).message}` };
      }
    },
    async close() {
      const worker = current?.worker;
      current = undefined;
      if (worker) await worker.terminate();
    },
  };
}
