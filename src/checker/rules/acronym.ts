/**
 * acronym: abbreviations not written out at their first use, in either order
 * ("Social Care Institute for Excellence (SCIE)" or "SCIE (Social Care
 * Institute for Excellence)"). A few are known to everyone (NHS, UK, GP;
 * dictionaries/acronyms.json). Where the glossary knows the abbreviation, the
 * written-out form is offered (in easy read, the plain word: GP → doctor).
 * The easy read profile flags every use: easy read uses full words.
 *
 * Not abbreviations: everyday words in capitals ("ACTION:", "AGREED"),
 * capitals for emphasis ("DO NOT"), postcodes ("W1U 6AG"), people's initials
 * in minutes ("ACTION: RH to send …", or initials of the people listed as
 * present), and Roman numerals that number something ("Part II").
 */
import acronyms from '../../../dictionaries/acronyms.json';
import type { GlossaryEntry } from '../../glossary/schema';
import { inflectWord } from '../../glossary/word-forms';
import type { Sentence, Word } from '../analyse';
import { isBodyText } from '../explained';
import { inEverydaySense } from '../senses';
import { isFamiliarWord } from '../readability';
import { peopleInitials } from '../names';
import {
  ATTENDANCE,
  ATTENDANCE_LABEL,
  POSTCODE,
  capitalRuns,
  isReference,
  quotedAsWord,
  writerBlocks,
} from '../prose';
import type { BlockInput, DocumentFinding, RawFinding, RuleContext } from './rule';
import { defineRule } from './rule';
import { inflectAlternative, matchCapital, q } from './suggest';

interface AbbreviationUse {
  /** Upper-case key without a plural `s`: `DPs` → `DP`. */
  key: string;
  start: number;
  end: number;
  text: string;
  /** Written out right here, so this and later uses are fine. */
  defines: boolean;
  /** The first word of its sentence. */
  sentenceStart: boolean;
  /** Alone after a label on its line ("Owner: PN."): perhaps a person's initials. */
  afterLabel?: boolean;
  /** In body text, not a title, heading or caption. */
  body: boolean;
  /**
   * Part of a hyphenated word ("CHC-funded", "PHQ-9"): writing it out there
   * would not read ("NHS continuing healthcare (CHC)-funded"), so the finding
   * names the words and leaves the rewording to the writer.
   */
  inWord: boolean;
  /**
   * The letters in the everyday sense of a glossary entry's short form ("closed
   * NFA" is no further action, not no fixed abode): still to be written out, but
   * the entry's words are not what they mean here.
   */
  otherSense?: true;
  /** The finding for this use, made when first needed. */
  finding?: RawFinding;
}

interface BlockData {
  uses: AbbreviationUse[];
  /** Initials of the people an attendance line lists ("R Hughes" → RH). */
  initials: string[];
  /** Initials of the people named by first name and surname ("Priya Nandra" → PN). */
  people: string[];
}

/** Small words skipped when spelling out an abbreviation: dictionaries/acronyms.json. */
const STOPWORDS: ReadonlySet<string> = new Set(acronyms.smallWords);
/** Abbreviations that are also words ("a SALT referral"): never taken for a word in capitals. */
const WORD_LIKE: ReadonlySet<string> = new Set(acronyms.wordLike);
const DIGIT_WORDS: Readonly<Record<string, readonly string[]>> = acronyms.digitWords;

/** Whether a word gives a letter of an abbreviation: its first letter, or a word a digit stands for ("to" for 2). */
function givesLetter(piece: string, letter: string): boolean {
  return piece.startsWith(letter) || (DIGIT_WORDS[letter]?.includes(piece) ?? false);
}

/**
 * Whether one word written as one gives two letters: its first, and the first
 * of a word joined on after at least three letters ("Healthcare" for HC in
 * "Continuing Healthcare (CHC)"), or its own first two ("coordinator" for CO
 * in SENCO).
 */
function givesTwo(piece: string, first: string, second: string): boolean {
  if (!piece.startsWith(first)) return false;
  // "coordinator" for CO in SENCO: its own first two letters.
  if (piece.length > 3 && piece.charAt(1) === second) return true;
  const at = piece.indexOf(second, 3);
  return at !== -1 && piece.length - at >= 3;
}
const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Words after which a Roman numeral numbers something: "Part II", "Schedule III". */
const NUMBERED: ReadonlySet<string> = new Set(acronyms.numberedBy);
/** Everyday words written in capitals as labels: "ACTION:", "AGREED". */
const LABELS: ReadonlySet<string> = new Set(acronyms.labels);
/** Titles that come before people's names in attendance lines. */
const TITLES: ReadonlySet<string> = new Set(acronyms.titles);
/** A label that starts the next part of a line of details: "Date:", "Officers:". */
const NEXT_LABEL = /\b\p{Lu}\p{Ll}+(?: \p{Ll}+){0,3}:/gu;

