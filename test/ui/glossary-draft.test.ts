/** The entry form's draft: what it shows of an entry, and the entry it gives back. */
import { describe, expect, it } from 'vitest';
import { fromDraft, toDraft } from '../../src/ui/glossary-form/draft';
import { entry } from '../helpers';

describe('the entry form draft', () => {
  const carer = entry({
    id: 'carer',
    term: 'carer',
    action: 'explain',
    match: { notAfter: ['agency'], plainAfter: ['unpaid', 'family'], inflect: true },
  });

  it('shows the words before a term, one a line', () => {
    const draft = toDraft(carer);
    expect([draft.notAfter, draft.plainAfter]).toEqual(['agency', 'unpaid\nfamily']);
  });

  it.each<[string, string, Record<string, unknown>]>([
    [
      'unpaid\nfamily',
      'agency',
      { notAfter: ['agency'], plainAfter: ['unpaid', 'family'], inflect: true },
    ],
    [' unpaid \n\n', 'agency', { notAfter: ['agency'], plainAfter: ['unpaid'], inflect: true }],
    ['', '', { inflect: true }],
  ])('gives back the words before a term (%j, %j)', (plainAfter, notAfter, match) => {
    const draft = { ...toDraft(carer), plainAfter, notAfter };
    expect(fromDraft(draft, carer).match).toEqual(match);
  });

  it('shows and gives back "an everyday word too"', () => {
    const pkg = entry({ id: 'package', term: 'package', match: { needsCareTopic: true } });
    expect([toDraft(carer).needsCareTopic, toDraft(pkg).needsCareTopic]).toEqual([false, true]);
    expect(fromDraft({ ...toDraft(carer), needsCareTopic: true }, carer).match).toEqual({
      notAfter: ['agency'],
      plainAfter: ['unpaid', 'family'],
      inflect: true,
      needsCareTopic: true,
    });
    // Unticked: the switch goes, and a match with nothing else in it goes too.
    expect(fromDraft({ ...toDraft(pkg), needsCareTopic: false }, pkg).match).toBeUndefined();
  });
});
