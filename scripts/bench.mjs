// `npm run bench`: how fast Plainly's engine checks text, beside the peer
// stack (retext + retext-readability + retext-simplify) measured in the same
// run, and whether it meets its performance targets.
//
// The engine is bundled with esbuild (as the CLI is), then every figure is
// measured in its own child Node process (scripts/bench/child.mjs), so one
// measurement's JIT state, caches and garbage do not colour another's
// (docs/decisions.md). It reports; it does not fail on a missed target.
//
//   npm run bench             print the report
//   npm run bench -- --json   also write the figures to bench-results.json
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'plainly-bench');
const bundle = path.join(cacheDir, 'engine.mjs');
const child = path.join(root, 'scripts', 'bench', 'child.mjs');
const writeJson = process.argv.includes('--json');

const DOC_SIZES = [1_000, 10_000, 100_000];
const GLOSSARY_SIZES = [200, 2_000, 10_000];
const REFERENCE_GLOSSARY = 2_000;
const GLOSSARY_SEED = 20_260_101;
const docSeed = (words) => 7_000 + words;

/** Per document size: warm-up runs and timed runs in each process, and how many processes (rounds). */
const ENGINE_RUNS = { 1_000: [5, 25, 2], 10_000: [2, 15, 3], 100_000: [2, 5, 1] };
const PEER_RUNS = { 1_000: [3, 15, 1], 10_000: [2, 5, 2], 100_000: [2, 3, 1] };
const MAX_ROUNDS = 3;
/** Extra rounds are skipped after this long, so the whole run stays within about 4 minutes. */
const TIME_BUDGET_MS = 150_000;

const TARGETS = {
  ratio: 7,
  everyRuleRatio: 10,
  linear: 11,
  glossaryCost: 1.25,
  compileMs: 100,
  recheckMs: 2,
  memoryMB: 250,
};

// ------------------------------------------------------------------ bundle

await bundleForNode(path.join(root, 'scripts', 'bench', 'engine-entry.ts'), bundle);

// ------------------------------------------------------------------ measure

// Each figure is the median of the timed runs of all its processes: the
// cheaper cases run in several processes (rounds), interleaved with the
// other cases, so a burst of load on the machine does not decide a figure.
const tasks = [];
for (const size of GLOSSARY_SIZES) {
  tasks.push({ kind: 'compile', glossarySize: size, warmup: 2, runs: 7, round: 1 });
}
const throughputTasks = (round) => {
  for (const kind of ['engine', 'peer']) {
    for (const words of DOC_SIZES) {
      const [warmup, runs, rounds] = (kind === 'engine' ? ENGINE_RUNS : PEER_RUNS)[words];
      if (round > rounds) continue;
      for (const size of GLOSSARY_SIZES) {
        tasks.push({ kind, words, glossarySize: size, warmup, runs, round });
      }
    }
  }
};
throughputTasks(1);
tasks.push({
  kind: 'incremental',
  words: 10_000,
  glossarySize: REFERENCE_GLOSSARY,
  warmup: 30,
  edits: 300,
  round: 1,
});
tasks.push({ kind: 'memory', words: 100_000, glossarySize: REFERENCE_GLOSSARY, round: 1 });
// Every rule on: the easy read profile runs all eleven.
const everyRuleTask = (round) =>
  tasks.push({
    kind: 'engine',
    profile: 'easy-read',
    words: 10_000,
    glossarySize: REFERENCE_GLOSSARY,
    warmup: 2,
    runs: 15,
    round,
  });
// The compiled glossary reused, as the peer reuses its frozen processor
// (the Checker forgets every paragraph before each run).
const reuseTasks = (round) => {
  for (const profile of [undefined, 'easy-read']) {
    tasks.push({
      kind: 'engine',
      ...(profile ? { profile } : {}),
      reuse: true,
      words: 10_000,
      glossarySize: REFERENCE_GLOSSARY,
      warmup: 2,
      runs: 15,
      round,
    });
  }
};
everyRuleTask(1);
reuseTasks(1);
for (let round = 2; round <= MAX_ROUNDS; round++) {
  throughputTasks(round);
  everyRuleTask(round);
  reuseTasks(round);
}

