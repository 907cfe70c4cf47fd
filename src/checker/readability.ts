/**
 * Readability scores per sentence, as retext-readability 8.0.0 computes them
 * (seven formulas each give a reading age; a sentence is hard when enough of
 * them agree), with two corrections for UK writing (docs/sources.md, "Hard sentences"):
 *
 * 1. SMOG. retext-readability converts the SMOG *grade* to an age with
 *    `ceil(sqrt(grade) + 2.5)`, a conversion meant for a raw count of long
 *    words, so SMOG never votes at a realistic age (wooorm/readability#5).
 *    We convert SMOG like the other grade formulas: `round(grade + 5)`.
 * 2. Word lists. The Dale–Chall and Spache familiar-word lists are American,
 *    so `colour`, `organise` or `mum` count as hard words. We look words up
 *    by their spelling key (which joins UK and US spellings, see
 *    word-forms.ts) and add a short list of everyday UK words from
 *    dictionaries/readability-uk.json.
 * 3. Endings. Dale–Chall's counting rules make a listed word with a regular
 *    ending (plural, past tense, -ing) familiar; the lists hold base forms,
 *    and retext-readability looks words up as written, so "needs",
 *    "showering" and "dressed" counted as hard. We look up the base forms a
 *    word could come from (word-forms.ts), for Spache's list too.
 *
 * Why not run retext-readability itself: it scans each ~3,000-word list with
 * `Array#includes` for every word and recounts syllables every time, which
 * alone takes longer than our whole check (docs/decisions.md). Sets
 * and a syllable cache give the same answers; test/checker/readability.test.ts
 * runs retext-readability beside this code and asserts identical votes in its
 * compatibility mode.
 */
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllable } from 'syllable';
import ukWords from '../../dictionaries/readability-uk.json';
import { baseCandidates, remembered, spellingKey } from '../glossary/word-forms';

export interface ReadabilityMode {
  /** `corrected` (ours) or `retext` (retext-readability's own conversion, for comparison). */
  smog: 'corrected' | 'retext';
  /** `uk` adds UK spellings and words to the familiar lists; `us` uses them as they are. */
  lists: 'uk' | 'us';
}

export const UK_MODE: ReadabilityMode = { smog: 'corrected', lists: 'uk' };

export interface SentenceCounts {
  word: number;
  syllable: number;
  letter: number;
  polysillabicWord: number;
  complexPolysillabicWord: number;
  difficultWord: number;
  unfamiliarWord: number;
}

const usDaleChall = new Set(daleChall);
const usSpache = new Set(spache);
const ukDaleChall = new Set([...daleChall, ...daleChall.map(spellingKey), ...ukWords.words]);
const ukSpache = new Set([...spache, ...spache.map(spellingKey), ...ukWords.words]);
/** Long words adult readers know, however many syllables (readability-uk.json). */
const EVERYDAY_LONG: ReadonlySet<string> = new Set(ukWords.everydayLong.map(spellingKey));

/**
 * Whether a word is an everyday English word (on the Dale–Chall list of
 * familiar words, with UK spellings and endings): "ACTION" and "AGREED" are
 * words written in capitals, not abbreviations.
 */
export function isFamiliarWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (ukDaleChall.has(lower)) return true;
  const key = spellingKey(lower);
  return baseCandidates(key).some((base) => ukDaleChall.has(base) && base !== key);
}

/**
 * Whether a long word is everyday: familiar itself ("anything", "together"),
 * two familiar words of three letters or more joined ("wellbeing",
 * "homesickness"), or, with `adultWords`, one that adult readers know
 * ("example", "volunteer": readability-uk.json). Readers do not stumble on
 * these, however many syllables they have. Without `compounds`, two words
 * joined do not count.
 */
export function isEverydayWord(word: string, adultWords = false, compounds = true): boolean {
  if (isFamiliarWord(word)) return true;
  const lower = word.toLowerCase();
  if (adultWords && baseCandidates(spellingKey(lower)).some((base) => EVERYDAY_LONG.has(base))) {
    return true;
  }
  if (!compounds) return false;
  for (let at = 3; at <= lower.length - 3; at++) {
    if (ukDaleChall.has(lower.slice(0, at)) && isFamiliarWord(lower.slice(at))) return true;
  }
  return false;
}

/** A word's syllables, as the `syllable` package counts them, kept per word. */
export const syllables: (word: string) => number = remembered(syllable, 100_000);

const MASKED = /^0+$/;

/** What the formulas need to know about one word, worked out once per word and mode. */
interface WordInfo {
  syllables: number;
  letters: number;
  familiarDaleChall: boolean;
  familiarSpache: boolean;
  polysyllabic: boolean;
  complex: boolean;
  /** Shared by every word with this key: the last sentence the key was counted in. */
  mark: { seenIn: number };
}

const wordInfo = { uk: new Map<string, WordInfo>(), us: new Map<string, WordInfo>() };
/** Per mode, per key: the mark its words share, so unique keys are counted without a Set per sentence. */
const keyMarks = {
  uk: new Map<string, { seenIn: number }>(),
  us: new Map<string, { seenIn: number }>(),
};
let sentenceStamp = 0;

function markFor(mode: ReadabilityMode, key: string): { seenIn: number } {
  const marks = keyMarks[mode.lists];
  let mark = marks.get(key);
  if (!mark) {
    mark = { seenIn: 0 };
    marks.set(key, mark);
  }
  return mark;
}

