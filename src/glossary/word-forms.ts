/**
 * Word forms: spelling keys, inflections and their reverse.
 *
 * Glossary entries list base forms only. Rather than generating every
 * inflected form of every term up front (10,000 terms × dozens of forms would
 * blow the 100 ms compile budget in docs/decisions.md), the matcher works the other
 * way round: for each word in the text it proposes the base forms it could
 * come from (`baseCandidates`) and keeps only those whose own inflections
 * (`inflections`) really produce the word. Both directions use the same
 * rules, so matching is exactly as if every form had been listed.
 */
import grammar from '../../dictionaries/grammar.json';
import irregularVerbs from '../../dictionaries/irregular-verbs.json';

/** Longer verbs stressed at the end: `begin` → `beginning` (dictionaries/grammar.json). */
const DOUBLE_FINAL: ReadonlySet<string> = new Set(grammar.doubleFinal);

/** How a word was inflected from its base form. */
export type Inflection = 'base' | 'plural' | 'third-person' | 'past' | 'ing';

const IRREGULAR_BY_BASE = new Map<string, { past: string; participle: string }>();
const IRREGULAR_BASES_BY_FORM = new Map<string, string[]>();
for (const [base, past, participle] of irregularVerbs as [string, string, string][]) {
  IRREGULAR_BY_BASE.set(base, { past, participle });
  for (const form of new Set([past, participle])) {
    const list = IRREGULAR_BASES_BY_FORM.get(form) ?? [];
    list.push(base);
    IRREGULAR_BASES_BY_FORM.set(form, list);
  }
}

const VERB_PREFIXES: readonly string[] = grammar.verbPrefixes;
const NOT_PREFIXED: ReadonlySet<string> = new Set(grammar.notPrefixed);

/**
 * A verb made of a prefix and an irregular verb ("reset", "undergo",
 * "mislead"), split there; undefined for any other word.
 */
function prefixedIrregular(word: string): [prefix: string, verb: string] | undefined {
  if (NOT_PREFIXED.has(word)) return undefined;
  for (const prefix of VERB_PREFIXES) {
    if (word.length < prefix.length + 2 || !word.startsWith(prefix)) continue;
    const verb = word.slice(prefix.length);
    if (IRREGULAR_BY_BASE.has(verb)) return [prefix, verb];
  }
  return undefined;
}

/** The past tense and participle of an irregular verb, prefixed ones among them ("reset", "underwent"). */
function irregularForms(word: string): { past: string; participle: string } | undefined {
  const own = IRREGULAR_BY_BASE.get(word);
  if (own !== undefined) return own;
  const split = prefixedIrregular(word);
  if (split === undefined) return undefined;
  const [prefix, verb] = split;
  const forms = IRREGULAR_BY_BASE.get(verb) as { past: string; participle: string };
  return { past: prefix + forms.past, participle: prefix + forms.participle };
}

/** Participles of irregular verbs that are never a past tense ("undertaken", "given"; not "run"). */
const PARTICIPLE_ONLY: ReadonlySet<string> = new Set(
  [...IRREGULAR_BY_BASE.values()]
    .map(({ participle }) => participle)
    .filter(
      (participle) =>
        !(IRREGULAR_BASES_BY_FORM.get(participle) ?? []).some(
          (base) => IRREGULAR_BY_BASE.get(base)?.past === participle,
        ),
    ),
);

/** Whether `word` (in lower case) can only be a past participle, never a past tense. */
export function isParticipleOnly(word: string): boolean {
  return PARTICIPLE_ONLY.has(word);
}

/** Past tense and past participle of irregular verbs, for the passive voice rule. */
export function isIrregularParticiple(word: string): boolean {
  return IRREGULAR_BASES_BY_FORM.has(word);
}

const VOWEL = /[aeiou]/;
/** A final l after a single vowel: `travel`, `label`, `cancel` (not `feel`, `fill`). */
const SINGLE_L = /[^aeiou][aeiou]l$/;
/**
 * `compute`, with each answer kept by its key. Text vocabularies are small;
 * the cache empties itself past `limit` entries only to guard against
 * unbounded growth.
 */
