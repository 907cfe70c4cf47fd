/**
 * The compiled phrase matcher shared by the glossary, plain-words and
 * respectful-language rules.
 *
 * Why our own: nlcst-search (what retext-simplify uses) rebuilds its index on
 * every call and matches exact phrases only; one RegExp of all terms stops
 * being optimised by V8 past ~900 terms (docs/decisions.md). Here every
 * phrase is reduced to a compact key (spelling key of each word, hyphens and
 * spaces removed), so `co-production`, `co production` and `coproduction` are
 * one key (a word list's phrase is found split only where it is written
 * split: "there in" is not "therein"), and a text word is looked up through the base forms it could come
 * from (see word-forms.ts). Compiling 10,000 terms is a Map and a sorted
 * array; matching costs a few Map look-ups per word, whatever the glossary size.
 */
import type { MatchOptions } from './schema';
import {
  baseCandidates,
  inflections,
  remembered,
  spellingKey,
  type Inflection,
} from './word-forms';

/** One phrase source: the phrases it is found by and the value reported for a match. */
export interface PhraseSource<T> {
  phrases: readonly string[];
  value: T;
  match?: MatchOptions | undefined;
  /**
   * Also found as the first half of a hyphenated describing word, before one
   * of the matcher's `describingHalves` ("direct payment-funded").
   */
  beforeDescribingHalf?: boolean;
  /**
   * Found only as many words as a phrase has pieces, or fewer: text may join
   * what a phrase splits, but "there in" is not "therein". Without it, a
   * one-word phrase is found split as well ("well being" for "wellbeing").
   */
  asWritten?: boolean;
}

/** A piece of a word, split at hyphens, as the matcher sees text. */
export interface TextPart {
  /** Spelling key of this piece. */
  key: string;
  /** The piece as written, apostrophes removed (for case-sensitive phrases). */
  raw: string;
  start: number;
  end: number;
  /** First piece of its word. */
  wordStart: boolean;
  /** Last piece of its word. */
  wordEnd: boolean;
  /** The next piece can continue a phrase (same word, or only white space between). */
  joinsNext: boolean;
  /**
   * Brackets between this word and the next, with nothing else but white
   * space ("5(2)", "Care (Education) and"): a phrase that has them inside
   * goes on through them, and only such a phrase. Empty otherwise.
   */
  bracketsNext: string;
  /** A closing bracket comes right after this word ("section 5(2)"). */
  closedAfter: boolean;
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first and last part (inclusive). */
  firstPart: number;
  lastPart: number;
  start: number;
  end: number;
  /** How the last word was inflected from the phrase's form. */
  inflection: Inflection;
  /** Whether the part after the match could go on with it (`joinsNext` of its last part). */
  joinsNext: boolean;
  /**
   * Where the inflected word starts when it is not the last ("adults" in
   * "adults at risk", "having" in "having capacity"); undefined when the
   * last word carries the inflection, or none does.
   */
  inflectedAt?: number;
  /** The phrase's own closing bracket comes right after `end` ("section 5(2)"). */
  closedAfter?: boolean;
  /** Stopped by a word before it that makes it plain (`match.plainAfter`: "unpaid carer"). */
  plain?: boolean;
}

interface Target<T> {
  value: T;
  order: number;
  inflect: boolean;
  /** How the words are inflected when found by this key (a short form's plural, "GPs"). */
  inflection?: Inflection;
  /** The ways a case-sensitive phrase is written ("Early Help assessment", "early help assessment"). */
  caseSensitiveForms?: string[];
  notBefore?: Set<string>;
  /** Words before the phrase that stop it, `plainAfter`'s among them. */
  notAfter?: Set<string>;
  /** Words before the phrase that make it plain (`match.plainAfter`). */
  plainAfter?: Set<string>;
  needsNextWord?: boolean;
  /** Found before a describing half too ("direct payment-funded"). */
  beforeDescribingHalf?: boolean;
  /** It opens a bracket it does not close ("section 5(2)"): the closing one after it is its own. */
  closes?: boolean;
  /** The most words the phrase may be found as (`PhraseSource.asWritten`): its pieces, or no limit. */
  pieces: number;
  /**
   * The phrase ends in one capital letter ("direct award process A"), which
   * is found only as that capital: "process a football club" is not it.
   */
  lastLetter?: string;
}

