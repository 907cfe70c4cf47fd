import { describe, expect, it } from 'vitest';
import { parseFieldCheckRequest, parseIgnoreWord } from '../../src/messaging/fields';
import { MAX_CHECK_TEXT } from '../../src/validation/index';

describe('field messages refuse what does not follow the protocol', () => {
  it('keeps only the text and the field of a check request', () => {
    expect(parseFieldCheckRequest({ text: 'Hello', fieldId: 'm1-2', extra: 1 })).toEqual({
      text: 'Hello',
      fieldId: 'm1-2',
    });
  });

  it('drops a field name that is not a short plain name', () => {
    for (const fieldId of [undefined, 7, '', 'x'.repeat(65), '<b>', 'a b']) {
      expect(parseFieldCheckRequest({ text: 'Hello', fieldId })).toEqual({
        text: 'Hello',
        fieldId: '',
      });
    }
  });

  it('refuses a check with no text, or too much', () => {
    expect(() => parseFieldCheckRequest({ text: 42 })).toThrow('Plainly needs some text to check.');
    expect(() => parseFieldCheckRequest(null)).toThrow('Plainly needs some text to check.');
    expect(() => parseFieldCheckRequest({ text: 'a'.repeat(MAX_CHECK_TEXT + 1) })).toThrow(
      'This text is too long to check in one go.',
    );
  });

  it('cleans a word to ignore and refuses an empty or overlong one', () => {
    expect(parseIgnoreWord('  Commissioners ')).toBe('commissioners');
    expect(() => parseIgnoreWord('')).toThrow('Plainly could not ignore that word.');
    expect(() => parseIgnoreWord('x'.repeat(101))).toThrow('Plainly could not ignore that word.');
    expect(() => parseIgnoreWord({ word: 'x' })).toThrow('Plainly could not ignore that word.');
  });
});
