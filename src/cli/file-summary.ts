/**
 * One file of a folder report (`plainly report <folder>`), summed up in the
 * worker that read it: its verdict, reading age and counts, every jargon
 * term and unexplained short form with how often it is used, and the names
 * in capitals the glossary does not have. Only this small summary goes back
 * to the main thread (src/cli/folder.ts), which adds the files up.
 *
 * Names in capitals ("Better Care Fund", "Riverside Wellbeing Exchange") are the
 * terms a glossary most often lacks: each is two to six words that start
 * with a capital, one after another in a sentence, with only small words
 * such as "of" or "and" between them (dictionaries/acronyms.json,
 * `smallWords`). A small word before them is not part of the name ("The
 * Care Hub"), nor is a sentence's first word followed by a small word ("Ask
 * the Care Hub"). Headings and table cells are left out (their words are
 * capitalised as labels), and so is a name that starts with a title ("Mrs
 * Jones": a person). How many uses come in the middle of a sentence is
 * kept, so a run that only ever starts sentences ("Last Tuesday") can be
 * told from a name.
 *
 * A short form is flagged by the engine only where it is first used; its
 * count here is every use of it in the file.
 */
import acronyms from '../../dictionaries/acronyms.json';
import type { Checker } from '../checker/index';
import type { FindingCategory, Severity } from '../checker/types';
import { BUILTIN_ENTRIES } from '../glossary/builtin';
import { phraseKey } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/schema';
import type { ChecklistItem } from '../report/readiness';
import type { DocumentReview } from '../report/review';

/** Each item of the report's checklist, and whether it is done. */
export type ReadinessChecklist = Record<ChecklistItem['id'], boolean>;

export interface FileSummary {
  /** The document's own title, or its file name. */
  title: string;
  ready: boolean;
  readingAge: number;
  targetReadingAge: number;
  words: number;
  bySeverity: Record<Severity, number>;
  byCategory: Record<FindingCategory, number>;
  /** Accessibility problems. */
  accessibility: number;
  checklist: ReadinessChecklist;
  /** Each jargon term used, by its glossary headword, most used first. */
  jargon: { term: string; count: number }[];
  /** Short forms not written out where they are first used, and how often each is used. */
  abbreviations: { text: string; count: number; inGlossary: boolean }[];
  /** Names in capitals the glossary does not have (see the top of this file). */
  names: { text: string; count: number; midSentence: number }[];
}

