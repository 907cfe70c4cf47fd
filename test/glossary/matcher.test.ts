import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/checker/analyse';
import { check } from '../../src/checker/index';
import { PhraseMatcher } from '../../src/glossary/matcher';
import type { GlossaryEntry } from '../../src/glossary/schema';
import { entry } from '../helpers';

const glossary: GlossaryEntry[] = [
  entry({
    id: 'co-production',
    term: 'co-production',
    variants: ['co-produce'],
    action: 'explain',
  }),
  entry({ id: 'commissioner', term: 'commissioner', alternatives: ['buyer'], pos: 'noun' }),
  entry({
    id: 'commissioning',
    term: 'commissioning',
    variants: ['commission'],
    alternatives: ['buying'],
    pos: 'verb',
  }),
  entry({ id: 'direct-payments', term: 'direct payment', action: 'explain' }),
  entry({
    id: 'direct-payment-support',
    term: 'direct payment support service',
    alternatives: ['help with your money'],
  }),
  entry({
    id: 'personalisation',
    term: 'personalisation',
    variants: ['personalise'],
    alternatives: ['fitting support to you'],
  }),
  entry({ id: 'wellbeing', term: 'wellbeing', action: 'explain' }),
  entry({ id: 'income', term: 'income', action: 'explain', match: { notBefore: ['based'] } }),
  entry({
    id: 'key',
    term: 'key',
    alternatives: ['main'],
    match: { notBefore: ['worker', 'safe', 'card', 'key-holder'], notAfter: ['home-school'] },
    pos: 'adjective',
  }),
  entry({
    id: 'shared-lives',
    term: 'Shared Lives',
    action: 'explain',
    match: { caseSensitive: true },
  }),
  entry({ id: 'action', term: 'actioned', alternatives: ['done'], match: { inflect: false } }),
  entry({
    id: 'early-help',
    term: 'Early Help assessment',
    variants: ['early help assessment', 'First-tier Tribunal (SEND)'],
    action: 'explain',
    match: { caseSensitive: true },
  }),
  entry({ id: 'carers-assessment', term: "carer's assessment", action: 'explain' }),
  entry({ id: 'adult-at-risk', term: 'adult at risk', action: 'explain' }),
  entry({ id: 'suffer-from', term: 'suffer from', alternatives: ['have'], pos: 'verb' }),
  entry({ id: 'package-of-care', term: 'package of care', alternatives: ['support'], pos: 'noun' }),
  entry({
    id: 'holding-power',
    term: 'holding power',
    variants: ['section 5(2)', 'section 5[4]'],
    action: 'explain',
  }),
  entry({ id: 'transfer', term: 'section 47/49', action: 'explain' }),
  entry({ id: 'cetr', term: 'Care (Education) and Treatment Review', action: 'explain' }),
  entry({
    id: 'iag',
    term: 'information, advice and guidance',
    alternatives: ['information and advice'],
    pos: 'noun',
  }),
  entry({ id: 'budget-pb', term: 'budget pb', action: 'explain' }),
  entry({ id: 'process-a', term: 'direct award process A', action: 'explain' }),
  entry({
    id: 'dry-blood-spot-test',
    term: 'dry blood spot test',
    variants: ['dried blood spot test'],
    pos: 'noun',
    action: 'explain',
  }),
];

const glossaryHits = (text: string) =>
  check(text, { glossary })
    .findings.filter((f) => f.ruleId === 'glossary-term')
    .map((f) => [f.text, f.entryId]);

