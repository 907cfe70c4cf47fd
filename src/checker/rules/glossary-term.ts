/**
 * glossary-term: finds every glossary term (longest match first, any
 * inflection, UK or US spelling, hyphen, space or none) and offers the
 * entry's plain alternatives. Terms with no good substitute (action
 * `explain`) are flagged at their first use with the definition to add,
 * unless the document explains them there.
 */
import type { PhraseMatch } from '../../glossary/matcher';
import type { GlossaryEntry } from '../../glossary/schema';
import type { PhraseValue } from '../lists';
import type { BlockInput, RawFinding } from './rule';
import { defineRule } from './rule';
import { explanation, q, replacements } from './suggest';
import { alternativeTexts } from '../../glossary/alternatives';

interface ExplainUse {
  entry: GlossaryEntry;
  finding: RawFinding;
  /** Explained right here; or `next-block` when only the next block's first sentence can tell. */
  explained: boolean | 'next-block';
  /** The light reminder for a later, unexplained use, made when first needed. */
  reminder?: RawFinding;
}

/** After the term: `(what it means)`, `means …`, `is when …`, `: …`. */
const EXPLAINED_AFTER =
  /^\s*(?:\((?![\p{Lu}\d]{2,}s?\))[^)]*\s[^)]*\)|,?\s*(?:which |that |this )?(?:means|meaning|refers to|is when|is where|is what|is how|is the name for|is a way|is about|describes|stands for)\b|\s*[:–—]\s+\S|,\s*(?:or|that is)\s)/u;
