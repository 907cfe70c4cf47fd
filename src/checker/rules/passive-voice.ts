/**
 * passive-voice: "the form was completed" hides who did it. A suggestion
 * only: sometimes the passive is the right choice.
 */
import passive from '../../../dictionaries/passive-voice.json';
import { isIrregularParticiple } from '../../glossary/word-forms';
import type { RawFinding } from './rule';
import { defineRule } from './rule';

const BE = new Set(passive.beVerbs);
const BETWEEN = new Set(passive.between);
const NOT_PARTICIPLES = new Set(passive.notParticiples);

export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_PARTICIPLES.has(lower)) return false;
  if (isIrregularParticiple(lower)) return true;
  return lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed');
}

export const passiveVoice = defineRule({
  id: 'passive-voice',
  category: 'plain-english',
  summary: 'Passive sentences (“the form was completed”) that hide who does what.',
  source:
    'Plain English Campaign "How to write in plain English" (active verbs); GOV.UK easy read (active, not passive); write-good',
  block(input, context) {
    const { words, sentences } = input.text;
    const findings: RawFinding[] = [];
    for (const sentence of sentences) {
      for (let i = sentence.firstWord; i < sentence.endWord - 1; i++) {
        const be = words[i];
        // The forms of "to be" are short: skip longer words before lower-casing.
        if (!be || be.text.length > 5 || !BE.has(be.text.toLowerCase())) continue;
        let j = i + 1;
        while (j < sentence.endWord - 1 && BETWEEN.has((words[j]?.text ?? '').toLowerCase())) j++;
        const participle = words[j];
        if (!participle || !isParticiple(participle.text)) continue;
        findings.push({
          start: be.start,
          end: participle.end,
          message:
            'Say who does this. For example, “we will send the letter” is clearer than “the letter will be sent”.',
          severity: context.severity,
          suggestions: [],
        });
        i = j;
      }
    }
    return { findings };
  },
});
