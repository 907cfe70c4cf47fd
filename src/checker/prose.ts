/**
 * Which sentences are prose. Readability formulas and sentence length mean
 * nothing on a list of names, an attendance line, a reference in a
 * bibliography or an address, so the sentence rules leave them alone.
 */
import parts from '../../dictionaries/document-parts.json';
import passive from '../../dictionaries/passive-voice.json';
import type { Sentence, Word } from './analyse';
import type { BlockInput } from './input';

/** A list of labels as one pattern: longest first, so "apologies for absence" wins over "apologies". */
function anyOf(labels: readonly string[]): string {
  return [...labels]
    .sort((a, b) => b.length - a.length)
    .map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const ATTENDANCE_WORDS = anyOf(parts.attendanceLabels);
/** A block that is a list of who came: "Present: …", "Apologies: …". */
export const ATTENDANCE = new RegExp(`^\\s*(?:${ATTENDANCE_WORDS})\\s*[:–-]`, 'i');
/** Such a label anywhere in a block (lines of details joined into one paragraph). */
export const ATTENDANCE_LABEL = new RegExp(`\\b(?:${ATTENDANCE_WORDS})\\s*:`, 'gi');

/** A heading from a list, with a number before it ("7. References") and a colon after it, or not. */
function headingOf(labels: readonly string[]): RegExp {
  return new RegExp(`^\\s*(?:\\d+(?:\\.\\d+)*[.)]?\\s+)?(?:${anyOf(labels)})\\s*:?\\s*$`, 'i');
}
/** A heading or a line of its own that opens a list of references ("References", "Further reading"). */
export const REFERENCES_HEADING = headingOf(parts.referenceHeadings);
/** A heading that opens a list of links ("Related pages", "On this page"). */
export const LINK_LIST_HEADING = headingOf(parts.linkListHeadings);
/** A line of its own that closes a letter: "Yours sincerely,", "Kind regards". */
export const SIGN_OFF = new RegExp(`^\\s*(?:${anyOf(parts.signOffs)})\\s*[,.!]?\\s*$`, 'i');

/** The most lines after "Yours sincerely" that name who wrote (name, job, team, phone). */
const SIGN_OFF_LINES = 6;

/** A line that ends like a sentence (in a list of links, the text's own words). */
export const ENDS_LIKE_SENTENCE = /[.!?:;]["'”’)]*\s*$/;

/** Whether a line could name who wrote a letter: short, and not ending like a sentence. */
function namesWriter(line: string): boolean {
  return line.trim().length <= 80 && !ENDS_LIKE_SENTENCE.test(line);
}

/** Whether one line could be a few such lines joined: no sentence in it, nor its end. */
function namesWritersJoined(line: string): boolean {
  return !ENDS_LIKE_SENTENCE.test(line) && !/[;:!?]|\.\s+\p{Ll}/u.test(line);
}

/**
 * Which blocks name who wrote a letter: the short lines after "Yours
 * sincerely" ("Hannah Okafor", "Occupational Therapist", "CHC Nurse
 * Assessor"), in the same paragraph or the next few. A job title there is
 * the writer's name for themself, not words to reword or write out.
 */
export function writerBlocks(blocks: readonly { input: BlockInput }[]): boolean[] {
  let signOffLines = 0;
  return blocks.map(({ input }) => {
    const lines = input.text.text.split('\n');
    if (SIGN_OFF.test(lines[0] as string)) {
      // "Yours sincerely,\nHannah Okafor\nOccupational Therapist" as one paragraph.
      const rest = lines.slice(1).filter((line) => line.trim() !== '');
      const signs = rest.length <= SIGN_OFF_LINES && rest.every(namesWriter);
      signOffLines = signs ? SIGN_OFF_LINES - rest.length : 0;
      return signs && rest.length > 0;
    }
    if (signOffLines > 0 && lines.length <= signOffLines && lines.every(namesWriter)) {
      signOffLines -= lines.length;
      return true;
    }
    // A file's lines joined into one ("Amira Shah Continuing Healthcare
    // Clinical Lead Northshire and Vale Integrated Care Board"), as a
    // document's model joins the lines of a paragraph.
    const joined = lines.length === 1 ? (lines[0] as string).trim() : '';
    const count = Math.ceil(joined.length / 80);
    if (signOffLines > 1 && count > 1 && count <= signOffLines && namesWritersJoined(joined)) {
      signOffLines -= count;
      return true;
    }
    signOffLines = 0;
    return false;
  });
}
/**
 * A reference: "Author (2014). Title." or "Author (2014) Title" at the start
 * of a sentence (the author's words in capitals, with "of", "for", "and",
 * "&" or "et al." between them), or an ISBN, a DOI, "Available at:" or
 * "Retrieved from" a web address, or "Accessed 3 May". A year in brackets
 * elsewhere is not enough: "a hip fracture (2023)." is a note in a record.
 * Prose says "support available from their network" too: the web address
 * or the colon makes it a reference.
 */
const REFERENCE =
  /^\s*(?:\[?\d+[.\]]\s+)?(?:\p{Lu}[\p{L}'’.-]*,?\s+|(?:and|&|of|for|the|in|on)\s+|et al\.?,?\s+){1,10}\(\d{4}[a-z]?\)[.,:]?\s+["“'‘*_]?\p{Lu}|\b(?:ISBN|[Dd][Oo][Ii]:)|\b(?:[Aa]vailable (?:at|from)|[Rr]etrieved from)(?::|\s+(?:https?:\/\/|www\.))|\bAccessed \d/u;
/** A UK postcode: "LS6 2AB", "W1U 6AG". */
export const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;

/** Authors and a year, and nothing else: "Department of Health (2014)." */
const AUTHORS_AND_YEAR =
  /^\s*(?:\[?\d+[.\]]\s+)?(?:\p{Lu}[\p{L}'’.-]*,?\s+|(?:and|&|of|for|the|in|on)\s+|et al\.?,?\s+){1,10}\(\d{4}[a-z]?\)[.,:]?\s*$/u;

/** Whether a sentence is an entry in a list of references. */
export function isReference(sentence: string): boolean {
  return REFERENCE.test(sentence);
}

/**
 * Whether sentence `index` of a block is part of a reference: one itself, or
 * after a first sentence that is one, or is authors and a year ("Department
 * of Health (2014). Care and support. London: DH." is read as three
 * sentences).
 */
export function isReferenceSentence(input: BlockInput, index: number): boolean {
  const { text, sentences } = input.text;
  const sentence = sentences[index];
  if (sentence === undefined) return false;
  if (REFERENCE.test(text.slice(sentence.start, sentence.end))) return true;
  const first = sentences[0];
  // ("Skills for Care (2024) The NOF fracture guide. Leeds: Skills for Care.":
  // the place and publisher after a reference are part of it.)
  if (index === 0 || first === undefined) return false;
  const opening = text.slice(first.start, first.end);
  return AUTHORS_AND_YEAR.test(opening) || REFERENCE.test(opening);
}

/**
 * Whether a block is a quotation: someone's own words, as they said them. The
 * writer does not reword it (no sentence or plain-words findings, no
 * replacements), though its jargon can still be explained.
 */
export function isQuotation(input: BlockInput): boolean {
  return input.block.kind === 'quote';
}

/**
 * Whether a place in a block is inside quotation marks: after a “ that is
 * not yet closed, after an odd number of straight double quotes, or inside
 * a pair of single ones ('care packages', ‘my own front door’). Words in
 * quotes are someone's own, or a name the writer gives on purpose ('or
 * "additional cost"'): not the writer's to reword.
 */
export function inQuotes(input: BlockInput, at: number): boolean {
  const spans = quotedIn(input);
  for (let i = 0; i < spans.length; i += 2) {
    if (at > (spans[i] as number) && at <= (spans[i + 1] as number)) return true;
  }
  return false;
}

/**
 * Whether the words at [start, end) are inside a quotation that names its
 * words as words, not uses them: "We say "people who draw on care" rather
 * than "service users"", "do not say "service user"", "held up the red card
 * once for "TOR"", or a whole example of what not to write ('Write "Maria
 * says she feels lonely", not "service user presents with social
 * isolation"'). The reader is told about the words, so nothing asks the
 * writer to change or explain them there. (A term in quotes after anything
 * else, "We offer "reablement" to help you", is still the writer's word.)
 */
export function quotedAsWord(input: BlockInput, start: number, end: number): boolean {
  const open = quotationHolding(input, start, end);
  const text = input.text.text;
  return open !== -1 && NAMED_AS_WORD.test(text.slice(Math.max(0, open - 80), open));
}

/** Where the quotation that holds the words at [start, end) opens, or -1. */
function quotationHolding(input: BlockInput, start: number, end: number): number {
  const spans = quotedIn(input);
  for (let i = 0; i < spans.length; i += 2) {
    const open = spans[i] as number;
    if (start > open && end <= (spans[i + 1] as number)) return open;
  }
  return -1;
}

/**
 * Where the quotation opens when the words at [start, end) are the whole of
 * it ("FRAUD CLAIM CREDIT" in 'on your statement as "FRAUD CLAIM CREDIT"'),
 * or -1.
 */
export function wholeQuotation(input: BlockInput, start: number, end: number): number {
  const spans = quotedIn(input);
  const text = input.text.text;
  for (let i = 0; i < spans.length; i += 2) {
    const open = spans[i] as number;
    const close = spans[i + 1] as number;
    if (start <= open || start > close) continue;
    if (text.slice(open + 1, start).trim() !== '' || close < end) return -1;
    return /^[\s.,;:!?]*$/.test(text.slice(end, close)) ? open : -1;
  }
  return -1;
}

/**
 * Words before a quotation that make it a word talked about: "rather than",
 * "instead of", ", not", "do not say" (not "We do not offer "reablement"",
 * where the quotation is what is not offered), "avoid", "replaced", "say "X" rather
 * than", and a hand or card held up "for" it ("once for", "twice for").
 */
const NAMED_AS_WORD = new RegExp(
  String.raw`(?:(?:,|\band|\bbut)\s+not|\b(?:rather\s+than|instead\s+of|never\s+(?:say|use|write)|avoid|avoiding|avoids|replace|replaces|replaced|replacing|swap|swapped|swapping|dropped|banned|ban|stop\s+saying|no\s+more|(?:do\s+not|don't|don’t|please\s+don't|please\s+do\s+not)\s+(?:say|use|write|call\s+(?:people|them|anyone|someone)))(?:\s+(?:using|saying|writing|calling\s+(?:people|them)))?(?:\s+the\s+(?:words?|terms?|phrases?))?|\b(?:once|twice|again|cards?|hands?)\s+(?:up\s+)?for|\b(?:said|say|says|saying|wrote|write|writes|use|used|uses|using)\s+["“‘'][^"“”‘’]{1,60}["”’']\s+(?:rather\s+than|instead\s+of|not|and\s+not))\s+["“‘']?$`,
  'iu',
);

/**
 * Whether the mark at `at` closes single quotes ('the care packages'), so
 * is not the apostrophe of a plural owner ("the carers' forum").
 */
export function closesQuote(input: BlockInput, at: number): boolean {
  const spans = quotedIn(input);
  for (let i = 1; i < spans.length; i += 2) if (spans[i] === at) return true;
  return false;
}

/**
 * The words from `start` to `end` with the quotation marks around them when
 * a mark closes right after them (“reablement”, 'care packages'): an
 * explanation added after the words then goes after the quote, not inside
 * someone's words. The opening mark is taken in when it is right before.
 */
export function withQuoteMarks(
  input: BlockInput,
  start: number,
  end: number,
): { start: number; end: number } {
  const spans = quotedIn(input);
  for (let i = 0; i < spans.length; i += 2) {
    if (spans[i + 1] !== end || end === input.text.text.length) continue;
    return { start: spans[i] === start - 1 ? start - 1 : start, end: end + 1 };
  }
  return { start, end };
}

function quotedIn(input: BlockInput): number[] {
  let spans = quotedSpans.get(input.text);
  if (spans === undefined) {
    spans = findQuoted(input.text.text);
    quotedSpans.set(input.text, spans);
  }
  return spans;
}

/** Each paragraph's quoted stretches, found once: kept with its text. */
const quotedSpans = new WeakMap<object, number[]>();

/**
 * How far single quotes may reach before an opening mark is taken for
 * something else (an apostrophe, as in "'cause"): quotes in single marks are short.
 */
const SINGLE_QUOTE_REACH = 300;

/**
 * The stretches inside quotation marks, as pairs of offsets (the opening
 * mark, and the closing one or the end): one pass over the text. A “ opens
 * until its ”; straight double quotes take turns opening and closing. A
 * single mark opens before a letter at the start of a word (not "'90s")
 * and closes at the end of a word, and counts only once it is closed: an
 * apostrophe is the same mark.
 */
function findQuoted(text: string): number[] {
  const spans: number[] = [];
  if (!/["“'‘]/.test(text)) return spans;
  let curly = -1;
  let straight = -1;
  let single = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '“' && curly === -1) curly = i;
    else if (char === '”' && curly !== -1) {
      spans.push(curly, i);
      curly = -1;
    } else if (char === '"') {
      if (straight === -1) straight = i;
      else {
        spans.push(straight, i);
        straight = -1;
      }
    } else if (char === "'" || char === '‘' || char === '’') {
      if (single !== -1 && i - single > SINGLE_QUOTE_REACH) single = -1;
      const before = text.charAt(i - 1);
      const after = text.charAt(i + 1);
      if (single === -1) {
        if (char !== '’' && OPENS_AFTER.test(before) && /\p{L}/u.test(after)) single = i;
      } else if (char !== '‘' && CLOSES_AFTER.test(before) && !WORD_CHAR.test(after)) {
        spans.push(single, i);
        single = -1;
      }
    }
  }
  if (curly !== -1) spans.push(curly, text.length);
  if (straight !== -1) spans.push(straight, text.length);
  return spans;
}

/** What a single opening quote follows: the start, a space, a bracket or a dash. */
const OPENS_AFTER = /^$|[\s([{“"—–/-]/u;
/** What a single closing quote follows: a word or its last punctuation. */
const CLOSES_AFTER = /[\p{L}\p{N}.,!?)]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether sentence `index` of a block is prose the sentence rules should read. */
export function isProse(input: BlockInput, index: number): boolean {
  const kind = input.block.kind;
  if (kind === 'heading' || kind === 'table-cell' || isQuotation(input)) return false;
  // The rest depends only on the text: worked out once per sentence, kept with the paragraph.
  let prose = input.proseCache[index];
  if (prose === undefined) {
    const sentence = input.text.sentences[index];
    prose = sentence !== undefined && readsAsProse(input, index, sentence);
    input.proseCache[index] = prose;
  }
  return prose;
}

/** Fewer words than this and no full stop: a title, heading or label, not a sentence. */
const TITLE_WORDS = 12;
const CLOSES_SENTENCE = /[.!?]["'”’)]*\s*$/;

/**
 * Whether a paragraph is a line of its own that reads as a title, heading or
 * label: fewer than 12 words, one sentence, and no full stop, question or
 * exclamation mark at its end ("How your care is paid for", "Support for
 * carers in Westshire"). Plain text and many pages mark headings no other
 * way. (A sentence before it makes it prose that leads into a list: "We are
 * her appointee. This means we can:".)
 */
export function isTitleLine(input: BlockInput): boolean {
  return (
    input.text.words.length < TITLE_WORDS &&
    input.text.sentences.length <= 1 &&
    !CLOSES_SENTENCE.test(input.text.text.slice(-24))
  );
}

function readsAsProse(input: BlockInput, index: number, sentence: Sentence): boolean {
  const text = input.text.text.slice(sentence.start, sentence.end);
  if (
    (input.block.kind === 'paragraph' && isTitleLine(input)) ||
    ATTENDANCE.test(input.text.text) ||
    isReferenceSentence(input, index) ||
    POSTCODE.test(text)
  ) {
    return false;
  }
  // A list of names or a title: most words after the first start with a capital.
  const words = input.text.words;
  const count = sentence.endWord - sentence.firstWord - 1;
  if (count >= 3) {
    let capitals = 0;
    for (let i = sentence.firstWord + 1; i < sentence.endWord; i++) {
      if (CAPITAL_OR_DIGIT.test((words[i] as Word).text)) capitals++;
    }
    if (capitals / count >= 0.6) return false;
  }
  return true;
}

const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;

/** Whether a word is written wholly in capitals (or digits and symbols). */
function allCapitals(word: Word): boolean {
  return /^[\p{Lu}\d\W]+$/u.test(word.text);
}

/** What may stand between two words in capitals of one run: a space, or a heading's ": ", " & ", " - ". */
const HEADING_GAP = /^['’]?[:)]?\s+(?:[&\-–—]\s+)?\(?$/;

/**
 * For each word, the length of the run of words in capitals it is part of,
 * in one pass: three or more in a row is shouting, not abbreviations.
 */
export function capitalRuns(words: readonly Word[], text: string): Uint16Array {
  const runs = new Uint16Array(words.length);
  let i = 0;
  while (i < words.length) {
    if (!allCapitals(words[i] as Word)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && joinedInCapitals(words, text, j)) j++;
    runs.fill(Math.min(j - i, 65_535), i, j);
    i = j;
  }
  return runs;
}

/**
 * Whether word `index` and the word before it are in capitals, in one run:
 * only white space between, or what a heading holds ("SAFEGUARDING
 * ADULTS: RECORD OF MEETING", "EASTSHIRE CARERS' FORUM", "TRIBUNAL (MENTAL
 * HEALTH)", "HEALTH & CARE", "HOME CARE - STAFF NEWS"). "(PA). A PA" is not
 * a run of three words in capitals.
 */
function joinedInCapitals(words: readonly Word[], text: string, index: number): boolean {
  return (
    allCapitals(words[index] as Word) &&
    allCapitals(words[index - 1] as Word) &&
    HEADING_GAP.test(text.slice((words[index - 1] as Word).end, (words[index] as Word).start))
  );
}

/**
 * The length of the run of words in capitals that word `index` is part of
 * (0 when it is not in capitals), read around it only: for a glossary word
 * in capitals ("BOLT WINS THE DASH" is a headline, not the DASH checklist).
 */
export function capitalRunAt(words: readonly Word[], text: string, index: number): number {
  const word = words[index];
  if (!word || !allCapitals(word)) return 0;
  let from = index;
  while (from > 0 && joinedInCapitals(words, text, from)) from--;
  let to = index + 1;
  while (to < words.length && joinedInCapitals(words, text, to)) to++;
  return to - from;
}

/** Words for a time or a length of time ("today", "May", "years", "week"). */
const TIMES: ReadonlySet<string> = new Set([...passive.byTime, ...passive.timeWords]);

/**
 * Whether a word is a time or a length of time, in the singular or plural:
 * after a verb or a describing word it says when, not what ("was
 * commissioned years ago", "risk assessed last week").
 */
export function isTimeWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TIMES.has(lower) || TIMES.has(lower.replace(/s$/, ''));
}
