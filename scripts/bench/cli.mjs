// `npm run bench`, the command line as people run it: whole processes,
// timed from start to exit, the peer (retext + retext-readability +
// retext-simplify on the same file, scripts/bench/peer-file.mjs) run in the
// same rounds. Called by scripts/bench.mjs; also runs alone:
//   node scripts/bench/cli.mjs [--quick]
//
//   plainly --version                ≤ 1.5× an empty Node process
//   plainly <2,000-word .txt>        at least 2× as fast as the peer
//   plainly <200,000-word .txt>      at least 8× as fast as the peer
//   plainly report <folder of 1,000 generated papers>, with one worker and
//   with one for each core: at least 20 files a second with every core,
//   peak memory at most 1 GB, and each core adding at least 70% of what one
//   worker does.
//
// The command is built from the current source (as the tests do) into
// node_modules/.cache/plainly-bench/cli. Each round runs every command once,
// in turn, so a burst of load on the machine falls on all of them alike;
// each figure is the median of its rounds. Peak memory is the process's
// high-water mark (all its threads), from GNU time when it is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleCli, bundleForNode } from '../bundle-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cache = path.join(root, 'node_modules', '.cache', 'plainly-bench');
const cliDir = path.join(cache, 'cli');
const data = path.join(cache, 'cli-data');
const quick = process.argv.includes('--quick');
const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);

const TARGETS = {
  versionOverNode: 1.5,
  small: 2,
  large: 8,
  folderFilesPerSecond: 20,
  folderMemoryMB: 1024,
  scaling: 0.7,
};

// ------------------------------------------------------------------ build and data

rmSync(cliDir, { recursive: true, force: true });
await bundleCli(cliDir);
const cli = path.join(cliDir, 'cli.js');
await bundleForNode(
  path.join(root, 'scripts', 'bench', 'engine-entry.ts'),
  path.join(cache, 'engine.mjs'),
);
const engine = await import(pathToFileURL(path.join(cache, 'engine.mjs')).href);

rmSync(data, { recursive: true, force: true });
mkdirSync(data, { recursive: true });
const small = path.join(data, 'paper-2000.txt');
const large = path.join(data, 'paper-200000.txt');
const glossary = engine.BUILTIN_ENTRIES;
writeFileSync(small, engine.generateDocument({ words: 2_000, seed: 9_002, glossary }));
writeFileSync(large, engine.generateDocument({ words: 200_000, seed: 9_200, glossary }));

