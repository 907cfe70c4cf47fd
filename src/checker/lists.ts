/**
 * Compiles a glossary and the word lists into what the rules use: one phrase
 * matcher for glossary terms, plain words and respectful wording, and the
 * abbreviation tables. Compiled once per glossary, not per check.
 */
import nounPhrases from '../../dictionaries/noun-phrases.json';
import { ALLOWED_ACRONYMS, ALLOWED_ACRONYMS_EASY_READ } from '../glossary/builtin';
import { PhraseMatcher, type PhraseSource } from '../glossary/matcher';
import type { GlossaryEntry, MatchOptions, WordListEntry } from '../glossary/schema';
import { compileSenses, givesSenses, type Senses } from './patterns';

export type PhraseValue =
  | { kind: 'glossary'; entry: GlossaryEntry; senses?: Senses }
  /** An item of a rule's own word list (`rule` is the rule's id). */
  | { kind: 'word-list'; rule: string; item: WordListEntry; senses?: Senses };

/** A rule's word list, as the rule declares it (see `Rule.wordList`). */
export interface WordList {
  rule: string;
  items: readonly WordListEntry[];
}

/**
 * The value with the senses its source gives, compiled the first time a rule
 * reads them. Rules read them only for phrases found in the text, and most
 * entries are never found: compiling every entry's patterns up front was
 * most of the time it took to compile the built-in glossary.
 */
function withSenses<T extends { match?: MatchOptions | undefined }>(
  value: PhraseValue,
  source: T,
): PhraseValue {
  const match = source.match;
  if (!givesSenses(match)) return value;
  let senses: Senses | undefined;
  return Object.defineProperty(value, 'senses', {
    enumerable: true,
    get: () => (senses ??= compileSenses(match)),
  });
}

export interface CompiledLists {
  matcher: PhraseMatcher<PhraseValue>;
  /** Entries in use, by id. */
  entries: ReadonlyMap<string, GlossaryEntry>;
  /** Glossary abbreviations by their upper-case form (`DOLS` → the DoLS entry). */
  abbreviations: ReadonlyMap<string, GlossaryEntry>;
  /** The same, with the entry's senses ("charged with TWOC" is the everyday sense). */
  abbreviationValues: ReadonlyMap<string, PhraseValue>;
  allowedAcronyms: ReadonlySet<string>;
  allowedInEasyRead: ReadonlySet<string>;
}

/** Entries the checker uses: approved ones, and proposed ones when asked. */
export function usableEntries(
  entries: readonly GlossaryEntry[],
  includeProposed = false,
): GlossaryEntry[] {
  return entries.filter(
    (entry) => entry.status === 'approved' || (includeProposed && entry.status === 'proposed'),
  );
}

/** A word of two capitals or more: "EHC" in the variant "EHC plan". */
const SHORT_FORM_WORD = /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u;

/**
 * Compiles the glossary's entries and the rules' word lists. Glossary
 * entries come first: where both give the same phrase, the glossary wins.
 */
export function compileLists(
  entries: readonly GlossaryEntry[],
  wordLists: readonly WordList[],
): CompiledLists {
  const sources: PhraseSource<PhraseValue>[] = [];
  const byId = new Map<string, GlossaryEntry>();
  const abbreviations = new Map<string, GlossaryEntry>();
  const abbreviationValues = new Map<string, PhraseValue>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    const value = withSenses({ kind: 'glossary', entry }, entry);
    for (const short of entry.abbreviations ?? []) {
      const key = short.toUpperCase();
      if (!abbreviations.has(key)) {
        abbreviations.set(key, entry);
        abbreviationValues.set(key, value);
      }
    }
    // An `expand` entry's term is the plain, written-out form: only its
    // abbreviations are flagged, and its variants that hold one ("EHC plan"),
    // with the written-out form offered in their place.
    if (entry.action === 'expand') {
      const short = entry.variants.filter((variant) => SHORT_FORM_WORD.test(variant));
      if (short.length > 0) {
        const written = {
          ...entry,
          action: 'replace' as const,
          alternatives: [{ text: entry.term, pos: entry.pos ?? 'noun' }],
        };
        sources.push({
          phrases: short,
          value: withSenses({ kind: 'glossary', entry: written }, written),
          match: entry.match,
          beforeDescribingHalf: true,
        });
      }
      continue;
    }
    sources.push({
      phrases: [entry.term, ...entry.variants],
      value,
      match: entry.match,
      beforeDescribingHalf: true,
    });
  }
  for (const { rule, items } of wordLists) {
    for (const item of items) {
      sources.push({
        phrases: item.phrases,
        value: withSenses({ kind: 'word-list', rule, item }, item),
        match: item.match,
        // Everyday words, written as they are: "there in" is not "therein".
        asWritten: true,
      });
    }
  }
  return {
    matcher: new PhraseMatcher(sources, nounPhrases.describingHalves),
    entries: byId,
    abbreviations,
    abbreviationValues,
    allowedAcronyms: new Set(ALLOWED_ACRONYMS),
    allowedInEasyRead: new Set(ALLOWED_ACRONYMS_EASY_READ),
  };
}
