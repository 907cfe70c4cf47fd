/**
 * axe-core's rules for forms and documents (labels, names, headings, link
 * names, image alt text, contrast, language), run on the page as it is. axe
 * only reads the page.
 */
import axe from 'axe-core';
import type { AxeProblem } from './types';

export const AXE_RULES = [
  'label',
  'label-title-only',
  'form-field-multiple-labels',
  'select-name',
  'aria-input-field-name',
  'input-button-name',
  'button-name',
  'autocomplete-valid',
  'link-name',
  'image-alt',
  'input-image-alt',
  'color-contrast',
  'html-has-lang',
  'html-lang-valid',
  'document-title',
  'heading-order',
  'empty-heading',
  'page-has-heading-one',
];

function wcagSource(tags: readonly string[]): string {
  const criteria = tags
    .map((tag) => /^wcag(\d)(\d)(\d+)$/.exec(tag))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}.${m[2]}.${m[3]}`);
  return criteria.length > 0
    ? `WCAG 2.2 SC ${criteria.join(', ')}`
    : 'Accessibility best practice (axe-core)';
}

export async function runAxe(doc: Document): Promise<AxeProblem[]> {
  const results = await axe.run(doc, {
    runOnly: { type: 'rule', values: AXE_RULES },
    resultTypes: ['violations'],
  });
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    impact: v.impact ?? null,
    source: wcagSource(v.tags),
    count: v.nodes.length,
  }));
}