/** `DoLS` → `DOLS`; `DPs` → `DP`; undefined when the word is not an abbreviation. */
export function abbreviationKey(word: string): string | undefined {
  const first = word.charCodeAt(0);
  // Fast path: most words start with a lower-case ASCII letter, and an
  // abbreviation never starts with a digit.
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) return undefined;
  const bare = word.replace(/['’]s$/, '');
  if (bare.length < 2 || bare.length > 10) return undefined;
  if (!/^\p{Lu}[\p{L}\d&]*$/u.test(bare)) return undefined;
  const upper = countOf(bare, CAPITAL);
  if (upper < 2) return undefined;
  const letters = countOf(bare, LETTER);
  if (upper * 2 < letters) return undefined;
  let key = bare;
  if (/\p{Lu}s$/u.test(key)) key = key.slice(0, -1);
  key = key.toUpperCase();
  if (key.length < 2) return undefined;
  return key;
}

/** A part of a hyphenated word in capitals, the rest in small letters or digits: "CHC-funded", "non-CHC", "PHQ-9". */
const HYPHENATED = /^(?:[\p{Ll}\d]+[-‐‑])*(\p{Lu}[\p{L}\d&]*)(?:[-‐‑][\p{Ll}\d]+)*$/u;

/** The abbreviation inside a hyphenated word, with its place: "ARRS" in "ARRS-funded". */
function hyphenatedPart(word: Word): Word | undefined {
  if (!word.text.includes('-') && !/[‐‑]/.test(word.text)) return undefined;
  const part = HYPHENATED.exec(word.text)?.[1];
  if (part === undefined || part.length === word.text.length) return undefined;
  const at = word.text.indexOf(part);
  return { ...word, text: part, start: word.start + at, end: word.start + at + part.length };
}

/** The capital letters an expansion must supply: `DoLS` → D, L, S. */
function initialsOf(word: string): string[] {
  const bare = word.replace(/['’]s$/, '').replace(/(?<=\p{Lu})s$/u, '');
  return [...bare].filter((ch) => /[\p{Lu}\d]/u.test(ch));
}

/**
 * Whether the words (in order) written out spell the abbreviation: each
 * capital is the first letter of a word or a hyphenated part, in order, and
 * every other word is a small word like "of" or "and". A shorter
 * abbreviation among the words gives all its letters ("SEND Information,
 * Advice and Support Service" for SENDIASS).
 */
export function spellsOut(abbreviation: string, words: readonly string[]): boolean {
  const letters = initialsOf(abbreviation).map((ch) => ch.toLowerCase());
  const written = words.flatMap((word) => word.split(/[-‐‑]/)).filter((piece) => piece !== '');
  const pieces = written.map((piece) => piece.toLowerCase());
  // Shorter than the abbreviation: an earlier use of it does not spell it.
  const shortForms = written.map(
    (piece) => piece.length < letters.length && /^\p{Lu}{2,}$/u.test(piece),
  );
  return spellsFrom(letters, pieces, shortForms, letters.length - 1, pieces.length - 1);
}

/**
 * Whether pieces up to `piece` spell letters up to `letter`, from the end. A
 * small word may give its letter or be skipped ("Patient Advice and Liaison
 * Service" is PALS: "and" gives no A), so both are tried; `tried` keeps the
 * places that failed, so each is tried once.
 */
function spellsFrom(
  letters: readonly string[],
  pieces: readonly string[],
  shortForms: readonly boolean[],
  letter: number,
  piece: number,
  tried?: Set<number>,
): boolean {
  while (letter >= 0 && piece >= 0) {
    const current = pieces[piece] as string;
    if (shortForms[piece] && givesAll(current, letters, letter)) {
      letter -= current.length;
      piece--;
      continue;
    }
    const gives = givesLetter(current, letters[letter] as string);
    const small = STOPWORDS.has(current);
    // "satisfaction" for SAT in "customer satisfaction (CSAT)": a long word's own first three.
    if (
      !gives &&
      letter > 1 &&
      current.length > 5 &&
      current.startsWith(`${letters[letter - 2]}${letters[letter - 1]}${letters[letter]}`)
    ) {
      letter -= 3;
      piece--;
      continue;
    }
    if (
      !gives &&
      letter > 0 &&
      givesTwo(current, letters[letter - 1] as string, letters[letter] as string)
    ) {
      letter -= 2;
      piece--;
      continue;
    }
    if (gives && small) {
      // Made at the first such word: most abbreviations never need it.
      const failed = tried ?? new Set<number>();
      const place = letter * pieces.length + piece;
      if (failed.has(place)) return false;
      const spelt =
        spellsFrom(letters, pieces, shortForms, letter - 1, piece - 1, failed) ||
        spellsFrom(letters, pieces, shortForms, letter, piece - 1, failed);
      if (!spelt) failed.add(place);
      return spelt;
    }
    if (gives) letter--;
    else if (!small) return false;
    piece--;
  }
  return letter < 0;
}

/** Whether a short form's letters are the abbreviation's letters that end at `letter`. */
function givesAll(shortForm: string, letters: readonly string[], letter: number): boolean {
  if (shortForm.length > letter + 1) return false;
  for (let k = 0; k < shortForm.length; k++) {
    if (shortForm[shortForm.length - 1 - k] !== letters[letter - k]) return false;
  }
  return true;
}

/**
 * Whether the last few words that end by offset `end` spell out the
 * abbreviation at word `index` ("Written Out Words" before "(ABBR)" or ",
 * or ABBR").
 */
function spelledOutBefore(
  words: readonly Word[],
  index: number,
  end: number,
  letters: number,
): boolean {
  const abbreviation = (words[index] as Word).text;
  const window = letters * 2 + 2;
  const before: string[] = [];
  for (let i = index - 1; i >= 0 && before.length < window; i--) {
    const w = words[i] as Word;
    if (w.end <= end) before.unshift(w.text);
  }
  // From one word: a hyphened word gives a letter for each part ("Multi-Agency").
  for (let take = 1; take <= before.length; take++) {
    if (spellsOut(abbreviation, before.slice(-take))) return true;
  }
  return false;
}

/** Detects "Written Out Words (ABBR)" and "ABBR (Written Out Words)" around the word. */
function isDefinedAt(input: BlockInput, index: number): boolean {
  const { text, words } = input.text;
  const word = words[index] as Word;
  const letters = initialsOf(word.text).length;
  const window = letters * 2 + 2;
  // "Written Out Words (ABBR)"
  const open = bracketAround(text, word);
  if (open !== -1 && spelledOutBefore(words, index, open, letters)) return true;
  // "a rehabilitation officer for visual impairment, or ROVI", "…, sometimes
  // called a ROVI": named right after its words, even in small letters.
  const aside = OTHER_NAME_BEFORE.exec(text.slice(Math.max(0, word.start - 40), word.start));
  if (aside && spelledOutBefore(words, index, word.start - aside[0].length, letters)) return true;
  // "Department of Health and Social Care … DHSC": written out earlier in the block.
  const letterList = initialsOf(word.text).map((ch) => ch.toLowerCase());
  const firstLetter = letterList[0] ?? '';
  for (let s = Math.max(0, index - 60); s < index; s++) {
    const start = (words[s] as Word).text;
    // The cheap test first: most words do not start with the right letter.
    if (start.charAt(0).toLowerCase() !== firstLetter || !/^\p{Lu}/u.test(start)) continue;
    const slice: string[] = [];
    for (let e = s; e < index && e < s + window; e++) {
      slice.push((words[e] as Word).text);
      if (slice.length >= letters && spellsOut(word.text, slice)) return true;
    }
  }
  // "… the right to move with it. This is called TUPE.": named after it is explained.
  if (NAMED_BEFORE.test(text.slice(Math.max(0, word.start - 40), word.start))) return true;
  // "ABBR (Written Out Words)", or with the word it describes between: "the SBAR
  // tool (Situation, Background, Assessment, Recommendation)".
  const bracket = /^(?:\s+\p{Ll}[\p{L}-]*)?\s*\(([^)]{0,200})\)/u.exec(
    text.slice(word.end, word.end + 224),
  );
  if (bracket) {
    const inside = (bracket[1] ?? '').split(/\s+/).filter((w) => w !== '');
    if (inside.length >= Math.max(2, letters - 2) && spellsOut(word.text, inside)) return true;
  }
  // "ReSPECT stands for Recommended Summary Plan for Emergency Care and Treatment."
  const standsFor = STANDS_FOR.exec(text.slice(word.end, word.end + 20));
  if (standsFor) {
    const after = text
      .slice(word.end + standsFor[0].length, word.end + standsFor[0].length + 200)
      .split(/[.;:!?]/, 1)[0] as string;
    const written = after.split(/\s+/).filter((w) => w !== '');
    if (written.length >= Math.max(2, letters - 2) && spellsOut(word.text, written)) return true;
  }
  return false;
}
const STANDS_FOR = /^\s+(?:stands for|is short for)\s+/i;

/**
 * Where the bracket opens when the word stands alone in brackets ("(ABBR)"),
 * or -1. Only the few characters either side are read: a long line stays cheap.
 */
function bracketAround(text: string, word: Word): number {
  const opening = /\(\s*$/.exec(text.slice(Math.max(0, word.start - 3), word.start));
  if (!opening || !/^\s*\)/.test(text.slice(word.end, word.end + 3))) return -1;
  return word.start - opening[0].length;
}

/**
 * "Learning from Lives and Deaths (LeDeR)": the letters in brackets right
 * after their own glossary entry's words, whose initials they need not be
 * (they may come from an older name).
 */
function entryBeforeBracket(
  input: BlockInput,
  word: Word,
  entry: GlossaryEntry | undefined,
): boolean {
  if (!entry) return false;
  const open = bracketAround(input.text.text, word);
  return open !== -1 && glossaryBefore(input, open, entry.id);
}

/**
 * Whether a glossary term (entry `id`'s, or any) ends right before the
 * bracket at `open`, with only spaces between.
 */
function glossaryBefore(input: BlockInput, open: number, id?: string): boolean {
  const { text } = input.text;
  let end = open;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  return input.matches.some(
    (match) =>
      match.end === end &&
      match.value.kind === 'glossary' &&
      (id === undefined || match.value.entry.id === id),
  );
}

/**
 * Whether letters that are no glossary term are not an abbreviation to write
 * out here: a glossary word of its own, a label, a familiar word in capitals,
 * a postcode, an address, initials, a code, a numbering Roman numeral or a rank.
 */
function notAnAbbreviation(
  input: BlockInput,
  word: Word,
  key: string,
  { index, inWord, runs }: { index: number; inWord: boolean; runs: Uint16Array },
  context: RuleContext,
): boolean {
  const { words, text } = input.text;
  // A glossary word of its own ("GP" → "doctor"): the glossary rule
  // offers the plain word, so it is not flagged twice.
  if (glossaryWordAt(input, word, context.profile.name)) return true;
  if (LABELS.has(word.text)) return true;
  if (key.length >= 3 && key === word.text && !WORD_LIKE.has(key) && isFamiliarWord(word.text)) {
    return true;
  }
  if (inWord && isFamiliarWord(word.text.toLowerCase())) return true;
  if (runs[index] === 2 && isStressedPair(words, index, text)) return true;
  if (isPostcode(words, index, text) || isActionInitials(words, index, text)) return true;
  if (inAddress(text, word)) return true;
  // (Easy read writes out every abbreviation, people's initials too.)
  if (!context.profile.strictAcronyms && isInitialsCell(input)) return true;
  if (isCode(words, index, text)) return true;
  if (ROMAN.test(key) && numbersSomething(words, index, text)) return true;
  // A rank before a name: "DS Rachel Kemp", "PC Ali".
  if (isTitleBeforeName(words, index, text)) return true;
  return false;
}

/**
 * Notes a use of a glossary term by its letters, for "words we used" and the
 * signs of care; or, where the paper spells them out in other words than the
 * glossary's ("a penalty charge notice (PCN)"), that it does, so that they
 * count nowhere in it.
 */
function noteTerm(
  use: { id: string; form: string },
  otherWords: boolean,
  terms: string[],
  shortForms: { uses: { id: string; form: string }[]; spelledOut: string[] },
): void {
  if (otherWords) {
    shortForms.spelledOut.push(use.form);
    return;
  }
  terms.push(use.id);
  shortForms.uses.push(use);
}

/**
 * Whether the letters, in brackets, stand for the words before them, which
 * are no glossary term: "a penalty charge notice (PCN)" (not "a primary care
 * network (PCN)", nor "the Care Quality Commission (CQC)").
 */
function spelledOutOtherwise(input: BlockInput, word: Word, index: number): boolean {
  const { text, words } = input.text;
  const open = bracketAround(text, word);
  if (open === -1 || !spelledOutBefore(words, index, open, initialsOf(word.text).length)) {
    return false;
  }
  return !glossaryBefore(input, open);
}

/** ", or", ", sometimes called a": another name for the words just before. */
const OTHER_NAME_BEFORE =
  /,\s*(?:or|(?:also |often |sometimes |usually )?called|(?:also )?known as)\s+(?:(?:an?|the)\s+)?$/i;

/**
 * "This is called", "known as", "We can also say": an abbreviation named after
 * what it stands for was explained ("This is called a DBS check.").
 */
const NAMED_BEFORE =
  /\b(?:(?:this|that|it) is (?:also |often |sometimes |usually )?(?:called|known as)|we call (?:this|it)|what we call|we (?:can |may )?(?:also )?say)\s+(?:(?:the|an?)\s+)?["“‘']?$/i;

const CAPITAL = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * How many characters of `word` are capitals (`CAPITAL`) or letters
 * (`LETTER`), counted without making a string: this runs for every word
 * that starts with a capital.
 */
function countOf(word: string, kind: typeof CAPITAL | typeof LETTER): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 128) {
      const upper = code >= 65 && code <= 90;
      if (upper || (kind === LETTER && code >= 97 && code <= 122)) count++;
    } else {
      // A letter outside the Basic Multilingual Plane is two UTF-16 units,
      // and counts as two, as the length of a string of them would.
      const size = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      if (kind.test(word.slice(i, i + size))) count += size;
      i += size - 1;
    }
  }
  return count;
}

