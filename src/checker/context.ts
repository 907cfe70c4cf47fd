/**
 * Where things are in a block: the word at an offset, the sentence a word is
 * in, and a sentence's parts of speech (tagged once, when first asked for,
 * and kept with the paragraph's analysis).
 */
import type { Sentence, Word } from './analyse';
import {
  countSentence,
  formulaAges,
  isEverydayWord,
  syllables,
  UK_MODE,
  type SentenceCounts,
} from './readability';
import type { BlockInput } from './input';
import { tagWords, type Tag } from './tagger';

/** Index of the word that starts at or contains `offset`, or -1. */
export function wordAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const word = words[mid] as Word;
    if (word.end <= offset) low = mid + 1;
    else if (word.start > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** Index of the last word that ends at or before `offset`, or -1. */
export function wordEndingBy(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] as Word).end <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Index of the sentence that holds word `index`. */
export function sentenceOf(input: BlockInput, index: number): number {
  const sentences = input.text.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((sentences[mid]?.firstWord ?? 0) <= index) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The tags of a sentence's words (index 0 is the sentence's first word). */
export function tagsOf(input: BlockInput, sentence: number): Tag[] {
  let tags = input.tagCache[sentence];
  if (!tags) {
    const s = input.text.sentences[sentence];
    if (!s) return [];
    tags = tagWords(input.text.text, input.text.words, s.firstWord, s.endWord, s.start, s.end);
    input.tagCache[sentence] = tags;
  }
  return tags;
}

/** The seven formulas' reading ages of a sentence, worked out once, when first asked for. */
export function agesOf(input: BlockInput, sentence: number): readonly number[] {
  let ages = input.ageCache[sentence];
  if (!ages) {
    const counts = input.sentenceCounts[sentence];
    if (!counts) return [];
    ages = formulaAges(counts, UK_MODE);
    input.ageCache[sentence] = ages;
  }
  return ages;
}

/** A paragraph's number: "4.5", "12", "2.3.1". */
const PARAGRAPH_NUMBER = /^\d{1,3}(?:\.\d{1,3}){0,3}$/;

/**
 * Whether word `index` starts its sentence, or comes right after the number
 * of a numbered paragraph that starts it ("6.2 A number of people said …"):
 * a word there takes a capital.
 */
export function startsSentence(input: BlockInput, index: number): boolean {
  const sentence = input.text.sentences[sentenceOf(input, index)];
  if (!sentence) return false;
  if (sentence.firstWord === index) return true;
  const first = input.text.words[sentence.firstWord];
  return (
    sentence.firstWord === index - 1 && first !== undefined && PARAGRAPH_NUMBER.test(first.text)
  );
}

/**
 * The words of a sentence as a reader counts them: not the number of a
 * numbered paragraph it opens ("4.5 Sandra Hill said …"), a phone
 * number written in groups ("0300 123 4567") as one word, a time with
 * "am" or "pm" written on ("8.30am") as one word, and a size ("40 x 30 x
 * 20cm") as one word.
 */
export function sentenceLength(input: BlockInput, sentence: number): number {
  const { firstWord, endWord } = input.text.sentences[sentence] ?? { firstWord: 0, endWord: 0 };
  const { words, text } = input.text;
  const first = words[firstWord];
  const numbered = sentence === 0 && !!first && PARAGRAPH_NUMBER.test(first.text);
  let count =
    endWord -
    firstWord -
    (numbered && endWord - firstWord > 1 ? 1 : 0) -
    labelWords(input, sentence);
  for (let i = firstWord + 1; i < endWord; i++) {
    const word = words[i] as Word;
    const code = word.text.charCodeAt(0);
    const previous = words[i - 1] as Word;
    if (code < 48 || code > 57) {
      // "8.30am" is one word, though the tokenizer ends the number at its digits.
      if (word.start === previous.end && TIME_OF_DAY.test(word.text) && /\d$/.test(previous.text))
        count--;
      // "40 x 30 x 20cm" is one size: each "x" and the number after it add nothing.
      const next = words[i + 1];
      if (
        TIMES.test(word.text) &&
        i + 1 < endWord &&
        /\d$/.test(previous.text) &&
        /^\d/.test(next?.text ?? '')
      )
        count -= 2;
      continue;
    }
    if (
      DIGITS.test(word.text) &&
      DIGITS.test(previous.text) &&
      word.start === previous.end + 1 &&
      text.charCodeAt(previous.end) === 32
    ) {
      count--;
    }
  }
  return count;
}

