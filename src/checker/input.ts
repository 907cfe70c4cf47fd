/**
 * What a rule reads: one block (paragraph) of text, analysed once and
 * cached with the paragraph, with the phrases found in it.
 */
import type { PhraseMatch } from '../glossary/matcher';
import type { ReadText } from './analyse';
import type { Block } from './blocks';
import type { PhraseValue } from './lists';
import type { SentenceCounts } from './readability';
import type { Tag } from './tagger';

export interface BlockInput {
  block: Block;
  text: ReadText;
  /** Glossary, plain-words and respectful phrases found in the block. */
  matches: readonly PhraseMatch<PhraseValue>[];
  /**
   * Phrases that a word before them stopped (`match.notAfter`), with that
   * word ("unpaid carer"): not the term, but a sentence that says what they
   * are explains it.
   */
  stoppedByWordBefore: readonly PhraseMatch<PhraseValue>[];
  /**
   * Phrases that start at a later word of a phrase in `matches` and run on
   * past it ("discharge to assess" in "hospital discharge to assess"): read
   * where the first phrase is not for the reader.
   */
  runningOn: readonly PhraseMatch<PhraseValue>[];
  /** Each sentence's counts for the readability formulas (same order as `text.sentences`). */
  sentenceCounts: readonly SentenceCounts[];
  /**
   * Each sentence's seven reading ages, worked out when a rule first asks
   * (`agesOf` in context.ts): only long sentences need them.
   */
  ageCache: (readonly number[] | undefined)[];
  /**
   * Each sentence's parts of speech, filled in when a rule first asks
   * (`tagsOf` in context.ts) and kept with the paragraph's analysis.
   */
  tagCache: (Tag[] | undefined)[];
  /**
   * Whether each sentence reads as prose by its words (`isProse` in
   * prose.ts), worked out when a rule first asks: three rules ask.
   */
  proseCache: (boolean | undefined)[];
}
