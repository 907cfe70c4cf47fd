/**
 * A reading age in words people understand: "about age 14 (fairly easy)",
 * or "18+ (very hard: most people will struggle)". An age at the top or
 * above is never shown as a number: a "reading age of 25" means nothing to
 * anyone. The bands are data (dictionaries/reading-age.json); the popup, the
 * side panel, the review page and the command line all use this one module.
 */
import data from '../../dictionaries/reading-age.json';
import type { Stats } from '../checker/types';
import { countOf, formatCount, formatMeasure } from './numbers';

interface Band {
  upTo: number;
  label: string;
}

const BANDS: readonly Band[] = data.bands;
/** The youngest age shown as "18+" (or whatever the data says). */
export const TOP_READING_AGE: number = data.top;

/** "about age 14 (fairly easy)"; "18+ (very hard: most people will struggle)". */
export function readingAgeBand(age: number): string {
  const whole = Math.round(age);
  if (whole >= TOP_READING_AGE) return `${TOP_READING_AGE}+ (${data.aboveTop})`;
  const band = BANDS.find((item) => whole <= item.upTo) ?? BANDS[BANDS.length - 1];
  return `about age ${formatCount(whole)} (${band?.label ?? ''})`;
}

/** A target age: "13", or "18+" at the top. */
export function targetAge(age: number): string {
  const whole = Math.round(age);
  return whole >= TOP_READING_AGE ? `${TOP_READING_AGE}+` : formatCount(whole);
}

/**
 * The sentence to show: "Reading level: about age 14 (fairly easy). Aim for
 * age 13 or under." With no words there is nothing to score.
 */
export function readingLevelSentence(
  stats: Pick<Stats, 'words' | 'readingAge' | 'targetReadingAge'>,
): string {
  if (stats.words === 0) return 'Reading level: no words to score.';
  return `Reading level: ${readingAgeBand(stats.readingAge)}. Aim for age ${targetAge(stats.targetReadingAge)} or under.`;
}

/**
 * "How we worked this out", for whoever wants the numbers behind the band.
 * The age itself is given only below the top: above it, "18 or over".
 */
export function readingAgeWorking(
  stats: Pick<
    Stats,
    | 'words'
    | 'sentences'
    | 'averageSentenceLength'
    | 'fleschKincaidGrade'
    | 'fleschReadingEase'
    | 'readingAge'
  >,
): string[] {
  if (stats.words === 0) return ['There are no words to score.'];
  const age = Math.round(stats.readingAge);
  const ageText =
    age >= TOP_READING_AGE
      ? `${TOP_READING_AGE} or over`
      : Math.round(stats.fleschKincaidGrade + 5) < age
        ? `${formatCount(age)}, the youngest Plainly gives`
        : `about ${formatCount(age)}`;
  return [
    `Plainly counted ${countOf(stats.words, 'word', 'words')} in ${countOf(stats.sentences, 'sentence', 'sentences')}: ${formatMeasure(stats.averageSentenceLength)} words in a sentence on average.`,
    `The Flesch–Kincaid formula uses the length of the sentences and of the words. It gives this text a US school grade of ${formatMeasure(stats.fleschKincaidGrade)}. Add 5 to a grade to get a UK reading age: here, ${ageText}.`,
    `Its Flesch reading ease is ${formatMeasure(stats.fleschReadingEase)} out of 100. Higher is easier: 60 or more is plain English.`,
  ];
}