/** The most words a label before a colon has ("Fire and Rescue (HB):"). */
const LABEL_WORDS = 8;

/**
 * The words of a label that opens a sentence, before its colon, which a
 * reader takes in as a heading, not as part of the sentence: in a list
 * item ("Name a seat: for £250 your name …"), a label that ends with
 * brackets ("Fire and Rescue (HB): A home fire safety visit …") or a word
 * alone ("Note: …"). Not a clause that leads in ("The council has three
 * aims: …"). 0 when there is none.
 */
function labelWords(input: BlockInput, sentence: number): number {
  const { firstWord, endWord } = input.text.sentences[sentence] ?? { firstWord: 0, endWord: 0 };
  const { words, text } = input.text;
  for (let i = firstWord; i < endWord - 1 && i < firstWord + LABEL_WORDS; i++) {
    const between = text.slice((words[i] as Word).end, (words[i + 1] as Word).start);
    if (!LABEL_END.test(between)) continue;
    const count = i - firstWord + 1;
    const bracketed = between.startsWith(')');
    return input.block.kind === 'list-item' || bracketed || count === 1 ? count : 0;
  }
  return 0;
}

/** The end of a label: a colon, after a closing bracket or not, then a space. */
const LABEL_END = /^\)?\*{0,2}:\*{0,2}\s/;

const DIGITS = /^\d+$/;
const TIME_OF_DAY = /^[ap]m$/i;
const TIMES = /^[x×]$/i;

/** A word written as part of a name: a capital then small letters. */
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * The sentence's counts with each capitalised word after its first (a name,
 * or part of one: "the Adults and Health Scrutiny Committee", "Northfield
 * General Hospital") and each word of a glossary term ("safeguarding
 * referral", "local authority") read as the short everyday word "it", or
 * undefined when it has neither. The writer cannot change a name, and its
 * capitals tell the reader what it is; a term has its own finding, which
 * says what to do about it. Their syllables would carry every formula, and
 * the sentence would be flagged again for the same words.
 */
export function countsWithoutNames(
  input: BlockInput,
  sentence: number,
): SentenceCounts | undefined {
  const { firstWord, endWord, start, end } = input.text.sentences[sentence] ?? {
    firstWord: 0,
    endWord: 0,
    start: 0,
    end: 0,
  };
  const words = input.text.words;
  // Where the glossary's terms are in this sentence (a block holds few).
  const terms: [number, number][] = [];
  for (const match of input.matches) {
    if (match.value.kind === 'glossary' && match.start < end && match.end > start) {
      terms.push([match.start, match.end]);
    }
  }
  const texts: string[] = [];
  let easier = 0;
  for (let i = firstWord; i < endWord; i++) {
    const word = words[i] as Word;
    const name = i > firstWord && NAME_WORD.test(word.text);
    const term = terms.some(([from, to]) => word.start >= from && word.end <= to);
    if (name || term) easier++;
    texts.push(name || term ? 'it' : word.text);
  }
  return easier === 0 ? undefined : countSentence(texts, UK_MODE);
}

/** The tag of word `index`. */
export function tagOf(input: BlockInput, index: number): Tag | undefined {
  const sentence = sentenceOf(input, index);
  const first = input.text.sentences[sentence]?.firstWord ?? 0;
  return tagsOf(input, sentence)[index - first];
}

/**
 * The words of three syllables or more in a sentence that are not everyday
 * words ("anything", "wellbeing"; with `adultWords`, also "example"), each
 * counted once.
 */
export function distinctLongWords(input: BlockInput, index: number, adultWords: boolean): number {
  const { firstWord, endWord } = input.text.sentences[index] as Sentence;
  const seen = new Set<string>();
  for (let i = firstWord; i < endWord; i++) {
    const text = (input.text.words[i] as Word).text.toLowerCase();
    if (syllables(text) >= 3 && !seen.has(text) && !isEverydayWord(text, adultWords))
      seen.add(text);
  }
  return seen.size;
}
