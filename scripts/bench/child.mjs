// One measurement of `npm run bench`, in its own Node process (started by
// scripts/bench.mjs with --expose-gc). Usage:
//   node --expose-gc scripts/bench/child.mjs <engine bundle> '<JSON task>'
// Prints one line of JSON with the figures.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [bundlePath, taskJson] = process.argv.slice(2);
if (!bundlePath || !taskJson) {
  console.error('usage: child.mjs <engine bundle> <JSON task>');
  process.exit(2);
}
const task = JSON.parse(taskJson);
const engine = await import(pathToFileURL(bundlePath).href);

const MB = 1024 * 1024;

function gc() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function glossary(size) {
  return engine.generateGlossary({
    size,
    seed: task.glossarySeed,
    base: engine.BUILTIN_ENTRIES,
  });
}

function documentFor(entries) {
  return engine.generateDocument({ words: task.words, seed: task.docSeed, glossary: entries });
}

/** CPU time (user + system, all threads of this process) in milliseconds. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs `setup` untimed and `run` timed, `warmup` times then `runs` times;
 * each timed run starts after a forced garbage collection. Wall time
 * (performance.now()) is the figure; CPU time is kept beside it because it
 * barely moves when other processes share the machine.
 */
function measure(setup, run) {
  const times = [];
  const cpuTimes = [];
  let last;
  for (let i = 0; i < task.warmup + task.runs; i++) {
    const state = setup();
    gc();
    const cpuStart = cpuMs();
    const start = performance.now();
    last = run(state);
    const ms = performance.now() - start;
    const cpu = cpuMs() - cpuStart;
    if (i >= task.warmup) {
      times.push(ms);
      cpuTimes.push(cpu);
    }
  }
  return { times, cpuTimes, medianMs: median(times), cpuMedianMs: median(cpuTimes), last };
}

/** The default profile (plain), or the one the task names: easy read turns every rule on. */
const CHECK_OPTIONS = { format: 'text', ...(task.profile ? { profile: task.profile } : {}) };

const tasks = {
  /**
   * The engine's check() on a fresh Checker each run (compiling is not
   * timed); with `reuse`, on one Checker that forgets every paragraph before
   * each run, so its compiled glossary is reused as the peer reuses its
   * frozen processor, and every paragraph is still read afresh.
   */
  engine() {
    const entries = glossary(task.glossarySize);
    const doc = documentFor(entries);
    const shared = task.reuse ? new engine.Checker({ glossary: entries }) : undefined;
    const { last, ...figures } = measure(
      () => {
        if (!shared) return new engine.Checker({ glossary: entries });
        shared.forget();
        return shared;
      },
      (checker) => checker.check(doc, CHECK_OPTIONS),
    );
    return {
      ...figures,
      words: last.stats.words,
      findings: last.findings.length,
      glossaryFindings: last.findings.filter((f) => f.ruleId === 'glossary-term').length,
      byRule: countBy(last.findings, (f) => f.ruleId),
    };
  },

  /** retext + retext-readability + retext-simplify on the same text. */
  async peer() {
    const [{ retext }, { default: readability }, { default: simplify }] = await Promise.all([
      import('retext'),
      import('retext-readability'),
      import('retext-simplify'),
    ]);
    const doc = documentFor(glossary(task.glossarySize));
    const processor = retext().use(readability).use(simplify).freeze();
    const { last, ...figures } = measure(
      () => processor,
      (p) => p.processSync(doc),
    );
    return { ...figures, messages: last.messages.length };
  },

  /** new Checker({ glossary }): the first (cold) compile, then warm ones. */
  compile() {
    const entries = glossary(task.glossarySize);
    gc();
    const start = performance.now();
    const first = new engine.Checker({ glossary: entries });
    const coldMs = performance.now() - start;
    const { last: _last, ...figures } = measure(
      () => undefined,
      () => new engine.Checker({ glossary: entries }),
    );
    return { coldMs, ...figures, phrases: first.lists.matcher.size };
  },

  /**
   * One Checker checks the document once; then, many times, one paragraph
   * changes (a letter is typed into it) and the whole text is checked again.
   */
  incremental() {
    const entries = glossary(task.glossarySize);
    const paragraphs = documentFor(entries).trimEnd().split('\n\n');
    const checker = new engine.Checker({ glossary: entries });
    const join = () => paragraphs.join('\n\n') + '\n';
    let start = performance.now();
    checker.check(join(), CHECK_OPTIONS);
    const firstMs = performance.now() - start;
    const random = engine.createRandom(task.docSeed + 1);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const times = [];
    const cpuTimes = [];
    let findings = 0;
    for (let i = 0; i < task.warmup + task.edits; i++) {
      // Insert a letter at a random place: text only grows, so each edited
      // paragraph is new to the checker's cache, as when someone types.
      const which = random.int(0, paragraphs.length - 1);
      const text = paragraphs[which];
      const at = random.int(1, text.length - 1);
      paragraphs[which] = text.slice(0, at) + random.pick(letters) + text.slice(at);
      const doc = join();
      const cpuStart = cpuMs();
      start = performance.now();
      const report = checker.check(doc, CHECK_OPTIONS);
      const ms = performance.now() - start;
      const cpu = cpuMs() - cpuStart;
      findings = report.findings.length;
      if (i >= task.warmup) {
        times.push(ms);
        cpuTimes.push(cpu);
      }
    }
    return {
      firstMs,
      paragraphs: paragraphs.length,
      medianMs: median(times),
      p95Ms: percentile(times, 95),
      cpuMedianMs: median(cpuTimes),
      cpuP95Ms: percentile(cpuTimes, 95),
      maxMs: Math.max(...times),
      edits: times.length,
      findings,
    };
  },

  /** Memory of one check of a large document, in a process that did nothing else. */
  memory() {
    const entries = glossary(task.glossarySize);
    const doc = documentFor(entries);
    gc();
    const before = process.memoryUsage();
    let peakSampled = before.rss;
    const checker = new engine.Checker({ glossary: entries });
    peakSampled = Math.max(peakSampled, process.memoryUsage().rss);
    const report = checker.check(doc, CHECK_OPTIONS);
    peakSampled = Math.max(peakSampled, process.memoryUsage().rss);
    gc();
    const after = process.memoryUsage();
    return {
      words: report.stats.words,
      findings: report.findings.length,
      rssBeforeMB: before.rss / MB,
      heapUsedBeforeMB: before.heapUsed / MB,
      // ru_maxrss: the highest resident set size the process ever had (in KiB).
      peakRssMB: Math.max(peakSampled, process.resourceUsage().maxRSS * 1024) / MB,
      rssAfterGcMB: after.rss / MB,
      heapUsedAfterGcMB: after.heapUsed / MB,
      // Keep the report and checker alive until after the measurement.
      kept: report.findings.length > -1 && checker !== undefined,
    };
  },
};

function countBy(items, key) {
  const out = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

const run = tasks[task.kind];
if (!run) {
  console.error(`unknown task kind: ${task.kind}`);
  process.exit(2);
}
const result = await run();
process.stdout.write(`${JSON.stringify(result)}\n`);
