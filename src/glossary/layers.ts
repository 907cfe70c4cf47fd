/**
 * Glossary layers: the built-in glossary, each followed feed, and a
 * maintainer's own entries. Layers are given highest precedence first; an
 * entry in a higher layer replaces the entry with the same id below it, and
 * wins where two entries share a phrase (the matcher prefers earlier entries).
 */
import type { GlossaryEntry } from './schema';

export interface GlossaryLayer {
  /** Where the entries came from: "built-in", a feed's name, a file, "your own". */
  name: string;
  entries: readonly GlossaryEntry[];
}

export function mergeLayers(layers: readonly GlossaryLayer[]): GlossaryEntry[] {
  const seen = new Set<string>();
  const merged: GlossaryEntry[] = [];
  for (const layer of layers) {
    for (const entry of layer.entries) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      merged.push(entry);
    }
  }
  return merged;
}
