/**
 * A Checker that remembers few paragraphs (the command line's) gives the
 * same report as one that remembers many: a paragraph it has forgotten is
 * only read again.
 */
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/checker/index';

const PARAGRAPHS = [
  'We will utilise co-production to plan the service going forward.',
  'The service user will get a package of care from the provider.',
  'We will utilise co-production to plan the service going forward.',
  'Call the team if you need this letter in large print.',
  'The service user will get a package of care from the provider.',
];

describe('Checker cacheLimit', () => {
  it('gives the same report with a cache of one paragraph as with the default', () => {
    const text = PARAGRAPHS.join('\n\n');
    const remembering = new Checker();
    const forgetting = new Checker({ cacheLimit: 1 });
    const expected = remembering.check(text, { format: 'text' });
    expect(expected.findings.length).toBeGreaterThan(0);
    expect(forgetting.check(text, { format: 'text' })).toEqual(expected);
    // And again, after it has forgotten all but the last paragraph.
    expect(forgetting.check(text, { format: 'text' })).toEqual(expected);
  });

  it('reads every paragraph afresh after forget(), with the same report', () => {
    // Plain-words findings only: none from the whole-document passes.
    const text = 'We will utilise the money.\n\nWe will commence work in May.';
    const checker = new Checker();
    const first = checker.check(text, { format: 'text' });
    expect(first.findings.map((f) => f.text)).toEqual(['utilise', 'commence']);
    // Remembered: an unchanged paragraph gives back the very same findings.
    expect(checker.check(text, { format: 'text' }).findings[0]).toBe(first.findings[0]);
    checker.forget();
    const again = checker.check(text, { format: 'text' });
    expect(again).toEqual(first);
    expect(again.findings[0]).not.toBe(first.findings[0]);
  });
});
