/**
 * `npm run eval`: prints the evaluation's figures beside their targets.
 * `-- --details` also lists every miss, false alarm and misfit;
 * `-- --readme` writes the table into the README (a test checks it is true).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatEval, scoreEval } from './score';

const result = scoreEval();
const table = formatEval(result);
console.log(table);
if (process.argv.includes('--details')) console.log(`\n${result.details.join('\n')}`);
if (process.argv.includes('--readme')) {
  const path = new URL('../../README.md', import.meta.url);
  const readme = readFileSync(path, 'utf8');
  const updated = readme.replace(
    /<!-- eval:start -->[\s\S]*?<!-- eval:end -->/,
    `<!-- eval:start -->\n${table}\n<!-- eval:end -->`,
  );
  writeFileSync(path, updated);
}
