/**
 * The evaluation set is well formed, and the README's figures are the ones
 * `npm run eval` gives today (run `npm run eval -- --readme` to refresh them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILE_NAMES } from '../src/checker/types';
import { formatEval, scoreEval } from '../scripts/eval/score';

const root = new URL('../eval/', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const files = (folder: string) =>
  readdirSync(new URL(`${folder}/`, root)).filter((name) => name.endsWith('.json'));

describe('the evaluation set', () => {
  it('has the cases its README promises, each well formed', () => {
    const jargon = files('jargon').flatMap((file) => read(`jargon/${file}`));
    const everyday = files('everyday').flatMap((file) => read(`everyday/${file}`));
    const suggestions = read('suggestions.json');
    expect(jargon.length).toBeGreaterThanOrEqual(300);
    expect(everyday.length).toBeGreaterThanOrEqual(150);
    expect(suggestions.length).toBeGreaterThanOrEqual(60);
    const ids = [...jargon, ...everyday, ...suggestions].map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of [...jargon, ...everyday]) expect(PROFILE_NAMES).toContain(c.profile);
    for (const c of jargon) {
      for (const item of [...c.jargon, ...c.style]) expect(c.text).toContain(item);
    }
    for (const c of suggestions) {
      expect(c.text).toContain(c.flagged);
      expect(c.accept.length).toBeGreaterThan(0);
    }
  });

  it('is scored in the README as it scores today', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = /<!-- eval:start -->\n([\s\S]*?)\n<!-- eval:end -->/.exec(readme)?.[1];
    expect(table).toBe(formatEval(scoreEval()));
  });
});