const SPLIT = /[\s\-‐‑–]+/u;

/** One step of the matcher's search: a key that some phrase key starts with. */
interface Step<T> {
  key: string;
  /** The phrases with exactly this key. */
  targets: Target<T>[] | undefined;
  /** Whether the first words of some phrase of two or more words make this key. */
  wordPrefix: boolean;
  /** The steps taken from here so far, by piece; null where no phrase key goes on. */
  next: Map<string, Step<T> | null>;
  /** What each piece that ends a word, taken from here, ends or starts (see `WordEnd`). */
  ends: Map<string, WordEnd<T>>;
  /** The sorted phrase keys that start with `key`: from `low` up to (not including) `high`. */
  low: number;
  high: number;
}

/**
 * A piece that ends a word, taken from a step: the step it leads to, the
 * phrases it ends (as written or inflected: "payments" ends "direct
 * payment"), and the longer phrases it may sit inside inflected ("adults" in
 * "adults at risk"). Worked out once per step and piece, then kept.
 */
interface WordEnd<T> {
  node: Step<T> | undefined;
  found: { targets: Target<T>[]; how: Inflection }[];
  inflected: { key: string; how: Inflection }[];
}

function newStep<T>(key: string, low: number, high: number): Step<T> {
  return {
    key,
    targets: undefined,
    wordPrefix: false,
    next: new Map(),
    ends: new Map(),
    low,
    high,
  };
}

/** Steps kept at most, per matcher, before they are made again from the start. */
const MAX_STEPS = 200_000;

/** Brackets, commas and slashes, which a phrase may have inside it ("section 5(2)", "information, advice and guidance", "section 47/49"). */
const BRACKET_RUN = /^[()[\],/]+$/;
const BRACKET_SPLIT = /([()[\],/]+)/;

/**
 * The keys of a phrase's pieces, as the text's words give them: a piece
 * after brackets inside the phrase starts with them ("section 5(2)" →
 * section, 5, (2); "Care (Education) and" → care, (education, )and).
 * Brackets around the whole phrase are not part of it.
 */
function phrasePieces(phrase: string): string[] {
  const words = phrase.trim().split(SPLIT);
  if (!/[()[\],/]/.test(phrase)) return words.filter((word) => word !== '').map(spellingKey);
  const pieces: string[] = [];
  let brackets = '';
  for (const word of words) {
    for (const run of word.split(BRACKET_SPLIT)) {
      if (run === '') continue;
      if (BRACKET_RUN.test(run)) {
        if (pieces.length > 0) brackets += run;
        continue;
      }
      pieces.push(brackets + spellingKey(run));
      brackets = '';
    }
  }
  return pieces;
}

/** Whether a key opens more brackets than it closes ("section5(2"). */
function opensMore(key: string): boolean {
  let depth = 0;
  for (const char of key) {
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
  }
  return depth > 0;
}

/** Compact key of a phrase: `Co-production` → `coproduction`. */
export function phraseKey(phrase: string): string {
  return phrasePieces(phrase).join('');
}

/**
 * `phraseKey` of one word, kept: suggestions and sense patterns ask about
 * the same few words again and again.
 */
export const wordKey: (word: string) => string = remembered(phraseKey, 100_000);

