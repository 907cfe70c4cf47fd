/**
 * Our tokenizer against parse-latin (retext's parser) on real sentences: the
 * built-in glossary's examples, definitions and easy read sentences, the word
 * lists' examples and the sample meeting paper. Same words, same sentences,
 * apart from the cases in KNOWN_DIFFERENCES.
 */
import { readFileSync } from 'node:fs';
import { ParseLatin } from 'parse-latin';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/checker/analyse';
import { toBlocks } from '../../src/checker/blocks';
import { BUILTIN_ENTRIES, PLAIN_WORDS_LIST, RESPECTFUL_LIST } from '../../src/glossary/builtin';

function parseLatinSentences(text: string): string[][] {
  const root = new ParseLatin().parse(text);
  const out: string[][] = [];
  const visit = (node: {
    type: string;
    children?: unknown[];
    position?: { start: { offset?: number }; end: { offset?: number } };
  }) => {
    if (node.type === 'SentenceNode') {
      const words = (node.children as (typeof node)[])
        .filter((child) => child.type === 'WordNode')
        .map((child) => text.slice(child.position?.start.offset, child.position?.end.offset));
      if (words.length > 0) out.push(words);
      return;
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(root as never);
  return out;
}

/**
 * parse-latin keeps a full stop after a number as part of the word ("age
 * 14.", "1. Matters arising"); we leave it out, since it ends the sentence or
 * numbers a heading. The comparison drops that dot.
 */
const dropNumberStop = (sentences: string[][]) =>
  sentences.map((words) =>
    words.map((word) => (/^\d[\d,.]*\.$/.test(word) ? word.slice(0, -1) : word)),
  );

/**
 * parse-latin keeps two numbers joined by a slash as one word ("47/49");
 * ours reads each number as a word, so that a glossary phrase can be found
 * across the slash ("section 47/49"): their word is split again.
 */
const splitNumberSlash = (sentences: string[][]) =>
  sentences.map((words) =>
    words.flatMap((word) => (/^\d+\/\d+$/.test(word) ? word.split('/') : word)),
  );

/**
 * parse-latin splits a number at its thousands comma ("50,000" → 50, 000);
 * ours keeps it one word, as it is read: their halves are joined again.
 */
const joinThousands = (text: string, sentences: string[][]) =>
  sentences.map((words) =>
    words.reduce<string[]>((out, word) => {
      const before = out[out.length - 1];
      if (before !== undefined && /^\d+$/.test(before) && /^\d{3}\b/.test(word)) {
        if (text.includes(`${before},${word}`)) {
          out[out.length - 1] = `${before},${word}`;
          return out;
        }
      }
      out.push(word);
      return out;
    }, []),
  );

function ourSentences(text: string): string[][] {
  const { words, sentences } = analyseText(text);
  return sentences.map((s) => words.slice(s.firstWord, s.endWord).map((w) => w.text));
}

const corpus = [
  ...BUILTIN_ENTRIES.flatMap((entry) => [
    ...(entry.examples?.flag ?? []),
    ...(entry.examples?.ok ?? []),
    entry.definition,
    entry.easyRead.join(' '),
  ]),
  ...[...RESPECTFUL_LIST, ...PLAIN_WORDS_LIST].flatMap((item) => [
    ...item.examples.flag,
    ...item.examples.ok,
  ]),
  ...toBlocks(
    readFileSync(new URL('../../examples/board-minutes.md', import.meta.url), 'utf8'),
    'markdown',
  ).map((block) => block.text),
  // Curly apostrophes inside words, as Word and most editors type them.
  'The carer’s view wasn’t heard at the panel.',
  'People’s choices matter: we’ll check it’s done.',
  'Mr O’Brien’s plan and the council’s offer weren’t the same.',
  'The service users’ forum didn’t meet; it’d been cancelled.',
  'She’s the person’s named worker, isn’t she?',
];

describe('tokenizer', () => {
  it(`finds the same words and sentences as parse-latin in ${corpus.length} texts`, () => {
    const differences = corpus
      .map((text) => ({
        text,
        ours: ourSentences(text),
        theirs: splitNumberSlash(dropNumberStop(joinThousands(text, parseLatinSentences(text)))),
      }))
      .filter(({ ours, theirs }) => JSON.stringify(ours) !== JSON.stringify(theirs));
    expect(differences).toEqual([]);
  });

  it.each<[string, string[][]]>([
    // Where we differ from parse-latin on purpose.
    [
      'Dr. Smith came. He left.',
      [
        ['Dr', 'Smith', 'came'],
        ['He', 'left'],
      ],
    ],
    ['Ask Mrs. Jones.', [['Ask', 'Mrs', 'Jones']]],
    // Where we agree.
    [
      'He paid £5.50 at 3 p.m. today. Then went.',
      [
        ['He', 'paid', '5.50', 'at', '3', 'p.m.', 'today'],
        ['Then', 'went'],
      ],
    ],
    ['See e.g. the plan. Next.', [['See', 'e.g.', 'the', 'plan'], ['Next']]],
    ['It was J. Smith who came.', [['It', 'was', 'J', 'Smith', 'who', 'came']]],
    // A ratio or a time is one word, as in parse-latin.
    [
      'He gets 2:1 support from 10:30 today.',
      [['He', 'gets', '2:1', 'support', 'from', '10:30', 'today']],
    ],
    ['It was Mr J. Smith who came.', [['It', 'was', 'Mr', 'J', 'Smith', 'who', 'came']]],
    // A person kept private by a letter ends the sentence before a word that is no name.
    [
      'We wrote to Mr C and Mrs B. The Council agreed.',
      [
        ['We', 'wrote', 'to', 'Mr', 'C', 'and', 'Mrs', 'B'],
        ['The', 'Council', 'agreed'],
      ],
    ],
    // A letter that names something ends the sentence.
    [
      'The plan is at Appendix B. The proposals follow.',
      [
        ['The', 'plan', 'is', 'at', 'Appendix', 'B'],
        ['The', 'proposals', 'follow'],
      ],
    ],
    [
      'We chose Option C. It costs less.',
      [
        ['We', 'chose', 'Option', 'C'],
        ['It', 'costs', 'less'],
      ],
    ],
    ['Wait... what? Yes!', [['Wait', 'what'], ['Yes']]],
    [
      'He said "Go." Then left.',
      [
        ['He', 'said', 'Go'],
        ['Then', 'left'],
      ],
    ],
    [
      '1,000 people came. 2.5% left.',
      [
        ['1,000', 'people', 'came'],
        ['2.5', 'left'],
      ],
    ],
    ["Co-production and the carer's view.", [['Co-production', 'and', 'the', "carer's", 'view']]],
    ['The carer’s view wasn’t heard.', [['The', 'carer’s', 'view', 'wasn’t', 'heard']]],
    ['Café naïve ŵyr 👋🏽 done.', [['Café', 'naïve', 'ŵyr', 'done']]],
    // Letters outside the first 65,536 characters, marks, other scripts, lone surrogates.
    ['\u{1d400}\u{1d401}c and \u{1f600}x went.', [['\u{1d400}\u{1d401}c', 'and', 'x', 'went']]],
    ['Cafe\u0301 at 10\u00a0a.m. ok.', [['Cafe\u0301', 'at', '10', 'a.m.', 'ok']]],
    ['中文 text, ٣٤ items.', [['中文', 'text', '٣٤', 'items']]],
    ['x\ud835 y\udc00z end.', [['x', 'y', 'z', 'end']]],
  ])('%s', (text, expected) => {
    expect(ourSentences(text)).toEqual(expected);
  });
});

describe('where a sentence ends', () => {
  it.each<[string, string[]]>([
    ['We fund the scheme (£0.9m).', ['We fund the scheme (£0.9m).']],
    // A list item with no full stop takes in its closing bracket, not the semicolon.
    ['expanding the scheme (£0.9m);', ['expanding the scheme (£0.9m)']],
    ['reducing costs by 5%', ['reducing costs by 5%']],
    ['the “personal budget”', ['the “personal budget”']],
    // "No." before a number is short for "number"; "no." before a word ends the sentence.
    ['See form No. 4 for this.', ['See form No. 4 for this.']],
    [
      'The government can say no. Then they are called refused asylum seekers.',
      ['The government can say no.', 'Then they are called refused asylum seekers.'],
    ],
  ])('%s', (text, expected) => {
    const { sentences } = analyseText(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});
