/**
 * Checking a field again after a key press reads again only the paragraphs
 * that changed: the check is split into slices (field-slices.ts), each slice
 * into paragraphs, and the checker keeps each paragraph's analysis. With the
 * real checker and the real field check; the analyses are counted as they
 * happen, and the findings compared with a fresh checker's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checker } from '../../src/checker';
import { fieldWork } from '../../src/background/field-check';
import type { FieldCheckResult } from '../../src/messaging/fields';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

/** 5,000 words in 50 paragraphs of 100, each different, with jargon in each. */
function paragraphs(): string[] {
  const out: string[] = [];
  for (let p = 0; p < 50; p++) {
    const words: string[] = [];
    for (let s = 0; words.length < 100; s++) {
      words.push(
        ...`In visit ${p}.${s} we met the commissioners to plan care and support at home.`.split(
          ' ',
        ),
      );
    }
    out.push(words.slice(0, 100).join(' '));
  }
  return out;
}

function check(checker: Checker, text: string): FieldCheckResult {
  const work = fieldWork(checker, text, DEFAULT_SETTINGS);
  for (const step of work.steps) step();
  return work.finish(false);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checking a field again after an edit', () => {
  it.each([
    ['a text area (paragraphs between blank lines)', '\n\n'],
    ['an editable area (paragraphs on their own lines)', '\n'],
  ])('in %s reads again only the paragraphs that changed', (_what, joiner) => {
    const checker = new Checker();
    // Counts what the checker reads afresh, and calls through to the real reading.
    const analyse = vi.spyOn(
      Checker.prototype as unknown as { analyse(text: string): unknown },
      'analyse',
    );
    const before = paragraphs();
    const first = before.join(joiner);
    expect(first.split(/\s+/).length).toBeGreaterThanOrEqual(5_000);
    check(checker, first);
    expect(analyse).toHaveBeenCalledTimes(50);

    // A word typed in paragraph 10 (the first slice) and in paragraph 45 (the second).
    const after = [...before];
    after[10] = `${after[10]} Yes`;
    after[45] = `Now ${after[45]}`;
    analyse.mockClear();
    const result = check(checker, after.join(joiner));
    expect(analyse.mock.calls.map(([text]) => text)).toEqual([after[10], after[45]]);
    // And the findings are exactly those of a checker that read everything.
    expect(result).toEqual(check(new Checker(), after.join(joiner)));
  });
});
