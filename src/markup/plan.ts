/**
 * Which findings go into the Word file, and how: a tracked change for each
 * suggested replacement, a comment for everything else (one per term or
 * abbreviation however often it is used, one per sentence, one per
 * accessibility problem).
 */
import type { AccessFinding } from '../accessibility/types';
import type { Finding, ProfileName } from '../checker/types';
import type { DocumentModel } from '../documents/model';

/** The kinds of finding a reviewer can choose to include. */
export const SUGGESTION_KINDS = [
  'replacements',
  'explanations',
  'sentences',
  'abbreviations',
  'accessibility',
  'advice',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** What each kind means, for help texts. */
export const KIND_DESCRIPTIONS: Readonly<Record<SuggestionKind, string>> = {
  replacements: 'plainer words, as tracked changes',
  explanations: 'what a term means, as a comment where it is first used',
  sentences: 'hard, long and passive sentences, as comments',
  abbreviations: 'abbreviations to write out, as comments',
  accessibility: 'accessibility problems, as comments',
  advice: 'other advice on words with no plainer swap, as comments',
};

/** The parts of a review the marking up needs (a `DocumentReview` has them all). */
export interface MarkupReview {
  document: DocumentModel;
  report: { profile: ProfileName; findings: readonly Finding[] };
  accessibility: readonly AccessFinding[];
}

/** A replacement: delete `from` and insert `to`. */
export interface ChangePlan {
  type: 'change';
  start: number;
  end: number;
  from: string;
  to: string;
  /** The finding's message, used for a comment if the change cannot be made in place. */
  message: string;
}

/** A comment on the model's text `start`–`end`; `wholeDocument` comments go on the first paragraph. */
export interface CommentPlan {
  type: 'comment';
  kind: SuggestionKind;
  start: number;
  end: number;
  wholeDocument?: boolean;
  /** The comment's paragraphs. */
  paragraphs: string[];
}

const SENTENCE_RULES = new Set(['hard-sentence', 'long-sentence', 'passive-voice']);

function quote(text: string): string {
  return `“${text}”`;
}

function usedTimes(count: number): string[] {
  return count > 1 ? [`Used ${count} times in this paper.`] : [];
}

/** Groups items by key, keeping the order each key was first seen. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

export function planMarkup(
  review: MarkupReview,
  include: ReadonlySet<SuggestionKind>,
): { changes: ChangePlan[]; comments: CommentPlan[] } {
  const changes: ChangePlan[] = [];
  const explanations: Finding[] = [];
  const abbreviations: Finding[] = [];
  const sentences: Finding[] = [];
  const advice: Finding[] = [];
  for (const finding of review.report.findings) {
    // Capitals are in the accessibility list too, with their source.
    if (finding.ruleId === 'all-caps') continue;
    if (finding.suggestions[0]?.kind === 'explain') {
      explanations.push(finding);
    } else if (finding.ruleId === 'acronym') {
      abbreviations.push(finding);
    } else if (SENTENCE_RULES.has(finding.ruleId)) {
      sentences.push(finding);
    } else {
      const replace = finding.suggestions.find((s) => s.kind === 'replace');
      if (replace && replace.text !== finding.text) {
        changes.push({
          type: 'change',
          start: finding.start,
          end: finding.end,
          from: finding.text,
          to: replace.text,
          message: finding.message,
        });
      } else {
        advice.push(finding);
      }
    }
  }
  const comments: CommentPlan[] = [];
  const profile = review.report.profile;
  if (include.has('explanations')) {
    for (const uses of groupBy(explanations, (f) => f.entryId ?? f.text.toLowerCase())) {
      const first = uses[0] as Finding;
      const paragraphs = [first.message];
      if (first.definition) paragraphs.push(`What it means: ${first.definition}`);
      if (profile === 'easy-read' && first.easyRead && first.easyRead.length > 0) {
        paragraphs.push(`In easy read: ${first.easyRead.join(' ')}`);
      }
      comments.push(comment('explanations', first, [...paragraphs, ...usedTimes(uses.length)]));
    }
  }
  if (include.has('abbreviations')) {
    for (const uses of groupBy(abbreviations, (f) => f.text.toUpperCase())) {
      const first = uses[0] as Finding;
      const paragraphs = [first.message];
      const written = first.suggestions.find((s) => s.kind === 'replace');
      // The rule's message often says it already ("It means …"): say it once.
      if (written && !first.message.includes(quote(written.text)))
        paragraphs.push(`Written out: ${quote(written.text)}.`);
      if (first.definition) paragraphs.push(`What it means: ${first.definition}`);
      comments.push(comment('abbreviations', first, [...paragraphs, ...usedTimes(uses.length)]));
    }
  }
  if (include.has('sentences')) {
    for (const same of groupBy(sentences, (f) => `${f.start}:${f.end}`)) {
      comments.push(
        comment(
          'sentences',
          same[0] as Finding,
          same.map((f) => f.message),
        ),
      );
    }
  }
  if (include.has('advice')) {
    for (const uses of groupBy(advice, (f) => `${f.ruleId}:${f.entryId ?? f.text.toLowerCase()}`)) {
      const first = uses[0] as Finding;
      comments.push(comment('advice', first, [first.message, ...usedTimes(uses.length)]));
    }
  }
  if (include.has('accessibility')) {
    const whole = review.accessibility.filter((f) => f.start === f.end);
    if (whole.length > 0) {
      comments.push({
        type: 'comment',
        kind: 'accessibility',
        start: 0,
        end: 0,
        wholeDocument: true,
        paragraphs: ['About the whole paper:', ...whole.flatMap(withSource)],
      });
    }
    const placed = review.accessibility.filter((f) => f.start !== f.end);
    for (const same of groupBy(placed, (f) => `${f.start}:${f.end}`)) {
      const first = same[0] as AccessFinding;
      comments.push({
        type: 'comment',
        kind: 'accessibility',
        start: first.start,
        end: first.end,
        paragraphs: same.flatMap(withSource),
      });
    }
  }
  return {
    changes: include.has('replacements') ? changes : [],
    comments: comments.sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

function withSource(finding: AccessFinding): string[] {
  return [finding.message, `Source: ${finding.source}`];
}

function comment(kind: SuggestionKind, finding: Finding, paragraphs: string[]): CommentPlan {
  return { type: 'comment', kind, start: finding.start, end: finding.end, paragraphs };
}
