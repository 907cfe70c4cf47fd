// The peer as a command: retext + retext-readability + retext-simplify on one
// text file, the messages counted and printed, as `plainly <file>` checks
// it. Used by scripts/bench/cli.mjs to time both as whole processes.
//   node scripts/bench/peer-file.mjs <file.txt>
import { readFileSync } from 'node:fs';
import { retext } from 'retext';
import readability from 'retext-readability';
import simplify from 'retext-simplify';

const file = await retext()
  .use(readability)
  .use(simplify)
  .process(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(`${file.messages.length} messages\n`);
