// Copies retext-simplify's phrase list into dictionaries/ as data, so that the
// engine (which must also run in the browser) reads words from dictionaries/
// only. retext-simplify is MIT licensed © 2016 Titus Wormer; its list comes
// from plainlanguage.gov (public domain). Run after upgrading retext-simplify:
//   node scripts/import-retext-simplify.mjs
// test/dictionaries checks the copy still matches the installed package.
import { writeFile } from 'node:fs/promises';
import { patterns } from '../node_modules/retext-simplify/lib/patterns.js';

export function simplifyData() {
  return {
    source:
      'retext-simplify 8.0.0, lib/patterns.js (MIT © 2016 Titus Wormer; list from plainlanguage.gov)',
    patterns: Object.fromEntries(
      Object.entries(patterns).map(([phrase, p]) => [
        phrase,
        { replace: [...p.replace], omit: p.omit === true },
      ]),
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = new URL('../dictionaries/plain-words/retext-simplify.json', import.meta.url);
  await writeFile(target, JSON.stringify(simplifyData(), null, 2) + '\n');
  console.log(
    `Wrote ${Object.keys(patterns).length} phrases to dictionaries/plain-words/retext-simplify.json`,
  );
}
