/**
 * The glossary's codes in words, for the glossary editor: its table,
 * filters, form, import preview and proposals. The words are data, in
 * dictionaries/glossary-labels.json; the types make sure every code has them.
 * (The checker's own codes are in labels.ts.)
 */
import glossaryLabels from '../../dictionaries/glossary-labels.json';
import type {
  Action,
  Audience,
  GlossaryCategory,
  Kind,
  PartOfSpeech,
  Status,
} from '../glossary/schema';

export const GLOSSARY_CATEGORY_LABELS: Readonly<Record<GlossaryCategory, string>> =
  glossaryLabels.categories;
export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = glossaryLabels.audiences;
export const KIND_LABELS: Readonly<Record<Kind, string>> = glossaryLabels.kinds;
export const STATUS_LABELS: Readonly<Record<Status, string>> = glossaryLabels.statuses;
export const STATUS_HELP: Readonly<Record<Status, string>> = glossaryLabels.statusHelp;
export const ACTION_LABELS: Readonly<Record<Action, string>> = glossaryLabels.actions;
export const ACTION_HELP: Readonly<Record<Action, string>> = glossaryLabels.actionHelp;
export const POS_LABELS: Readonly<Record<PartOfSpeech, string>> = glossaryLabels.partsOfSpeech;

/** "Plain (staff papers), Public and Easy read": labels joined in words. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const CODE_WORDS = {
  category: GLOSSARY_CATEGORY_LABELS,
  status: STATUS_LABELS,
  action: ACTION_LABELS,
} as const;

/** A category, status or action in words, for the table's filters and sorting. */
export function codeWords(key: keyof typeof CODE_WORDS, code: string): string {
  return (CODE_WORDS[key] as Readonly<Record<string, string>>)[code] ?? code;
}
