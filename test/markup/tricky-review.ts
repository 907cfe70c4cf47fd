/**
 * The findings the marking-up tests ask for on the tricky paper
 * (test/fixtures/suggest-documents.ts), written out by hand so each test
 * says exactly what it asks for.
 */
import type { AccessFinding } from '../../src/accessibility/types';
import type { Finding } from '../../src/checker/types';
import type { DocumentModel } from '../../src/documents/index';
import type { MarkupReview } from '../../src/markup/index';
import { findingOn } from './helpers';

const replace = (
  model: DocumentModel,
  text: string,
  to: string,
  nth = 1,
  ruleId = 'glossary-term',
): Finding =>
  findingOn(
    model,
    text,
    {
      ruleId,
      message: `Try “${to}” instead of “${text}”.`,
      suggestions: [{ kind: 'replace', text: to }],
    },
    nth,
  );

function explain(model: DocumentModel, text: string, nth: number): Finding {
  return findingOn(
    model,
    text,
    {
      ruleId: 'glossary-term',
      entryId: 'co-production',
      message:
        nth === 1
          ? `Explain “${text}” the first time you use it: many readers will not know it.`
          : `You have not explained “${text}” yet. Explain it the first time you use it.`,
      definition: 'People who use services and staff plan things together, as equals.',
      advice: 'Say who worked together and what they decided together.',
      easyRead: ['We plan things together with you.'],
      suggestions: [{ kind: 'explain', text: ' (planning together)' }],
    },
    nth,
  );
}

function access(
  model: DocumentModel,
  text: string,
  fields: Partial<AccessFinding> & { ruleId: string },
): AccessFinding {
  const start = text === '' ? 0 : model.text.indexOf(text);
  return {
    check: 'D00',
    severity: 'error',
    message: `A problem with “${text}”.`,
    source: 'WCAG 2.2 SC 1.1.1 Non-text Content (A)',
    start,
    end: start + text.length,
    text,
    ...fields,
  };
}

export function trickyReview(
  model: DocumentModel,
  profile: 'plain' | 'easy-read' = 'plain',
): MarkupReview {
  const findings: Finding[] = [
    replace(model, 'utilise', 'use', 1, 'plain-words'),
    findingOn(model, 'We will utilise the budget well.', {
      ruleId: 'long-sentence',
      category: 'readability',
      message: 'This sentence is long.',
    }),
    replace(model, 'robust', 'strong'),
    replace(model, 'commission', 'buy'),
    replace(model, 'Day services', 'Things to do in the day'),
    replace(model, 'signpost', 'point'),
    replace(model, 'stakeholder', 'person with an interest'),
    explain(model, 'co-production', 1),
    replace(model, 'day services', 'things to do in the day', 1),
    replace(model, 'day services', 'things to do in the day', 2),
    replace(model, 'utilise', 'use', 2, 'plain-words'),
    explain(model, 'co-production', 2),
    replace(model, 'utilise', 'use', 3, 'plain-words'),
    replace(model, 'stakeholder', 'person with an interest', 2),
  ];
  return {
    document: model,
    report: { profile, findings },
    accessibility: [
      access(model, '', {
        ruleId: 'no-language',
        message: 'Your document does not say its language.',
      }),
      access(model, 'Ask about co-production.[1]', {
        ruleId: 'image-no-alt',
        message: 'A picture here has no alt text.',
      }),
    ],
  };
}
