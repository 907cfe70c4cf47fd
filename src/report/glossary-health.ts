/**
 * The health panel's checks across the whole glossary: words
 * claimed by two entries, alternatives or definitions that are themselves
 * jargon (found by running the real checker on them), definitions over 25
 * words, easy read sentences over 15 words, and `explain` entries with no
 * real definition.
 */
import { Checker, RULES } from '../checker/index';
import { alternativeTexts } from '../glossary/alternatives';
import { countWords, PLACEHOLDER_DEFINITION, type HealthIssue } from '../glossary/health';
import { phraseKey } from '../glossary/matcher';
import { DEFINITION_MAX_WORDS, EASY_READ_MAX_WORDS, type GlossaryEntry } from '../glossary/schema';

const OTHER_RULES = RULES.map((rule) => rule.id).filter((id) => id !== 'glossary-term');

/**
 * Every health problem, in entry order.
 *
 * @param entries the merged glossary (all layers, highest precedence first).
 *   Rejected and deprecated entries are left out of every check.
 */
export function glossaryHealth(entries: readonly GlossaryEntry[]): HealthIssue[] {
  const live = entries.filter((e) => e.status === 'approved' || e.status === 'proposed');
  const issues: HealthIssue[] = [];
  const owner = new Map<string, { id: string; phrase: string }>();
  for (const entry of live) {
    const mine = new Set<string>();
    for (const phrase of [entry.term, ...entry.variants]) {
      const key = phraseKey(phrase);
      if (key === '' || mine.has(key)) continue;
      mine.add(key);
      const other = owner.get(key);
      if (other && other.id !== entry.id) {
        issues.push({
          entryId: entry.id,
          kind: 'duplicate',
          message: `"${phrase}" is also a term or variant of "${other.id}". Keep it in one entry.`,
        });
      } else owner.set(key, { id: entry.id, phrase });
    }
  }
  // The checker the staff get: approved entries only.
  const checker = new Checker({ glossary: live });
  const jargonIn = (entry: GlossaryEntry, text: string): string[] =>
    checker
      .check(text, { format: 'text', disable: OTHER_RULES })
      .findings.filter((f) => f.ruleId === 'glossary-term' && f.entryId !== entry.id)
      .map((f) => f.text);
  for (const entry of live) {
    for (const alternative of alternativeTexts(entry)) {
      const words = jargonIn(entry, alternative);
      if (words.length > 0) {
        issues.push({
          entryId: entry.id,
          kind: 'jargon-in-alternative',
          message: `The alternative "${alternative}" uses jargon from the glossary: ${quoteList(words)}.`,
        });
      }
    }
    const definitionWords = jargonIn(entry, entry.definition);
    if (definitionWords.length > 0) {
      issues.push({
        entryId: entry.id,
        kind: 'jargon-in-definition',
        message: `The definition uses jargon from the glossary: ${quoteList(definitionWords)}.`,
      });
    }
    const length = countWords(entry.definition);
    if (length > DEFINITION_MAX_WORDS) {
      issues.push({
        entryId: entry.id,
        kind: 'long-definition',
        message: `The definition has ${length} words. Keep it to ${DEFINITION_MAX_WORDS} or fewer.`,
      });
    }
    entry.easyRead.forEach((sentence, i) => {
      const n = countWords(sentence);
      if (n > EASY_READ_MAX_WORDS) {
        issues.push({
          entryId: entry.id,
          kind: 'long-easy-read',
          message: `Easy read sentence ${i + 1} has ${n} words. Keep each to ${EASY_READ_MAX_WORDS} or fewer.`,
        });
      }
    });
    const definition = entry.definition.trim();
    if (
      entry.action === 'explain' &&
      (definition === '' || definition === PLACEHOLDER_DEFINITION)
    ) {
      issues.push({
        entryId: entry.id,
        kind: 'explain-without-definition',
        message: 'This term is to be explained, but it has no definition yet.',
      });
    }
  }
  return issues;
}

function quoteList(words: readonly string[]): string {
  return [...new Set(words)].map((w) => `"${w}"`).join(', ');
}