const started = Date.now();
const loadBefore = os.loadavg();
const results = [];
let failures = 0;
let skipped = 0;
tasks.forEach((task, index) => {
  // Extra rounds only refine figures already measured: drop them if time runs short.
  if (task.round > 1 && Date.now() - started > TIME_BUDGET_MS) {
    skipped++;
    return;
  }
  const full = { ...task, glossarySeed: GLOSSARY_SEED, docSeed: docSeed(task.words ?? 0) };
  const label = describe(task);
  process.stderr.write(`[${index + 1}/${tasks.length}] ${label} … `);
  const begin = Date.now();
  const run = spawnSync(process.execPath, ['--expose-gc', child, bundle, JSON.stringify(full)], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const seconds = ((Date.now() - begin) / 1000).toFixed(1);
  const lines = (run.stdout ?? '').trim().split('\n');
  let result;
  try {
    if (run.status !== 0) throw new Error(run.error?.message ?? `exit ${run.status ?? run.signal}`);
    result = JSON.parse(lines[lines.length - 1]);
    process.stderr.write(`${seconds} s\n`);
  } catch (error) {
    failures++;
    process.stderr.write(`failed after ${seconds} s: ${error.message}\n${run.stderr ?? ''}\n`);
    result = { error: String(error.message) };
  }
  results.push({ task, result });
});
const totalSeconds = (Date.now() - started) / 1000;
const loadAfter = os.loadavg();

function describe(task) {
  return task.round > 1 ? `${what(task)} (round ${task.round})` : what(task);
}

function what(task) {
  const terms = `${fmt(task.glossarySize)} terms`;
  switch (task.kind) {
    case 'compile':
      return `compile a ${fmt(task.glossarySize)}-term glossary`;
    case 'engine':
      return `Plainly, ${fmt(task.words)} words, ${terms}${task.profile ? `, ${task.profile} profile (every rule)` : ''}${task.reuse ? ', compiled glossary reused' : ''}`;
    case 'peer':
      return `retext peer, ${fmt(task.words)} words (document for ${terms})`;
    case 'incremental':
      return `re-check after a paragraph changes, ${fmt(task.words)} words, ${terms}`;
    default:
      return `memory, ${fmt(task.words)} words, ${terms}`;
  }
}

/** One figure: the results of all processes that measured it, timed runs pooled. */
function find(kind, words, glossarySize, profile = undefined, reuse = false) {
  const hits = results.filter(
    ({ task, result }) =>
      !result.error &&
      task.kind === kind &&
      task.profile === profile &&
      Boolean(task.reuse) === reuse &&
      (words === undefined || task.words === words) &&
      (glossarySize === undefined || task.glossarySize === glossarySize),
  );
  if (hits.length === 0) return undefined;
  const first = hits[0].result;
  if (!first.times) return first;
  const times = hits.flatMap(({ result }) => result.times);
  const cpuTimes = hits.flatMap(({ result }) => result.cpuTimes);
  return {
    ...first,
    times,
    cpuTimes,
    processes: hits.length,
    processMedians: hits.map(({ result }) => result.medianMs),
    medianMs: median(times),
    cpuMedianMs: median(cpuTimes),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ------------------------------------------------------------------ report

function fmt(value, digits = 0) {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A figure against its target, in the words every bench uses. */
function meets(ok) {
  return ok ? 'meets' : 'misses';
}

function table(headers, rows, alignLeft = 1) {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, i) =>
        i < alignLeft ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  if (dirty !== '') commit += ' (with uncommitted changes)';
} catch {
  // Not a git checkout: leave it unknown.
}

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model ?? 'unknown CPU',
  cores: cpus.length,
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  memoryGB: os.totalmem() / 1024 ** 3,
  commit,
  date: new Date().toISOString(),
};

const out = [];
out.push('Plainly benchmark');
out.push('=================');
out.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${fmt(machine.memoryGB, 1)} GB`);
out.push(`Node:    ${machine.node} on ${machine.platform}`);
out.push(`Code:    ${machine.commit}, ${machine.date}`);
out.push(
  `Load:    ${loadBefore.map((n) => fmt(n, 2)).join(' ')} before, ${loadAfter
    .map((n) => fmt(n, 2))
    .join(' ')} after (1, 5, 15 minute averages)${
    Math.max(loadBefore[0], loadAfter[0]) > machine.cores * 0.75
      ? ': other work shared the CPUs, so times are inflated and noisy'
      : ''
  }`,
);
out.push(
  'Method:  each child process measures one figure: warm-up runs, then timed runs (performance.now(), gc before each);',
);
out.push(
  '         a figure is the median of its timed runs, pooled when it was measured in several processes (rounds).',
);
out.push(
  '         Documents: seeded care-writing prose, plain text; glossaries: built-in entries plus synthetic ones.',
);
out.push(
  '         Plainly: checker.check(doc, { format: "text" }), report included: default "plain" profile with all its rules,',
);
out.push(
  '         on a new Checker each run (building it compiles the glossary and is not timed); targets 1 and 2 are also',
);
out.push(
  '         given with one Checker whose compiled glossary is reused and which forgets every paragraph before each run.',
);
out.push(
  '         Peer: retext().use(retext-readability).use(retext-simplify).processSync(doc) on the same text.',
);
out.push('');

out.push('Throughput (words a second; ratio = Plainly / peer)');
const throughputRows = [];
for (const words of DOC_SIZES) {
  for (const size of GLOSSARY_SIZES) {
    const engine = find('engine', words, size);
    const peer = find('peer', words, size);
    const engineRate = engine ? (words / engine.medianMs) * 1000 : undefined;
    const peerRate = peer ? (words / peer.medianMs) * 1000 : undefined;
    throughputRows.push([
      fmt(words),
      fmt(size),
      fmt(engine?.medianMs, 1),
      fmt(engineRate),
      fmt(peer?.medianMs, 1),
      fmt(peerRate),
      engineRate && peerRate ? `${fmt(engineRate / peerRate, 1)}×` : 'n/a',
      engine && peer ? `${fmt(peer.cpuMedianMs / engine.cpuMedianMs, 1)}×` : 'n/a',
      engine ? `${fmt(engine.findings)} (${fmt(engine.glossaryFindings)})` : 'n/a',
      engineRate && peerRate ? meets(engineRate / peerRate >= TARGETS.ratio) : 'not measured',
    ]);
  }
}
out.push(
  table(
    [
      'Words',
      'Terms',
      'Plainly ms',
      'Plainly words/s',
      'Peer ms',
      'Peer words/s',
      'Ratio',
      'CPU ratio',
      'Findings (glossary)',
      `Target ≥ ${TARGETS.ratio}×`,
    ],
    throughputRows,
    0,
  ),
);
const runsNote = (kind, table) =>
  DOC_SIZES.map((words) => {
    const [warmup, runs, rounds] = table[words];
    const figure = find(kind, words, REFERENCE_GLOSSARY);
    return `${figure?.processes ?? 0} of ${rounds}×(${warmup}+${runs})`;
  }).join(', ');
out.push(
  `Ratio: Plainly words/s ÷ peer words/s, from median wall times. CPU ratio: the same from median CPU times (user + system),`,
);
out.push('which other work on the machine disturbs far less.');
out.push(
  `Runs for 1k, 10k, 100k words, as processes × (warm-up + timed): Plainly ${runsNote('engine', ENGINE_RUNS)}; peer ${runsNote('peer', PEER_RUNS)}.`,
);
const wordCheck = results.filter(
  ({ task, result }) => task.kind === 'engine' && !result.error && result.words !== task.words,
);
for (const { task, result } of wordCheck) {
  out.push(
    `Note: the ${fmt(task.words)}-word document counted ${fmt(result.words)} words in the engine.`,
  );
}
const reference = find('engine', 10_000, REFERENCE_GLOSSARY);
if (reference) {
  const rules = Object.entries(reference.byRule)
    .sort((a, b) => b[1] - a[1])
    .map(([rule, count]) => `${rule} ${fmt(count)}`)
    .join(', ');
  out.push(`Findings on 10,000 words with 2,000 terms: ${rules || 'none'}.`);
}
out.push('');

out.push('Compiling a glossary (new Checker({ glossary }))');
out.push(
  table(
    ['Terms', 'Phrases', 'First (cold) ms', 'Warm median ms', `Target ≤ ${TARGETS.compileMs} ms`],
    GLOSSARY_SIZES.map((size) => {
      const compile = find('compile', undefined, size);
      return [
        fmt(size),
        fmt(compile?.phrases),
        fmt(compile?.coldMs, 1),
        fmt(compile?.medianMs, 1),
        compile ? meets(compile.medianMs <= TARGETS.compileMs) : 'not measured',
      ];
    }),
    0,
  ),
);
out.push(
  'Phrases: glossary terms and variants plus the plain-words and respectful lists, after merging.',
);
out.push('');

const incremental = find('incremental');
out.push('Re-checking after one paragraph changes (10,000 words, 2,000 terms, one Checker)');
if (incremental) {
  out.push(
    table(
      [
        'Paragraphs',
        'First check ms',
        'Edits',
        'Median ms',
        'p95 ms',
        'Max ms',
        'CPU median ms',
        'CPU p95 ms',
      ],
      [
        [
          fmt(incremental.paragraphs),
          fmt(incremental.firstMs, 1),
          fmt(incremental.edits),
          fmt(incremental.medianMs, 2),
          fmt(incremental.p95Ms, 2),
          fmt(incremental.maxMs, 2),
          fmt(incremental.cpuMedianMs, 2),
          fmt(incremental.cpuP95Ms, 2),
        ],
      ],
      0,
    ),
  );
  out.push('Each edit types one letter into a random paragraph, then checks the whole text again.');
} else out.push('not measured (the child process failed)');
out.push('');

const memory = find('memory');
out.push('Memory, one check of 100,000 words with 2,000 terms in a fresh process');
if (memory) {
  out.push(
    table(
      [
        'Peak RSS MB',
        'RSS before check MB',
        'RSS after gc MB',
        'Heap used before MB',
        'Heap used after gc MB',
      ],
      [
        [
          fmt(memory.peakRssMB, 1),
          fmt(memory.rssBeforeMB, 1),
          fmt(memory.rssAfterGcMB, 1),
          fmt(memory.heapUsedBeforeMB, 1),
          fmt(memory.heapUsedAfterGcMB, 1),
        ],
      ],
      0,
    ),
  );
  out.push(
    'Peak RSS is the process high-water mark (Node itself, the text and glossary, the check and its report).',
  );
  out.push('Heap used after gc is with the Checker and its report still held.');
} else out.push('not measured (the child process failed)');
out.push('');

// ------------------------------------------------------------------ targets

const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? 'meets' : 'misses');
const targets = [];
function target(name, figure, value, ok) {
  targets.push({ name, figure, value, meets: ok });
}

for (const reuse of [false, true]) {
  const how = reuse
    ? ', with the compiled glossary reused (as the peer reuses its frozen processor; every paragraph still read afresh)'
    : ', on a new Checker each run';
  {
    const engine = find('engine', 10_000, REFERENCE_GLOSSARY, undefined, reuse);
    const peer = find('peer', 10_000, REFERENCE_GLOSSARY);
    const ratio = engine && peer ? peer.medianMs / engine.medianMs : undefined;
    target(
      `Full check of 10,000 words with 2,000 terms at ≥ ${TARGETS.ratio}× the retext stack's words/s${how}`,
      ratio === undefined
        ? 'n/a'
        : `${fmt(ratio, 1)}× (${fmt((10_000 / engine.medianMs) * 1000)} vs ${fmt((10_000 / peer.medianMs) * 1000)} words/s; ${fmt(engine.medianMs, 1)} ms vs ${fmt(peer.medianMs, 1)} ms; by CPU time ${fmt(peer.cpuMedianMs / engine.cpuMedianMs, 1)}×)`,
      ratio,
      ratio === undefined ? undefined : ratio >= TARGETS.ratio,
    );
  }
  {
    const engine = find('engine', 10_000, REFERENCE_GLOSSARY, 'easy-read', reuse);
    const peer = find('peer', 10_000, REFERENCE_GLOSSARY);
    const ratio = engine && peer ? peer.medianMs / engine.medianMs : undefined;
    target(
      `Full check of 10,000 words with 2,000 terms and every rule on (easy read profile) at ≥ ${TARGETS.everyRuleRatio}× the retext stack's words/s${how}`,
      ratio === undefined
        ? 'n/a'
        : `${fmt(ratio, 1)}× (${fmt((10_000 / engine.medianMs) * 1000)} vs ${fmt((10_000 / peer.medianMs) * 1000)} words/s; ${fmt(engine.medianMs, 1)} ms vs ${fmt(peer.medianMs, 1)} ms; by CPU time ${fmt(peer.cpuMedianMs / engine.cpuMedianMs, 1)}×; ${fmt(engine.findings)} findings)`,
      ratio,
      ratio === undefined ? undefined : ratio >= TARGETS.everyRuleRatio,
    );
  }
}
{
  const small = find('engine', 10_000, REFERENCE_GLOSSARY);
  const large = find('engine', 100_000, REFERENCE_GLOSSARY);
  const growth = small && large ? large.medianMs / small.medianMs : undefined;
  target(
    `Linear in text: 10,000 → 100,000 words takes at most ${TARGETS.linear}× the time`,
    growth === undefined
      ? 'n/a'
      : `${fmt(growth, 1)}× (${fmt(small.medianMs, 1)} ms → ${fmt(large.medianMs, 1)} ms; by CPU time ${fmt(large.cpuMedianMs / small.cpuMedianMs, 1)}×)`,
    growth,
    growth === undefined ? undefined : growth <= TARGETS.linear,
  );
}
{
  const small = find('engine', 10_000, 200);
  const large = find('engine', 10_000, 10_000);
  const cost = small && large ? large.medianMs / small.medianMs : undefined;
  target(
    `A 10,000-term glossary costs at most ${TARGETS.glossaryCost}× a 200-term one (10,000 words)`,
    cost === undefined
      ? 'n/a'
      : `${fmt(cost, 2)}× (${fmt(small.medianMs, 1)} ms → ${fmt(large.medianMs, 1)} ms; by CPU time ${fmt(large.cpuMedianMs / small.cpuMedianMs, 2)}×)`,
    cost,
    cost === undefined ? undefined : cost <= TARGETS.glossaryCost,
  );
}
{
  const compile = find('compile', undefined, 10_000);
  target(
    `Compiling a 10,000-term glossary takes ≤ ${TARGETS.compileMs} ms`,
    compile
      ? `${fmt(compile.medianMs, 1)} ms warm median (first: ${fmt(compile.coldMs, 1)} ms)`
      : 'n/a',
    compile?.medianMs,
    compile ? compile.medianMs <= TARGETS.compileMs : undefined,
  );
}
target(
  `Re-checking after one paragraph of 10,000 words changes takes ≤ ${TARGETS.recheckMs} ms (median)`,
  incremental
    ? `${fmt(incremental.medianMs, 2)} ms median (CPU ${fmt(incremental.cpuMedianMs, 2)} ms), p95 ${fmt(incremental.p95Ms, 2)} ms (p95 ${
        incremental.p95Ms <= TARGETS.recheckMs ? 'within' : 'over'
      } ${TARGETS.recheckMs} ms)`
    : 'n/a',
  incremental?.medianMs,
  incremental ? incremental.medianMs <= TARGETS.recheckMs : undefined,
);
target(
  `Peak memory checking 100,000 words ≤ ${TARGETS.memoryMB} MB`,
  memory
    ? `${fmt(memory.peakRssMB, 1)} MB peak RSS (heap used after gc ${fmt(memory.heapUsedAfterGcMB, 1)} MB)`
    : 'n/a',
  memory?.peakRssMB,
  memory ? memory.peakRssMB <= TARGETS.memoryMB : undefined,
);

