/**
 * all-caps: runs of words in capitals are hard to read, because words lose
 * their shape. Abbreviations on their own are left to the acronym rule.
 */
import { wholeQuotation } from '../prose';
import type { BlockInput, RawFinding } from './rule';
import { defineRule } from './rule';

const CAPS_WORD = /^[\p{Lu}\d'’-]*\p{Lu}[\p{Lu}\d'’-]*$/u;

/** The words that end a company's registered name: "ONLINE ELECTRONICS LTD". */
const COMPANY_ENDS: ReadonlySet<string> = new Set(['LTD', 'PLC', 'LLP', 'CIC', 'LIMITED', 'INC']);

/**
 * Capitals copied as they are shown somewhere else, which the writer cannot
 * put in small letters: the whole of a quotation ('on your statement as
 * "FRAUD CLAIM CREDIT"'), a company's registered name ("ONLINE
 * ELECTRONICS LTD" on a bank statement), or a card payment's description
 * ("FASTPAY*GIFTCARDS").
 */
function copiedAsShown(input: BlockInput, start: number, end: number, last: string): boolean {
  return (
    COMPANY_ENDS.has(last.replace(/\.$/, '')) ||
    input.text.text.slice(start, end).includes('*') ||
    wholeQuotation(input, start, end) !== -1
  );
}

export const allCaps = defineRule({
  id: 'all-caps',
  category: 'easy-read',
  summary: 'Runs of words in CAPITAL LETTERS (4 or more words; public 3; easy read 2).',
  source: 'GOV.UK publishing accessible documents; People First and Dudley SLT easy read guides',
  examples: [
    {
      text: 'PLEASE READ THIS BEFORE THE MEETING.',
      findings: [
        {
          on: 'PLEASE READ THIS BEFORE THE MEETING',
          message:
            'Words in capital letters are hard to read. Use lower case, and bold if you need to stress something.',
        },
      ],
    },
    {
      text: 'Please read this before the meeting.',
      findings: [],
    },
  ],
  block(input, context) {
    const { words, sentences } = input.text;
    const min = context.profile.capsRun;
    const findings: RawFinding[] = [];
    for (const sentence of sentences) {
      let runStart = -1;
      let letters = 0;
      const close = (endIndex: number) => {
        const count = endIndex - runStart;
        if (runStart !== -1 && count >= min && letters > count * 2) {
          const start = (words[runStart] as { start: number }).start;
          const last = words[endIndex - 1] as { end: number; text: string };
          if (!copiedAsShown(input, start, last.end, last.text)) {
            findings.push({
              start,
              end: last.end,
              message:
                'Words in capital letters are hard to read. Use lower case, and bold if you need to stress something.',
              severity: context.severity,
              suggestions: [],
            });
          }
        }
        runStart = -1;
        letters = 0;
      };
      for (let i = sentence.firstWord; i < sentence.endWord; i++) {
        const text = (words[i] as { text: string }).text;
        const first = text.charCodeAt(0);
        // Fast path: a word starting with a lower-case ASCII letter is not in
        // capitals. Nor is a code with a digit in it: a postcode ("FB1 1AB"),
        // a road ("M62").
        const caps =
          !(first >= 97 && first <= 122) &&
          CAPS_WORD.test(text) &&
          !/\d/.test(text) &&
          /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(text);
        if (caps) {
          if (runStart === -1) runStart = i;
          letters += text.length;
        } else {
          close(i);
        }
      }
      close(sentence.endWord);
    }
    return { findings };
  },
});
