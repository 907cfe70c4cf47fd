import { describe, expect, it } from 'vitest';
import { parseCheckRequest, ProtocolError } from '../../src/messaging/protocol';
import { MAX_CHECK_TEXT } from '../../src/validation/index';

describe('parseCheckRequest', () => {
  const valid: [unknown, unknown][] = [
    [{ text: '' }, { text: '' }],
    [{ text: 'Hello.' }, { text: 'Hello.' }],
    [
      { text: 'Hello.', profile: 'easy-read', format: 'markdown' },
      { text: 'Hello.', profile: 'easy-read', format: 'markdown' },
    ],
    // Unknown fields are dropped, not passed on to the engine.
    [{ text: 'Hi', glossary: [{ id: 'x' }], extra: 1 }, { text: 'Hi' }],
    [{ text: 'a'.repeat(MAX_CHECK_TEXT) }, { text: 'a'.repeat(MAX_CHECK_TEXT) }],
  ];
  it.each(valid)('accepts %j', (input, expected) => {
    expect(parseCheckRequest(input)).toEqual(expected);
  });

  const invalid: [unknown, string][] = [
    [undefined, 'Plainly got a request it does not understand. Try again.'],
    [null, 'Plainly got a request it does not understand. Try again.'],
    ['text', 'Plainly got a request it does not understand. Try again.'],
    [['text'], 'Plainly got a request it does not understand. Try again.'],
    [{}, 'Plainly needs some text to check.'],
    [{ text: 42 }, 'Plainly needs some text to check.'],
    [
      { text: 'a'.repeat(MAX_CHECK_TEXT + 1) },
      'This text is too long to check in one go. Check it in parts of up to 200,000 characters.',
    ],
    [{ text: 'Hi', profile: 'academic' }, 'Choose a writing style: Plain, Public or Easy read.'],
    [{ text: 'Hi', profile: null }, 'Choose a writing style: Plain, Public or Easy read.'],
    [
      { text: 'Hi', format: 'docx' },
      'Plainly can check plain text, Markdown or HTML. Choose one of those.',
    ],
  ];
  it.each(invalid)('refuses %j with a plain message', (input, message) => {
    expect(() => parseCheckRequest(input)).toThrow(new ProtocolError(message));
    try {
      parseCheckRequest(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ProtocolError);
      expect((error as Error).name).toBe('ProtocolError');
    }
  });
});
