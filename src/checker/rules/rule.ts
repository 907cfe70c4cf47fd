/**
 * The shape of a rule. A rule looks at one block at a time (results are
 * cached per block, so a keystroke re-runs rules on the changed paragraph
 * only); rules that need the whole document (first use of a term or an
 * abbreviation) also return per-block data and finish in `document`.
 *
 * Rules return plain records, not VFile messages: each message captures a
 * stack trace, which costs more than the check itself (docs/decisions.md).
 */
import type { BlockInput } from '../input';
import type { CompiledLists } from '../lists';
import type { Profile } from '../profiles';
import type { WordListEntry } from '../../glossary/schema';
import type { FindingCategory, ProfileName, Severity, Suggestion } from '../types';

/** A finding with offsets relative to its block. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  severity: Severity;
  suggestions: Suggestion[];
  category?: FindingCategory;
  entryId?: string;
  definition?: string;
  advice?: string;
  easyRead?: string[];
  coProduced?: boolean;
  /**
   * A finding the words around it do not make sure of, or on a word that is
   * everyday English as well as care jargon: in a longer text it stands only
   * when the text is about care (src/checker/topic.ts).
   */
  needsCareTopic?: boolean;
  /** Filled in by the checker: the flagged text, kept so it is sliced once. */
  text?: string;
}

export type { BlockInput } from '../input';

export interface RuleContext {
  profile: Profile;
  /** This rule's severity in the profile. */
  severity: Severity;
  lists: CompiledLists;
}

export interface BlockResult<D> {
  findings: RawFinding[];
  data?: D;
  /**
   * Ids of the glossary terms used in the block in their jargon sense, in
   * order, whether or not they are flagged here (for "words we used").
   */
  terms?: string[];
  /**
   * Signs that the text is about care besides `terms` (src/checker/topic.ts):
   * ids of terms in a name ("the Brokerage Team"), which are not flagged there.
   */
  careSigns?: string[];
  /**
   * Uses of a glossary term by its short form in capitals ("PCN"), each also
   * in `terms`, and the short forms the block spells out in other words
   * ("penalty charge notice (PCN)"): on a page that does, the short form
   * is not the glossary's ("primary care network").
   */
  shortForms?: { uses: { id: string; form: string }[]; spelledOut: string[] };
}

export interface DocumentFinding {
  block: number;
  finding: RawFinding;
}

/**
 * One of a rule's examples, checked with the built-in glossary by
 * test/checker/rules/examples.test.ts and printed in the README's catalogue.
 */
export interface RuleExample {
  text: string;
  /** The writing style it is checked in: `plain` unless given. */
  profile?: ProfileName;
  /** Every finding of this rule, in order; none for text the rule leaves alone. */
  findings: readonly ExampleFinding[];
}

export interface ExampleFinding {
  /** The words the finding is on: their first place in the text (or the `nth`, from 0). */
  on: string;
  nth?: number;
  message: string;
  /** The whole text with the finding's first suggestion applied; left out when it has none. */
  fixed?: string;
}

export interface Rule<D = unknown> {
  id: string;
  category: FindingCategory;
  /** One line for the README's rule catalogue. */
  summary: string;
  /** Where the rule and its numbers come from. */
  source: string;
  /** What it finds and what it leaves alone: at least one of each. */
  examples: readonly RuleExample[];
  /**
   * The rule's own word list, when it has one: its phrases are found with
   * the glossary's (one pass over the text), and the rule reads its matches
   * with `wordListFindings` (word-list.ts).
   */
  wordList?: readonly WordListEntry[];
  block(input: BlockInput, context: RuleContext): BlockResult<D>;
  /** Whole-document pass over every block's data, in order. */
  document?(
    blocks: readonly { input: BlockInput; data: D | undefined }[],
    context: RuleContext,
  ): DocumentFinding[];
}

export function defineRule<D>(rule: Rule<D>): Rule<D> {
  return rule;
}
