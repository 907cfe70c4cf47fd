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
    // Capitals copied as they are shown: a whole quotation, a company's registered name.
    ['You will see it on your statement as "FRAUD CLAIM CREDIT".', 'public', []],
    ['You will see "FRAUD CLAIM CREDIT TODAY" soon.', 'public', []],
    ['We said NEVER SHARE YOUR PIN "with anyone".', 'public', ['NEVER SHARE YOUR PIN']],
    ['| 2 December | ONLINE ELECTRONICS LTD | £649.99 |', 'public', []],
    ['You paid FASTPAY*GIFTCARDS twice.', 'easy-read', []],
    ['| 2 December | ONLINE ELECTRONICS SHOP | £649.99 |', 'public', ['ONLINE ELECTRONICS SHOP']],
  ])('%s (%s)', (text, profile, runs) => {
    expect(findingsOf(text, profile, 'all-caps')).toEqual(runs.map((on) => [on, MESSAGE, null]));
  });
});
