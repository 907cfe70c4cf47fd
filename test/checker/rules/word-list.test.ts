/**
 * What the word-list rules (plain-words, respectful) share: a word of the
 * lists that is part of a name is left alone, as glossary terms are.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker/index';

describe('word lists and names', () => {
  it.each<[string, string[]]>([
    // A rating's name: capitalised words together.
    ['The home was rated Requires Improvement by the inspectors.', []],
    ['The home requires improvement.', ['requires']],
    // After a title.
    ['We wrote to Mr Additional about the bill.', []],
    ['We sent an additional bill.', ['additional']],
    // In quotation marks: someone's own words, or a name given on purpose.
    ['One relative told us: "The staff utilise every minute with Mum."', []],
    ['This is called a third-party top-up or “additional cost”.', []],
    ['We asked "What matters to you?" and staff utilise the answers.', ['utilise']],
    // Single quotation marks too, straight or curly: they open at the start of a
    // word and close at the end of one, so an apostrophe inside is neither.
    ["One relative told us: 'The staff utilise every minute with Mum.'", []],
    ['She said we should ‘utilise the hub’ more.', []],
    ["Don't utilise the carers' room for storage.", ['utilise']],
    ["In the '90s we didn't utilise the hub.", ['utilise']],
    ["'Hub days' are on Monday and we utilise them.", ['utilise']],
  ])('%s', (text, expected) => {
    const found = check(text, { profile: 'public' })
      .findings.filter((f) => f.ruleId === 'plain-words')
      .map((f) => f.text);
    expect(found).toEqual(expected);
  });
});

describe('a verb of the lists at the start of a heading', () => {
  it.each<[string, string[]]>([
    // A heading opens with a noun …
    ['## Impact\n\nThe outage hit 40 sites.', []],
    ['## Impact on services\n\nThe outage hit 40 sites.', []],
    // … or with the verb, telling the reader what to do.
    ['## Utilise your budget\n\nWe will write.', ['Utilise']],
    // In a sentence the verb is read as ever.
    ['It could impact on her health.', ['impact on']],
  ])('%s', (text, expected) => {
    const found = check(text, { profile: 'public', format: 'markdown' })
      .findings.filter((f) => f.ruleId === 'plain-words')
      .map((f) => f.text);
    expect(found).toEqual(expected);
  });
});

describe('a verb-only word after "will" or "can"', () => {
  // The tagger may read "scope" after "will" as a noun; after "will" it is the verb.
  it.each<[string, string[]]>([
    ['We will scope a new day service for next year.', ['scope']],
    ['The scope of the review is wide.', []],
  ])('%s', (text, expected) => {
    const found = check(text, { profile: 'plain' })
      .findings.filter((f) => f.ruleId === 'plain-words')
      .map((f) => f.text);
    expect(found).toEqual(expected);
  });
});

describe('respectful words and names', () => {
  it.each<[string, string[]]>([
    // A ward's name, with a capital on each long word inside the sentence.
    ['He was on Ward 14 (Care of the Elderly) for a week.', []],
    ['He needs care of the elderly services.', ['the elderly']],
    // At the start of a sentence a capital says nothing.
    ['Care of the Elderly is a ward.', ['the Elderly']],
  ])('%s', (text, expected) => {
    const found = check(text, { profile: 'public' })
      .findings.filter((f) => f.ruleId === 'respectful')
      .map((f) => f.text);
    expect(found).toEqual(expected);
  });
});

describe('word lists in table cells', () => {
  it('leave a cell of a word or three alone: a value or label such as a rating', () => {
    const input =
      '| Question | Rating |\n|---|---|\n| Is the service safe? | Requires improvement |\n| Start | Commence date |\n| Notes | We will commence the new rota in June and tell you. |\n\nThe home requires improvement.\n';
    const found = check(input, { profile: 'public', format: 'markdown' })
      .findings.filter((f) => f.ruleId === 'plain-words')
      .map((f) => f.text);
    expect(found).toEqual(['commence', 'requires']);
  });
});

describe('glossary terms inside names', () => {
  it.each<[string, string[]]>([
    // A first name that opens the sentence makes the next capitalised word a surname.
    ['Jack Carer scored twice in the second half.', []],
    ['Grace Provider is our new head teacher.', []],
    ['Sarah Advocate rang the office.', []],
    ['Jack Carer scored twice.', []],
    // Not after a word that is not a first name, nor after "Will" or "May".
    ['Local Providers met on Monday.', ['Providers']],
    ['Will Providers be paid on time?', ['Providers']],
    ['Our Providers met on Monday.', ['Providers']],
    // After a title, a ship's prefix among them.
    ['HMS Resilience sailed into Portsmouth on Monday.', []],
    ['Captain Outcome led the team out.', []],
    // "for" links a name only when the capital before it is not just the sentence's start.
    ['Referrals for Providers fell by 10%.', ['Providers']],
    ['Ask the Head for Providers.', []],
    // A name later in the sentence, as before.
    ['We met Jack Carer at the match.', []],
    ['Ask your provider.', ['provider']],
  ])('%s', (text, expected) => {
    const found = check(text, { profile: 'public' })
      .findings.filter((f) => f.ruleId === 'glossary-term')
      .map((f) => f.text);
    expect(found).toEqual(expected);
  });
});
