#!/usr/bin/env node
// Runs the bundled command line. `npm run build` (or `npm run build:cli`) makes dist/cli.js.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'plainly: the command line is not built yet. Run "npm run build:cli" first.\n',
  );
  process.exit(2);
}
await import(cli.href);
