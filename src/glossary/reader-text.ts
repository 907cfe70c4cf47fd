/**
 * Reader text (an entry's definition) says what a word means, for readers
 * of a paper. It never tells anyone what to do: that is advice, for writers,
 * and goes in `advice`. The words that give an instruction away are data, in
 * dictionaries/reader-text.json.
 *
 * The same check runs when the built-in glossary is tested, when an entry is
 * saved in the editor and when a file is imported.
 */
import readerText from '../../dictionaries/reader-text.json';

/** Lower case, curly apostrophes made straight, one space between words. */
function normalise(text: string): string {
  return text.toLowerCase().replaceAll('’', "'").replace(/\s+/g, ' ').trim();
}

const uniq = (words: readonly string[]) => [...new Set(words.map(normalise))];
const STARTS = uniq(readerText.instructionStarts);
const NOT_INSTRUCTIONS = uniq(readerText.notInstructions);
const ANYWHERE = uniq(readerText.instructionAnywhere);
const DESCRIBES = uniq(readerText.describesWord);

/** Whether `text` starts with `words` as whole words. */
function startsWithWords(text: string, words: string): boolean {
  return text.startsWith(words) && !/[\p{L}\p{N}]/u.test(text.charAt(words.length));
}

/** Whether `words` occur in `text` as whole words. */
function containsWords(text: string, words: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(words, from);
    if (at < 0) return false;
    const before = text.charAt(at - 1);
    const after = text.charAt(at + words.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}

/** Sentences (and parts after a semicolon or colon), each without leading quotes or brackets. */
function sentences(text: string): string[] {
  return normalise(text)
    .split(/[.!?;:]+(?:\s+|$)/)
    .map((part) => part.replace(/^[\s"'“‘([]+/, ''))
    .filter((part) => part !== '');
}

export type ReaderTextProblem =
  { kind: 'instruction'; words: string } | { kind: 'describes-word'; words: string };

/**
 * What makes a definition something other than a plain meaning, if anything:
 * an instruction ("Use …", "Do not …", "you should") or a description of the
 * word ("a vague word for …"). Linear in the length of the text.
 */
export function readerTextProblem(definition: string): ReaderTextProblem | undefined {
  const whole = normalise(definition);
  for (const words of DESCRIBES) {
    if (containsWords(whole, words)) return { kind: 'describes-word', words };
  }
  for (const words of ANYWHERE) {
    if (containsWords(whole, words)) return { kind: 'instruction', words };
  }
  for (const sentence of sentences(definition)) {
    if (NOT_INSTRUCTIONS.some((words) => startsWithWords(sentence, words))) continue;
    const words = STARTS.find((start) => startsWithWords(sentence, start));
    if (words !== undefined) return { kind: 'instruction', words };
  }
  return undefined;
}

/** The problem as a plain message that follows the field's name ("definition …"). */
export function readerTextMessage(problem: ReaderTextProblem): string {
  const quoted = `“${problem.words.charAt(0).toUpperCase()}${problem.words.slice(1)} …”`;
  return problem.kind === 'instruction'
    ? `gives an instruction (${quoted}). It is for readers, so say what the word means. Put what writers should do in the advice for writers.`
    : `describes the word (${quoted}) instead of saying what it means. Say what people usually mean by it, for example “main or most important”.`;
}

/** A plain problem with a definition, or undefined when it reads as a meaning. */
export function definitionProblem(definition: string): string | undefined {
  const problem = readerTextProblem(definition);
  return problem === undefined ? undefined : readerTextMessage(problem);
}
