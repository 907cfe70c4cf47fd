/**
 * The repository stands on its own: no file points to notes kept outside it
 * or to an issue tracker's numbers. Longer knowledge lives in docs/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** Names of notes kept outside the repository, and issue numbers. */
const OUTSIDE =
  /\.\.\/shared|\b(DOMAIN|RELIABILITY|PERFORMANCE|STYLE)\.md|\bissue #?\d|\bDOMAIN (research|open point|D\d)/;

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file !== '' && existsSync(join(root, file)))
    .filter((file) => !/\.(pdf|docx|png|jpe?g|zip)$/.test(file));
}

describe('the repository stands on its own', () => {
  it('points to no notes outside it and to no issue numbers', () => {
    const found: string[] = [];
    for (const file of trackedFiles()) {
      const lines = readFileSync(join(root, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (OUTSIDE.test(line) && file !== 'test/setup/stands-alone.test.ts')
          found.push(`${file}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('has the docs that the code points to', () => {
    const cited = new Set<string>();
    for (const file of trackedFiles()) {
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/docs\/[a-z-/]+\.md/g))
        cited.add(m[0]);
    }
    expect(cited.size).toBeGreaterThan(3);
    expect([...cited].filter((doc) => !existsSync(join(root, doc)))).toEqual([]);
  });

  it('has every section of docs/reliability.md that a comment names', () => {
    const doc = readFileSync(join(root, 'docs/reliability.md'), 'utf8');
    const headings = new Set([...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]));
    const named: string[] = [];
    for (const file of trackedFiles()) {
      const text = readFileSync(join(root, file), 'utf8').replace(/\n\s*(\*|\/\/)\s*/g, ' ');
      for (const m of text.matchAll(/docs\/reliability\.md,\s*"([^"]+)"/g))
        named.push(`${file}: ${m[1]}`);
    }
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((n) => !headings.has(n.slice(n.indexOf(': ') + 2)))).toEqual([]);
  });

  it('has every picture and page the README links to', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?:docs\/|[A-Z]+\.md)[^)#]*)/g)].map((m) => m[1] ?? '');
    expect(links.filter((link) => link.endsWith('.png')).sort()).toEqual([
      'docs/images/glossary-editor.png',
      'docs/images/popup.png',
      'docs/images/review-page.png',
      'docs/images/side-panel.png',
      'docs/images/suggestion-card.png',
      'docs/images/word-suggestions.png',
    ]);
    expect(links.filter((link) => !existsSync(join(root, link)))).toEqual([]);
  });
});
