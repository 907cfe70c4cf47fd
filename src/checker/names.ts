/**
 * "Head of Commissioning", "the Carers Centre", "Northshire Reablement
 * Team", "Mr Carer", a rating of "Requires Improvement": a word written with
 * a capital next to other capitalised words, or after a title, is part of a
 * name or job title, which the writer cannot change. So is one after a
 * first name that opens the sentence ("Grace Provider is our new head
 * teacher"). "We believe in Co-Production" is still flagged.
 */
import femaleNames from 'human-names/data/female-human-names-en.json';
import maleNames from 'human-names/data/male-human-names-en.json';
import acronyms from '../../dictionaries/acronyms.json';
import grammar from '../../dictionaries/grammar.json';
import nounPhrases from '../../dictionaries/noun-phrases.json';
import numberWords from '../../dictionaries/number-words.json';
import type { PhraseMatch } from '../glossary/matcher';
import { sentenceOf, startsSentence, wordAt } from './context';
import { isEverydayWord } from './readability';
import type { BlockInput } from './input';
import type { PhraseValue } from './lists';

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const CAPITALISED = /^\p{Lu}/u;
const NAME_LINKS = new Set(['of', 'for', 'and', '&']);
/** A paragraph's number: "4.2", "12". */
const NUMBERING = /^\d+(?:\.\d+)*$/;
const TITLES: ReadonlySet<string> = new Set(acronyms.titles);
const AFTER_SHORT_NAME: ReadonlySet<string> = new Set(grammar.afterShortName);

let givenNames: ReadonlySet<string> | undefined;

/**
 * English first names (from the human-names package), less the few that are
 * also small words of the grammar ("May", "Will"), made when first needed.
 */
function isGivenName(word: string): boolean {
  if (!givenNames) {
    // (Not the word endings and pairs, which are no words: "Al", "Ed".)
    const { describingEndings: _endings, keptTogether: _pairs, ...words } = grammar;
    const small = new Set(
      Object.values(words)
        .filter((value): value is string[] => Array.isArray(value))
        .flat()
        .map((value) => value.toLowerCase()),
    );
    givenNames = new Set(
      [...femaleNames, ...maleNames].filter((name) => !small.has(name.toLowerCase())),
    );
  }
  return givenNames.has(word);
}

/**
 * The initials of the people a text names by first name and surname
 * ("Priya Nandra" → PN): the first names are the `human-names` lists.
 */
export function peopleInitials(
  words: readonly { text: string; start: number; end: number }[],
): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i] as { text: string; end: number };
    const code = word.text.charCodeAt(0);
    // Only a word with a capital can be a first name: skip the rest before the look-up.
    if (code < 65 || code > 90 || !isGivenName(word.text)) continue;
    const surname = words[i + 1] as { text: string; start: number };
    if (surname.start === word.end + 1 && SURNAME.test(surname.text)) {
      out.push(`${word.text.charAt(0)}${surname.text.charAt(0)}`);
    }
  }
  return out;
}
const SURNAME = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u;