/** A postcode's two halves: "LS6" "2AB", "W1U" "6AG". */
const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const INWARD = /^\d[A-Z]{2}$/;

function isPostcode(words: readonly Word[], index: number, text: string): boolean {
  const word = (words[index] as Word).text;
  const next = words[index + 1];
  const previous = words[index - 1];
  if (OUTWARD.test(word) && next && INWARD.test(next.text)) {
    return /^ ?$/.test(text.slice((words[index] as Word).end, next.start));
  }
  return INWARD.test(word) && !!previous && OUTWARD.test(previous.text);
}

/** How far either side of a word its line is read: an address or a label is short. */
const LINE_REACH = 160;

/**
 * The start and end of the word's line, at most `LINE_REACH` characters
 * either side of it, so that a long line costs no more per word.
 */
function lineAround(text: string, word: Word): [number, number] {
  const from = Math.max(0, word.start - LINE_REACH);
  const back = text.slice(from, word.start).lastIndexOf('\n');
  const ahead = text.slice(word.end, word.end + LINE_REACH).indexOf('\n');
  return [
    back === -1 ? from : from + back + 1,
    ahead === -1 ? Math.min(text.length, word.end + LINE_REACH) : word.end + ahead,
  ];
}

/**
 * Whether a word is part of a name in a postal address: a part between
 * commas (or after a colon) of words that all start with a capital or a
 * figure, on a line with a postcode ("Write to us at: ASC Budget
 * Consultation, Westbury Borough Council, Town Hall, Westbury WB1 1AA").
 */