const SMALL_WORDS: ReadonlySet<string> = new Set(acronyms.smallWords);
const TITLES: ReadonlySet<string> = new Set(acronyms.titles);
/** A run of words longer than this is a title in capitals, not a name. */
const MAX_NAME_WORDS = 6;
const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
/** A word or short form as the acronym rule reads one ("A&E", "DPs"). */
const TOKEN = /[\p{L}\p{N}&]+/gu;
const LOWER = /\p{Ll}/u;
/** Only spaces (and perhaps an ampersand) between two words of a name. */
const GAP = /^[ \t\u00a0]+(?:&[ \t\u00a0]+)?$/;
/** What may come between the end of a sentence and the next one's first word. */
const BEFORE_WORD = /[\s"'“‘([]/u;
/** What ends a sentence, or starts a list item, before a first word. */
const ENDS_SENTENCE = /[.!?:•*#–-]/u;

/** Whether the word at `start` is the first of its sentence. */
function startsSentence(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && BEFORE_WORD.test(text.charAt(at))) at--;
  return at < 0 || ENDS_SENTENCE.test(text.charAt(at));
}

const knownKeys = new WeakMap<Checker, ReadonlySet<string>>();

/** The compact keys of every term, variant and short form in the glossary in use. */
function glossaryKeys(checker: Checker, glossary: readonly GlossaryEntry[] | undefined) {
  let keys = knownKeys.get(checker);
  if (!keys) {
    const set = new Set<string>();
    for (const entry of glossary ?? BUILTIN_ENTRIES) {
      for (const phrase of [entry.term, ...entry.variants, ...(entry.abbreviations ?? [])]) {
        set.add(phraseKey(phrase));
      }
    }
    keys = set;
    knownKeys.set(checker, keys);
  }
  return keys;
}

function isKnown(text: string, keys: ReadonlySet<string>): boolean {
  const key = phraseKey(text);
  return keys.has(key) || (key.endsWith('s') && keys.has(key.slice(0, -1)));
}

function ranked<T extends { count: number }>(items: Iterable<T>, name: (item: T) => string): T[] {
  return [...items].sort((a, b) => b.count - a.count || name(a).localeCompare(name(b), 'en-GB'));
}

export function summariseFile(
  review: DocumentReview,
  checker: Checker,
  glossary: readonly GlossaryEntry[] | undefined,
): FileSummary {
  const { readiness, report, document } = review;
  const jargon = new Map<string, { term: string; count: number }>();
  const abbreviations = new Map<string, { text: string; count: number; inGlossary: boolean }>();
  for (const finding of report.findings) {
    if (finding.category === 'jargon' && finding.entryId !== undefined) {
      const term = checker.lists.entries.get(finding.entryId)?.term ?? finding.text;
      const item = jargon.get(term) ?? { term, count: 0 };
      item.count++;
      jargon.set(term, item);
    }
    if (finding.ruleId === 'acronym') {
      const item = abbreviations.get(finding.text) ?? {
        text: finding.text,
        count: 0,
        inGlossary: false,
      };
      item.count++;
      // The glossary knows it when the finding offers its written-out form.
      if (finding.entryId !== undefined) item.inGlossary = true;
      abbreviations.set(finding.text, item);
    }
  }
  // The rule flags a short form once, where it is first used: count every use.
  if (abbreviations.size > 0) {
    for (const item of abbreviations.values()) item.count = 0;
    for (const match of document.text.matchAll(TOKEN)) {
      const item = abbreviations.get(match[0]);
      if (item) item.count++;
    }
  }
  const keys = glossaryKeys(checker, glossary);
  const names = new Map<string, { text: string; count: number; midSentence: number }>();
  for (const block of document.blocks) {
    if (block.kind === 'heading' || block.kind === 'table-cell') continue;
    const text = document.text.slice(block.start, block.end);
    for (const { name, start } of namesIn(text)) {
      if (isKnown(name, keys)) continue;
      const item = names.get(name) ?? { text: name, count: 0, midSentence: 0 };
      item.count++;
      if (!startsSentence(text, start)) item.midSentence++;
      names.set(name, item);
    }
  }
  const checklist = Object.fromEntries(
    readiness.checklist.map((item) => [item.id, item.done]),
  ) as ReadinessChecklist;
  return {
    title: readiness.title,
    ready: readiness.ready,
    readingAge: readiness.readingAge,
    targetReadingAge: readiness.targetReadingAge,
    words: readiness.words,
    bySeverity: { ...report.stats.bySeverity },
    byCategory: { ...report.stats.byCategory },
    accessibility: readiness.accessibilityCount,
    checklist,
    jargon: ranked(jargon.values(), (item) => item.term),
    abbreviations: ranked(abbreviations.values(), (item) => item.text),
    names: ranked(names.values(), (item) => item.text),
  };
}

/** Runs of capitalised words in one block's text (see the top of this file). */
export function namesIn(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  let run: { text: string; start: number; end: number }[] = [];
  const flush = () => {
    // Small words may sit inside a name, not at either end ("The" starts a
    // sentence, not a name).
    while (run.length > 0 && !CAPITALISED.test(run[run.length - 1]!.text)) run.pop();
    // "Ask the Care Hub": a sentence's first word, then a small word, is
    // not part of the name after it.
    const second = run[1];
    if (second && !CAPITALISED.test(second.text) && startsSentence(text, run[0]!.start)) {
      run.shift();
    }
    while (run.length > 0 && SMALL_WORDS.has(run[0]!.text.toLowerCase())) run.shift();
    const capitalised = run.filter((word) => CAPITALISED.test(word.text));
    const first = run[0];
    if (
      first &&
      capitalised.length >= 2 &&
      capitalised.length <= MAX_NAME_WORDS &&
      capitalised.some((word) => LOWER.test(word.text)) &&
      !TITLES.has(first.text.toLowerCase().replace(/\.$/, ''))
    ) {
      out.push({ name: text.slice(first.start, run[run.length - 1]!.end), start: first.start });
    }
    run = [];
  };
  let previousEnd = -1;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/['’-]+$/, '');
    const start = match.index;
    const end = start + word.length;
    const joined = previousEnd >= 0 && GAP.test(text.slice(previousEnd, start));
    if (!joined) flush();
    if (CAPITALISED.test(word)) {
      run.push({ text: word, start, end });
    } else if (run.length > 0 && SMALL_WORDS.has(word)) {
      run.push({ text: word, start, end });
    } else {
      flush();
    }
    previousEnd = end;
  }
  flush();
  return out;
}
