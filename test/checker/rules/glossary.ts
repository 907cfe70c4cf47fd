/**
 * The small glossary the rule tests share, and a helper that gives each
 * finding as [rule, text, severity].
 */
import { check } from '../../../src/checker/index';
import type { ProfileName } from '../../../src/checker/types';
import type { GlossaryEntry } from '../../../src/glossary/schema';
import { entry } from '../../helpers';
import { applySuggestion } from '../fix';

export const glossary: GlossaryEntry[] = [
  entry({
    id: 'co-production',
    term: 'co-production',
    variants: ['co-produce'],
    action: 'explain',
    definition: 'Working together as equals with the people who use support.',
  }),
  entry({
    id: 'reablement',
    term: 'reablement',
    action: 'explain',
    definition: 'Short help at home to relearn everyday tasks.',
  }),
  entry({
    id: 'deliver',
    term: 'deliver',
    alternatives: ['provide'],
    pos: 'verb',
    match: { everyday: ['parcel|milk|letter ~', '~ parcel|milk|letter'] },
  }),
  entry({
    id: 'court-deputy',
    term: 'Court of Protection deputy',
    variants: ['deputy'],
    action: 'explain',
    definition: 'Someone the court chooses to make decisions for a person who cannot make them.',
  }),
  entry({
    id: 'carer',
    term: 'carer',
    action: 'explain',
    definition: 'Someone who looks after a family member or friend without being paid.',
  }),
  entry({
    id: 'commissioner',
    term: 'commissioner',
    alternatives: ['council buyer', 'person who buys services'],
    pos: 'noun',
  }),
  entry({ id: 'liaise', term: 'liaise', alternatives: ['work with', 'talk to'], pos: 'verb' }),
  entry({
    id: 'going-forward',
    term: 'going forward',
    alternatives: ['from now on'],
    omitOk: true,
    pos: 'phrase',
  }),
  entry({
    id: 'service-user',
    term: 'service user',
    action: 'respectful',
    alternatives: ['person we support'],
    pos: 'noun',
  }),
  entry({
    id: 'deprivation-of-liberty-safeguards',
    term: 'Deprivation of Liberty Safeguards',
    abbreviations: ['DoLS'],
    action: 'explain',
    definition:
      'Legal checks when someone is kept somewhere for their care and is not free to leave.',
  }),
  entry({
    id: 'any-other-business',
    term: 'any other business',
    abbreviations: ['AOB'],
    action: 'expand',
  }),
  entry({
    id: 'section-42-enquiry',
    term: 'section 42 enquiry',
    action: 'explain',
    definition: 'A check the council must make when an adult may be at risk of abuse.',
  }),
  entry({
    id: 'healthwatch',
    term: 'Healthwatch',
    action: 'explain',
    definition: 'An independent group that speaks up for people who use health and care services.',
  }),
  entry({
    id: 'enquiry',
    term: 'enquiry',
    action: 'explain',
    definition: 'A check into what happened.',
  }),
];

export type Row = [string, string, string, string?];

export const run = (text: string, profile: ProfileName = 'plain') =>
  check(text, { glossary, profile }).findings.map((f) => [f.ruleId, f.text, f.severity]);

/** One rule's findings in `text`: the words each is on, its message, and the text after its first suggestion. */
export function findingsOf(
  text: string,
  profile: ProfileName,
  rule: string,
): [string, string, string | null][] {
  return check(text, { glossary, profile })
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => {
      const first = f.suggestions[0];
      return [f.text, f.message, first ? applySuggestion(text, f, first) : null];
    });
}