function rawCompact(text: string): string {
  // (Brackets, commas and slashes too: the text's parts hold words only, "Tribunal (SEND)".)
  return text.replace(/[\s\-‐‑–'’‘`.()[\],/]+/gu, '');
}

export class PhraseMatcher<T> {
  private readonly targets = new Map<string, Target<T>[]>();
  private readonly sortedKeys: string[];
  /** Longest phrase, in parts, to bound the search. */
  private readonly maxParts: number;
  /** Keys of the first words of every phrase of two or more words ("adult", "adultat"). */
  private readonly wordPrefixes = new Set<string>();

  /** Sources earlier in the list win when two give the same phrase. */
  /**
   * Keys of the second halves of hyphenated describing words ("funded",
   * "led"), before which a phrase may end inside a word.
   */
  private readonly describingHalves: ReadonlySet<string>;

  constructor(sources: readonly PhraseSource<T>[], describingHalves: readonly string[] = []) {
    this.describingHalves = new Set(describingHalves.map(joinedKey));
    let maxParts = 1;
    sources.forEach((source, order) => {
      const options = source.match ?? {};
      const notBefore = options.notBefore?.length
        ? new Set(options.notBefore.map(joinedKey))
        : undefined;
      const plainAfter = options.plainAfter?.length
        ? new Set(options.plainAfter.map(joinedKey))
        : undefined;
      const notAfter =
        options.notAfter?.length || plainAfter
          ? new Set([...(options.notAfter ?? []).map(joinedKey), ...(plainAfter ?? [])])
          : undefined;
      for (const phrase of source.phrases) {
        // The key, and the keys of its first words, in one pass (as phraseKey does).
        const pieces = phrasePieces(phrase);
        let key = '';
        for (const piece of pieces) {
          if (key !== '') this.wordPrefixes.add(key);
          key += piece;
        }
        if (key === '') continue;
        const words = phrase.trim().split(SPLIT);
        maxParts = Math.max(maxParts, words.length + 2, pieces.length + 2);
        const target: Target<T> = {
          value: source.value,
          order,
          inflect: options.inflect !== false,
          pieces: source.asWritten ? words.filter((word) => word !== '').length : Infinity,
        };
        if (options.caseSensitive) target.caseSensitiveForms = [rawCompact(phrase)];
        const lastWord = words[words.length - 1] as string;
        if (words.length > 1 && /^\p{Lu}$/u.test(lastWord)) target.lastLetter = lastWord;
        if (notBefore) target.notBefore = notBefore;
        if (notAfter) target.notAfter = notAfter;
        if (plainAfter) target.plainAfter = plainAfter;
        if (options.needsNextWord) target.needsNextWord = true;
        if (source.beforeDescribingHalf) target.beforeDescribingHalf = true;
        if (opensMore(key)) target.closes = true;
        this.addTarget(key, target, source.value);
        // A two-letter short form ("GP") is too short to inflect like a word,
        // but takes a plural s ("GPs").
        if (/^\p{Lu}{2}$/u.test(phrase.trim()) && target.inflect) {
          this.addTarget(`${key}s`, { ...target, inflection: 'plural' }, source.value);
        }
      }
    });
    this.sortedKeys = [...this.targets.keys()].sort();
    this.root = newStep('', 0, this.sortedKeys.length);
    this.maxParts = maxParts;
  }

  private addTarget(key: string, target: Target<T>, value: T): void {
    const list = this.targets.get(key);
    const same = list?.find((t) => t.value === value);
    // One source's phrases with the same key ("therein", "there in"): the
    // one with most pieces says how many words the key may be found as.
    if (same) {
      same.pieces = Math.max(same.pieces, target.pieces);
      // Each way of writing a case-sensitive phrase with this key counts.
      if (same.caseSensitiveForms && target.caseSensitiveForms) {
        same.caseSensitiveForms.push(...target.caseSensitiveForms);
      }
    } else if (!list) this.targets.set(key, [target]);
    else list.push(target);
  }

  get size(): number {
    return this.targets.size;
  }

  /**
   * Whether some phrase could run across these words, as written, from the
   * first to the last: `["at", "risk"]` for "adults at risk" would not, but
   * `["adults", "at"]` would. Used to tell whether words put into a sentence
   * could join the words around them into a phrase.
   */
  couldRunAcross(words: readonly string[]): boolean {
    // Step by step through the kept trie: a key no phrase starts with ends the walk.
    let state: Step<T> | undefined = this.root;
    let empty = true;
    for (const word of words) {
      const key = wordKey(word);
      if (key === '') continue;
      empty = false;
      state = this.step(state, key);
      if (state === undefined) return false;
    }
    return !empty;
  }

  /** Whether some phrase key starts with `prefix`. */
  private hasPrefix(prefix: string): boolean {
    return this.keyStartingWith(prefix) !== undefined;
  }

  /** The first phrase key, in sorted order, that starts with `prefix`. */
  private keyStartingWith(prefix: string): string | undefined {
    const key = this.sortedKeys[this.firstAtLeast(prefix, 0, this.sortedKeys.length)];
    return key !== undefined && key.startsWith(prefix) ? key : undefined;
  }

  /** The first index in `sortedKeys[low, high)` whose key is not before `key`, or `high`. */
  private firstAtLeast(key: string, low: number, high: number): number {
    const keys = this.sortedKeys;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((keys[mid] as string) < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The first index in `sortedKeys[low, high)` whose key does not start with `prefix` (they are all at least `prefix`). */
  private firstNotStarting(prefix: string, low: number, high: number): number {
    const keys = this.sortedKeys;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((keys[mid] as string).startsWith(prefix)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * Leftmost-longest matches over the parts of one block of text. Where two
   * phrases match the same words, the source listed first wins.
   */
  match(
    parts: readonly TextPart[],
    stoppedByWordBefore?: PhraseMatch<T>[],
    overlapping?: PhraseMatch<T>[],
  ): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.stopped = stoppedByWordBefore;
    let index = 0;
    while (index < parts.length) {
      const best = this.longestAt(parts, index);
      if (best) {
        if (overlapping !== undefined && best.lastPart > best.firstPart) {
          const other = this.runningOn(parts, best);
          if (other !== undefined) overlapping.push(other);
        }
        out.push(best);
        index = best.lastPart + 1;
      } else {
        index++;
      }
    }
    this.stopped = undefined;
    return out;
  }

  /**
   * A phrase that starts at a later word of `found` and runs on past its end
   * ("discharge to assess" in "hospital discharge to assess"), or undefined:
   * a rule may read it where `found` means nothing to its readers.
   */
  private runningOn(parts: readonly TextPart[], found: PhraseMatch<T>): PhraseMatch<T> | undefined {
    for (let i = found.firstPart + 1; i <= found.lastPart; i++) {
      if (!(parts[i] as TextPart).wordStart) continue;
      const other = this.longestAt(parts, i);
      if (other && other.lastPart > found.lastPart) return other;
    }
    return undefined;
  }

  /**
   * Where to put phrases that only a word before them stopped (`notAfter`),
   * with that word: "unpaid carer". They are not matches, but a sentence that
   * says what they are explains the term ("An unpaid carer is anyone who …").
   */
  private stopped: PhraseMatch<T>[] | undefined;

  /**
   * The longest phrase starting at `first`. The last word may be inflected
   * ("direct payments"), or one earlier word ("adults at risk", "suffers
   * from"): at each word end that could sit inside a longer phrase, the scan
   * also continues from the word's base forms.
   */
  private longestAt(parts: readonly TextPart[], first: number): PhraseMatch<T> | undefined {
    if (!parts[first]?.wordStart) return undefined;
    // The search state lives on the instance: no closures to allocate per word.
    this.best = undefined;
    this.bestOrder = Infinity;
    // The key so far, while some phrase key starts with it (see `step`).
    let node: Step<T> | undefined = this.root;
    // Brackets the phrase goes on through ("section 5(2)"), before the next piece.
    let brackets = '';
    for (let index = first; index < parts.length && index - first < this.maxParts; index++) {
      const part = parts[index] as TextPart;
      const before: Step<T> = node as Step<T>;
      const piece = brackets === '' ? part.key : brackets + part.key;
      brackets = '';
      if (!part.wordEnd) {
        node = this.step(before, piece);
        // "a direct payment-funded assistant": a phrase may end before a describing half.
        if (
          node?.targets !== undefined &&
          this.describingHalves.has((parts[index + 1] as TextPart).key)
        ) {
          for (const target of node.targets) {
            if (target.beforeDescribingHalf) this.consider(target, parts, first, index, 'base');
          }
        }
        // No phrase starts with the key so far: none can go on from it either.
        if (!part.joinsNext || node === undefined) break;
        continue;
      }
      // Only the last piece of a word is inflected ("co-produced").
      const end = this.wordEnd(before, piece);
      node = end.node;
      for (const { targets, how } of end.found) {
        for (const target of targets) this.consider(target, parts, first, index, how);
      }
      if (index + 1 >= parts.length) break;
      if (!part.joinsNext) {
        // Only a phrase with these brackets inside goes on through them.
        if (part.bracketsNext === '' || node === undefined) break;
        brackets = part.bracketsNext;
        continue;
      }
      for (const { key, how } of end.inflected)
        this.scanInflected(parts, first, index + 1, key, how);
      if (node === undefined) break;
    }
    return this.best;
  }

  /**
   * What a piece that ends a word does when taken from `before` (see
   * `WordEnd`): the key so far is looked up with each base form the piece
   * could come from. Base forms are cached per piece, and the answer per
   * step and piece, so a word seen before costs one look-up.
   */
  private wordEnd(before: Step<T>, piece: string): WordEnd<T> {
    let end = before.ends.get(piece);
    if (end !== undefined) return end;
    const node = this.step(before, piece);
    end = { node, found: [], inflected: [] };
    const candidates = baseCandidates(piece);
    for (const candidate of candidates) {
      const base = candidate === piece;
      const at = base ? node : this.step(before, candidate);
      const targets = at?.targets;
      if (targets === undefined) continue;
      // Checked on the whole key: "top-ups" is a plural of "topup", though "up" alone is too short to inflect.
      const how = base
        ? 'base'
        : inflections((at as Step<T>).key).get(node?.key ?? before.key + piece);
      if (how !== undefined) end.found.push({ targets, how });
    }
    // This word inflected inside a longer phrase: "adults" in "adults at risk".
    for (const candidate of candidates) {
      if (candidate === piece) continue;
      const at = this.step(before, candidate);
      if (at === undefined || !at.wordPrefix) continue;
      const how = inflections(candidate).get(piece);
      if (how !== undefined) end.inflected.push({ key: at.key, how });
    }
    before.ends.set(piece, end);
    this.stepCount++;
    return end;
  }

  /**
   * The step from `state` by one more piece: what the matcher knows about
   * the key `state.key + piece`, or undefined when no phrase key starts
   * with it. Steps are made when first taken and kept, a trie of the pieces
   * texts really use: a text repeats the same pairs of words, and following
   * a kept step is one look-up, where joining the key and looking it up in
   * the phrase table, the word prefixes and the sorted keys was three, each
   * on a new string to hash (docs/decisions.md, "Engine speed").
   */
  private step(state: Step<T>, piece: string): Step<T> | undefined {
    let next = state.next.get(piece);
    if (next === undefined) {
      if (this.stepCount >= MAX_STEPS) {
        // Kept steps only save time: start again rather than grow without end.
        this.root = newStep('', 0, this.sortedKeys.length);
        this.stepCount = 0;
      }
      const joined = state.key + piece;
      // Every key that starts with `joined` starts with `state.key` too, so
      // the search stays inside the state's own stretch of the sorted keys.
      const low = this.firstAtLeast(joined, state.low, state.high);
      const found = low < state.high ? (this.sortedKeys[low] as string) : undefined;
      if (found === undefined || !found.startsWith(joined)) {
        next = null;
      } else {
        // The key itself when it is one (the first key that starts with
        // `joined` is `joined` itself, if it is a key), or a slice of one:
        // either way a flat string.
        const whole = found.length === joined.length;
        const high = this.firstNotStarting(joined, low + 1, state.high);
        next = newStep(whole ? found : found.slice(0, joined.length), low, high);
        if (whole) next.targets = this.targets.get(found);
        next.wordPrefix = this.wordPrefixes.has(next.key);
      }
      state.next.set(piece, next);
      this.stepCount++;
    }
    return next ?? undefined;
  }

  /** Where every search starts: the empty key, with every phrase key after it. */
  private root: Step<T>;
  private stepCount = 0;

  private best: PhraseMatch<T> | undefined;
  private bestOrder = Infinity;

  private consider(
    target: Target<T>,
    parts: readonly TextPart[],
    first: number,
    last: number,
    how: Inflection,
    inflectedAt?: number,
  ): void {
    if (how !== 'base' && !target.inflect) return;
    if (target.inflection) how = target.inflection;
    const accepted = this.accepts(target, parts, first, last);
    if (accepted !== true) {
      if (accepted !== false && this.stopped !== undefined) {
        const stopped = matchOf(target, parts, accepted, last, how);
        if (target.plainAfter?.has(wordKeyFrom(parts, accepted))) stopped.plain = true;
        this.stopped.push(stopped);
      }
      return;
    }
    const best = this.best;
    if (
      !best ||
      last > best.lastPart ||
      (last === best.lastPart && target.order < this.bestOrder)
    ) {
      this.best = matchOf(target, parts, first, last, how);
      if (inflectedAt !== undefined) this.best.inflectedAt = inflectedAt;
      if (target.closes && (parts[last] as TextPart).closedAfter) this.best.closedAfter = true;
      this.bestOrder = target.order;
    }
  }

  /** After an earlier word was read as an inflection: exact keys only. */
  private scanInflected(
    parts: readonly TextPart[],
    first: number,
    from: number,
    before: string,
    how: Inflection,
  ): void {
    let compact = before;
    // The inflected word is the one that ends just before `from`.
    let wordStart = from - 1;
    while (wordStart > first && !(parts[wordStart] as TextPart).wordStart) wordStart--;
    const inflectedAt = (parts[wordStart] as TextPart).start;
    for (let index = from; index < parts.length && index - first < this.maxParts; index++) {
      const part = parts[index] as TextPart;
      compact += part.key;
      if (part.wordEnd) {
        for (const target of this.targets.get(compact) ?? []) {
          this.consider(target, parts, first, index, how, inflectedAt);
        }
      }
      if (!part.joinsNext || !this.hasPrefix(compact)) return;
    }
  }

  /**
   * Whether the phrase at parts `first` to `last` is a match: true, false,
   * or, when only a word before it stops it (`notAfter`), where that word starts.
   */
  private accepts(
    target: Target<T>,
    parts: readonly TextPart[],
    first: number,
    last: number,
  ): boolean | number {
    if (target.caseSensitiveForms !== undefined) {
      // The words as written, put together only for the few phrases that need them.
      let raw = '';
      for (let i = first; i <= last; i++) raw += (parts[i] as TextPart).raw;
      const written = target.caseSensitiveForms.some((form) =>
        raw.startsWith(form.slice(0, Math.max(1, form.length - 1))),
      );
      if (!written) return false;
    }
    if (target.needsNextWord && !parts[last]?.joinsNext) return false;
    if (target.lastLetter !== undefined && parts[last]?.raw !== target.lastLetter) return false;
    if (last - first + 1 > target.pieces && wordsIn(parts, first, last) > target.pieces) {
      return false;
    }
    if (target.notBefore) {
      const next = parts[last + 1];
      // ("income-based": a match that ends inside a word is stopped by the piece after it.)
      const key = next?.wordStart ? wordKeyFrom(parts, last + 1) : next?.key;
      if (key !== undefined && target.notBefore.has(key)) return false;
    }
    if (target.notAfter) {
      const previous = previousWordStart(parts, first);
      if (previous !== undefined && target.notAfter.has(wordKeyFrom(parts, previous))) {
        return previous;
      }
    }
    return true;
  }
}

/** The match of `target` over parts `first` to `last`. */
function matchOf<T>(
  target: Target<T>,
  parts: readonly TextPart[],
  first: number,
  last: number,
  how: Inflection,
): PhraseMatch<T> {
  return {
    value: target.value,
    firstPart: first,
    lastPart: last,
    start: (parts[first] as TextPart).start,
    end: (parts[last] as TextPart).end,
    inflection: how,
    joinsNext: (parts[last] as TextPart).joinsNext,
  };
}

/** How many words parts `first` to `last` make (a hyphenated word is one). */
function wordsIn(parts: readonly TextPart[], first: number, last: number): number {
  let words = 0;
  for (let i = first; i <= last; i++) if ((parts[i] as TextPart).wordStart) words++;
  return words;
}

/**
 * A word's key as `wordKeyFrom` reads it from the text: the keys of its
 * hyphenated pieces joined ("home-school" → "homeschool").
 */
function joinedKey(word: string): string {
  return word.split(/[-‐‑]/).map(spellingKey).join('');
}

function wordKeyFrom(parts: readonly TextPart[], index: number): string {
  let key = '';
  for (let i = index; i < parts.length; i++) {
    const part = parts[i] as TextPart;
    key += part.key;
    if (part.wordEnd) break;
  }
  return key;
}

function previousWordStart(parts: readonly TextPart[], first: number): number | undefined {
  let i = first - 1;
  if (i < 0) return undefined;
  while (i > 0 && !(parts[i] as TextPart).wordStart) i--;
  return i;
}
