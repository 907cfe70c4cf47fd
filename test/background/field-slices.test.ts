/**
 * Very large fields are checked in slices: where the text is cut, and that
 * the findings put back together point at the right words. With the real
 * checker and the real queue.
 */
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/checker';
import { CheckQueue } from '../../src/background/check-queue';
import { fieldWork } from '../../src/background/field-check';
import { SLICE_CHARS, sliceText } from '../../src/background/field-slices';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { BUILTIN_ENTRIES } from '../../src/glossary/builtin';

const pieces = (text: string, max: number) =>
  sliceText(text, max).map(({ start, end }) => text.slice(start, end));

describe('cutting a field into slices', () => {
  it.each([
    ['short text stays whole', 'One line.', 20, ['One line.']],
    ['empty text is one empty slice', '', 20, ['']],
    [
      'at a blank line in the second half',
      'First para here.\n\nSecond para is here.',
      24,
      ['First para here.\n\n', 'Second para is here.'],
    ],
    [
      'at a line break when there is no blank line',
      'aaaa bbbb cccc\ndddd eeee ffff',
      20,
      ['aaaa bbbb cccc\n', 'dddd eeee ffff'],
    ],
    [
      'after a sentence when there is no line break',
      'Care is good. Support helps people.',
      22,
      ['Care is good. ', 'Support helps people.'],
    ],
    [
      'at a space when there is no sentence end',
      'ABCD EFGH IJKL MNOP',
      12,
      ['ABCD EFGH ', 'IJKL MNOP'],
    ],
    ['at the limit in a run with no break', 'ABCDEFGHIJKLMNOP', 6, ['ABCDEF', 'GHIJKL', 'MNOP']],
    ['never between the halves of an emoji', 'abcde👍fgh', 6, ['abcde', '👍fgh']],
  ])('%s', (_what, text, max, expected) => {
    expect(pieces(text, max)).toEqual(expected);
  });

  it('covers the whole text with slices no longer than the limit, each but the last at least half of it', () => {
    const text = Array.from({ length: 3_000 }, (_, i) =>
      i % 17 === 0 ? 'Paragraph end.\n\n' : i % 5 === 0 ? 'ABCD EFGH. ' : 'word ',
    ).join('');
    const slices = sliceText(text, 1_000);
    expect(slices[0]?.start).toBe(0);
    expect(slices.at(-1)?.end).toBe(text.length);
    for (const [i, slice] of slices.entries()) {
      if (i > 0) expect(slice.start).toBe(slices[i - 1]?.end);
      expect(slice.end - slice.start).toBeLessThanOrEqual(1_000);
      if (i < slices.length - 1) expect(slice.end - slice.start).toBeGreaterThanOrEqual(500);
    }
  });
});

describe('checking a field in slices with the real checker', () => {
  const checker = new Checker();
  const settings = { profile: DEFAULT_SETTINGS.profile, ignoredWords: [] };
  const run = async (text: string) => {
    const queue = new CheckQueue({
      budgetMs: 60_000,
      now: () => performance.now(),
      yieldTurn: () => Promise.resolve(),
    });
    return queue.submit('tab', 'field', fieldWork(checker, text, settings));
  };

  it('checks a field of up to 20,000 characters in one piece, as the checker does', async () => {
    const text = 'We met the commissioners about the care package.\n\n'.repeat(300);
    expect(text.length).toBeLessThanOrEqual(SLICE_CHARS);
    expect(fieldWork(checker, text, settings).steps).toHaveLength(1);
    const result = await run(text);
    const direct = checker.check(text, { profile: 'plain', format: 'text', ignoreWords: [] });
    expect(result).not.toBe(undefined);
    if (typeof result === 'symbol') throw new Error('superseded');
    expect(result.findings.map((f) => [f.ruleId, f.start, f.end])).toEqual(
      direct.findings.map((f) => [f.ruleId, f.start, f.end]),
    );
  });

  it('gives the page side what the card shows of a glossary finding: what it means and the tip for the writer', async () => {
    const result = await run('We asked the commissioners about it today.');
    if (typeof result === 'symbol') throw new Error('superseded');
    const entry = BUILTIN_ENTRIES.find((e) => e.id === 'commissioner');
    const finding = result.findings.find((f) => f.entryId === 'commissioner');
    expect(entry?.advice).toBeDefined();
    expect([finding?.definition, finding?.advice]).toEqual([entry?.definition, entry?.advice]);
  });

  it('puts the findings of a 90,000-character field back at the right words', async () => {
    const paragraph = 'The commissioners agreed the care package with the family today.\n\n';
    const text = paragraph.repeat(Math.ceil(90_000 / paragraph.length));
    expect(fieldWork(checker, text, settings).steps.length).toBeGreaterThan(4);
    const result = await run(text);
    if (typeof result === 'symbol') throw new Error('superseded');
    const words = result.findings.filter((f) => f.entryId === 'commissioner');
    // Every paragraph's "commissioners", at its own place in the whole text.
    expect(words.length).toBe(text.split('commissioners').length - 1);
    for (const finding of result.findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    }
    expect(result.readingAge).not.toBeNull();
    expect(result.partial).toBeUndefined();
  });
});
