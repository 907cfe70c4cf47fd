// Writes the crafted test files (test/fixtures/crafted.ts) to a folder, to
// measure them by hand: npx tsx scripts/make-crafted-files.ts <folder> [name...]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRAFTED } from '../test/fixtures/crafted';

const [folder, ...names] = process.argv.slice(2);
if (folder === undefined) {
  console.error('Name a folder: npx tsx scripts/make-crafted-files.ts <folder> [name...]');
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
for (const file of CRAFTED) {
  if (names.length > 0 && !names.includes(file.name)) continue;
  const bytes = file.make();
  writeFileSync(join(folder, file.name), bytes);
  console.log(`${file.name}\t${bytes.length.toLocaleString('en-GB')} bytes\t${file.about}`);
}