function inAddress(text: string, word: Word): boolean {
  const [line, end] = lineAround(text, word);
  const before = text.slice(line, word.start);
  const after = text.slice(word.end, end);
  if (!POSTCODE.test(text.slice(line, end))) return false;
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf(';'));
  const to = after.search(/[,;]/);
  const part = `${before.slice(from + 1)}${word.text}${to === -1 ? after : after.slice(0, to)}`;
  return part
    .trim()
    .split(/\s+/)
    .every((piece) => /^[\p{Lu}\d(]/u.test(piece));
}

/**
 * The letters of a reference number, at its start: "ASC 0048213", "ref ASC-0048213",
 * "ASC/DP/48213", "SG/24/08817", "ASC/SG/24-0917"; or that end one: "26/01482/FUL".
 * The reader copies them; nobody reads them as words.
 */
function isReferenceLetters(words: readonly Word[], index: number, text: string): boolean {
  // Or the letters that end one: "26/01482/FUL", a planning application.
  const previous = words[index - 1];
  if (
    previous !== undefined &&
    /^\d{2,}$/.test(previous.text) &&
    /^[/-]$/.test(text.slice(previous.end, (words[index] as Word).start))
  ) {
    return true;
  }
  // Letters joined by "/" or "-" to more letters, up to the number: "ASC/DP/48213".
  for (let i = index; i < index + 4; i++) {
    const next = words[i + 1];
    if (!next) return false;
    const between = text.slice((words[i] as Word).end, next.start);
    if (/^\d{4,}$/.test(next.text)) return /^[ /-]?$/.test(between);
    // "SG/24/08817", "KT/24/118", "ASC/SG/24-0917": a number after a slash is part of a reference.
    if (/^\d+(?:-\d+)*$/.test(next.text)) return between === '/';
    if (!/^[/-]$/.test(between) || !/^\p{Lu}{1,5}$/u.test(next.text)) return false;
  }
  return false;
}

