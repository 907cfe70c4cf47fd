/**
 * What the content script knows about one finding in one field, and what a
 * field adapter must do. Findings come from the background in the message's
 * shape (`FieldFindingData`), which holds only what the page side uses, so the
 * content script never imports the engine.
 */
import type { FindingCategory } from '../checker/types';
import type { FieldFindingData } from '../messaging/fields';
import type { Anchor } from './anchor';

/** A finding as the background sends it for a field (one shape for both sides). */
export type FieldFinding = FieldFindingData;

/** A finding tied to the text it was found in, so it can be found again after edits. */
export interface PlacedFinding {
  finding: FieldFinding;
  anchor: Anchor;
}

/** How a finding is underlined. Colour is never the only cue: each has its own line style. */
export type MarkStyle = 'jargon' | 'wording' | 'reading';

export function markStyle(category: FindingCategory): MarkStyle {
  if (category === 'jargon' || category === 'acronym') return 'jargon';
  if (category === 'readability') return 'reading';
  return 'wording';
}

export interface TextSpan {
  start: number;
  end: number;
}

export interface FieldAdapter {
  readonly root: HTMLElement;
  readonly kind: 'text-control' | 'editable';
  /** The text that is checked, in UTF-16 code units. */
  readText(): string;
  /** The selection as text offsets, or null when it is not in this field. */
  selection(): TextSpan | null;
  /** Puts the selection exactly on `span`; false if that is not possible. */
  select(span: TextSpan): boolean;
  /** Draws underlines for these findings (their offsets are into `text`). */
  draw(findings: readonly PlacedFinding[], text: string): void;
  /** Where a span is on screen (viewport coordinates): the box around all of its lines, or null. */
  spanRect(span: TextSpan): DOMRect | null;
  /** Keeps underlines aligned after scrolling, resizing or zooming. */
  realign(): void;
  /** Removes everything the adapter drew and lets go of the field. */
  destroy(): void;
}