/** Whether the words matched (`text`, starting at word `first`) are part of a name. */
export function isPartOfName(
  input: BlockInput,
  match: PhraseMatch<PhraseValue>,
  text: string,
  first: number,
): boolean {
  if (!TITLE_CASE.test(text)) return false;
  // "In the first instance Mr Jones will call": a long word in small letters
  // shows the first capital only starts the sentence.
  if (text.split(/[\s\-‐‑–]+/).some((word) => word.length > 3 && !CAPITALISED.test(word))) {
    return false;
  }
  const { words } = input.text;
  const next = words[wordAt(words, match.end - 1) + 1];
  if (match.joinsNext && next && CAPITALISED.test(next.text)) return true;
  // "our Commissioning and Contracts Team": "and", "of" or "for", then two
  // capitalised words, inside a sentence, join them into one name (not
  // "We use Reablement and Telecare to help").
  const nextIndex = wordAt(words, match.end - 1) + 1;
  const afterNext = words[nextIndex + 1];
  const last = words[nextIndex + 2];
  if (
    match.joinsNext &&
    next &&
    afterNext &&
    last &&
    NAME_LINKS.has(next.text.toLowerCase()) &&
    CAPITALISED.test(afterNext.text) &&
    CAPITALISED.test(last.text) &&
    !startsSentence(input, first)
  ) {
    return true;
  }
  const previous = words[first - 1];
  const beforePrevious = words[first - 2];
  const sentence = input.text.sentences[sentenceOf(input, first)];
  // The word before must be in the same sentence, and not its first word,
  // unless it is a title ("Mr Carer runs the bakery") or a first name
  // ("Jack Carer scored twice").
  if (!previous || !sentence || sentence.firstWord > first - 1) return false;
  // After a paragraph's number ("4.2 A Dynamic Purchasing System …"), the next word starts the sentence.
  const opening =
    NUMBERING.test((words[sentence.firstWord] as { text: string }).text) &&
    sentence.firstWord + 1 < sentence.endWord
      ? sentence.firstWord + 1
      : sentence.firstWord;
  if (opening > first - 1) return false;
  if (TITLES.has(previous.text.toLowerCase().replace(/\.$/, ''))) return true;
  // "to the Commission.", "the Board will meet": one capitalised word after "the",
  // then the end of the clause, a verb or a small word, is a body's short name,
  // when the term is a doing word ("commission": buy). (Not "the Ombudsman", a
  // body the reader needs explained, nor "the Reablement service".)
  if (
    previous.text === 'the' &&
    /^\p{Lu}\p{Ll}+$/u.test(text) &&
    match.value.kind === 'glossary' &&
    match.value.entry.pos === 'verb'
  ) {
    const after = words[nextIndex];
    if (
      !after ||
      after.start >= sentence.end ||
      /\S/.test(input.text.text.slice(match.end, after.start)) ||
      AFTER_SHORT_NAME.has(after.text.toLowerCase())
    ) {
      return true;
    }
  }
  // (An owner's 's ends its name: "the ICB's Joint Forward Plan" is the plan, not part of "ICB";
  // so does a comma after a short form in a list: "known to the CMHT, Early Intervention in
  // Psychosis or a ward". A comma after a person's name keeps a job title with it:
  // "Jane Hill, Registered Manager".)
  if (
    CAPITALISED.test(previous.text) &&
    !/['’]s$/.test(previous.text) &&
    !listAfterShortForm(input, previous, match)
  ) {
    if (opening !== first - 1 || isGivenName(previous.text)) return true;
    if (placeNameFirst(input, text, previous.text, sentence)) return true;
  }
  // "Head of Commissioning", but not "Referrals for Care Act advocacy",
  // where the capital before "for" only starts the sentence. After "and",
  // only when the name goes on ("Health and Social Care Partnership") or a
  // title's "of" comes before ("Head of Carers and Prevention"), not two
  // services side by side ("Reablement and Telecare to help you").
  const link = previous.text.toLowerCase();
  return (
    NAME_LINKS.has(link) &&
    !!beforePrevious &&
    CAPITALISED.test(beforePrevious.text) &&
    opening !== first - 2 &&
    ((link !== 'and' && link !== '&') ||
      (match.joinsNext && !!next && CAPITALISED.test(next.text)) ||
      titleOfBefore(words, first - 3, opening))
  );
}

/**
 * Whether the term is the next item of a list after a short form: a comma
 * after letters in capitals, and the list going on after the term ("the
 * CMHT, Early Intervention in Psychosis or a ward").
 */
function listAfterShortForm(
  input: BlockInput,
  previous: { text: string; end: number },
  match: PhraseMatch<PhraseValue>,
): boolean {
  const text = input.text.text;
  return (
    /^\p{Lu}{2,}s?$/u.test(previous.text) &&
    /^\s*,\s*$/.test(text.slice(previous.end, match.start)) &&
    /^\s*(?:,|or\b|and\b)/.test(text.slice(match.end, match.end + 8))
  );
}

/**
 * Whether words `at - 1` and `at` are a capitalised word and "of" or "for",
 * inside the sentence ("Head of", "Director for"): the start of a title.
 */
function titleOfBefore(words: readonly { text: string }[], at: number, opening: number): boolean {
  const link = words[at]?.text.toLowerCase();
  return (
    at - 1 >= opening &&
    (link === 'of' || link === 'for') &&
    CAPITALISED.test(words[at - 1]?.text ?? '')
  );
}

/**
 * "Hillside Community Hub is open on Monday.": a term of two words or more,
 * each with a capital, after a capitalised word that starts a sentence of
 * body text is the rest of a name, when that word is no small word ("Your Personal Budget"), nor a
 * doing word ("Using Direct Payments"). A term of one word is, after a
 * word that only a name would be: no word of everyday English and no
 * describing word ("Harfield Advocacy can help", not "Local Advocacy" or
 * "Free Advocacy"); so too at the start of a heading in sentence case.
 */
function placeNameFirst(
  input: BlockInput,
  text: string,
  previous: string,
  sentence: { start: number; end: number },
): boolean {
  const words = text.trim().split(/\s+/);
  const oneWord = words.length < 2;
  if (oneWord && !onlyAName(previous)) return false;
  const said = input.text.text.slice(sentence.start, sentence.end);
  if (input.block.kind === 'heading') {
    // A heading in sentence case ("Northshire Pathways: help to find work")
    // gives capitals to names only; one in title case gives every word one.
    if (!oneWord || !/\s\p{Ll}{4,}/u.test(said)) return false;
  } else if (!/[.!?]["”’')]*\s*$/.test(said)) {
    // Only in a sentence: a title in capitals ("Adult Safeguarding Strategy Meeting –
    // Minutes") gives every word one.
    return false;
  }
  if (!words.every((word) => /^\p{Lu}/u.test(word))) return false;
  const lower = previous.toLowerCase();
  return previous.length > 2 && !/(?:ing|ed|ly)$/.test(lower) && !SMALL_OPENERS.has(lower);
}

/** Endings of describing and doing words ("Local", "Specialist", "Integrated"). */
const DESCRIBING_END = new RegExp(`(?:${grammar.describingEndings.join('|')})$`, 'u');

/**
 * Whether a capitalised word can only be a name ("Harfield", "Northshire";
 * "Brightpath", two everyday words made into one, as names often are).
 */
function onlyAName(word: string): boolean {
  return !DESCRIBING_END.test(word.toLowerCase()) && !isEverydayWord(word, true, false);
}

/** Words that open a sentence before a term without being part of a name. */
const SMALL_OPENERS: ReadonlySet<string> = new Set([
  ...grammar.determiners,
  ...grammar.beforeVerb,
  ...grammar.objectPronouns,
  ...nounPhrases.prepositions,
  ...Object.keys(numberWords.numbers),
]);

/**
 * Whether the words found are a name with a capital on each long word,
 * inside a sentence (not at its start): two such words (a team's name, "the
 * Additional Needs Team"), or one after a capitalised word and "of" or "for"
 * ("Ward 14 (Care of the Elderly)"): the name of a ward, team or service.
 */
export function namedInSentence(input: BlockInput, text: string, first: number): boolean {
  const all = text.split(/\s+/);
  const article = /^(?:the|a|an)$/i.test(all[0] ?? '') ? 1 : 0;
  const long = all.slice(article).filter((word) => word.length > 3);
  if (long.length === 0 || !long.every((word) => /^\p{Lu}/u.test(word))) return false;
  if (startsSentence(input, first)) return false;
  if (long.length >= 2) return true;
  const { words } = input.text;
  const link = words[first - 1]?.text.toLowerCase() ?? '';
  const before = words[first - 2]?.text ?? '';
  return (
    (link === 'of' || link === 'for') &&
    /^\p{Lu}/u.test(before) &&
    !startsSentence(input, first - 2)
  );
}
