/**
 * The sample papers in examples/: the committed files are exactly what
 * scripts/make-examples.ts makes, every format gives the same findings, and
 * every `npx plainly` command in the README runs as written.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_NAME, exampleFiles } from '../../scripts/make-examples';
import { run } from '../../src/cli/main';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'plainly-examples-'));
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

async function plainly(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
  });
  return { code, stdout, stderr };
}

describe('examples/', () => {
  it('holds exactly what scripts/make-examples.ts makes, byte for byte', async () => {
    for (const [name, bytes] of await exampleFiles()) {
      const committed = new Uint8Array(readFileSync(join(root, 'examples', name)));
      expect(Buffer.compare(committed, bytes), `examples/${name}`).toBe(0);
    }
  });

  it('gives the same words and findings in every format, with jargon, an abbreviation and a long sentence', async () => {
    const summaries: unknown[] = [];
    for (const extension of ['txt', 'html', 'docx', 'pdf']) {
      const path = join(root, 'examples', `${EXAMPLE_NAME}.${extension}`);
      const result = await plainly(['--format', 'json', path]);
      expect([result.code, result.stderr], extension).toEqual([0, '']);
      const [file] = (
        JSON.parse(result.stdout) as {
          files: { stats: { words: number }; findings: { ruleId: string; text: string }[] }[];
        }
      ).files;
      summaries.push({
        words: file?.stats.words,
        findings: file?.findings.map((f) => `${f.ruleId}: ${f.text}`),
      });
    }
    expect(summaries.slice(1)).toEqual([summaries[0], summaries[0], summaries[0]]);
    const findings = (summaries[0] as { findings: string[] }).findings;
    expect(findings).toContain('acronym: ICB');
    expect(findings).toContain('glossary-term: Going forward');
    expect(
      findings.filter((f) => f.startsWith('long-sentence: In order to facilitate')),
    ).toHaveLength(1);
  });

  it('runs every `npx plainly` command in the README as written', async () => {
    const commands = [...readme.matchAll(/npx plainly ([^\n&|`]+)/g)].map((m) =>
      (m[1] ?? '').trim(),
    );
    const runnable = commands.filter((c) => c.includes('examples/'));
    expect(runnable.length).toBeGreaterThanOrEqual(7);
    for (const command of runnable) {
      // Written files go to a folder of the test's own, not into the repository.
      const args = command
        .split(/\s+/)
        .map((arg, i, all) => (all[i - 1] === '--output' ? join(out, arg) : arg));
      const result = await plainly(args);
      // 0: no errors found; 1: an error-severity finding, which is a result too.
      expect([command, result.code <= 1]).toEqual([command, true]);
      expect(result.stderr.replace(/^plainly: wrote .*\n/, ''), command).toBe('');
    }
  });
});
