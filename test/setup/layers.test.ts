/**
 * The lint rules that keep Plainly's layers one way (eslint.config.js) really
 * catch a backward import and a loop, and the rule on the length of a
 * function catches a long one: each case is linted as if it were a
 * file in the repository.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('layers', () => {
  it.each([
    [
      'the glossary importing the engine',
      'src/glossary/new-file.ts',
      "import { Checker } from '../checker/index';\nexport const made = Checker;\n",
      'src/glossary is in the layer "words and formats", which may not import from "the engine" above it',
    ],
    [
      'the engine importing a report',
      'src/checker/new-file.ts',
      "import { groupFindings } from '../report/rows';\nexport const rows = groupFindings;\n",
      'src/checker is in the layer "the engine", which may not import from "built on the engine" above it',
    ],
    [
      'the messaging contract importing the background',
      'src/messaging/new-file.ts',
      "import type { GlossaryCore } from '../background/glossary-core';\nexport type Core = GlossaryCore;\n",
      'src/messaging is in the layer "contracts and stores", which may not import from "services" above it',
    ],
    [
      'the messaging contract importing the database',
      'src/messaging/new-file.ts',
      "import type { GlossaryDb } from '../db/database';\nexport type Db = GlossaryDb;\n",
      'src/messaging and src/db do not import each other',
    ],
    [
      'a content script module importing the background',
      'src/dom/new-file.ts',
      "import { handleCheck } from '../background/check-service';\nexport const check = handleCheck;\n",
      'src/background and src/dom do not import each other',
    ],
  ])('refuses %s', async (_what, file, code, message) => {
    const found = await problems(file, code);
    expect(found.filter((p) => p.startsWith('import-x/no-restricted-paths'))).toEqual([
      `import-x/no-restricted-paths: Unexpected path "${/'([^']+)'/.exec(code)?.[1]}" imported in restricted zone. ${message}.`,
    ]);
  });

  it('lets a layer import from the one below it', async () => {
    const found = await problems(
      'src/report/new-file.ts',
      "import { Checker } from '../checker/index';\nexport const made = Checker;\n",
    );
    expect(found).toEqual([]);
  });

  it('refuses an import loop', async () => {
    // check-service imports glossary-instance: importing it back closes a loop.
    const found = await problems(
      'src/background/glossary-instance.ts',
      "import { handleCheck } from './check-service';\nexport const check = handleCheck;\n",
    );
    expect(found.filter((p) => p.startsWith('import-x/no-cycle'))).toEqual([
      'import-x/no-cycle: Dependency cycle detected',
    ]);
  });
});

describe('functions that fit on a screen', () => {
  /** A function of `lines` lines (its first and last included), with a blank line and a comment after each statement. */
  const functionOf = (lines: number) =>
    `export function long(): number {\n  let n = 0;\n${Array.from({ length: lines - 4 }, (_, i) => `  n += ${i};\n\n  // step ${i}`).join('\n')}\n  return n;\n}\n`;

  it('refuses a function of 81 lines, not counting blank lines and comments', async () => {
    const found = await problems('src/report/new-file.ts', functionOf(81));
    expect(found).toEqual([
      "max-lines-per-function: Function 'long' has too many lines (81). Maximum allowed is 80.",
    ]);
  });

  it('lets one of 80 lines through, however many blank lines and comments it has', async () => {
    expect(await problems('entrypoints/popup/new-file.ts', functionOf(80))).toEqual([]);
  });
});
