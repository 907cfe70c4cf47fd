/** Ids made from terms: lower case, hyphens, unique. */
import { describe, expect, it } from 'vitest';
import { MAX_ID_CHARS, baseIdFromTerm, idFromTerm } from '../../src/glossary/ids';
import { validateEntry } from '../../src/glossary/validate';
import { entry } from '../helpers';

describe('idFromTerm', () => {
  it.each([
    ['care hub', [], 'care-hub'],
    ['Care Hub', [], 'care-hub'],
    ['  care   hub  ', [], 'care-hub'],
    ['co-production', [], 'co-production'],
    ['co--production', [], 'co-production'],
    ['section 42 enquiry', [], 'section-42-enquiry'],
    ['A&E', [], 'a-and-e'],
    ['people’s panel', [], 'peoples-panel'],
    ["carer's assessment", [], 'carers-assessment'],
    ['café', [], 'cafe'],
    ['Deprivation of Liberty Safeguards (DoLS)', [], 'deprivation-of-liberty-safeguards-dols'],
    ['well-being / wellbeing', [], 'well-being-wellbeing'],
    ['—', [], 'entry'],
    ['日本', [], 'entry'],
    ['care hub', ['care-hub'], 'care-hub-2'],
    ['care hub', ['care-hub', 'care-hub-2'], 'care-hub-3'],
    ['care hub', ['care-hub', 'care-hub-3'], 'care-hub-2'],
    ['care hub', ['care-hub-2'], 'care-hub'],
    ['—', ['entry'], 'entry-2'],
  ] as const)('%j with %j taken is %j', (term, taken, id) => {
    expect(idFromTerm(term, new Set(taken))).toBe(id);
  });

  it('cuts a long term at a hyphen, and the id is always one Plainly accepts', () => {
    const long =
      'the arrangements made between the council and the integrated care board for joint funding';
    const id = baseIdFromTerm(long);
    expect(id).toBe('the-arrangements-made-between-the-council-and-the-integrated');
    expect(id.length).toBeLessThanOrEqual(MAX_ID_CHARS);
    const terms = [long, 'x'.repeat(200), 'A&E', '—', 'café', '12-week disregard', "carer's"];
    for (const term of terms) {
      const made = idFromTerm(term, new Set());
      expect(
        validateEntry(entry({ id: made, term, alternatives: ['x'] }), 0).problems,
        term,
      ).toEqual([]);
    }
  });
});