const REGISTRATION_START = /^[A-Z]{2}\d{2}$/;

/**
 * A code, not an abbreviation: letters with two or more digits ("BA2490",
 * a flight), letters numbered ("Q3", and "COP1A", a court form, but not
 * "D2A"), a car registration's two halves ("AB12 CDE"), and words joined by
 * a star ("FASTPAY*GIFTCARDS" on a bank statement).
 */
function isCode(words: readonly Word[], index: number, text: string): boolean {
  const word = (words[index] as Word).text;
  if (/\d.*\d/.test(word)) return true;
  // "FASTPAY*GIFTCARDS": a card payment's description, as a bank statement shows it.
  const at = words[index] as Word;
  if (text.charAt(at.end) === '*' || text.charAt(at.start - 1) === '*') return true;
  // "ASC1", "Q3": letters numbered, a reference in a table or a plan (not "D2A").
  if (/^\p{Lu}+\d+$/u.test(word)) return true;
  // "COP1A": a numbered form's code, with its letter after the number.
  if (/^\p{Lu}{2,}\d+\p{Lu}$/u.test(word)) return true;
  // "the registration document (V5C)": a form's code in brackets after its name.
  if (/\d/.test(word) && FORM_BEFORE_CODE.test(text.slice(Math.max(0, at.start - 40), at.start))) {
    return /^\s*\)/.test(text.slice(at.end, at.end + 3));
  }
  const previous = words[index - 1];
  return (
    /^[A-Z]{3}$/.test(word) &&
    !!previous &&
    REGISTRATION_START.test(previous.text) &&
    text.slice(previous.end, (words[index] as Word).start) === ' '
  );
}

/** The name of a form or document, then the bracket its code is in. */
const FORM_BEFORE_CODE =
  /\b(?:form|document|certificate|logbook|licence|license|card|notice|letter|book)\s*\(\s*$/i;

/** "Part II", "King Charles III", "II." at the start of a numbered line. */
function numbersSomething(words: readonly Word[], index: number, text: string): boolean {
  const previous = words[index - 1];
  if (!previous) return /^\s*[.)]/.test(text.slice((words[index] as Word).end));
  if (NUMBERED.has(previous.text.toLowerCase())) return true;
  // After a name: "Henry VIII", "Charles III" (not initials in brackets: "Dora Lyle (DL)").
  return (
    /^\p{Lu}\p{Ll}+$/u.test(previous.text) &&
    /^ $/.test(text.slice(previous.end, (words[index] as Word).start))
  );
}

/** A title in capitals right before a name: "DS Rachel Kemp", "PC Ali". */
function isTitleBeforeName(words: readonly Word[], index: number, text: string): boolean {
  const word = words[index] as Word;
  const next = words[index + 1];
  return (
    TITLES.has(word.text.toLowerCase()) &&
    !!next &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    /^ $/.test(text.slice(word.end, next.start))
  );
}

/**
 * A person's initials in an action line: "ACTION: RH to send …", "ACTION:
 * AP and LG to meet …" (short capitals after the label, before "to").
 */
function isActionInitials(words: readonly Word[], index: number, text: string): boolean {
  const word = words[index] as Word;
  if (word.text.length > 3) return false;
  const line = text.lastIndexOf('\n', word.start) + 1;
  const before = text.slice(line, word.start);
  if (/^\s*actions?\s*[:–-]/i.test(before)) {
    // Only initials and "and" or commas between the label and this word.
    return /^\s*actions?\s*[:–-][\s,&]*(?:(?:[\p{Lu}]{2,3}|and)[\s,&]+)*$/iu.test(before);
  }
  const next = words[index + 1];
  return (
    next?.text.toLowerCase() === 'to' && (index === 0 || /[:;]\s*$/.test(text.slice(0, word.start)))
  );
}

/**
 * A table cell that holds only pairs of capitals ("JB", "JB / KM", "AP and LG"):
 * the initials of whoever owns an action, as minutes' action tables give them.
 * (Letters the lists or the glossary know are read as before, and three
 * letters may be an abbreviation: "TBC", "ASC".)
 */
function isInitialsCell(input: BlockInput): boolean {
  return input.block.kind === 'table-cell' && INITIALS_ONLY.test(input.text.text);
}
const INITIALS_ONLY = /^\s*\p{Lu}{2}(?:\s*(?:[/,&+]|and)\s*\p{Lu}{2}){0,3}\s*$/u;

