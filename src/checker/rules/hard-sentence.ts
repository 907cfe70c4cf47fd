/**
 * hard-sentence: seven readability formulas score each sentence; when enough
 * of them put it above the profile's age, it is flagged. See readability.ts
 * for how this follows retext-readability and where it corrects it.
 */
import { hardVotes } from '../readability';
import type { RawFinding } from './rule';
import { defineRule } from './rule';

/** Fragments shorter than this, without closing punctuation, are not scored. */
const FRAGMENT_WORDS = 10;

export const hardSentence = defineRule({
  id: 'hard-sentence',
  category: 'readability',
  summary:
    'Sentences that most of seven readability formulas find too hard for the profile’s reading age.',
  source:
    'retext-readability 8.0.0 (MIT) with corrected SMOG and UK word lists: Automated Readability Index, Coleman–Liau, Dale–Chall, Flesch reading ease, Gunning fog, SMOG, Spache',
  block(input, context) {
    const { age, threshold, minWords } = context.profile.hardSentence;
    const findings: RawFinding[] = [];
    // Headings and table cells are labels, not sentences: the formulas mislead on them.
    if (input.block.kind === 'heading' || input.block.kind === 'table-cell') return { findings };
    const text = input.text.text;
    input.text.sentences.forEach((sentence, index) => {
      const words = sentence.endWord - sentence.firstWord;
      if (words < minWords) return;
      // A short fragment with no full stop ("Gareth Hughes, Head of Commissioning") is a label too.
      if (
        words < FRAGMENT_WORDS &&
        !/[.!?]["'”’)]*\s*$/.test(text.slice(sentence.start, sentence.end))
      )
        return;
      const ages = input.sentenceAges[index] ?? [];
      const votes = hardVotes(ages, age);
      if (votes / ages.length < threshold) return;
      findings.push({
        start: sentence.start,
        end: sentence.end,
        message: `This sentence is hard to read (${votes} of ${ages.length} measures say so). Try shorter sentences and everyday words.`,
        severity: context.severity,
        suggestions: [],
      });
    });
    return { findings };
  },
});
