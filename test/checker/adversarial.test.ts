/**
 * No rule is worse than linear in its input. Each rule gets a large input
 * shaped to hurt it (the most one check takes, 200,000 characters): a rule
 * that did quadratic work on it would run for minutes, far past the hang
 * guard, so the test would fail. Nothing here measures how long a check
 * takes; each test asserts what the rule finds.
 */
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/checker/index';
import { RULES } from '../../src/checker/rules/index';
import { MAX_CHECK_TEXT } from '../../src/validation/index';

const HANG_GUARD = 120_000;
const fill = (unit: string) => unit.repeat(Math.floor(MAX_CHECK_TEXT / unit.length));

/** Per rule: an input built to hurt it, the profile, and how many findings it should give. */
const CASES: Record<
  string,
  { input: string; profile?: 'plain' | 'easy-read'; count: (n: number) => boolean }
> = {
  // Every word a glossary term, in one endless paragraph.
  'glossary-term': { input: fill('reablement commissioning co-production '), count: (n) => n > 1 },
  'plain-words': { input: fill('We utilise it. '), count: (n) => n > 10_000 },
  respectful: { input: fill('He suffers from it. '), count: (n) => n > 5_000 },
  // Capitals with no end: the shouting check once looked both ways from every word.
  acronym: { input: fill('ABCD EFGH '), count: (n) => n === 0 },
  'hard-sentence': {
    input: fill(
      'Notwithstanding organisational considerations necessitates multidisciplinary reconfiguration. ',
    ),
    count: (n) => n === 0,
  },
  // One sentence of 30,000 words.
  'long-sentence': { input: fill('and we met '), count: (n) => n === 1 },
  // At most one a paragraph: the one long paragraph is checked in pieces of about 2,000 characters.
  'passive-voice': {
    input: fill('It was agreed that it was agreed. '),
    count: (n) => n > 50 && n < 200,
  },
  'easy-read-numbers': {
    input: fill('three four '),
    profile: 'easy-read',
    count: (n) => n > 10_000,
  },
  'all-caps': { input: fill('WE MET '), count: (n) => n === 1 },
  'latin-abbreviation': { input: fill('e.g. '), count: (n) => n > 10_000 },
  ampersand: { input: fill('tea & cake '), profile: 'easy-read', count: (n) => n > 10_000 },
};

/** More inputs for rules that read a line around each word: one endless line. */
const LINE_CASES: [string, string, (n: number) => boolean][] = [
  // Labels, initials and an address on every "line": the acronym rule reads a bounded stretch.
  ['acronym', fill('Owner: XY, Town Hall WB1 1AA. '), (n) => n === 0],
  ['acronym', fill('Lead: QZ. By: May. '), (n) => n === 1],
];

/**
 * Brackets of figures after a term ("(currently £23,250)") explain nothing:
 * a long run of digits, then a word, must not be read in every way it could
 * split (it once took seconds for 28 digits, and twice as long for each more).
 */
const BRACKET_CASES: [string, number][] = [
  [`Ask us about the upper capital limit (${'1'.repeat(5_000)} x).`, 1],
  [`Ask us about the upper capital limit (${'1,'.repeat(5_000)}).`, 1],
];

describe('no rule is worse than linear', () => {
  it.each(BRACKET_CASES)(
    'glossary-term on figures in brackets (%#)',
    (input, count) => {
      const findings = new Checker()
        .check(input, { format: 'text', profile: 'public' })
        .findings.filter((f) => f.ruleId === 'glossary-term');
      expect(findings.length).toBe(count);
    },
    HANG_GUARD,
  );

  it.each(LINE_CASES)(
    '%s on one endless line',
    (ruleId, input, count) => {
      const findings = new Checker()
        .check(input, { format: 'text', profile: 'plain' })
        .findings.filter((f) => f.ruleId === ruleId);
      expect(count(findings.length), `${ruleId}: ${findings.length} findings`).toBe(true);
    },
    HANG_GUARD,
  );

  it('has a case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(Object.entries(CASES))(
    '%s on a large input built to hurt it',
    (ruleId, { input, profile, count }) => {
      expect(input.length).toBeLessThanOrEqual(MAX_CHECK_TEXT);
      expect(input.length).toBeGreaterThan(MAX_CHECK_TEXT * 0.9);
      const findings = new Checker()
        .check(input, { format: 'text', profile: profile ?? 'plain' })
        .findings.filter((f) => f.ruleId === ruleId);
      expect(count(findings.length), `${ruleId}: ${findings.length} findings`).toBe(true);
    },
    HANG_GUARD,
  );
});