out.push('Targets:');
targets.forEach((t, i) => {
  out.push(`${i + 1}. ${t.name}`);
  out.push(`   ${t.figure}: ${verdict(t.meets)}`);
});
out.push('');
out.push(`This machine is noisy (±40% between runs): trust differences of 2× or more.`);
out.push(
  `Finished in ${fmt(totalSeconds, 1)} s with ${results.length} child processes${
    skipped > 0
      ? ` (${skipped} extra ${skipped === 1 ? 'round' : 'rounds'} skipped to save time)`
      : ''
  }.`,
);

console.log(out.join('\n'));

/** Runs one of scripts/bench/*.mjs in its own process and prints what it prints, with the machine's load. */
function runChild(file, what) {
  const before = os.loadavg();
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench', file)], {
    cwd: root,
    encoding: 'utf8',
    timeout: 600_000,
  });
  const after = os.loadavg();
  const load = (values) => values.map((n) => fmt(n, 2)).join(' ');
  console.log(`\n${run.stdout ?? ''}`.trimEnd());
  console.log(`  (load: ${load(before)} before, ${load(after)} after)`);
  if (run.status !== 0) {
    failures++;
    console.error(`The ${what} benchmark failed:\n${run.stderr ?? ''}`);
  }
}

// The command line as whole processes, and the report on a folder.
runChild('cli.mjs', 'command line');
// The glossary's targets (docs/decisions.md, "Speed targets").
runChild('glossary.mjs', 'glossary');
// Document review: .docx and PDF end to end in Node.
runChild('review.mjs', 'document review');
// Checking as you write: in Chromium with the built extension.
runChild('fields.mjs', 'checking-as-you-write');
// Review this page: long tasks in the page, in Chromium with the built extension.
runChild('page-review.mjs', 'review-this-page');
// Fair checking: a hostile tab's huge field against another tab's underlines, in Chromium.
runChild('fairness.mjs', 'fair-checking');

if (writeJson) {
  const file = path.join(root, 'bench-results.json');
  writeFileSync(
    file,
    `${JSON.stringify({ machine, load: { before: loadBefore, after: loadAfter }, targets: TARGETS, results, verdicts: targets, totalSeconds }, null, 2)}\n`,
  );
  console.log(`Wrote ${path.relative(process.cwd(), file) || file}.`);
}

if (failures > 0) {
  console.error(`${failures} measurement(s) failed; see above.`);
  process.exitCode = 1;
}
