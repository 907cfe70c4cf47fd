import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { BUILTIN_ENTRIES } from '../../src/glossary/builtin';
import { CSV_COLUMNS, glossaryToCsv, parseGlossaryCsv } from '../../src/glossary/csv';
import { canonicalEntry, parseGlossaryJson } from '../../src/glossary/feed';
import { entry } from '../helpers';

let dir: string;
async function plainly(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => '',
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plainly-glossary-cli-'));
  await writeFile(
    join(dir, 'own.csv'),
    glossaryToCsv([
      entry({ id: 'the-room', term: 'room', alternatives: ['space'], severity: 'error' }),
    ]),
  );
  await writeFile(
    join(dir, 'bad.csv'),
    `${CSV_COLUMNS.join(',')}\r\na,a,,zap,b,,,approaches-values,warning,approved,test,,\r\n`,
  );
  await writeFile(join(dir, 'notes.md'), 'We will book the room.\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('plainly glossary', () => {
  it('validate lists every problem with its row and column, and exits 2', async () => {
    const result = await plainly(['glossary', 'validate', join(dir, 'bad.csv')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(
      `${join(dir, 'bad.csv')}: 2 problems\n` +
        `${join(dir, 'bad.csv')}: Row 2, entry "a", column action: must be one of: replace, explain, rewrite, respectful, expand.\n` +
        `${join(dir, 'bad.csv')}: Row 2, entry "a", column definition: is empty.\n`,
    );
  });

  it('validate exits 0 for a good file and 2 for a missing one', async () => {
    expect(await plainly(['glossary', 'validate', join(dir, 'own.csv')])).toMatchObject({
      code: 0,
      stdout: `${join(dir, 'own.csv')}: 1 entries, no problems.\n`,
    });
    expect((await plainly(['glossary', 'validate', join(dir, 'none.csv')])).code).toBe(2);
  });

  it('export writes the built-in glossary as CSV or JSON that reads back exactly', async () => {
    const csv = await plainly(['glossary', 'export', '--format', 'csv']);
    expect(parseGlossaryCsv(csv.stdout).entries).toEqual(BUILTIN_ENTRIES.map(canonicalEntry));
    const json = await plainly(['glossary', 'export', '--format', 'json']);
    expect(parseGlossaryJson(json.stdout).file?.entries).toEqual(
      BUILTIN_ENTRIES.map(canonicalEntry),
    );
    expect((await plainly(['glossary', 'export', '--format', 'xml'])).code).toBe(2);
  });

  it('--glossary reads a CSV file', async () => {
    const result = await plainly(['--glossary', join(dir, 'own.csv'), join(dir, 'notes.md')]);
    expect(result.stdout).toContain('“room” is jargon. Try “space”.');
    expect(result.code).toBe(1);
  });
});