describe('glossary matching', () => {
  it.each<[string, [string, string][]]>([
    ['We believe in co-production.', [['co-production', 'co-production']]],
    ['We believe in co production.', [['co production', 'co-production']]],
    ['We believe in coproduction.', [['coproduction', 'co-production']]],
    ['We believe in Co-Production.', [['Co-Production', 'co-production']]],
    ['We co-produced the plan.', [['co-produced', 'co-production']]],
    ['We are co-producing the plan.', [['co-producing', 'co-production']]],
    ['Production starts today.', []],
    // A case-sensitive entry: each way it is written counts, brackets and all.
    ['An Early Help assessment was done.', [['Early Help assessment', 'early-help']]],
    ['An early help assessment was done.', [['early help assessment', 'early-help']]],
    ['An Early help Assessment was done.', []],
    [
      'They appealed to the First-tier Tribunal (SEND) in May.',
      [['First-tier Tribunal (SEND)', 'early-help']],
    ],
    // A hyphenated word in notBefore and notAfter, written with or without its hyphen.
    ['The key points and the home-school key issues.', [['key', 'key']]],
    ['The homeschool key issues.', []],
    ['Ask the key key-holder.', []],
    ['Ask the key keyholder.', []],
    // … and the piece after a match that ends inside a hyphenated word.
    ['You can get income-based support.', []],
    ['Tell us about your income.', [['income', 'income']]],
    ['The factory has a production line.', []],
    ['Ask the commissioners.', [['commissioners', 'commissioner']]],
    ['We commissioned a review.', [['commissioned', 'commissioning']]],
    ['You can get direct payments.', [['direct payments', 'direct-payments']]],
    [
      'Ask the direct payment support service.',
      [['direct payment support service', 'direct-payment-support']],
    ],
    ['Support is personalised.', [['personalised', 'personalisation']]],
    ['Support is personalized.', [['personalized', 'personalisation']]],
    ['This improves personalization.', [['personalization', 'personalisation']]],
    ['Your well-being matters.', [['well-being', 'wellbeing']]],
    ['Your well being matters.', [['well being', 'wellbeing']]],
    ['These are the key issues.', [['key', 'key']]],
    ['Ask your key worker.', []],
    ['Keep the key safe.', []],
    ['She lives with a Shared Lives carer.', [['Shared Lives', 'shared-lives']]],
    ['We shared lives and stories.', []],
    ['It was actioned.', [['actioned', 'action']]],
    ['Ask for a carer’s assessment.', [['carer’s assessment', 'carers-assessment']]],
    ['Ask for a carers assessment.', [['carers assessment', 'carers-assessment']]],
    ['It is non-key work.', []],
    ['It is a keyless door.', []],
    // An earlier word of the phrase inflected.
    ['We support adults at risk.', [['adults at risk', 'adult-at-risk']]],
    ['She suffers from asthma.', [['suffers from', 'suffer-from']]],
    ['He is suffering from asthma.', [['suffering from', 'suffer-from']]],
    ['Two packages of care ended.', [['packages of care', 'package-of-care']]],
    ['The adults at home are well.', []],
    // Brackets inside a phrase are part of it; its closing bracket is in what is found.
    ['He was held under section 5(2) of the Act.', [['section 5(2)', 'holding-power']]],
    ['He was held under Section 5(2).', [['Section 5(2)', 'holding-power']]],
    ['He was held under section 5[4].', [['section 5[4]', 'holding-power']]],
    ['He was held under section 5 (2) for a day.', [['section 5 (2)', 'holding-power']]],
    ['See section 5, 2 and 3.', []],
    // So can a slash.
    ['He moved under section 47/49 of the Act.', [['section 47/49', 'transfer']]],
    ['He moved under Section 47 / 49.', [['Section 47 / 49', 'transfer']]],
    ['See section 47 and 49.', []],
    ['See section 47, 49.', []],
    ['See section 5 2.', []],
    [
      'Her Care (Education) and Treatment Review is next week.',
      [['Care (Education) and Treatment Review', 'cetr']],
    ],
    ['Her care education and treatment review is next week.', []],
    // A comma inside a phrase is part of it, and only such a phrase goes on through one.
    ['We give information, advice and guidance.', [['information, advice and guidance', 'iag']]],
    ['We give information advice and guidance.', []],
    ['We give information; advice and guidance.', []],
    // … and a phrase without them never runs through them.
    ['Ask about your personal budget (PB).', []],
    // A phrase that ends in one capital letter is found only with that capital.
    ['We used direct award process A for the contract.', [['direct award process A', 'process-a']]],
    ['It is a direct award process a football club might use.', []],
    ['It is a Direct Award Process A.', [['Direct Award Process A', 'process-a']]],
    // A variant as written wins over the same words read through an inflected earlier word.
    [
      'She had a dried blood spot test on Monday.',
      [['dried blood spot test', 'dry-blood-spot-test']],
    ],
  ])('%s', (text, expected) => {
    expect(glossaryHits(text)).toEqual(expected);
  });
});

describe('where an earlier inflected word starts', () => {
  it.each<[string, number | undefined]>([
    ['We support adults at risk.', 11],
    ['He is suffering from asthma.', 6],
    ['You can get direct payments.', undefined],
    ['We co-produced the plan.', undefined],
  ])('%s', (text, at) => {
    const matcher = new PhraseMatcher(
      ['adult at risk', 'suffer from', 'direct payment', 'co-produce'].map((phrase) => ({
        phrases: [phrase],
        value: phrase,
      })),
    );
    const [first] = matcher.match(analyseText(text).parts);
    expect(first?.inflectedAt).toBe(at);
  });
});

describe('word lists are found as written', () => {
  // A plain-words phrase written as one word is not found split in two
  // ("there in" is not "therein"); a glossary term is ("well being" above).
  it.each<[string, string[]]>([
    ['The notes therein are old.', ['therein']],
    ['I was there in the morning.', []],
    ['We live here in Leeds.', []],
    ['The money is hereby given.', ['hereby']],
    ['Where by the river did you park?', []],
  ])('%s', (text, expected) => {
    const found = check(text, { profile: 'public' })
      .findings.filter((f) => f.ruleId === 'plain-words')
      .map((f) => f.text);
    expect(found).toEqual(expected);
  });
});
