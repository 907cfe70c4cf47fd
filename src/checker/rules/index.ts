/**
 * The one registry of rules, in the order their findings are reported when
 * two start at the same place.
 */
import { acronym } from './acronym';
import { allCaps } from './all-caps';
import { ampersand } from './ampersand';
import { easyReadNumbers } from './easy-read-numbers';
import { glossaryTerm } from './glossary-term';
import { hardSentence } from './hard-sentence';
import { latinAbbreviation } from './latin-abbreviation';
import { longSentence } from './long-sentence';
import { passiveVoice } from './passive-voice';
import { plainWords } from './plain-words';
import { respectful } from './respectful';
import type { Rule } from './rule';

export const RULES: readonly Rule<never>[] = [
  glossaryTerm,
  plainWords,
  respectful,
  acronym,
  hardSentence,
  longSentence,
  passiveVoice,
  easyReadNumbers,
  allCaps,
  latinAbbreviation,
  ampersand,
] as unknown as Rule<never>[];
