/**
 * Fair, bounded checking for fields in web pages.
 *
 * The background runs one piece of JavaScript at a time, so a page that keeps
 * sending a huge field to check could make every other tab wait. Here each
 * check is a list of short steps (a very large field is checked in slices,
 * see field-slices.ts), and the queue:
 *
 * - keeps each tab's checks apart, newest first: a newer check of the same
 *   field replaces an older one still waiting (or part-way through), whose
 *   caller is told it was superseded;
 * - serves tabs in turn, one step each (round robin), so one tab's checks
 *   can delay another tab's by at most one step;
 * - gives each check a time budget: when its steps have taken that long, it
 *   ends with what it has found so far, marked partial.
 *
 * Between steps the queue yields (`yieldTurn`), so new messages get in. It
 * takes a clock and a way to yield, so its order can be tested exactly.
 */

/** What a superseded check resolves to. */
export const SUPERSEDED: unique symbol = Symbol('superseded');

export interface Work<T> {
  /** Run one at a time, in order, with the other tabs' steps in between. */
  steps: readonly (() => void)[];
  /** The result once the steps are done, or once the budget ran out (`partial`). */
  finish(partial: boolean): T;
}

export interface CheckQueueOptions {
  /** The most time one check's steps may take, in ms, before it ends partial. */
  budgetMs: number;
  /** A clock in ms (`performance.now`). */
  now(): number;
  /** Lets other work run between steps (for example `setTimeout(…, 0)`). */
  yieldTurn(): Promise<void>;
}

interface Job {
  key: string;
  work: Work<unknown>;
  next: number;
  spent: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export class CheckQueue {
  /** Each tab's checks, newest first. A tab is here only while it has some. */
  private readonly tabs = new Map<string, Job[]>();
  /** Tabs in the order they are served. */
  private readonly turns: string[] = [];
  private running = false;

  constructor(private readonly options: CheckQueueOptions) {}

  /** How many checks are waiting or part-way through. */
  get size(): number {
    let n = 0;
    for (const jobs of this.tabs.values()) n += jobs.length;
    return n;
  }

  /**
   * Queues a check of field `key` in `tab`. A check of the same field already
   * queued there is dropped: its promise resolves to `SUPERSEDED`.
   */
  submit<T>(tab: string, key: string, work: Work<T>): Promise<T | typeof SUPERSEDED> {
    return new Promise((resolve, reject) => {
      let jobs = this.tabs.get(tab);
      if (jobs === undefined) {
        jobs = [];
        this.tabs.set(tab, jobs);
        this.turns.push(tab);
      }
      const old = jobs.findIndex((job) => job.key === key);
      if (old !== -1) jobs.splice(old, 1)[0]?.resolve(SUPERSEDED);
      jobs.unshift({
        key,
        work: work as Work<unknown>,
        next: 0,
        spent: 0,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      // Checks sent in the same moment are all queued before the first step.
      await this.options.yieldTurn();
      for (let tab = this.turns.shift(); tab !== undefined; tab = this.turns.shift()) {
        const jobs = this.tabs.get(tab);
        const job = jobs?.[0];
        if (jobs === undefined || job === undefined) {
          this.tabs.delete(tab);
          continue;
        }
        this.step(jobs, job);
        if (jobs.length > 0) this.turns.push(tab);
        else this.tabs.delete(tab);
        await this.options.yieldTurn();
      }
    } finally {
      this.running = false;
    }
  }

  /** Runs the job's next step, and settles it when it is done, over budget or broken. */
  private step(jobs: Job[], job: Job): void {
    const started = this.options.now();
    try {
      job.work.steps[job.next]?.();
    } catch (error) {
      jobs.shift();
      job.reject(error);
      return;
    }
    job.next++;
    job.spent += this.options.now() - started;
    const done = job.next >= job.work.steps.length;
    if (!done && job.spent < this.options.budgetMs) return;
    jobs.shift();
    try {
      job.resolve(job.work.finish(!done));
    } catch (error) {
      job.reject(error);
    }
  }
}
