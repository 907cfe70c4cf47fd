// `npm run bench`, document review: a 20,000-word .docx and a 100-page PDF,
// each read and reviewed end to end in Node (read, check, accessibility,
// report), against the target of 2 seconds each (docs/decisions.md). Median of 3 runs
// after one warm-up, in this process. Called by scripts/bench.mjs; also runs alone.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../bundle-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(root, 'node_modules', '.cache', 'plainly-bench', 'review.mjs');
const TARGET_MS = 2000;

export async function benchReview() {
  await bundleForNode(path.join(root, 'scripts', 'bench', 'review-entry.ts'), bundle);
  const m = await import(pathToFileURL(bundle).href);
  const cases = [
    { label: '20,000-word .docx', name: 'paper.docx', bytes: await m.longDocx(20_000) },
    { label: '100-page PDF', name: 'paper.pdf', bytes: m.longPdf(100) },
  ];
  const results = [];
  for (const item of cases) {
    const times = [];
    let words = 0;
    for (let run = 0; run < 4; run++) {
      // A new checker each run: the glossary is compiled and no paragraph is cached.
      const started = performance.now();
      const checker = new m.Checker();
      const model = await m.readDocument(item.bytes, item.name, { pdfjs: m.loadPdfJsForNode });
      const review = m.reviewDocument(model, checker);
      m.reportHtml(review);
      if (run > 0) times.push(performance.now() - started);
      words = review.report.stats.words;
    }
    times.sort((a, b) => a - b);
    const median = times[1];
    results.push({ ...item, words, median, ok: median <= TARGET_MS });
  }
  console.log('\nDocument review, end to end in Node (read + check + accessibility + report):');
  for (const r of results) {
    console.log(
      `  ${r.label.padEnd(20)} ${String(r.words).padStart(6)} words  ${r.median.toFixed(0).padStart(5)} ms  ${r.ok ? 'meets' : 'misses'} the ${TARGET_MS} ms target`,
    );
  }
  return results.map(({ label, words, median, ok }) => ({
    label,
    words,
    medianMs: Math.round(median),
    ok,
  }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchReview();
