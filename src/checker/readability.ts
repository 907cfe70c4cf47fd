/**
 * Readability scores per sentence, as retext-readability 8.0.0 computes them
 * (seven formulas each give a reading age; a sentence is hard when enough of
 * them agree), with two corrections for UK writing (DOMAIN.md §1.8):
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
 *
 * Why not run retext-readability itself: it scans each ~3,000-word list with
 * `Array#includes` for every word and recounts syllables every time, which
 * alone takes longer than our whole check (../shared/PERFORMANCE.md). Sets
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
import { spellingKey } from '../glossary/word-forms';

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

const syllableCache = new Map<string, number>();
export function syllables(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = syllable(word);
    if (syllableCache.size > 100_000) syllableCache.clear();
    syllableCache.set(word, count);
  }
  return count;
}

const MASKED = /^0+$/;

/** Counts for one sentence's words, as retext-readability counts them. */
export function countSentence(
  words: readonly string[],
  mode: ReadabilityMode = UK_MODE,
): SentenceCounts {
  const familiarDaleChall = mode.lists === 'uk' ? ukDaleChall : usDaleChall;
  const familiarSpache = mode.lists === 'uk' ? ukSpache : usSpache;
  const seenDaleChall = new Set<string>();
  const seenSpache = new Set<string>();
  const counts: SentenceCounts = {
    word: 0,
    syllable: 0,
    letter: 0,
    polysillabicWord: 0,
    complexPolysillabicWord: 0,
    difficultWord: 0,
    unfamiliarWord: 0,
  };
  let easy = 0;
  let familiar = 0;
  for (const value of words) {
    counts.word++;
    if (mode.lists === 'uk' && MASKED.test(value)) {
      // A masked URL or code span: one short, familiar word.
      counts.syllable += 1;
      counts.letter += 4;
      easy++;
      familiar++;
      continue;
    }
    const caseless = value.toLowerCase();
    const count = syllables(value);
    counts.syllable += count;
    counts.letter += value.length;
    if (count >= 3) {
      counts.polysillabicWord++;
      if (value.charCodeAt(0) === caseless.charCodeAt(0)) counts.complexPolysillabicWord++;
    }
    const key = mode.lists === 'uk' ? spellingKey(caseless) : caseless;
    if (!seenSpache.has(key) && (familiarSpache.has(caseless) || familiarSpache.has(key))) {
      seenSpache.add(key);
      familiar++;
    }
    if (
      !seenDaleChall.has(key) &&
      (familiarDaleChall.has(caseless) || familiarDaleChall.has(key))
    ) {
      seenDaleChall.add(key);
      easy++;
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
  const input = { ...counts, character: counts.letter, sentence: 1 };
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
  // US grade to UK reading age: grade + 5 (DOMAIN.md §1.7), never below 5.
  const readingAge = Math.max(5, Math.round(fleschKincaidGrade + 5));
  return { fleschReadingEase, fleschKincaidGrade, readingAge };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
