/**
 * Conventions are tests: every rule is registered, has its own file named
 * after its id and is documented in the README; the README's generated
 * tables and glossary example match the code.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileTable, ruleCatalogue, ruleExamples } from '../src/checker/catalogue';
import { check } from '../src/checker/index';
import { RULES } from '../src/checker/rules/index';
import { validateGlossaryFile } from '../src/glossary/validate';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function section(name: string): string {
  const start = `<!-- ${name}:start -->\n`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(`\n<!-- ${name}:end -->`);
  return readme.slice(from + start.length, to);
}

describe('rules', () => {
  it('each rule lives in its own file named after its id', () => {
    for (const rule of RULES) {
      expect(
        existsSync(new URL(`../src/checker/rules/${rule.id}.ts`, import.meta.url)),
        rule.id,
      ).toBe(true);
    }
  });

  it('every rule file is in the registry', () => {
    const files = readdirSync(new URL('../src/checker/rules/', import.meta.url))
      .filter((name) => !['index.ts', 'rule.ts', 'suggest.ts', 'word-list.ts'].includes(name))
      .map((name) => name.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it('ids are unique kebab-case, and each rule says what it finds and where it comes from', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(rule.source.length).toBeGreaterThan(10);
      // At least one text it flags and one it leaves alone.
      expect(
        rule.examples.some((e) => e.findings.length > 0),
        rule.id,
      ).toBe(true);
      expect(
        rule.examples.some((e) => e.findings.length === 0),
        rule.id,
      ).toBe(true);
    }
  });
});

describe('README', () => {
  it('has the rule catalogue as the code describes it (run npm run docs)', () => {
    expect(section('rules')).toBe(ruleCatalogue());
  });

  it('has every rule’s examples as the rules give them (run npm run docs)', () => {
    expect(section('rule-examples')).toBe(ruleExamples());
  });

  it('has the profile table as the code describes it (run npm run docs)', () => {
    expect(section('profiles')).toBe(profileTable());
  });

  it('shows a glossary file that Plainly accepts and that works as shown', () => {
    const json = /## The glossary[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const { file, problems } = validateGlossaryFile(JSON.parse(json));
    expect(problems).toEqual([]);
    const example = file?.entries[0];
    expect(example?.examples?.flag.length ?? 0).toBeGreaterThan(0);
    expect(example?.examples?.ok.length ?? 0).toBeGreaterThan(0);
    for (const sentence of example?.examples?.flag ?? []) {
      expect(
        check(sentence, { glossary: file?.entries ?? [] }).findings.map((f) => f.entryId),
        sentence,
      ).toContain(example?.id);
    }
    for (const sentence of example?.examples?.ok ?? []) {
      expect(
        check(sentence, { glossary: file?.entries ?? [] }).findings.map((f) => f.entryId),
        sentence,
      ).not.toContain(example?.id);
    }
  });

  it('names the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run build && npx plainly examples/board-minutes.md');
    expect(readme).toContain('npm ci && npm run setup:browser && npm test');
  });
});

describe('the engine stays pure', () => {
  it('ESLint refuses browser, database and extension code in src/checker, src/glossary and src/markup', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
    const code = [
      "import Dexie from 'dexie';",
      "import { browser } from '#imports';",
      "import { readFileSync } from 'node:fs';",
      'export const x = [Dexie, browser, readFileSync, document.title, window.name, chrome.runtime];',
      '',
    ].join('\n');
    for (const filePath of [
      'src/checker/example.ts',
      'src/glossary/example.ts',
      'src/markup/example.ts',
    ]) {
      const [result] = await eslint.lintText(code, { filePath });
      const messages = result?.messages ?? [];
      const importLines = new Set(
        messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line),
      );
      expect([...importLines].sort(), filePath).toEqual([1, 2, 3]);
      expect(messages.filter((m) => m.ruleId === 'no-restricted-globals').length, filePath).toBe(3);
    }
  });
});