function infoFor(value: string, mode: ReadabilityMode): WordInfo {
  const cache = wordInfo[mode.lists];
  let info = cache.get(value);
  if (info) return info;
  if (mode.lists === 'uk' && MASKED.test(value)) {
    // A masked URL or code span: one short, familiar word.
    info = {
      syllables: 1,
      letters: 4,
      familiarDaleChall: true,
      familiarSpache: true,
      polysyllabic: false,
      complex: false,
      mark: markFor(mode, '0'),
    };
  } else {
    const caseless = value.toLowerCase();
    const count = syllables(value);
    const key = mode.lists === 'uk' ? spellingKey(caseless) : caseless;
    const daleChallSet = mode.lists === 'uk' ? ukDaleChall : usDaleChall;
    const spacheSet = mode.lists === 'uk' ? ukSpache : usSpache;
    // In UK mode a regular ending of a listed word ("needs", "showering",
    // "dressed") is familiar too, as Dale–Chall's counting rules say.
    const bases = mode.lists === 'uk' ? baseCandidates(key) : [];
    info = {
      syllables: count,
      letters: value.length,
      familiarDaleChall:
        daleChallSet.has(caseless) ||
        daleChallSet.has(key) ||
        bases.some((base) => daleChallSet.has(base)),
      familiarSpache:
        spacheSet.has(caseless) || spacheSet.has(key) || bases.some((base) => spacheSet.has(base)),
      polysyllabic: count >= 3,
      complex: count >= 3 && value.charCodeAt(0) === caseless.charCodeAt(0),
      mark: markFor(mode, key),
    };
  }
  cache.set(value, info);
  return info;
}

/** Counts for one sentence's words, as retext-readability counts them. */
export function countSentence(
  words: readonly string[],
  mode: ReadabilityMode = UK_MODE,
  from = 0,
  to = words.length,
): SentenceCounts {
  const counts: SentenceCounts = {
    word: 0,
    syllable: 0,
    letter: 0,
    polysillabicWord: 0,
    complexPolysillabicWord: 0,
    difficultWord: 0,
    unfamiliarWord: 0,
  };
  // Familiar words are counted once per sentence, as retext-readability does.
  const stamp = ++sentenceStamp;
  // The caches only guard against unbounded growth; they are emptied between
  // sentences, never within one, so two spellings of a word share one mark.
  if (wordInfo[mode.lists].size > 100_000) {
    wordInfo[mode.lists].clear();
    keyMarks[mode.lists].clear();
  }
  let easy = 0;
  let familiar = 0;
  for (let index = from; index < to; index++) {
    const info = infoFor(words[index] as string, mode);
    counts.word++;
    counts.syllable += info.syllables;
    counts.letter += info.letters;
    if (info.polysyllabic) counts.polysillabicWord++;
    if (info.complex) counts.complexPolysillabicWord++;
    if (info.familiarDaleChall || info.familiarSpache) {
      // Two spellings of one word share a key, and its mark: count the key once.
      if (info.mark.seenIn === stamp) continue;
      info.mark.seenIn = stamp;
      if (info.familiarDaleChall) easy++;
      if (info.familiarSpache) familiar++;
    }
  }
  counts.difficultWord = counts.word - easy;
  counts.unfamiliarWord = counts.word - familiar;
  return counts;
}

function gradeToAge(grade: number): number {
  return Math.round(grade + 5);
}

/** The reading age each of the seven formulas gives a sentence. */
export function formulaAges(counts: SentenceCounts, mode: ReadabilityMode = UK_MODE): number[] {
  // Written out rather than spread: one shape for every sentence.
  const input = {
    word: counts.word,
    syllable: counts.syllable,
    letter: counts.letter,
    polysillabicWord: counts.polysillabicWord,
    complexPolysillabicWord: counts.complexPolysillabicWord,
    difficultWord: counts.difficultWord,
    unfamiliarWord: counts.unfamiliarWord,
    character: counts.letter,
    sentence: 1,
  };
  const smog = smogFormula(input);
  return [
    gradeToAge(automatedReadability(input)),
    gradeToAge(colemanLiau(input)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(input))[1] as number),
    20 - Math.floor(flesch(input) / 10),
    gradeToAge(gunningFog(input)),
    mode.smog === 'corrected' ? gradeToAge(smog) : Math.ceil(Math.sqrt(smog) + 2.5),
    gradeToAge(spacheFormula(input)),
  ];
}

/** How many of the seven formulas say the sentence is above `age`. */
export function hardVotes(ages: readonly number[], age: number): number {
  let votes = 0;
  for (const value of ages) if (value > age) votes++;
  return votes;
}

export interface DocumentScores {
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  readingAge: number;
}

/** Whole-document scores. An empty document scores 0 throughout. */
export function documentScores(
  words: number,
  sentences: number,
  syllableCount: number,
): DocumentScores {
  if (words === 0 || sentences === 0)
    return { fleschReadingEase: 0, fleschKincaidGrade: 0, readingAge: 0 };
  const counts = { word: words, sentence: sentences, syllable: syllableCount };
  const fleschReadingEase = round1(flesch(counts));
  const fleschKincaidGrade = round1(fleschKincaid(counts));
  // US grade to UK reading age: grade + 5 (docs/sources.md), never below 5.
  const readingAge = Math.max(5, Math.round(fleschKincaidGrade + 5));
  return { fleschReadingEase, fleschKincaidGrade, readingAge };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