/**
 * "DO NOT", "ON HOLD": a two-letter word and another everyday word, in
 * capitals side by side, are stress, not abbreviations (not "PA (CHC)").
 */
function isStressedPair(words: readonly Word[], index: number, text: string): boolean {
  const word = words[index] as Word;
  if (word.text.length !== 2 || !isFamiliarWord(word.text.toLowerCase())) return false;
  const previous = words[index - 1];
  const other =
    previous &&
    text.slice(previous.end, word.start) === ' ' &&
    previous.text === previous.text.toUpperCase()
      ? previous
      : words[index + 1];
  if (!other) return false;
  const between =
    other === previous ? text.slice(other.end, word.start) : text.slice(word.end, other.start);
  return between === ' ' && isFamiliarWord(other.text.toLowerCase());
}

/**
 * Whether a word is all a label's value holds: "**Owner:** PN.", "- Lead: JB",
 * "… Church. **Owner:** PN. **By:** 21 November" (up to the line's end or the next label).
 */
function aloneAfterLabel(text: string, word: Word): boolean {
  const [line, end] = lineAround(text, word);
  return (
    LABEL_BEFORE.test(text.slice(line, word.start)) && LABEL_AFTER.test(text.slice(word.end, end))
  );
}
const LABEL_BEFORE = /(?:^|[.;]\s+)\s*(?:[-*]\s+)?\**\p{Lu}[\p{L} ]{1,30}:\**\s*$/u;
const LABEL_AFTER = /^[.;*]*\s*(?:$|\**\p{Lu}[\p{L} ]{1,30}:)/u;

/** The initials of the people an attendance line lists: "Cllr A Patel (Chair), R Hughes" → AP, RH. */
function attendanceInitials(input: BlockInput): string[] {
  const { text } = input.text;
  const out: string[] = [];
  // "Present – …": the whole block is the list.
  const whole = ATTENDANCE.exec(text);
  if (whole && !whole[0].endsWith(':')) {
    namesToInitials(text.slice(whole[0].length), out);
    return out;
  }
  // Each list of names runs from its label to the next label ("Date:") or
  // the end: in Markdown, "**Present:** …" and "**Officers:** …" on lines of
  // their own are one paragraph.
  ATTENDANCE_LABEL.lastIndex = 0;
  for (let label = ATTENDANCE_LABEL.exec(text); label; label = ATTENDANCE_LABEL.exec(text)) {
    const from = label.index + label[0].length;
    NEXT_LABEL.lastIndex = from;
    const next = NEXT_LABEL.exec(text);
    const end = next ? next.index : text.length;
    ATTENDANCE_LABEL.lastIndex = end;
    namesToInitials(text.slice(from, end), out);
  }
  return out;
}

/**
 * The initials of each name in a list ("Cllr J Ahmed (Chair), T Lee" → JA,
 * TL; "Station Manager Chris Lowe" → SMCL and CL).
 */
function namesToInitials(list: string, out: string[]): void {
  const body = list.replace(/\([^)]*\)/g, '');
  for (const name of body.split(/[,;]|\band\b/)) {
    const parts = name
      .trim()
      .split(/\s+/)
      .filter(
        (part) => /^\p{Lu}/u.test(part) && !TITLES.has(part.replace(/\.$/, '').toLowerCase()),
      );
    if (parts.length < 2) continue;
    const letters = parts.map((part) => part.charAt(0).toUpperCase());
    out.push(letters.join(''));
    // A job title of words with capitals before the name ("Station Manager
    // Chris Lowe"): the last two are the person's own initials (CL).
    if (letters.length > 2) out.push(letters.slice(-2).join(''));
  }
}

/**
 * A short form of one capital and digits ("P2", "P3") is only taken for an
 * abbreviation when the glossary knows it: "M6" and "A1" are road names.
 */
function glossaryShortForm(word: string, context: RuleContext): string | undefined {
  // Cheap checks first: this runs for every word that is not an abbreviation.
  if (word.length < 2 || word.length > 3) return undefined;
  const second = word.charCodeAt(1);
  if (second < 48 || second > 57) return undefined;
  if (!/^\p{Lu}\d{1,2}$/u.test(word)) return undefined;
  return context.lists.abbreviations.has(word) ? word : undefined;
}

/** A glossary entry's short form with a hyphen, whole: "CAS-3", "ASC-FR" (not "CAS" in it). */
function hyphenedShortForm(word: string, context: RuleContext): string | undefined {
  if (!/^[\p{Lu}\d]+(?:[-‐‑][\p{Lu}\d]+)+$/u.test(word)) return undefined;
  const key = word.replace(/[‐‑]/g, '-');
  return context.lists.abbreviations.has(key) ? key : undefined;
}

/** Whether a glossary entry for these readers is matched where `where` says. */
function glossaryMatch(
  input: BlockInput,
  profile: string,
  where: (match: { start: number; end: number }) => boolean,
): boolean {
  return input.matches.some(
    (match) =>
      where(match) &&
      match.value.kind === 'glossary' &&
      match.value.entry.audiences.some((audience) => audience === profile),
  );
}

/** Whether a glossary entry for these readers is matched on exactly this word. */
function glossaryWordAt(input: BlockInput, word: Word, profile: string): boolean {
  return glossaryMatch(input, profile, (m) => m.start === word.start && m.end === word.end);
}

