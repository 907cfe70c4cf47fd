/**
 * passive-voice: "it was agreed", "the plan will be reviewed" hide who
 * decided or who will act. A suggestion only, and only where the missing
 * actor matters: a decision, an action or a responsibility (verbs in
 * dictionaries/passive-voice.json `actorMatters`, and "it … that").
 * Everyday passives where nobody needs to
 * know who acted are left alone ("was born", "is entitled to", "the road was
 * closed after the storm"), and a paragraph gets at most one finding.
 */
import passive from '../../../dictionaries/passive-voice.json';
import {
  baseCandidates,
  inflectionOf,
  inflectWord,
  isIrregularParticiple,
  pastParticiple,
} from '../../glossary/word-forms';
import type { Sentence, Word } from '../analyse';
import { isProse } from '../prose';
import type { RawFinding } from './rule';
import { defineRule } from './rule';
import { q } from './suggest';

const BE = new Set(passive.beVerbs);
const BETWEEN = new Set(passive.between);
const NOT_PARTICIPLES = new Set(passive.notParticiples);
const IDIOMS = new Set(passive.idioms);
const EED_PARTICIPLES = new Set(passive.eedParticiples);
const ACTOR_MATTERS = new Set(passive.actorMatters);
const MODALS = passive.modals.map((modal) => modal.split(' '));

export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_PARTICIPLES.has(lower)) return false;
  if (isIrregularParticiple(lower) || EED_PARTICIPLES.has(lower)) return true;
  return lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed');
}

/** The base form of a participle, when it is one of the verbs that matter: `agreed` → `agree`. */
function actorVerb(participle: string): string | undefined {
  const lower = participle.toLowerCase();
  for (const base of baseCandidates(lower)) {
    if (ACTOR_MATTERS.has(base) && (base === lower || inflectionOf(lower, base) === 'past')) {
      return base;
    }
  }
  return undefined;
}

/**
 * The modal just before `be` that makes it a responsibility ("will be",
 * "needs to be"), as the index of its first word, or -1.
 */
function modalBefore(words: readonly Word[], be: number, from: number): number {
  for (const modal of MODALS) {
    const start = be - modal.length;
    if (start < from) continue;
    if (modal.every((part, i) => (words[start + i] as Word).text.toLowerCase() === part)) {
      return start;
    }
  }
  return -1;
}

/** A modal said with "we": "needs to" → "need to", "is to" → "are to". */
const WE_MODAL: Readonly<Record<string, string>> = {
  'needs to': 'need to',
  'has to': 'have to',
  'is to': 'are to',
};

/** Words before a modal that are not a plural subject, though they end in "s". */
const HAVE = new Set(['has', 'have', 'had']);

const NOT_PLURAL = new Set(['this', 'its', 'his', 'is', 'was', 'has', 'us', 'as', 'yes']);

/**
 * The same action said actively, with "we": "is agreed" → "we agree it",
 * "were sent" → "we sent them", "has been allocated" → "we have allocated
 * it", "should be asked" → "we should ask them". The tense and the number
 * follow the words as written.
 */
function activeWords(words: readonly Word[], be: number, verb: string, modal: number): string {
  const form = (words[be] as Word).text.toLowerCase();
  const before = words[be - 1]?.text.toLowerCase() ?? '';
  if (modal !== -1) {
    const said = words
      .slice(modal, be)
      .map((word) => word.text.toLowerCase())
      .join(' ');
    const subject = words[modal - 1]?.text.toLowerCase() ?? '';
    const plural = subject === 'they' || (subject.endsWith('s') && !NOT_PLURAL.has(subject));
    return `we ${WE_MODAL[said] ?? said} ${verb} ${plural ? 'them' : 'it'}`;
  }
  if (form === 'been') {
    const have = before === 'had' ? 'had' : 'have';
    return `we ${have} ${pastParticiple(verb)} ${before === 'have' ? 'them' : 'it'}`;
  }
  const object = form === 'are' || form === 'were' ? 'them' : 'it';
  if (words[be + 1]?.text.toLowerCase() === 'being') {
    const aux = form === 'was' || form === 'were' ? 'were' : 'are';
    return `we ${aux} ${inflectWord(verb, 'ing')} ${object}`;
  }
  if (form === 'was' || form === 'were') return `we ${inflectWord(verb, 'past')} ${object}`;
  return `we ${verb} ${object}`;
}

/** "it was agreed that", as written. */
function itThatText(words: readonly Word[], be: number, participle: number, text: string): string {
  const it = words[be - 1]?.text.toLowerCase() === 'it' ? be - 1 : be - 2;
  const from = (words[it] as Word).start;
  const to = (words[participle + 1] as Word).end;
  return text.slice(from, to).replace(/^It\b/, 'it');
}

export const passiveVoice = defineRule({
  id: 'passive-voice',
  category: 'plain-english',
  summary:
    'Passive sentences that hide who decided or who will act (“it was agreed”, “the plan will be reviewed”); everyday passives such as “was born” are left alone.',
  source:
    'Plain English Campaign "How to write in plain English" (active verbs); GOV.UK easy read (active, not passive); write-good',
  examples: [
    {
      text: 'It was agreed that the plan will be reviewed.',
      findings: [
        {
          on: 'was agreed',
          message:
            'Say who agreed this: “the board agreed that …” is clearer than “it was agreed that …”.',
        },
      ],
    },
    {
      text: 'She was born in Leeds.',
      findings: [],
    },
  ],
  block(input, context) {
    const { words, sentences } = input.text;
    const findings: RawFinding[] = [];
    for (let index = 0; index < sentences.length; index++) {
      const sentence = sentences[index] as Sentence;
      if (findings.length > 0) break;
      if (!isProse(input, index)) continue;
      for (let i = sentence.firstWord; i < sentence.endWord - 1; i++) {
        const be = words[i];
        // The forms of "to be" are short: skip longer words before lower-casing.
        if (!be || be.text.length > 5 || !BE.has(be.text.toLowerCase())) continue;
        let j = i + 1;
        while (j < sentence.endWord - 1 && BETWEEN.has((words[j]?.text ?? '').toLowerCase())) j++;
        const participle = words[j];
        if (!participle || !isParticiple(participle.text)) continue;
        const lower = participle.text.toLowerCase();
        if (IDIOMS.has(lower)) continue;
        const verb = actorVerb(lower);
        const itThat =
          (words[i - 1]?.text.toLowerCase() === 'it' ||
            words[i - 2]?.text.toLowerCase() === 'it') &&
          words[j + 1]?.text.toLowerCase() === 'that';
        const modal = modalBefore(words, i, sentence.firstWord);
        // "It was agreed that …" hides who decided, whatever the verb; other
        // passives only when the verb is a decision, an action or a duty.
        if (!verb && !itThat) continue;
        // Quoted from the modal, or from "has" in "has been", as written.
        const have = HAVE.has(words[i - 1]?.text.toLowerCase() ?? '') && be.text === 'been';
        const first = modal !== -1 ? modal : have ? i - 1 : i;
        const from = (words[first] as Word).start;
        const shown = q(input.text.text.slice(from, participle.end));
        findings.push({
          start: be.start,
          end: participle.end,
          message: itThat
            ? `Say who ${lower} this: “the board ${lower} that …” is clearer than “${itThatText(words, i, j, input.text.text)} …”.`
            : `Say who ${modal === -1 ? 'did' : 'will do'} this: “${activeWords(words, i, verb as string, modal)}” is clearer than ${shown}.`,
          severity: context.severity,
          suggestions: [],
        });
        break;
      }
    }
    return { findings };
  },
});
