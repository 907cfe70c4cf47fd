/** Which entry of the glossary in use has a word, for the editor's form and its proposals. */
import { useMemo } from 'react';
import { phraseKey } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/schema';

/**
 * Each phrase (a term or another form of it) of the glossary, by its
 * `phraseKey`, with the first entry that has it.
 */
export function usePhraseOwners(glossary: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  return useMemo(() => {
    const map = new Map<string, GlossaryEntry>();
    for (const entry of glossary) {
      for (const phrase of [entry.term, ...entry.variants]) {
        const key = phraseKey(phrase);
        if (key !== '' && !map.has(key)) map.set(key, entry);
      }
    }
    return map;
  }, [glossary]);
}