export function remembered<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size > limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/** UK `-tre` endings and their US spelling: centre/center, centred/centered. */
const US_TRE: Record<string, string> = { e: 'ter', ed: 'tered', es: 'ters', ing: 'tering' };
const APOSTROPHES = /['’‘`]/g;

/**
 * The key a word is matched by: lower case, apostrophes and dots removed, and
 * UK and US spellings brought together (`organize` and `organise`,
 * `behavior` and `behaviour`, `center` and `centre`, `labeled` and `labelled`).
 * Only suffix-level spelling pairs are joined, so everyday words do not collide.
 */
export const spellingKey: (word: string) => string = remembered(computeSpellingKey, 200_000);

/**
 * Letters that each spelling pair below needs, one set per pair: a word with
 * none of them is its own key, and most words have none. (No pair makes the
 * letters another pair needs, so one test beforehand is enough.)
 */
const SPELLING_PAIR_LETTERS = /iz|yz|our|tr|dgement/;

function computeSpellingKey(word: string): string {
  let key = word.toLowerCase().replace(APOSTROPHES, '').replaceAll('.', '');
  if (key.length < 4 || !SPELLING_PAIR_LETTERS.test(key)) return key;
  key = key
    .replace(/(?<=\w{3})iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1')
    .replace(/(?<=\w{2})yz(e|ed|es|ing)$/, 'ys$1')
    .replace(/(?<=.[bdhilmnpv])our(s|ed|ing|ite|ites|able|ful|less|er|ers)?$/, 'or$1')
    .replace(/(?<=\w{2})tr(e|ed|es|ing)$/, (_match, end: string) => US_TRE[end] ?? end)
    .replace(/dgement(s)?$/, 'dgment$1');
  return key;
}

function endsWithConsonantY(word: string): boolean {
  return word.length > 2 && word.endsWith('y') && !VOWEL.test(word.charAt(word.length - 2));
}

/** Whether a one-syllable verb like `plan` or `stop` doubles its last letter (`planned`). */
function doublesFinal(word: string): boolean {
  if (DOUBLE_FINAL.has(word)) return true;
  if (word.length < 3 || word.length > 4) return false;
  const [a, b, c] = [word.at(-3) ?? '', word.at(-2) ?? '', word.at(-1) ?? ''];
  return !VOWEL.test(a) && VOWEL.test(b) && /[bdgklmnprt]/.test(c);
}

function plural(word: string): string[] {
  if (endsWithConsonantY(word)) return [word.slice(0, -1) + 'ies'];
  // Greek and Latin plurals: "analysis" → "analyses", "diagnosis" → "diagnoses";
  // "matrix" → "matrices" beside "matrixes" (the regular one first: "prefixes").
  if (word.endsWith('sis') && word.length > 4) return [word.slice(0, -2) + 'es'];
  if (/[^f]ix$|dex$/.test(word) && word.length > 4)
    return [word + 'es', word.slice(0, -2) + 'ices'];
  if (/(s|x|z|ch|sh)$/.test(word)) return [word + 'es'];
  if (word.endsWith('person')) return [word.slice(0, -6) + 'people', word + 's'];
  if (word.endsWith('child')) return [word + 'ren'];
  if (word.endsWith('man') && word.length > 3) return [word.slice(0, -3) + 'men', word + 's'];
  return [word + 's'];
}

function past(word: string): string[] {
  const irregular = irregularForms(word);
  if (irregular) return [irregular.past, irregular.participle];
  if (word.endsWith('e')) return [word + 'd'];
  if (endsWithConsonantY(word)) return [word.slice(0, -1) + 'ied'];
  if (doublesFinal(word)) return [word + word.at(-1) + 'ed', word + 'ed'];
  // UK spelling doubles a final l after one vowel (`travelled`), US spelling does not (`traveled`).
  if (SINGLE_L.test(word)) return [word + 'led', word + 'ed'];
  return [word + 'ed'];
}

function ing(word: string): string[] {
  // "reset" → "resetting", as "set" → "setting".
  const split = prefixedIrregular(word);
  if (split !== undefined) return ing(split[1]).map((form) => split[0] + form);
  if (word.endsWith('ie')) return [word.slice(0, -2) + 'ying'];
  if (word.endsWith('ee') || word.endsWith('ye') || word.endsWith('oe')) return [word + 'ing'];
  if (word.endsWith('e') && word.length > 2) return [word.slice(0, -1) + 'ing'];
  if (doublesFinal(word)) return [word + word.at(-1) + 'ing', word + 'ing'];
  if (SINGLE_L.test(word)) return [word + 'ling', word + 'ing'];
  return [word + 'ing'];
}

/** Verbs whose "he/she/it" form is not made with -s. */
const THIRD_PERSON: Record<string, string> = { have: 'has', be: 'is', do: 'does', go: 'goes' };

const formCache = new Map<string, Map<string, Inflection>>();

/**
 * Every inflected form of a base word (already a spelling key), with how it
 * was made. Words of one or two letters and digits are not inflected.
 */
export function inflections(base: string): Map<string, Inflection> {
  const cached = formCache.get(base);
  if (cached) return cached;
  const forms = new Map<string, Inflection>([[base, 'base']]);
  // A key ending in a number ("section117") is not inflected; "section75agreement" is.
  if (base.length > 2 && !/\d$/.test(base)) {
    const add = (list: string[], how: Inflection) => {
      for (const form of list) {
        const key = spellingKey(form);
        if (!forms.has(key)) forms.set(key, how);
      }
    };
    add(plural(base), 'plural');
    add(past(base), 'past');
    add(ing(base), 'ing');
  }
  formCache.set(base, forms);
  return forms;
}

const candidateCache = new Map<string, readonly string[]>();
/** Words that look like forms of another but are words of their own (grammar.json). */
const OWN_WORDS: ReadonlySet<string> = new Set(grammar.ownWords.map(spellingKey));

/**
 * The base forms a word could be an inflection of, the word itself first.
 * Over-generates on purpose: the matcher keeps only candidates that are
 * glossary words, and checks them with `inflections`.
 */
export function baseCandidates(word: string): readonly string[] {
  const cached = candidateCache.get(word);
  if (cached) return cached;
  const out = new Set<string>([word]);
  // "packaging" is a word of its own, not "package" done.
  if (OWN_WORDS.has(word)) {
    const list = [spellingKey(word)];
    candidateCache.set(word, list);
    return list;
  }
  const strip = (suffix: string, ...endings: string[]) => {
    if (word.length > suffix.length + 1 - (suffix === 'people' ? 2 : 0) && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      for (const ending of endings) out.add(stem + ending);
    }
  };
  strip('ies', 'y', 'ie');
  strip('ses', 'sis');
  strip('ices', 'ix', 'ex');
  strip('es', '', 'e');
  strip('s', '');
  strip('ied', 'y');
  strip('ed', '', 'e');
  strip('d', '');
  strip('ying', 'ie', 'y');
  strip('ing', '', 'e');
  strip('people', 'person');
  strip('men', 'man');
  strip('ren', '');
  for (const suffix of ['ed', 'ing']) {
    if (word.endsWith(suffix) && word.length > suffix.length + 3) {
      const stem = word.slice(0, -suffix.length);
      if (stem.at(-1) === stem.at(-2)) out.add(stem.slice(0, -1));
    }
  }
  for (const base of IRREGULAR_BASES_BY_FORM.get(word) ?? []) out.add(base);
  const list = [...out].map(spellingKey);
  candidateCache.set(word, list);
  return list;
}

/** How `word` is formed from `base`, or undefined if it is not one of its forms. */
export function inflectionOf(word: string, base: string): Inflection | undefined {
  return inflections(base).get(word);
}

/** The past participle of a verb: `begun`, `started`. */
export function pastParticiple(word: string): string {
  const lower = word.toLowerCase();
  return irregularForms(lower)?.participle ?? past(lower)[0] ?? word;
}

/** Inflect one plain word the way `how` says (for alternatives). */
export function inflectWord(word: string, how: Inflection): string {
  const lower = word.toLowerCase();
  switch (how) {
    case 'base':
      return word;
    case 'plural':
      return plural(lower)[0] ?? word;
    case 'third-person':
      return THIRD_PERSON[lower] ?? plural(lower)[0] ?? word;
    case 'past':
      // The simple past: "we gave", "we planned" (the first form listed).
      return past(lower)[0] ?? word;
    case 'ing':
      return ing(lower)[0] ?? word;
  }
}
