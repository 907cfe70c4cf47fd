/**
 * Runs each file's work (src/cli/jobs.ts) in a worker thread, so a file that
 * takes too long or needs too much memory can be stopped and the other files
 * still go on, as the review page does with its Web Worker
 * (src/documents/worker-client.ts, whose `askWorker` this uses).
 *
 * One worker serves file after file; after one is stopped (time limit,
 * memory, crash) the next file gets a fresh worker. The worker is started
 * as soon as the runner is made, so it loads the engine (src/cli/serve.ts)
 * while this thread is still reading the first file. The worker's own output
 * (pdf.js prints warnings about fonts and canvases) is dropped: Plainly says
 * what went wrong itself.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { askWorker, type WorkerLike } from '../documents/worker-client';
import type { Job, JobAnswer, JobContext, JobRunner } from './jobs';
import type { Io } from './io';

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
  current = start();
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
      // Stopping a worker takes a while (10 to 40 ms): the command need not
      // wait for it, and the process does not wait for it to end.
      worker?.unref();
      if (worker) void worker.terminate();
    },
  };
}

/**
 * Plain text up to this size is checked in this thread when it is the only
 * file. No file reader runs on plain text, and the engine's time grows in
 * step with the text (about half a second for 100,000 words), so there is
 * nothing to stop; starting a worker thread and loading the engine in it
 * would cost more than checking a short paper (docs/decisions.md, "The
 * command line starts quickly").
 */
export const IN_THREAD_MAX_BYTES = 2 * 1024 * 1024;

/**
 * What runs a command's jobs: the worker threads the built command gives
 * (`io.startJobs`), or else this thread (tests, embedding), whose engine is
 * loaded only then. With `oneTextFile` (one plain-text file or standard
 * input, and no time limit asked for), the choice waits for the file: up to
 * `IN_THREAD_MAX_BYTES` it is checked in this thread, otherwise in a worker.
 */
export async function startRunner(
  io: Pick<Io, 'startJobs'>,
  context: JobContext,
  limitMs: number,
  { oneTextFile = false }: { oneTextFile?: boolean } = {},
): Promise<JobRunner> {
  const startJobs = io.startJobs;
  const here = async () => (await import('./jobs')).runJobsHere(context);
  if (startJobs === undefined) return here();
  if (!oneTextFile) return startJobs(context, limitMs);
  let chosen: JobRunner | undefined;
  return {
    async run(job) {
      chosen ??=
        job.bytes.byteLength <= IN_THREAD_MAX_BYTES ? await here() : startJobs(context, limitMs);
      return chosen.run(job);
    },
    close: async () => chosen?.close(),
  };
}
