/** A definition says what a word means; one that gives an instruction is refused, and says why. */
import { describe, expect, it } from 'vitest';
import { definitionProblem, readerTextProblem } from '../../src/glossary/reader-text';

describe('definitions that give an instruction or describe the word', () => {
  it.each([
    ['Use “buy” instead.', { kind: 'instruction', words: 'use' }],
    ['Say what will change and by when.', { kind: 'instruction', words: 'say' }],
    ['Name the service instead.', { kind: 'instruction', words: 'name' }],
    ['Avoid it in letters.', { kind: 'instruction', words: 'avoid' }],
    ['Try to find a plainer word.', { kind: 'instruction', words: 'try' }],
    ['Explain it the first time.', { kind: 'instruction', words: 'explain' }],
    ['Write out the words in full.', { kind: 'instruction', words: 'write' }],
    ['Do not use it with the public.', { kind: 'instruction', words: 'do not use' }],
    ['Don’t use it.', { kind: 'instruction', words: "don't use" }],
    ['Only use it for the legal process.', { kind: 'instruction', words: 'only use it' }],
    [
      'Money from the council. Use it only for care.',
      { kind: 'instruction', words: 'use it only' },
    ],
    [
      'A plan for support; you should agree it with the person.',
      { kind: 'instruction', words: 'you should' },
    ],
    ['The main meeting. Never shorten it.', { kind: 'instruction', words: 'never' }],
    ['“Use the person’s name.”', { kind: 'instruction', words: 'use' }],
    ['A vague word for something important.', { kind: 'describes-word', words: 'a vague word' }],
    ['Jargon for working together.', { kind: 'describes-word', words: 'jargon for' }],
  ] as const)('%j is refused: %j', (definition, problem) => {
    expect(readerTextProblem(definition)).toEqual(problem);
  });

  it.each([
    'Money from the council that a person uses to buy their own support.',
    'Main or most important.',
    'Use of force to stop a person leaving.',
    'Name of the team that runs the service.',
    'Short-term help at home to get back the skills a person used to have.',
    'People who use services and their families.',
    'A user of a service.',
    'Trying something out for a short time.',
    'Saying what matters to the person.',
    'Avoidable harm to a person.',
    'Writing that readers can understand.',
    'A meeting; its notes are written down.',
    '',
  ])('%j reads as a meaning', (definition) => {
    expect(readerTextProblem(definition)).toBeUndefined();
  });

  it('says why, in words that follow the field’s name', () => {
    expect(definitionProblem('Use “buy” instead.')).toBe(
      'gives an instruction (“Use …”). It is for readers, so say what the word means. Put what writers should do in the advice for writers.',
    );
    expect(definitionProblem('A vague word for important.')).toBe(
      'describes the word (“A vague word …”) instead of saying what it means. Say what people usually mean by it, for example “main or most important”.',
    );
    expect(definitionProblem('Main or most important.')).toBeUndefined();
  });

  it('reads a long definition of many sentences to its end', () => {
    const long = 'A word. '.repeat(20_000);
    expect(readerTextProblem(long)).toBeUndefined();
    expect(readerTextProblem(`${long}Use it.`)).toEqual({ kind: 'instruction', words: 'use' });
  });
});
