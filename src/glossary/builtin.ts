/**
 * The built-in glossary and word lists, read from dictionaries/ (data only).
 */
import acronyms from '../../dictionaries/acronyms.json';
import approachesValues from '../../dictionaries/glossary/approaches-values.json';
import assessmentMoney from '../../dictionaries/glossary/assessment-money.json';
import commissioningSystem from '../../dictionaries/glossary/commissioning-system.json';
import healthNhs from '../../dictionaries/glossary/health-nhs.json';
import housing from '../../dictionaries/glossary/housing.json';
import meetingsReports from '../../dictionaries/glossary/meetings-reports.json';
import mentalHealth from '../../dictionaries/glossary/mental-health.json';
import peopleRoles from '../../dictionaries/glossary/people-roles.json';
import safeguardingLaw from '../../dictionaries/glossary/safeguarding-law.json';
import servicesSettings from '../../dictionaries/glossary/services-settings.json';
import simplify from '../../dictionaries/plain-words/retext-simplify.json';
import simplifyOff from '../../dictionaries/plain-words/retext-simplify-off.json';
import ukPlainWords from '../../dictionaries/plain-words/uk.json';
import respectful from '../../dictionaries/respectful.json';
import {
  GLOSSARY_FORMAT_VERSION,
  type GlossaryEntry,
  type GlossaryFile,
  type WordListEntry,
} from './schema';

/** The built-in glossary entries, in category order. */
export const BUILTIN_ENTRIES: readonly GlossaryEntry[] = [
  approachesValues,
  peopleRoles,
  assessmentMoney,
  servicesSettings,
  safeguardingLaw,
  mentalHealth,
  healthNhs,
  housing,
  commissioningSystem,
  meetingsReports,
].flat() as unknown as GlossaryEntry[];

export const BUILTIN_GLOSSARY: GlossaryFile = {
  format: 'plainly-glossary',
  version: GLOSSARY_FORMAT_VERSION,
  name: 'Plainly built-in glossary',
  entries: [...BUILTIN_ENTRIES],
};

export const RESPECTFUL_LIST: readonly WordListEntry[] = respectful as WordListEntry[];

const off = new Set((simplifyOff as { phrase: string }[]).map((item) => item.phrase));

/**
 * Plain-words list: retext-simplify's phrases with the US-military and
 * non-UK items switched off (dictionaries/plain-words/retext-simplify-off.json),
 * then our UK words to avoid (dictionaries/plain-words/uk.json).
 */
export const PLAIN_WORDS_LIST: readonly WordListEntry[] = [
  ...(ukPlainWords as WordListEntry[]),
  ...Object.entries(simplify.patterns as Record<string, { replace: string[]; omit: boolean }>)
    .filter(([phrase]) => !off.has(phrase))
    .map(([phrase, pattern]): WordListEntry => ({
      id: `simplify-${phrase.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
      phrases: [phrase],
      alternatives: pattern.replace,
      omitOk: pattern.omit,
      sources: ['retext-simplify (MIT), from plainlanguage.gov (public domain)'],
      examples: { flag: [], ok: [] },
    })),
];

export const ALLOWED_ACRONYMS: readonly string[] = acronyms.allowed;
export const ALLOWED_ACRONYMS_EASY_READ: readonly string[] = acronyms.allowedInEasyRead;
