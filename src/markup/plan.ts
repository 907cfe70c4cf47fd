/**
 * Which findings go into the Word file, and how: a tracked change for each
 * suggested replacement, a comment for everything else (one per term or
 * abbreviation however often it is used, one per sentence, one per
 * accessibility problem).
 */
import type { AccessFinding } from '../accessibility/types';
import type { Finding, ProfileName } from '../checker/types';
import type { DocumentModel } from '../documents/model';
import { ADVICE_LABEL, adviceToShow } from '../report/labels';

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

/** The engine's findings, sorted by what the marking up does with them. */
interface SortedFindings {
  /** Replacements, as tracked changes. */
  changes: ChangePlan[];
  /** Terms to explain where they are first used. */
  explanations: Finding[];
  /** Abbreviations to write out. */
  abbreviations: Finding[];
  /** Hard, long and passive sentences. */
  sentences: Finding[];
  /** Other advice on words with no plainer swap. */
  advice: Finding[];
}

/** Sorts the findings in one pass, leaving out capitals (they are in the accessibility list too, with their source). */
function sortFindings(findings: readonly Finding[]): SortedFindings {
  const sorted: SortedFindings = {
    changes: [],
    explanations: [],
    abbreviations: [],
    sentences: [],
    advice: [],
  };
  for (const finding of findings) {
    if (finding.ruleId === 'all-caps') continue;
    if (finding.suggestions[0]?.kind === 'explain') {
      sorted.explanations.push(finding);
    } else if (finding.ruleId === 'acronym') {
      sorted.abbreviations.push(finding);
    } else if (SENTENCE_RULES.has(finding.ruleId)) {
      sorted.sentences.push(finding);
    } else {
      const replace = finding.suggestions.find((s) => s.kind === 'replace');
      if (replace && replace.text !== finding.text) {
        sorted.changes.push({
          type: 'change',
          start: finding.start,
          end: finding.end,
          from: finding.text,
          to: replace.text,
          message: finding.message,
        });
      } else {
        sorted.advice.push(finding);
      }
    }
  }
  return sorted;
}

/** What each kind of comment is made from: the sorted findings, the writing style and the accessibility findings. */
interface PlanInput extends SortedFindings {
  profile: ProfileName;
  accessibility: readonly AccessFinding[];
}

/** One comment per term where it is first used: what it means, and in easy read its easy read words. */
function explanationComments({ explanations, profile }: PlanInput): CommentPlan[] {
  return groupBy(explanations, (f) => f.entryId ?? f.text.toLowerCase()).map((uses) => {
    const first = uses[0] as Finding;
    const paragraphs = [first.message, ...tip(first)];
    if (first.definition) paragraphs.push(`What it means: ${first.definition}`);
    if (profile === 'easy-read' && first.easyRead && first.easyRead.length > 0) {
      paragraphs.push(`In easy read: ${first.easyRead.join(' ')}`);
    }
    return comment('explanations', first, [...paragraphs, ...usedTimes(uses.length)]);
  });
}

/** The glossary's advice for the writer, as a paragraph of a comment. */
function tip(finding: Finding): string[] {
  const advice = adviceToShow(finding);
  return advice !== undefined ? [`${ADVICE_LABEL} ${advice}`] : [];
}

/** One comment per abbreviation where it is first used: written out, and what it means. */
function abbreviationComments({ abbreviations }: PlanInput): CommentPlan[] {
  return groupBy(abbreviations, (f) => f.text.toUpperCase()).map((uses) => {
    const first = uses[0] as Finding;
    const paragraphs = [first.message, ...tip(first)];
    const written = first.suggestions.find((s) => s.kind === 'replace');
    // The rule's message often says it already ("It means …"): say it once.
    if (written && !first.message.includes(quote(written.text)))
      paragraphs.push(`Written out: ${quote(written.text)}.`);
    if (first.definition) paragraphs.push(`What it means: ${first.definition}`);
    return comment('abbreviations', first, [...paragraphs, ...usedTimes(uses.length)]);
  });
}

/** One comment per sentence, with every finding on it. */
function sentenceComments({ sentences }: PlanInput): CommentPlan[] {
  return groupBy(sentences, (f) => `${f.start}:${f.end}`).map((same) =>
    comment(
      'sentences',
      same[0] as Finding,
      same.map((f) => f.message),
    ),
  );
}

/** One comment per rule and word where it is first used. */
function adviceComments({ advice }: PlanInput): CommentPlan[] {
  return groupBy(advice, (f) => `${f.ruleId}:${f.entryId ?? f.text.toLowerCase()}`).map((uses) => {
    const first = uses[0] as Finding;
    return comment('advice', first, [first.message, ...tip(first), ...usedTimes(uses.length)]);
  });
}

/**
 * One comment about the whole paper for the problems that have no place,
 * then one per place with every problem there, each with its source.
 */
function accessibilityComments({ accessibility }: PlanInput): CommentPlan[] {
  const comments: CommentPlan[] = [];
  const whole = accessibility.filter((f) => f.start === f.end);
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
  const placed = accessibility.filter((f) => f.start !== f.end);
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
  return comments;
}

/** The comments of each kind, in the order they are made (which orders comments on the same words). */
const COMMENT_KINDS: readonly (readonly [SuggestionKind, (input: PlanInput) => CommentPlan[]])[] = [
  ['explanations', explanationComments],
  ['abbreviations', abbreviationComments],
  ['sentences', sentenceComments],
  ['advice', adviceComments],
  ['accessibility', accessibilityComments],
];

/** The tracked changes and the comments, in document order, for the kinds the reviewer chose. */
export function planMarkup(
  review: MarkupReview,
  include: ReadonlySet<SuggestionKind>,
): { changes: ChangePlan[]; comments: CommentPlan[] } {
  const input: PlanInput = {
    ...sortFindings(review.report.findings),
    profile: review.report.profile,
    accessibility: review.accessibility,
  };
  const comments = COMMENT_KINDS.filter(([kind]) => include.has(kind)).flatMap(([, make]) =>
    make(input),
  );
  return {
    changes: include.has('replacements') ? input.changes : [],
    comments: comments.sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

function withSource(finding: AccessFinding): string[] {
  return [finding.message, `Source: ${finding.source}`];
}

function comment(kind: SuggestionKind, finding: Finding, paragraphs: string[]): CommentPlan {
  return { type: 'comment', kind, start: finding.start, end: finding.end, paragraphs };
}