/** Before the term: `… (co-production)`, `This is called`, `known as`. */
const EXPLAINED_BEFORE =
  /(?:\(\s*|\b(?:called|known as|we call (?:this|it)|the word for this is|by)\s+["“‘']?)$/iu;
/** A following sentence that explains: `This means …`, `It is when …`. */
const EXPLAINS_PREVIOUS =
  /^\s*["“‘']?(?:this|that|it|these|they)\s+(?:means?|is when|is where|is what|is how|is about|is a way|are people|is a person|is money|is help)\b/iu;

function explainedAt(input: BlockInput, start: number, end: number): boolean | 'next-block' {
  const { text, sentences } = input.text;
  const sentenceIndex = sentences.findIndex((s) => s.start <= start && end <= s.end);
  const sentence = sentences[sentenceIndex];
  const sentenceEnd = sentence?.end ?? text.length;
  const after = text.slice(end, sentenceEnd);
  if (EXPLAINED_AFTER.test(after)) return true;
  const before = text.slice(sentence?.start ?? 0, start);
  if (EXPLAINED_BEFORE.test(before)) {
    // `(co-production)` after an explanation, or `This is called co-production`.
    return before.trimEnd().endsWith('(') ? /\)/.test(after) : true;
  }
  const next = sentences[sentenceIndex + 1];
  if (next) return EXPLAINS_PREVIOUS.test(text.slice(next.start, next.end));
  return 'next-block';
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const CAPITALISED = /^\p{Lu}/u;
const NAME_LINKS = new Set(['of', 'for', 'and', '&']);

/**
 * "Head of Commissioning", "the Carers Centre", "Northshire Reablement
 * Team": a lower-case term written with capitals next to other capitalised
 * words is part of a name or job title, which the writer cannot change.
 * "We believe in Co-Production" is still flagged, and so are terms that are
 * names themselves ("Court of Protection").
 */
function isPartOfName(
  input: BlockInput,
  match: PhraseMatch<PhraseValue>,
  text: string,
  entry: GlossaryEntry,
): boolean {
  if (!TITLE_CASE.test(text) || CAPITALISED.test(entry.term)) return false;
  const { words, parts } = input.text;
  const index = words.findIndex((word) => word.start === match.start);
  if (index === -1) return false;
  const last = parts[match.lastPart];
  const next = words.find((word) => word.start >= match.end);
  if (last?.joinsNext && next && CAPITALISED.test(next.text)) return true;
  const previous = words[index - 1];
  const beforePrevious = words[index - 2];
  if (!previous || !isSameSentence(input, previous.start, match.start)) return false;
  if (CAPITALISED.test(previous.text) && !isSentenceStart(input, previous.start)) return true;
  return (
    NAME_LINKS.has(previous.text.toLowerCase()) &&
    !!beforePrevious &&
    CAPITALISED.test(beforePrevious.text)
  );
}

function isSameSentence(input: BlockInput, a: number, b: number): boolean {
  return input.text.sentences.some((s) => s.start <= a && b < s.end);
}

function isSentenceStart(input: BlockInput, offset: number): boolean {
  return input.text.sentences.some((s) => s.start === offset);
}

function entryFinding(entry: GlossaryEntry, base: Omit<RawFinding, 'entryId'>): RawFinding {
  const finding: RawFinding = { ...base, entryId: entry.id, definition: entry.definition };
  if (entry.easyRead.length > 0) finding.easyRead = [...entry.easyRead];
  if (entry.coProduced) finding.coProduced = true;
  return finding;
}

/** The message for a glossary finding; `first` is the best alternative, already fitted to the sentence. */
export function message(entry: GlossaryEntry, text: string, first: string | undefined): string {
  switch (entry.action) {
    case 'explain':
      return `Explain ${q(text)} the first time you use it: many readers will not know it.`;
    case 'rewrite':
      return first
        ? `${q(text)} is vague. Say what you mean, for example ${q(first)}.`
        : `${q(text)} is vague. Say what you actually mean.`;
    case 'respectful':
      return first
        ? `${q(text)} can sound disrespectful. Try ${q(first)}.`
        : `${q(text)} can sound disrespectful. Describe the person instead.`;
    default:
      return first
        ? `${q(text)} is jargon. Try ${q(first)}.`
        : `${q(text)} is jargon. Use a plainer word.`;
  }
}

export const glossaryTerm = defineRule<ExplainUse[]>({
  id: 'glossary-term',
  category: 'jargon',
  summary:
    'Social care jargon from the glossary, in any form (co-produced, commissioners, direct payments), with plain alternatives; terms with no good substitute are to be explained at first use.',
  source:
    'WCAG 2.2 SC 3.1.3 Unusual Words; GOV.UK content design; TLAP and LGA jargon lists (term choice)',
  block(input) {
    const findings: RawFinding[] = [];
    const explains: ExplainUse[] = [];
    for (const match of input.matches) {
      if (match.value.kind !== 'glossary') continue;
      const entry = match.value.entry;
      const text = input.text.text.slice(match.start, match.end);
      if (isPartOfName(input, match, text, entry)) continue;
      const suggestions = replacements(alternativeTexts(entry), text, match.inflection, entry.pos);
      if (entry.omitOk) suggestions.push({ kind: 'remove', text: '' });
      const finding = entryFinding(entry, {
        start: match.start,
        end: match.end,
        message: message(
          entry,
          text,
          suggestions[0]?.kind === 'replace' ? suggestions[0].text : undefined,
        ),
        severity: entry.severity,
        suggestions,
        category: entry.action === 'respectful' ? 'respectful' : 'jargon',
      });
      if (entry.action === 'explain') {
        finding.suggestions = [
          { kind: 'explain', text: explanation(entry.definition) },
          ...suggestions,
        ];
        explains.push({ entry, finding, explained: explainedAt(input, match.start, match.end) });
      } else {
        findings.push(finding);
      }
    }
    return { findings, data: explains };
  },
  document(blocks) {
    const out: { block: number; finding: RawFinding }[] = [];
    const state = new Map<string, 'explained' | 'flagged'>();
    blocks.forEach(({ data }, index) => {
      for (const use of data ?? []) {
        const seen = state.get(use.entry.id);
        if (seen === 'explained') continue;
        let explained = use.explained;
        if (explained === 'next-block') {
          const next = blocks[index + 1]?.input.text;
          const first = next?.sentences[0];
          explained = first
            ? EXPLAINS_PREVIOUS.test(next.text.slice(first.start, first.end))
            : false;
        }
        if (explained) {
          state.set(use.entry.id, 'explained');
          continue;
        }
        if (seen === 'flagged') {
          // Later uses of a term never explained: a light reminder, not a warning.
          // Made once per use: the use is cached with its paragraph.
          use.reminder ??= {
            ...use.finding,
            severity: 'suggestion',
            message: `You have not explained ${q(blocks[index]?.input.text.text.slice(use.finding.start, use.finding.end) ?? use.entry.term)} yet. Explain it the first time you use it.`,
          };
          out.push({ block: index, finding: use.reminder });
        } else {
          state.set(use.entry.id, 'flagged');
          out.push({ block: index, finding: use.finding });
        }
      }
    });
    return out;
  },
});
