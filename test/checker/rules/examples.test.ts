/**
 * Every rule's own examples (in its file in src/checker/rules/), checked
 * against the engine with the built-in glossary: each finding's exact place,
 * its message, and the whole text after its first suggestion is applied.
 * The README's catalogue prints the same examples.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker/index';
import { RULES } from '../../../src/checker/rules/index';
import type { RuleExample } from '../../../src/checker/rules/rule';
import { applySuggestion } from '../fix';

/** Where the `nth` (from 0) place of `words` is in `text`. */
function placeOf(text: string, words: string, nth = 0): number {
  let at = text.indexOf(words);
  for (let i = 0; i < nth && at !== -1; i++) at = text.indexOf(words, at + 1);
  return at;
}

function expected(example: RuleExample) {
  return example.findings.map((finding) => {
    const start = placeOf(example.text, finding.on, finding.nth);
    return {
      start,
      end: start + finding.on.length,
      message: finding.message,
      fixed: finding.fixed,
    };
  });
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it.each(rule.examples.map((example) => [example.text, example] as const))(
    '%s',
    (text, example) => {
      const findings = check(text, { profile: example.profile ?? 'plain' }).findings.filter(
        (finding) => finding.ruleId === id,
      );
      const got = findings.map((finding) => {
        const first = finding.suggestions[0];
        return {
          start: finding.start,
          end: finding.end,
          message: finding.message,
          fixed: first ? applySuggestion(text, finding, first) : undefined,
        };
      });
      expect(got).toEqual(expected(example));
    },
  );
});
