import { describe, expect, it } from 'vitest';
import type { ProfileName } from '../../../src/checker/types';
import { findingsOf } from './glossary';

const MESSAGE =
  'Words in capital letters are hard to read. Use lower case, and bold if you need to stress something.';

describe('all-caps', () => {
  it.each<[string, ProfileName, string[]]>([
    ['PLEASE BRING YOUR LETTER.', 'easy-read', ['PLEASE BRING YOUR LETTER']],
    // Long runs in every profile, short ones in easy read only.
    ['PLEASE BRING YOUR LETTER WITH YOU.', 'plain', ['PLEASE BRING YOUR LETTER WITH YOU']],
    ['PLEASE BRING it.', 'plain', []],
    ['PLEASE BRING it.', 'easy-read', ['PLEASE BRING']],
    // Codes with digits are not words in capitals.
    ['Write to us at Fairbridge FB1 1AB.', 'easy-read', []],
    ['Take the M62 EAST from Leeds.', 'easy-read', []],
  ])('%s (%s)', (text, profile, runs) => {
    expect(findingsOf(text, profile, 'all-caps')).toEqual(runs.map((on) => [on, MESSAGE, null]));
  });
});
