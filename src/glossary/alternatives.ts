/**
 * Alternatives as text, for places where people type them: a spreadsheet
 * cell or the entry form. An alternative whose part of speech is the
 * entry's own is written as its text ("buy"); another part of speech is
 * named in square brackets after it ("buyer [noun]").
 */
import { PARTS_OF_SPEECH, type Alternative, type PartOfSpeech } from './schema';

const WITH_POS = new RegExp(`^(.*?)\\s*\\[(${PARTS_OF_SPEECH.join('|')})\\]$`);

/** `buy`, or `buyer [noun]` when the part of speech is not the entry's. */
export function formatAlternative(alternative: Alternative, entryPos: PartOfSpeech): string {
  return alternative.pos === entryPos
    ? alternative.text
    : `${alternative.text} [${alternative.pos}]`;
}

/** Reads `buy` or `buyer [noun]`; text without a part of speech takes the entry's. */
export function parseAlternative(text: string, entryPos: PartOfSpeech): Alternative {
  const match = WITH_POS.exec(text.trim());
  if (match) return { text: match[1] as string, pos: match[2] as PartOfSpeech };
  return { text: text.trim(), pos: entryPos };
}

/** The texts of an entry's alternatives, best first. */
export function alternativeTexts(entry: { alternatives: readonly Alternative[] }): string[] {
  return entry.alternatives.map((alternative) => alternative.text);
}
