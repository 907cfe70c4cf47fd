/**
 * easy-read-numbers: easy read writes numbers as digits ("3 visits", not
 * "three visits").
 */
import numberWords from '../../../dictionaries/number-words.json';
import { pieceKeys } from '../analyse';
import type { RawFinding } from './rule';
import { defineRule } from './rule';
import { q } from './suggest';

const NUMBERS = new Map(Object.entries(numberWords.numbers));
const ONE_NOT_AFTER = new Set(numberWords.oneNotAfter);
const ONE_NOT_BEFORE = new Set(numberWords.oneNotBefore);
/**
 * A word with a hyphen, apostrophe or dot is read by its pieces' spelling
 * keys; any other word is a number word only as itself, in lower case (no
 * spelling key of such a word is a number word but the word's own).
 */
const NEEDS_KEYS = /[-‐‑'’‘`.]/;
/** The number words' first letters and lengths: any other word is passed over without a look-up. */
const FIRST_LETTERS = new Set([...NUMBERS.keys()].map((word) => word.charCodeAt(0)));
const SHORTEST = Math.min(...[...NUMBERS.keys()].map((word) => word.length));
const TENS = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;

export const easyReadNumbers = defineRule({
  id: 'easy-read-numbers',
  category: 'easy-read',
  summary: 'Numbers written as words (easy read profile): write them as digits.',
  source: 'GOV.UK A to Z: numbers; GOV.UK accessible communication formats (easy read)',
  examples: [
    {
      text: 'You can bring two friends.',
      profile: 'easy-read',
      findings: [
        {
          on: 'two',
          message: 'Write “two” as a number: 2.',
          fixed: 'You can bring 2 friends.',
        },
      ],
    },
    {
      text: 'You can bring 2 friends.',
      profile: 'easy-read',
      findings: [],
    },
    {
      text: 'You can bring two friends.',
      findings: [],
    },
  ],
  block(input, context) {
    const { words } = input.text;
    const findings: RawFinding[] = [];
    words.forEach((word, index) => {
      let value: number | undefined;
      const pieces = NEEDS_KEYS.test(word.text) ? pieceKeys(word.text) : undefined;
      if (pieces === undefined) {
        const text = word.text;
        if (text.length < SHORTEST || !FIRST_LETTERS.has(text.charCodeAt(0) | 32)) return;
        value = NUMBERS.get(text.toLowerCase());
      } else if (pieces.length === 1) value = NUMBERS.get(pieces[0] as string);
      else if (pieces.length === 2 && TENS.test(pieces[0] as string)) {
        const units = NUMBERS.get(pieces[1] as string);
        const tens = NUMBERS.get(pieces[0] as string);
        if (tens !== undefined && units !== undefined && units < 10) value = tens + units;
      }
      if (value === undefined) return;
      if (value === 1) {
        const before = words[index - 1]?.text.toLowerCase() ?? '';
        const after = words[index + 1]?.text.toLowerCase() ?? '';
        if (ONE_NOT_AFTER.has(before) || ONE_NOT_BEFORE.has(after) || after === '') return;
        // "We can ask one to come": "one" stands for a person ("from one to
        // five" and "one to one" are numbers).
        if (after === 'to') {
          const then = words[index + 2]?.text.toLowerCase() ?? '';
          if (then !== '' && !/^\d/.test(then) && !NUMBERS.has(then)) return;
        }
      }
      findings.push({
        start: word.start,
        end: word.end,
        message: `Write ${q(word.text)} as a number: ${value}.`,
        severity: context.severity,
        suggestions: [{ kind: 'replace', text: String(value) }],
      });
    });
    return { findings };
  },
});
