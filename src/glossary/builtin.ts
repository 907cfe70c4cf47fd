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
import simplifyPosData from '../../dictionaries/plain-words/retext-simplify-pos.json';
import ukPlainWords from '../../dictionaries/plain-words/uk.json';
import respectful from '../../dictionaries/respectful.json';
import {
  GLOSSARY_FORMAT_VERSION,
  type GlossaryEntry,
  type GlossaryFile,
  type MatchOptions,
  type PartOfSpeech,
  type WordListAlternative,
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

/** What dictionaries/plain-words/retext-simplify-pos.json says about one retext-simplify phrase. */
interface SimplifyPos {
  pos?: PartOfSpeech;
  alternatives?: WordListAlternative[];
  everyday?: string[];
  /** How the phrase is found, as a glossary entry's `match` (it takes in `everyday` too). */
  match?: MatchOptions;
  /** Whether deleting the phrase is a good fix, over retext-simplify's own answer. */
  omit?: boolean;
  examples?: { flag: string[]; ok: string[] };
}

const simplifyPos = (simplifyPosData as { entries: Record<string, SimplifyPos> }).entries;

/**
 * Plain-words list: our UK words to avoid (dictionaries/plain-words/uk.json),
 * then retext-simplify's phrases with the US-military and non-UK items
 * switched off (dictionaries/plain-words/retext-simplify-off.json) and the
 * parts of speech of retext-simplify-pos.json.
 */
export const PLAIN_WORDS_LIST: readonly WordListEntry[] = [
  ...(ukPlainWords as WordListEntry[]),
  ...Object.entries(simplify.patterns as Record<string, { replace: string[]; omit: boolean }>)
    .filter(([phrase]) => !off.has(phrase))
    .map(([phrase, pattern]): WordListEntry => {
      const known = simplifyPos[phrase];
      const item: WordListEntry = {
        id: `simplify-${phrase.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
        phrases: [phrase],
        alternatives: known?.alternatives ?? pattern.replace.map((text) => ({ text })),
        omitOk: known?.omit ?? pattern.omit,
        sources: ['retext-simplify (MIT), from plainlanguage.gov (public domain)'],
        examples: known?.examples ?? { flag: [], ok: [] },
      };
      if (known?.pos) item.pos = known.pos;
      if (known?.match || known?.everyday) {
        item.match = {
          ...known.match,
          ...(known.everyday
            ? { everyday: [...(known.match?.everyday ?? []), ...known.everyday] }
            : {}),
        };
      }
      return item;
    }),
];

export const ALLOWED_ACRONYMS: readonly string[] = acronyms.allowed;
export const ALLOWED_ACRONYMS_EASY_READ: readonly string[] = acronyms.allowedInEasyRead;
