/**
 * acronym: abbreviations not written out at their first use, in either order
 * ("Social Care Institute for Excellence (SCIE)" or "SCIE (Social Care
 * Institute for Excellence)"). A few are known to everyone (NHS, UK, GP;
 * dictionaries/acronyms.json). Where the glossary knows the abbreviation, the
 * written-out form is offered. The easy read profile flags every use: easy
 * read uses full words, not abbreviations.
 */
import acronyms from '../../../dictionaries/acronyms.json';
import type { GlossaryEntry } from '../../glossary/schema';
import type { Word } from '../analyse';
import type { BlockInput, DocumentFinding, RawFinding, RuleContext } from './rule';
import { defineRule } from './rule';
import { q } from './suggest';

interface AbbreviationUse {
  /** Upper-case key without a plural `s`: `DPs` → `DP`. */
  key: string;
  start: number;
  end: number;
  text: string;
  /** Written out right here, so this and later uses are fine. */
  defines: boolean;
  /** The finding for this use, made when first needed. */
  finding?: RawFinding;
}

/** Small words skipped when spelling out an abbreviation: dictionaries/acronyms.json. */
const STOPWORDS: ReadonlySet<string> = new Set(acronyms.smallWords);
const ROMAN = /^[IVXLCDM]+$/;

/** `DoLS` → `DOLS`; `DPs` → `DP`; undefined when the word is not an abbreviation. */
export function abbreviationKey(word: string): string | undefined {
  const first = word.charCodeAt(0);
  // Fast path: most words start with a lower-case ASCII letter.
  if (first >= 97 && first <= 122) return undefined;
  const bare = word.replace(/['’]s$/, '');
  if (bare.length < 2 || bare.length > 10) return undefined;
  if (!/^\p{Lu}[\p{L}\d&]*$/u.test(bare)) return undefined;
  const upper = bare.replace(/[^\p{Lu}]/gu, '').length;
  if (upper < 2) return undefined;
  const letters = bare.replace(/[^\p{L}]/gu, '').length;
  if (upper * 2 < letters) return undefined;
  let key = bare;
  if (/\p{Lu}s$/u.test(key)) key = key.slice(0, -1);
  key = key.toUpperCase();
  if (key.length < 2 || ROMAN.test(key)) return undefined;
  return key;
}

/** The capital letters an expansion must supply: `DoLS` → D, L, S. */
function initials(word: string): string[] {
  const bare = word.replace(/['’]s$/, '').replace(/(?<=\p{Lu})s$/u, '');
  return [...bare].filter((ch) => /[\p{Lu}\d]/u.test(ch));
}

/**
 * Whether the words (in order) written out spell the abbreviation: each
 * capital is the first letter of a word or a hyphenated part, in order, and
 * every other word is a small word like "of" or "and".
 */
export function spellsOut(abbreviation: string, words: readonly string[]): boolean {
  const letters = initials(abbreviation).map((ch) => ch.toLowerCase());
  const pieces = words.flatMap((word) => word.split(/[-‐‑]/)).filter((piece) => piece !== '');
  let letter = letters.length - 1;
  let piece = pieces.length - 1;
  while (letter >= 0 && piece >= 0) {
    const current = (pieces[piece] as string).toLowerCase();
    if (current.startsWith(letters[letter] as string)) {
      letter--;
      piece--;
    } else if (STOPWORDS.has(current)) {
      piece--;
    } else {
      return false;
    }
  }
  return letter < 0;
}

/** Detects "Written Out Words (ABBR)" and "ABBR (Written Out Words)" around the word. */
function isDefinedAt(input: BlockInput, index: number): boolean {
  const { text, words } = input.text;
  const word = words[index] as Word;
  const letters = initials(word.text).length;
  const window = letters * 2 + 2;
  // "Written Out Words (ABBR)"
  if (
    /\(\s*$/.test(text.slice(Math.max(0, word.start - 3), word.start)) &&
    /^\s*\)/.test(text.slice(word.end, word.end + 3))
  ) {
    const open = text.lastIndexOf('(', word.start);
    const before = words
      .filter((w) => w.end <= open)
      .slice(-window)
      .map((w) => w.text);
    for (let take = letters; take <= before.length; take++) {
      if (spellsOut(word.text, before.slice(-take))) return true;
    }
  }
  // "ABBR (Written Out Words)"
  const after = text.slice(word.end);
  const bracket = /^\s*\(([^)]*)\)/.exec(after);
  if (bracket) {
    const inside = (bracket[1] ?? '').split(/\s+/).filter((w) => w !== '');
    if (inside.length >= Math.max(2, letters - 2) && spellsOut(word.text, inside)) return true;
  }
  return false;
}

function isShouting(words: readonly Word[], index: number): boolean {
  let run = 1;
  for (let i = index - 1; i >= 0 && /^[\p{Lu}\d\W]+$/u.test((words[i] as Word).text); i--) run++;
  for (let i = index + 1; i < words.length && /^[\p{Lu}\d\W]+$/u.test((words[i] as Word).text); i++)
    run++;
  return run >= 3;
}

function finding(
  use: AbbreviationUse,
  entry: GlossaryEntry | undefined,
  context: RuleContext,
): RawFinding {
  const strict = context.profile.strictAcronyms;
  const result: RawFinding = {
    start: use.start,
    end: use.end,
    message: strict
      ? `Write ${q(use.text)} in full words: easy read does not use abbreviations.`
      : `Write ${q(use.text)} in full the first time you use it.`,
    severity: context.severity,
    suggestions: [],
  };
  if (entry) {
    result.suggestions.push({
      kind: 'replace',
      text: strict ? entry.term : `${entry.term} (${use.text})`,
    });
    result.entryId = entry.id;
    result.definition = entry.definition;
    if (entry.easyRead.length > 0) result.easyRead = [...entry.easyRead];
    if (entry.coProduced) result.coProduced = true;
  }
  return result;
}

export const acronym = defineRule<AbbreviationUse[]>({
  id: 'acronym',
  category: 'acronym',
  summary:
    'Abbreviations not written out the first time they are used (easy read: every time); the glossary’s expansion is offered.',
  source:
    'WCAG 2.2 SC 3.1.4 Abbreviations and technique G97; GOV.UK publishing accessible documents; GOV.UK easy read ("use full words")',
  block(input, context) {
    const uses: AbbreviationUse[] = [];
    const allowed = context.profile.strictAcronyms
      ? context.lists.allowedInEasyRead
      : context.lists.allowedAcronyms;
    input.text.words.forEach((word, index) => {
      const key = abbreviationKey(word.text);
      if (!key || allowed.has(key) || /^0+$/.test(word.text)) return;
      if (isShouting(input.text.words, index)) return;
      uses.push({
        key,
        start: word.start,
        end: word.end,
        text: word.text,
        defines: isDefinedAt(input, index),
      });
    });
    return { findings: [], data: uses };
  },
  document(blocks, context) {
    const out: DocumentFinding[] = [];
    const defined = new Set<string>();
    const flagged = new Set<string>();
    const strict = context.profile.strictAcronyms;
    blocks.forEach(({ data }, block) => {
      for (const use of data ?? []) {
        if (use.defines) defined.add(use.key);
        const entry = context.lists.abbreviations.get(use.key);
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
