/**
 * Profiles: who the writing is for, and so how strict the checks are.
 * Every number here has its source beside it; the README's profile table is
 * checked against this file by test/checker/conventions.test.ts.
 */
import type { Severity } from '../glossary/schema';
import type { ProfileName } from './types';

export interface Profile {
  name: ProfileName;
  label: string;
  /** Who it is for, in plain words. */
  audience: string;
  /**
   * The whole document's reading age should be at or below this.
   * plain 13: Flesch reading ease 60+ / Flesch–Kincaid grade 8 ("plain English", docs/sources.md);
   * public 11: NHS website target 9 to 11; easy read 9: GOV.UK reading age 9.
   */
  targetReadingAge: number;
  /**
   * hard-sentence: a sentence is hard when at least `threshold` of the seven
   * formulas give it a reading age above `age`. retext-readability's defaults
   * are age 16, 4/7, 5 words. Its threshold of 4/7 is in effect 4 of 6,
   * because its SMOG never votes; with SMOG corrected, 5 of 7 keeps the same
   * share of agreement (readability.ts).
   *
   * `minWords` 12: the formulas were made for samples of 100 words or more,
   * and on a short sentence one long word decides the score; sentences of 11
   * words or fewer are "easy" on the American Press Institute scale that GDS
   * cites ("Sentence length: why 25 words is our limit", 2014). For the same
   * reason a sentence of fewer than `longWords` (20) words needs
   * `shortThreshold` (6 of 7) formulas to agree, and at least
   * `shortLongWords` words of three or more syllables: on one sentence of
   * 12 to 19 words, three everyday long words ("celebrated", "community",
   * "prescription") are enough to carry every formula past the age. Plain
   * and public ask for 4; easy read, written for readers who find any long
   * word hard, for 2. A longer sentence needs those long words too: the
   * formulas weigh length, and length is long-sentence's business, so a
   * plain sentence near the limit was flagged for its length twice over.
   * See docs/sources.md.
   *
   * `adultWords`: whether long words every adult reader knows ("example",
   * "volunteer", "appointment": dictionaries/readability-uk.json) are left
   * out of those long words. Not in easy read, whose readers find any long
   * word hard.
   */
  hardSentence: {
    age: number;
    threshold: number;
    minWords: number;
    shortThreshold: number;
    longWords: number;
    shortLongWords: number;
    adultWords: boolean;
  };
  /** long-sentence: more words than this. GOV.UK 25; easy read 15 (GOV.UK accessible formats). */
  maxSentenceWords: number;
  /**
   * long-sentence: a sentence of everyday words is flagged only past this
   * many words, GOV.UK's own limit (25). Between `maxSentenceWords` and
   * this, it is flagged only when its words are hard too: people who read
   * the papers we wrote to test Plainly found none of 86 such findings on
   * sentences of 21 to 25 everyday words helpful (docs/sources.md).
   */
  maxEverydaySentenceWords: number;
  /** all-caps: this many words in capitals in a row (docs/sources.md: more than 3; easy read stricter). */
  capsRun: number;
  /** Severity per rule; rules not listed are off in this profile. */
  rules: Record<string, Severity>;
  /** Flag every use of an abbreviation, not only the first, and the usual allowed ones too. */
  strictAcronyms: boolean;
}

const common = {
  'glossary-term': 'warning',
  'plain-words': 'suggestion',
  respectful: 'warning',
  acronym: 'warning',
  'hard-sentence': 'warning',
  'long-sentence': 'warning',
  'passive-voice': 'suggestion',
  'latin-abbreviation': 'suggestion',
  'all-caps': 'suggestion',
} as const satisfies Record<string, Severity>;

export const PROFILES: Record<ProfileName, Profile> = {
  plain: {
    name: 'plain',
    label: 'Plain English',
    audience: 'Staff papers, minutes and reports.',
    targetReadingAge: 13,
    hardSentence: {
      age: 14,
      threshold: 5 / 7,
      minWords: 12,
      shortThreshold: 6 / 7,
      longWords: 20,
      shortLongWords: 4,
      adultWords: true,
    },
    maxSentenceWords: 25,
    maxEverydaySentenceWords: 25,
    capsRun: 4,
    rules: { ...common },
    strictAcronyms: false,
  },
  public: {
    name: 'public',
    label: 'Public',
    audience: 'Letters and web pages for the public.',
    targetReadingAge: 11,
    hardSentence: {
      age: 13,
      threshold: 5 / 7,
      minWords: 12,
      shortThreshold: 6 / 7,
      longWords: 20,
      shortLongWords: 4,
      adultWords: true,
    },
    maxSentenceWords: 20,
    maxEverydaySentenceWords: 25,
    capsRun: 3,
    rules: { ...common, 'plain-words': 'warning', 'latin-abbreviation': 'warning' },
    strictAcronyms: false,
  },
  'easy-read': {
    name: 'easy-read',
    label: 'Easy read',
    audience: 'Easy read documents for people with a learning disability.',
    targetReadingAge: 9,
    hardSentence: {
      age: 10,
      threshold: 5 / 7,
      minWords: 12,
      shortThreshold: 6 / 7,
      longWords: 20,
      shortLongWords: 2,
      adultWords: false,
    },
    maxSentenceWords: 15,
    maxEverydaySentenceWords: 15,
    capsRun: 2,
    rules: {
      ...common,
      'plain-words': 'warning',
      'latin-abbreviation': 'warning',
      'all-caps': 'warning',
      'easy-read-numbers': 'warning',
      ampersand: 'warning',
    },
    strictAcronyms: true,
  },
};

export function getProfile(name: ProfileName | undefined): Profile {
  return PROFILES[name ?? 'plain'];
}
