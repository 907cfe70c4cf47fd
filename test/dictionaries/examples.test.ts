/**
 * Runs every built-in glossary entry's examples through the real engine,
 * and checks that the glossary's own plain words are plain.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/checker/index';
import { PROFILE_NAMES, type ProfileName } from '../../src/checker/types';
import type { GlossaryEntry } from '../../src/glossary/schema';
import { applySuggestion } from '../checker/fix';
import { analyseText } from '../../src/checker/analyse';
import { PhraseMatcher } from '../../src/glossary/matcher';
import { BUILTIN_ENTRIES, PLAIN_WORDS_LIST, RESPECTFUL_LIST } from '../../src/glossary/builtin';
import { DEFINITION_MAX_WORDS, EASY_READ_MAX_WORDS } from '../../src/glossary/schema';
import { inflectionOf, spellingKey } from '../../src/glossary/word-forms';

const SPLIT = /[\s\-‐‑–]+/u;

/**
 * Whether `text` is `phrase` or a form of it, word by word: "crippling" of
 * "cripple", "suffers from" of "suffer from", "ring fence" of "ring-fence".
 */
function isFormOf(text: string, phrase: string): boolean {
  const got = text.trim().split(SPLIT).map(spellingKey);
  const want = phrase.trim().split(SPLIT).map(spellingKey);
  return (
    got.length === want.length &&
    got.every((word, i) => word === want[i] || inflectionOf(word, want[i] as string) !== undefined)
  );
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

/** Findings from the glossary and the word lists, other than those for `ownId`. */
function jargonIn(text: string, ownId: string) {
  return check(text, { profile: 'plain' })
    .findings.filter(
      (f) =>
        (f.ruleId === 'glossary-term' ||
          f.ruleId === 'plain-words' ||
          f.ruleId === 'respectful' ||
          (f.ruleId === 'acronym' && f.entryId !== undefined)) &&
        f.entryId !== ownId,
    )
    .map((f) => `${f.ruleId}: ${f.text}`);
}

/** A profile the entry is jargon for: staff papers when it is, else the public, else easy read. */
function profileFor(entry: GlossaryEntry): ProfileName {
  return PROFILE_NAMES.find((name) => entry.audiences.includes(name)) ?? 'plain';
}

/** Whether a finding's text is the entry's term, a variant or an abbreviation, in some form. */
function isTermText(text: string, entry: GlossaryEntry): boolean {
  const bare = text
    .replace(/^an?\s+/i, '')
    .replace(/['’]s?$/, '')
    .trim();
  if ((entry.abbreviations ?? []).some((short) => bare === short || bare === `${short}s`)) {
    return true;
  }
  // The entry's own phrases, found the way the checker finds them, must cover the whole text.
  const matcher = new PhraseMatcher([
    {
      phrases: [entry.term, ...entry.variants],
      value: entry.id,
      // How the words are matched, not where (the sentence is gone).
      match: {
        caseSensitive: entry.match?.caseSensitive ?? false,
        inflect: entry.match?.inflect ?? true,
      },
    },
  ]);
  const [match] = matcher.match(analyseText(bare).parts);
  // A phrase's own closing bracket ("section 5(2)") is part of what is found.
  const end = match === undefined ? -1 : match.end + (match.closedAfter === true ? 1 : 0);
  return match !== undefined && match.start === 0 && end === bare.length;
}

describe('built-in glossary examples', () => {
  it.each(BUILTIN_ENTRIES.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    expect(entry.examples?.flag.length ?? 0).toBeGreaterThan(0);
    expect(entry.examples?.ok.length ?? 0).toBeGreaterThan(0);
    const profile = profileFor(entry);
    (entry.examples?.flag ?? []).forEach((sentence, index) => {
      const finding = check(sentence, { profile }).findings.find((f) => f.entryId === entry.id);
      expect(finding, `"${sentence}" should be flagged as ${entry.id} (${profile})`).toBeDefined();
      expect(
        isTermText(finding?.text ?? '', entry),
        `"${finding?.text}" in "${sentence}" should be ${entry.term} or a form of it`,
      ).toBe(true);
      const fixed = entry.examples?.fixed?.[index];
      if (fixed !== undefined && finding) {
        // The first replacement, or the explanation when no plain word fits;
        // the sentence as it is when Plainly offers nothing to apply.
        const first =
          finding.suggestions.find((suggestion) => suggestion.kind === 'replace') ??
          finding.suggestions[0];
        expect(
          first ? applySuggestion(sentence, finding, first) : sentence,
          `fixing "${sentence}"`,
        ).toBe(fixed);
      }
    });
    // Never flagged, for any reader.
    for (const sentence of entry.examples?.ok ?? []) {
      for (const name of PROFILE_NAMES) {
        const ids = check(sentence, { profile: name }).findings.map((f) => f.entryId);
        expect(ids, `"${sentence}" should not be flagged as ${entry.id} (${name})`).not.toContain(
          entry.id,
        );
      }
    }
  });
});

describe('the glossary practises what it checks', () => {
  it.each(BUILTIN_ENTRIES.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    const problems: string[] = [];
    if (words(entry.definition) > DEFINITION_MAX_WORDS) {
      problems.push(`definition has ${words(entry.definition)} words`);
    }
    for (const sentence of entry.easyRead) {
      if (words(sentence) > EASY_READ_MAX_WORDS) {
        problems.push(`easy read sentence has ${words(sentence)} words: ${sentence}`);
      }
    }
    const texts = [
      ...entry.alternatives.map(({ text }) => ['alternative', text] as const),
      ['definition', entry.definition] as const,
      ...entry.easyRead.map((text) => ['easy read', text] as const),
    ];
    for (const [field, text] of texts) {
      for (const hit of jargonIn(text, entry.id))
        problems.push(`${field} "${text}" contains ${hit}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('word list examples', () => {
  const lists = [
    ...RESPECTFUL_LIST.map((item) => ['respectful', item] as const),
    ...PLAIN_WORDS_LIST.filter((item) => item.examples.flag.length > 0).map(
      (item) => ['plain-words', item] as const,
    ),
  ];
  it.each(lists.map(([rule, item]) => [rule, item.id, item] as const))(
    '%s: %s',
    (rule, _id, item) => {
      // This item's own findings: the rule's, on one of the item's phrases or a form of one.
      const ownHits = (sentence: string) =>
        check(sentence)
          .findings.filter((f) => f.ruleId === rule)
          .filter((f) =>
            item.phrases.some(
              (p) => f.text.toLowerCase().includes(p.toLowerCase()) || isFormOf(f.text, p),
            ),
          );
      expect(item.examples.flag.length + item.examples.ok.length).toBeGreaterThan(0);
      for (const sentence of item.examples.flag) {
        expect(
          ownHits(sentence).length,
          `"${sentence}" should be flagged by ${rule} (${item.id})`,
        ).toBeGreaterThan(0);
      }
      for (const sentence of item.examples.ok) {
        expect(
          ownHits(sentence),
          `"${sentence}" should not be flagged by ${rule} (${item.id})`,
        ).toEqual([]);
      }
    },
  );

  it('never flags "disabled people" or "disabled person"', () => {
    for (const text of [
      'Disabled people know best.',
      'She is a disabled person.',
      'We listen to disabled people and their families.',
    ]) {
      expect(check(text).findings.filter((f) => f.category === 'respectful')).toEqual([]);
    }
  });
});
