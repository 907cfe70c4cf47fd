/**
 * hard-sentence: seven readability formulas score each sentence; when enough
 * of them put it above the profile's age, it is flagged. See readability.ts
 * for how this follows retext-readability and where it corrects it.
 *
 * Quiet where the formulas are unreliable: only sentences of at least the
 * profile's `minWords` (12: see profiles.ts) with at least `shortLongWords`
 * different long words (length alone is long-sentence's business) that are prose (not headings,
 * table cells, names, attendance lines, references or addresses: prose.ts).
 * A sentence that is also too long gets one finding, from long-sentence.
 * Names and glossary terms inside a sentence are read as short everyday
 * words (`countsWithoutNames`): a term has its own finding.
 */
import type { Sentence } from '../analyse';
import { formulaAges, hardVotes, UK_MODE } from '../readability';
import { agesOf, countsWithoutNames, distinctLongWords, sentenceLength } from '../context';
import { isProse } from '../prose';
import type { RawFinding } from './rule';
import { defineRule, type BlockInput } from './rule';

export const hardSentence = defineRule({
  id: 'hard-sentence',
  category: 'readability',
  summary:
    'Sentences of 12 words or more, with several long words, that most of seven readability formulas find too hard for the profile’s reading age (a sentence that is also too long is reported once, as long).',
  source:
    'retext-readability 8.0.0 (MIT) with corrected SMOG and UK word lists: Automated Readability Index, Coleman–Liau, Dale–Chall, Flesch reading ease, Gunning fog, SMOG, Spache',
  examples: [
    {
      text: 'Any unsuccessful application will automatically generate a comprehensive notification explaining the decision.',
      findings: [
        {
          on: 'Any unsuccessful application will automatically generate a comprehensive notification explaining the decision.',
          message:
            'This sentence is hard to read (6 of 7 measures say so). Try shorter sentences and everyday words.',
        },
      ],
    },
    {
      text: 'We will meet on Monday to talk about the plan for the summer.',
      findings: [],
    },
  ],
  block(input, context) {
    const { age, threshold, minWords, shortThreshold, longWords, shortLongWords, adultWords } =
      context.profile.hardSentence;
    /** Whether the sentence is hard, read with its counts (names as they are, or as short words). */
    // Hard words make a sentence hard; its length alone is long-sentence's
    // business (the formulas count it too, so a plain sentence near the
    // limit would be flagged for its length twice over).
    const hard = (ages: readonly number[], polysyllables: number, short: boolean) =>
      polysyllables >= shortLongWords &&
      hardVotes(ages, age) / ages.length >= (short ? shortThreshold : threshold);
    const max = context.profile.maxSentenceWords;
    const findings: RawFinding[] = [];
    input.text.sentences.forEach((sentence, index) => {
      const words = sentenceLength(input, index);
      if (words < minWords || words > max) return;
      if (!isProse(input, index)) return;
      const short = words < longWords;
      // On a short sentence a few everyday long words carry every formula.
      const ages = agesOf(input, index);
      if (!hard(ages, input.sentenceCounts[index]?.polysillabicWord ?? 0, short)) return;
      const withoutNames = countsWithoutNames(input, index);
      if (withoutNames) {
        const namesAges = formulaAges(withoutNames, UK_MODE);
        if (!hard(namesAges, withoutNames.polysillabicWord, short)) return;
      }
      // A long word said twice is no harder the second time ("After your
      // care needs assessment, a financial assessment officer …").
      if (distinctLongWords(input, index, adultWords) < shortLongWords) return;
      // A list of things ("including staff, managers, councillors and
      // carers") is as easy as its items.
      if (isList(input, index)) return;
      const votes = hardVotes(ages, age);
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

/**
 * Whether most of a sentence is a list: four or more items of one to three
 * words, between commas and a last "and" or "or".
 */
function isList(input: BlockInput, index: number): boolean {
  const sentence = input.text.sentences[index] as Sentence;
  const text = input.text.text.slice(sentence.start, sentence.end);
  const items = text.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/);
  const short = items.filter((item) => item.trim().split(/\s+/).length <= 3).length;
  return short >= 4 && short * 2 >= items.length;
}
