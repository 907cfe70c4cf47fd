/**
 * latin-abbreviation: "e.g.", "i.e.", "etc." and "NB" confuse many readers and
 * screen readers read them in different ways.
 */
import type { RawFinding } from './rule';
import { defineRule } from './rule';
import { q } from './suggest';

/** One pattern, one group per abbreviation, in the order of `PLAIN` (one pass over the text). */
const LATIN =
  /\b(?:(e\.\s?g\.?|eg)(?=[\s,;:)]|$)|(i\.\s?e\.?|ie)(?=[\s,;:)]|$)|(etc\b\.?)|(N\.?B\.?)(?=[\s:,])|(viz\b\.?))/giu;
const PLAIN = ['for example', 'that is', 'and so on', 'note', 'namely'];

function replacement(plain: string, atStart: boolean, endsSentence: boolean): string {
  const text = atStart ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain;
  return endsSentence ? `${text}.` : text;
}

/**
 * Whether the abbreviation at [start, end) closes a bracket of capitalised
 * words that a capitalised word follows: "(Disputes etc.) Regulations", a
 * law's or a paper's title, which is not the writer's to change.
 */
function inTitle(text: string, start: number, end: number): boolean {
  return (
    /^\s*\)\s*\(?\p{Lu}/u.test(text.slice(end, end + 8)) &&
    /\(\p{Lu}[^()]*$/u.test(text.slice(Math.max(0, start - 40), start))
  );
}

export const latinAbbreviation = defineRule({
  id: 'latin-abbreviation',
  category: 'easy-read',
  summary: 'Latin abbreviations (e.g., i.e., etc., NB): write the words instead.',
  source: 'GOV.UK style guide A to Z (eg, etc and ie)',
  examples: [
    {
      text: 'Bring your papers, e.g. your bank letters.',
      findings: [
        {
          on: 'e.g.',
          message: 'Write “for example” instead of “e.g.”.',
          fixed: 'Bring your papers, for example your bank letters.',
        },
      ],
    },
    {
      text: 'Bring your papers, for example your bank letters.',
      findings: [],
    },
    {
      text: 'The Care Act (Ordinary Residence) (Disputes etc.) Regulations apply.',
      findings: [],
    },
  ],
  block(input, context) {
    const text = input.text.text;
    const findings: RawFinding[] = [];
    LATIN.lastIndex = 0;
    for (let match = LATIN.exec(text); match; match = LATIN.exec(text)) {
      const group = match.slice(1).findIndex((value) => value !== undefined);
      const plain = PLAIN[group] as string;
      const found = match[0];
      // NB must be in capitals: "nb" is not an abbreviation people write.
      if (group === 3 && found.replaceAll('.', '') !== 'NB') continue;
      // "The Care Act (Ordinary Residence) (Disputes etc.) Regulations": part of a title.
      if (inTitle(text, match.index, match.index + found.length)) continue;
      // Only a few characters either side are read, however long the paragraph.
      const atStart =
        match.index === 0 ||
        /[.!?]\s+$/.test(text.slice(Math.max(0, match.index - 8), match.index));
      // "… and so on etc." The abbreviation's full stop also ends the sentence: keep one.
      const after = match.index + found.length;
      const endsSentence =
        found.endsWith('.') &&
        (after >= text.length || /^\s*(?:$|\p{Lu})/u.test(text.slice(after, after + 8)));
      findings.push({
        start: match.index,
        end: match.index + found.length,
        message: `Write ${q(plain)} instead of ${q(found)}.`,
        severity: context.severity,
        suggestions: [{ kind: 'replace', text: replacement(plain, atStart, endsSentence) }],
      });
    }
    return { findings };
  },
});