/** 1,000 papers of 200 to 1,500 words: three in five plain text, the rest Markdown and HTML. */
const FOLDER_FILES = quick ? 100 : 1_000;
const folder = path.join(data, 'papers');
let folderWords = 0;
{
  const random = engine.createRandom(9_999);
  for (let i = 0; i < FOLDER_FILES; i++) {
    const sub = path.join(folder, `team-${String(i % 10).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    const words = random.int(200, 1_500);
    folderWords += words;
    const text = engine.generateDocument({ words, seed: 10_000 + i, glossary });
    const paragraphs = text.trim().split('\n\n');
    const kind = random.pick(['txt', 'txt', 'txt', 'md', 'html']);
    const name = path.join(sub, `paper-${String(i).padStart(4, '0')}.${kind}`);
    if (kind === 'txt') writeFileSync(name, text);
    else if (kind === 'md') writeFileSync(name, `# Paper ${i}\n\n${paragraphs.join('\n\n')}\n`);
    else {
      const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
      writeFileSync(
        name,
        `<!doctype html><html lang="en-GB"><head><title>Paper ${i}</title></head><body><h1>Paper ${i}</h1>\n${body}\n</body></html>\n`,
      );
    }
  }
}

// ------------------------------------------------------------------ measure

/** Runs a command once: wall time in ms, and peak memory in MB when GNU time is there. */
function once(args, what) {
  const command = haveTime ? TIME : process.execPath;
  const full = haveTime ? ['-f', '%M', process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const run = spawnSync(command, full, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // 0: nothing wrong; 1: findings that are errors; 2: a folder report with a file it could not read.
  if (run.error || run.status === null || run.status > 1) {
    throw new Error(
      `${what} failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}`,
    );
  }
  const peak = haveTime ? Number(run.stderr.trim().split('\n').pop()) / 1024 : undefined;
  return { ms, peakMB: peak };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const peer = path.join(root, 'scripts', 'bench', 'peer-file.mjs');
const CASES = [
  { id: 'node', what: 'empty Node process', args: ['-e', '0'] },
  { id: 'version', what: 'plainly --version', args: [cli, '--version'] },
  { id: 'small', what: 'plainly, 2,000 words', args: [cli, small] },
  { id: 'small-peer', what: 'peer, 2,000 words', args: [peer, small] },
  { id: 'large', what: 'plainly, 200,000 words', args: [cli, large], every: 4 },
  { id: 'large-peer', what: 'peer, 200,000 words', args: [peer, large], every: 4 },
];
const ROUNDS = quick ? 4 : 20;

const loadBefore = os.loadavg();
const times = new Map(CASES.map((c) => [c.id, []]));
for (let round = 0; round < ROUNDS; round++) {
  process.stderr.write(`\rWhole processes: round ${round + 1} of ${ROUNDS}`);
  for (const c of CASES) {
    // The long runs every fourth round only (5 of 20), to keep the bench short.
    if (c.every && round % c.every !== 0) continue;
    times.get(c.id).push(once(c.args, c.what).ms);
  }
}
process.stderr.write('\n');

const output = path.join(data, 'report.json');
const cores = os.availableParallelism();
const FOLDER_ROUNDS = quick ? 1 : 3;
const folderRuns = { 1: [], [cores]: [] };
for (let round = 0; round < FOLDER_ROUNDS; round++) {
  for (const jobs of [1, cores]) {
    process.stderr.write(
      `\rFolder report: round ${round + 1} of ${FOLDER_ROUNDS}, ${jobs === 1 ? 'one worker' : `${jobs} workers`}   `,
    );
    const args = [cli, 'report', folder, '--jobs', String(jobs), '--format', 'json'];
    folderRuns[jobs].push(once([...args, '--output', output, '--force'], 'the folder report'));
  }
}
process.stderr.write('\n');
const loadAfter = os.loadavg();

// ------------------------------------------------------------------ report

const fmt = (value, digits = 0) =>
  value === undefined || Number.isNaN(value)
    ? 'n/a'
    : value.toLocaleString('en-GB', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
const verdict = (ok) => (ok ? 'meets' : 'misses');
const ms = (id) => median(times.get(id));
const lines = [];
const load = (values) => values.map((n) => fmt(n, 2)).join(' ');
lines.push('The command line, whole processes (start to exit; median of the rounds)');
lines.push(
  `  Load: ${load(loadBefore)} before, ${load(loadAfter)} after (1, 5, 15 minute averages; ${os.cpus().length} cores)`,
);
lines.push(`  Empty Node process: ${fmt(ms('node'))} ms (the floor: Node starting and stopping)`);
{
  const ratio = ms('version') / ms('node');
  lines.push(
    `  1. plainly --version: ${fmt(ms('version'))} ms, ${fmt(ratio, 2)}× an empty Node process (target ≤ ${TARGETS.versionOverNode}×): ${verdict(ratio <= TARGETS.versionOverNode)}`,
  );
}
for (const [n, id, words, target] of [
  [2, 'small', '2,000', TARGETS.small],
  [3, 'large', '200,000', TARGETS.large],
]) {
  const ratio = ms(`${id}-peer`) / ms(id);
  lines.push(
    `  ${n}. plainly on a ${words}-word .txt: ${fmt(ms(id))} ms; peer ${fmt(ms(`${id}-peer`))} ms: ${fmt(ratio, 2)}× the peer's speed (target ≥ ${target}×): ${verdict(ratio >= target)}`,
  );
}
lines.push(
  `  Rounds: ${ROUNDS} for the short runs, ${times.get('large').length} for the 200,000 words.`,
);
{
  const one = median(folderRuns[1].map((r) => r.ms));
  const all = median(folderRuns[cores].map((r) => r.ms));
  const rate = (t) => (FOLDER_FILES / t) * 1000;
  const peak = (runs) => Math.max(...runs.map((r) => r.peakMB ?? Number.NaN));
  const peakAll = peak(folderRuns[cores]);
  const scaling = rate(all) / rate(one);
  lines.push(
    `  Folder report: ${fmt(FOLDER_FILES)} generated papers (.txt, .md, .html; ${fmt(folderWords)} words) in ${fmt(10)} folders, --format json --output`,
  );
  lines.push(
    `    one worker:   ${fmt(one / 1000, 1)} s, ${fmt(rate(one), 1)} files a second (${fmt((folderWords / one) * 1000)} words a second), peak memory ${fmt(peak(folderRuns[1]))} MB`,
  );
  lines.push(
    `    ${cores} workers:    ${fmt(all / 1000, 1)} s, ${fmt(rate(all), 1)} files a second (${fmt((folderWords / all) * 1000)} words a second), peak memory ${fmt(peakAll)} MB`,
  );
  lines.push(
    `  4. Files a second with every core (${cores}): ${fmt(rate(all), 1)} (target ≥ ${TARGETS.folderFilesPerSecond}): ${verdict(rate(all) >= TARGETS.folderFilesPerSecond)}`,
  );
  lines.push(
    `  5. Peak memory with every core: ${haveTime ? `${fmt(peakAll)} MB` : 'n/a (GNU time is not installed)'} (target ≤ ${fmt(TARGETS.folderMemoryMB)} MB): ${haveTime ? verdict(peakAll <= TARGETS.folderMemoryMB) : 'not measured'}`,
  );
  lines.push(
    `  6. Scaling: ${cores} workers check ${fmt(scaling, 2)}× as many files a second as one, ${fmt((scaling / cores) * 100)}% of ${cores}× (target ≥ ${fmt(TARGETS.scaling * 100)}% a core): ${verdict(scaling / cores >= TARGETS.scaling)}`,
  );
  lines.push(`  Folder rounds: ${FOLDER_ROUNDS} each.`);
}
console.log(lines.join('\n'));
