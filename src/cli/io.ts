/**
 * How the command line talks to the world: everything it prints and reads
 * goes through an `Io`, so tests can run it in-process.
 */
import type { JobContext, JobRunner } from './jobs';

export interface Io {
  /** Standard output: text, or the same text already encoded as UTF-8. */
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
  /** Standard input as text; may throw a `FileProblem` (over 50 MB, say). */
  readStdin: () => Promise<string>;
  /**
   * Starts whatever runs each file's work. The built command gives one that
   * uses a worker thread with a time limit; without it, the work runs in
   * this thread with no time limit.
   */
  startJobs?: (context: JobContext, limitMs: number) => JobRunner;
  /** Set when standard error is a terminal, to show progress there. */
  terminal?: { columns: () => number };
}