/** Whether this word is part of a longer glossary term for these readers ("RAG" in "RAG rated"). */
function insideGlossaryTerm(input: BlockInput, word: Word, profile: string): boolean {
  return glossaryMatch(
    input,
    profile,
    (m) => m.start <= word.start && m.end >= word.end && m.end - m.start > word.end - word.start,
  );
}

function finding(
  use: AbbreviationUse,
  entry: GlossaryEntry | undefined,
  context: RuleContext,
): RawFinding {
  const strict = context.profile.strictAcronyms;
  // The message names the short form, not its owner's 's ("RFU", not "RFU's").
  const said = use.text.replace(/['’]s$/, '');
  const result: RawFinding = {
    start: use.start,
    end: use.end,
    message: strict
      ? `Write ${q(said)} in full words: easy read does not use abbreviations.`
      : `Write ${q(said)} in full the first time you use it.`,
    severity: context.severity,
    suggestions: [],
  };
  // "RAG" in an entry called "RAG rating": its term is no written-out form of
  // the letters, so the finding gives the entry's meaning and no words to swap in.
  // (Easy read offers the plain word instead, where there is one.)
  if (
    entry &&
    (!containsWord(entry.term, said) || (strict && entry.alternatives[0] !== undefined))
  ) {
    // "OTs": the written-out words are plural too ("occupational therapists"),
    // a name's last word only ("assessment and treatment units").
    const plural = /\p{Lu}s$/u.test(use.text);
    const form = (words: string) => {
      if (!plural) return words;
      const made = inflectAlternative(words, 'noun', 'plural', false);
      // A name's last word takes the plural too: "Integrated Care Boards (ICBs)".
      return made !== words
        ? made
        : words.replace(/(?<=^|\s)\p{Lu}\p{Ll}+$/u, (last) =>
            matchCapital(inflectWord(last.toLowerCase(), 'plural'), last),
          );
    };
    const term = form(writtenOut(entry, said));
    // "the ICB's plan" → "the integrated care board's (ICB's) plan".
    const possessive = /['’]s$/.exec(use.text)?.[0] ?? '';
    // Easy read: the plain word if there is one ("GP" → "doctor"), not the long name.
    const first = entry.alternatives[0]?.text;
    const plain = strict && first !== undefined ? form(first) + possessive : undefined;
    const written = plain ?? (strict ? term + possessive : `${term}${possessive} (${use.text})`);
    // A capital at the start of a sentence; otherwise the term as the glossary writes it.
    const text = use.sentenceStart ? written.charAt(0).toUpperCase() + written.slice(1) : written;
    // (Inside a hyphenated word the words are named, not swapped in: see `inWord`.)
    if (!use.inWord) result.suggestions.push({ kind: 'replace', text });
    result.message = strict
      ? `Write ${q(said)} in full words: easy read does not use abbreviations. It means ${q(term)}.`
      : `Write ${q(said)} in full the first time you use it: ${q(term)}.`;
    result.entryId = entry.id;
    result.definition = entry.definition;
    if (entry.advice !== undefined) result.advice = entry.advice;
    if (entry.easyRead.length > 0) result.easyRead = [...entry.easyRead];
    if (entry.coProduced) result.coProduced = true;
  } else if (entry) {
    result.entryId = entry.id;
    result.definition = entry.definition;
    if (entry.advice !== undefined) result.advice = entry.advice;
    if (entry.easyRead.length > 0) result.easyRead = [...entry.easyRead];
  }
  return result;
}

/**
 * The entry's name whose words the letters spell: "MFFD" is "medically fit
 * for discharge", a variant of "medically optimised"; otherwise its term.
 */
function writtenOut(entry: GlossaryEntry, short: string): string {
  if (spellsOut(short, entry.term.split(/[\s-]+/))) return entry.term;
  const spelled = entry.variants.find((variant) => spellsOut(short, variant.split(/[\s-]+/)));
  return spelled ?? entry.term;
}

/** Whether `words` holds `short` as a word of its own ("RAG rating" holds "RAG"). */
function containsWord(words: string, short: string): boolean {
  return words.split(/[\s/-]+/).some((word) => word.toLowerCase() === short.toLowerCase());
}

export const acronym = defineRule<BlockData>({
  id: 'acronym',
  category: 'acronym',
  summary:
    'Abbreviations not written out the first time they are used (easy read: every time); the glossary’s expansion is offered. Words in capitals, postcodes, codes such as a flight or a car registration, initials in minutes, the letters of a reference number and Roman numerals that number something are not abbreviations.',
  source:
    'WCAG 2.2 SC 3.1.4 Abbreviations and technique G97; GOV.UK publishing accessible documents; GOV.UK easy read ("use full words")',
  examples: [
    {
      text: 'The CQC will visit. The CQC will write to us.',
      findings: [
        {
          on: 'CQC',
          message: 'Write “CQC” in full the first time you use it: “Care Quality Commission”.',
          fixed: 'The Care Quality Commission (CQC) will visit. The CQC will write to us.',
        },
      ],
    },
    {
      text: 'Ask your GP. The CQC checks care homes.',
      profile: 'easy-read',
      findings: [
        {
          on: 'CQC',
          message:
            'Write “CQC” in full words: easy read does not use abbreviations. It means “Care Quality Commission”.',
          fixed: 'Ask your GP. The Care Quality Commission checks care homes.',
        },
      ],
    },
    {
      text: 'The Care Quality Commission (CQC) will visit.',
      findings: [],
    },
  ],
  block(input, context) {
    const uses: AbbreviationUse[] = [];
    const terms: string[] = [];
    const shortForms = { uses: [] as { id: string; form: string }[], spelledOut: [] as string[] };
    const allowed = context.profile.strictAcronyms
      ? context.lists.allowedInEasyRead
      : context.lists.allowedAcronyms;
    const { words, text } = input.text;
    let runs: Uint16Array | undefined;
    // Abbreviations in a reference ("London: DHSC") are the reference's own.
    // Found once a paragraph has an abbreviation: most have none.
    let references: Sentence[] | undefined;
    words.forEach((whole, index) => {
      let word = whole;
      let key =
        abbreviationKey(word.text) ??
        glossaryShortForm(word.text, context) ??
        hyphenedShortForm(word.text, context);
      if (!key) {
        const part = hyphenatedPart(whole);
        key = part && abbreviationKey(part.text);
        if (!part || !key) return;
        word = part;
      }
      const inWord = word !== whole;
      references ??= input.text.sentences.filter((s) => isReference(text.slice(s.start, s.end)));
      if (references.some((s) => s.firstWord <= index && index < s.endWord)) return;
      if (/^0+$/.test(word.text)) return;
      const listed = context.lists.abbreviations.get(key);
      // The entry's everyday sense: "charged with TWOC" (taking a car) is not a trial
      // without catheter, and "a P1 call" on a help desk is not a discharge pathway.
      // Such letters are read as any other (a code such as "P1" is left alone).
      const otherSense =
        listed !== undefined &&
        inEverydaySense(input, context.lists.abbreviationValues.get(key)?.senses, index, index);
      const entry = otherSense ? undefined : listed;
      // A use of the term ("words we used", and a sign that the text is about
      // care), unless the letters are a reference's or mean something else here.
      const term = entry?.kind === 'term' ? entry.id : undefined;
      // Known to everyone and no glossary term ("NHS"): nothing more to ask.
      if (!term && allowed.has(key)) return;
      // The letters of a reference number ("ASC/DP/48213"): copied, not read as words.
      if (!inWord && isReferenceLetters(words, index, text)) return;
      if (term) {
        const otherWords = !inWord && spelledOutOtherwise(input, word, index);
        noteTerm({ id: term, form: key }, otherWords, terms, shortForms);
      }
      // Known to everyone. (A glossary entry's audiences say who knows the
      // words written out; the short form is written out at first use for all.)
      if (allowed.has(key)) return;
      runs ??= capitalRuns(words, text);
      if ((runs[index] ?? 0) >= 3) return;
      // Part of a glossary term flagged for these readers ("RAG rated"): one finding, not two.
      if (insideGlossaryTerm(input, word, context.profile.name)) return;
      // Talked about as a word: 'held up the red card once for "TOR"'.
      if (quotedAsWord(input, word.start, word.end)) return;
      if (!entry && notAnAbbreviation(input, word, key, { index, inWord, runs }, context)) return;
      const use: AbbreviationUse = {
        key,
        start: word.start,
        end: word.end,
        text: word.text,
        defines: !inWord && (isDefinedAt(input, index) || entryBeforeBracket(input, word, entry)),
        inWord,
        sentenceStart: input.text.sentences.some((s) => s.firstWord === index),
        body: isBodyText(input, word.start, word.end),
      };
      if (otherSense) use.otherSense = true;
      if (key.length === 2 && aloneAfterLabel(text, word)) use.afterLabel = true;
      uses.push(use);
    });
    return {
      findings: [],
      data: { uses, initials: attendanceInitials(input), people: peopleInitials(words) },
      terms,
      ...(shortForms.uses.length > 0 || shortForms.spelledOut.length > 0 ? { shortForms } : {}),
    };
  },
  document(blocks, context) {
    const out: DocumentFinding[] = [];
    const defined = new Set<string>();
    const flagged = new Set<string>();
    const strict = context.profile.strictAcronyms;
    // The last block with a use of each abbreviation in body text.
    const lastBodyUse = new Map<string, number>();
    // "Owner: PN" where the paper names Priya Nandra: her initials, unless the lists know the letters.
    const people = new Set<string>();
    blocks.forEach(({ data }, block) => {
      for (const initials of data?.initials ?? []) defined.add(initials);
      for (const initials of data?.people ?? []) people.add(initials);
      for (const use of data?.uses ?? []) if (use.body) lastBodyUse.set(use.key, block);
    });
    // "CHC Nurse Assessor" under "Yours sincerely": the writer's own job title.
    const writer = writerBlocks(blocks);
    blocks.forEach(({ data }, block) => {
      if (writer[block]) return;
      for (const use of data?.uses ?? []) {
        if (use.defines) defined.add(use.key);
        // "## Our CQC inspection" above "The Care Quality Commission (CQC) …": a
        // heading is no place to write it out, so the finding goes on the first
        // use in body text (or on the heading, when it is used only in headings).
        if (!strict && !use.body && (lastBodyUse.get(use.key) ?? -1) > block) continue;
        const entry = use.otherSense ? undefined : context.lists.abbreviations.get(use.key);
        if (!strict && !entry && use.afterLabel && people.has(use.key)) continue;
        if (strict ? use.defines : defined.has(use.key) || flagged.has(use.key)) continue;
        if (!strict) flagged.add(use.key);
        // Made once per use: uses are cached with their paragraph and profile.
        use.finding ??= finding(use, entry, context);
        out.push({ block, finding: use.finding });
      }
    });
    return out;
  },
});
