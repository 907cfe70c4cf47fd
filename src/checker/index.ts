/**
 * Plainly's checking engine: `check(input, options) -> Report`.
 *
 * Pure TypeScript: no DOM, no extension APIs, no database (a lint rule keeps
 * it so). The same code runs in the CLI, the extension's background and
 * tests. A `Checker` compiles a glossary once and caches each block's
 * analysis, so checking a text again after one paragraph changes only
 * re-analyses that paragraph. Reports from one `Checker` may share finding
 * objects with earlier reports: treat them as read-only.
 */
import { BUILTIN_ENTRIES } from '../glossary/builtin';
import type { GlossaryEntry, Severity } from '../glossary/schema';
import { analyseText, type BlockText, type ReadText } from './analyse';
import {
  maskUrls,
  splitLong,
  toBlocks,
  toSourceEnd,
  toSourceStart,
  type Block,
  type BlockKind,
} from './blocks';
import {
  compileLists,
  usableEntries,
  type CompiledLists,
  type PhraseValue,
  type WordList,
} from './lists';
import { getProfile, type Profile } from './profiles';
import { countSentence, documentScores, UK_MODE } from './readability';
import { RULES } from './rules/index';
import { carePhrases, isAboutCare, needsCareTopic, type CarePhrase } from './topic';
import type { BlockInput, BlockResult, RawFinding, Rule } from './rules/rule';
import type { PhraseMatch } from '../glossary/matcher';
import {
  FINDING_CATEGORIES,
  type CheckOptions,
  type Finding,
  type FindingCategory,
  type Report,
  type Stats,
} from './types';

/** Every rule's word list, in registry order (an earlier list wins a shared phrase). */
const WORD_LISTS: readonly WordList[] = RULES.flatMap((rule) =>
  rule.wordList ? [{ rule: rule.id, items: rule.wordList }] : [],
);

/** Most paragraphs have no phrase that a word before it stopped, or that runs on from another: they share one empty list. */
const NONE_FOUND: readonly PhraseMatch<PhraseValue>[] = [];
export type * from './types';
export type { BlockKind } from './blocks';
export { PROFILES, getProfile } from './profiles';
export { RULES } from './rules/index';

interface BlockAnalysis {
  input: Omit<BlockInput, 'block'>;
  words: number;
  syllables: number;
}

/** One rule's finding in a block, with the rule's place in the registry. */
interface Ranked {
  rule: number;
  raw: RawFinding;
}

interface BlockRuleResults {
  /** Each rule's result, in registry order. */
  perRule: BlockResult<unknown>[];
  /** All rules' findings in the block, sorted by where they start. */
  sorted: Ranked[];
  /** The findings last reported for this paragraph, and where it was then. */
  output?: {
    base: number;
    line: number;
    extra: RawFinding[];
    /** Whether the document was about care (src/checker/topic.ts). */
    aboutCare: boolean;
    findings: Finding[];
  };
}

/** What is remembered about one paragraph's text. */
interface CachedBlock {
  analysis: BlockAnalysis;
  /** Rule results by profile and block kind. */
  results: Map<string, BlockRuleResults>;
  /** The care phrases it uses (src/checker/topic.ts), once they are asked for. */
  carePhrases?: CarePhrase[];
}

/** The result of a rule that is off: shared by every paragraph, and never changed. */
const NO_RESULT: BlockResult<unknown> = { findings: [] };

/** At most this many paragraphs are remembered unless a Checker says otherwise; the oldest are forgotten first. */
const CACHE_LIMIT = 20_000;

const byPosition = (a: Ranked, b: Ranked) =>
  a.raw.start - b.raw.start || a.rule - b.rule || a.raw.end - b.raw.end;

/**
 * The ids every block's rules gave under `key`: the glossary terms used,
 * flagged or not (explained, ignored, not jargon for these readers), which
 * "words we used" is made from; or the other signs of care (src/checker/topic.ts).
 */
function idsUsed(results: readonly BlockRuleResults[], key: 'terms' | 'careSigns'): Set<string> {
  const ids = new Set<string>();
  for (const result of results) {
    for (const ruleResult of result.perRule) {
      for (const id of ruleResult[key] ?? []) ids.add(id);
    }
  }
  return ids;
}

/**
 * Takes out of `terms` each glossary term used only by a short form that the
 * text spells out in other words: on a parking page, "penalty charge notice
 * (PCN)", then "pay a PCN", is no primary care network, nor a sign of care.
 */
function withoutOtherShortForms(results: readonly BlockRuleResults[], terms: Set<string>): void {
  const spelledOut = new Set<string>();
  for (const result of results) {
    for (const ruleResult of result.perRule) {
      for (const form of ruleResult.shortForms?.spelledOut ?? []) spelledOut.add(form);
    }
  }
  if (spelledOut.size === 0) return;
  // Per term, its uses less those by a short form spelled out otherwise.
  const left = new Map<string, number>();
  for (const result of results) {
    for (const ruleResult of result.perRule) {
      for (const id of ruleResult.terms ?? []) left.set(id, (left.get(id) ?? 0) + 1);
      for (const { id, form } of ruleResult.shortForms?.uses ?? []) {
        if (spelledOut.has(form)) left.set(id, (left.get(id) ?? 0) - 1);
      }
    }
  }
  for (const [id, count] of left) if (count <= 0) terms.delete(id);
}

/** Where the glossary's phrases were found in a paragraph, with their entries' ids. */
function glossarySpans(
  matches: readonly PhraseMatch<PhraseValue>[],
): { start: number; end: number; id: string }[] {
  const spans: { start: number; end: number; id: string }[] = [];
  for (const match of matches) {
    const value = match.value;
    if (value.kind === 'glossary')
      spans.push({ start: match.start, end: match.end, id: value.entry.id });
  }
  return spans;
}

/** A block of a document already split up: its kind and where it is in the text. */
export interface InputBlock {
  kind: BlockKind;
  start: number;
  end: number;
}

export interface BlockCheckOptions extends Omit<CheckOptions, 'glossary' | 'includeProposed'> {
  /** The line and column (1-based) in the source file of an offset in the text. */
  position?: (offset: number) => { line: number; column: number };
}

/** Where offsets are, in lines and columns: counted in the text, or given by the caller. */
interface Positions {
  at(offset: number): { line: number; column: number };
  /** Counted in the text itself (so a paragraph that moved can reuse its findings). */
  own: boolean;
}

export interface CheckerOptions {
  /** Entries to use; default the built-in glossary. */
  glossary?: readonly GlossaryEntry[];
  /** Use proposed entries as well as approved ones (default false). */
  includeProposed?: boolean;
  /**
   * How many paragraphs to remember (default 20,000). The command line,
   * which checks each file once, remembers fewer, so a worker that checks
   * a thousand files holds half the memory.
   */
  cacheLimit?: number;
}

export class Checker {
  readonly lists: CompiledLists;
  private readonly cache = new Map<string, CachedBlock>();
  private readonly cacheLimit: number;

  constructor(options: CheckerOptions = {}) {
    const entries = options.glossary ?? BUILTIN_ENTRIES;
    this.lists = compileLists(usableEntries(entries, options.includeProposed), WORD_LISTS);
    this.cacheLimit = Math.max(1, options.cacheLimit ?? CACHE_LIMIT);
  }

  /**
   * Forgets the paragraphs it remembers, and keeps its compiled glossary:
   * the next check reads every paragraph afresh, as a check of a new
   * document would. Frees their memory too.
   */
  forget(): void {
    this.cache.clear();
  }

  /**
   * Checks plain text, Markdown or HTML, read into blocks here. Offsets,
   * lines and columns are the input's own.
   */
  check(input: string, options: Omit<CheckOptions, 'glossary' | 'includeProposed'> = {}): Report {
    return this.run(input, toBlocks(input, options.format ?? 'auto'), options);
  }

  /**
   * Checks a document that is already split into blocks (a `DocumentModel`'s
   * text and blocks): each block is checked as its kind says (a heading is
   * never a hard sentence, and never explains a term), and offsets are into
   * `text`. `position` gives a finding's line and column in the file the
   * text came from; without it they are counted in `text`.
   */
  checkBlocks(
    text: string,
    blocks: readonly InputBlock[],
    options: BlockCheckOptions = {},
  ): Report {
    const made: Block[] = [];
    for (const block of blocks) {
      const piece: Block = {
        kind: block.kind,
        text: maskUrls(text.slice(block.start, block.end)),
        map: null,
        base: block.start,
        sourceEnd: block.end,
      };
      for (const part of splitLong(piece)) made.push(part);
    }
    return this.run(text, made, options);
  }

  /**
   * Checks the blocks: each block's rules (kept with its text), then the
   * whole-document passes, then every finding in order, less those of rules
   * turned off and of words to ignore.
   */
  private run(input: string, blocks: readonly Block[], options: BlockCheckOptions = {}): Report {
    const profile = getProfile(options.profile);
    const enabled = RULES.map(
      (rule) => profile.rules[rule.id] !== undefined && !options.disable?.includes(rule.id),
    );
    const inputs: BlockInput[] = [];
    const results: BlockRuleResults[] = [];
    const read: CachedBlock[] = [];
    let words = 0;
    let syllables = 0;
    let sentences = 0;
    for (const block of blocks) {
      const cached = this.cached(block.text);
      read.push(cached);
      const blockInput: BlockInput = { ...cached.analysis.input, block };
      inputs.push(blockInput);
      words += cached.analysis.words;
      syllables += cached.analysis.syllables;
      sentences += cached.analysis.input.text.sentences.length;
      const key = `${profile.name}:${block.kind}`;
      let result = cached.results.get(key);
      if (!result) {
        result = this.runRules(blockInput, profile);
        cached.results.set(key, result);
      }
      results.push(result);
    }

    const documentFindings = this.documentPasses(blocks, inputs, results, enabled, profile);

    const ignore = new Set((options.ignoreWords ?? []).map((word) => word.toLowerCase()));
    const disabled = new Set(options.disable ?? []);
    const lines: Positions = options.position
      ? { at: options.position, own: false }
      : Object.assign(new LineFinder(input), { own: true });
    const findings: Finding[] = [];
    const glossaryTerms = idsUsed(results, 'terms');
    withoutOtherShortForms(results, glossaryTerms);
    // Words that are everyday English as well as jargon need the rest of a longer text to be about care.
    const careSigns = idsUsed(results, 'careSigns');
    const aboutCare = isAboutCare(words, glossaryTerms, careSigns, this.lists.entries, () =>
      read.flatMap(
        (cached) =>
          (cached.carePhrases ??= carePhrases(
            cached.analysis.input.text.words,
            glossarySpans(cached.analysis.input.matches),
          )),
      ),
    );
    // On a page that is not about care, an everyday word's findings are left
    // out, and so is the word from "words we used", even where the words
    // around it fit its care sense ("review our incident plan").
    if (!aboutCare) {
      for (const id of glossaryTerms) {
        if (needsCareTopic(this.lists.entries.get(id))) glossaryTerms.delete(id);
      }
    }
    const keep = (finding: Finding) => {
      if (disabled.size > 0 && disabled.has(finding.ruleId)) return;
      // A finding may take in the "a" or "an" before the word ("an individual").
      if (ignore.size > 0 && ignore.has(finding.text.toLowerCase().replace(/^an?\s+/, ''))) {
        return;
      }
      findings.push(finding);
    };
    blocks.forEach((block, index) => {
      const result = results[index] as BlockRuleResults;
      const extra = (documentFindings[index] as Ranked[]).sort(byPosition);
      for (const finding of this.blockFindings(input, block, lines, result, extra, aboutCare)) {
        keep(finding);
      }
    });
    return {
      profile: profile.name,
      findings,
      stats: this.stats(findings, profile, words, sentences, syllables, [...glossaryTerms]),
    };
  }

  /**
   * The whole-document passes (first use of a term or abbreviation): each
   * enabled rule that has one reads every block's data, in order. Gives each
   * block's extra findings, not yet in order.
   */
  private documentPasses(
    blocks: readonly Block[],
    inputs: readonly BlockInput[],
    results: readonly BlockRuleResults[],
    enabled: readonly boolean[],
    profile: Profile,
  ): Ranked[][] {
    const documentFindings: Ranked[][] = blocks.map(() => []);
    RULES.forEach((rule, index) => {
      if (!enabled[index] || !rule.document) return;
      const context = { profile, severity: profile.rules[rule.id] as Severity, lists: this.lists };
      const data = inputs.map((blockInput, block) => ({
        input: blockInput,
        data: results[block]?.perRule[index]?.data as never,
      }));
      for (const { block, finding } of rule.document(data, context)) {
        documentFindings[block]?.push({ rule: index, raw: finding });
      }
    });
    return documentFindings;
  }

  /**
   * One paragraph's report findings, its own and the whole-document ones
   * (`extra`, in order). A plain-text paragraph whose findings are the same
   * as last time (same text, same whole-document findings) reuses them,
   * moved by however far the paragraph moved: a keystroke rebuilds one
   * paragraph's findings.
   */
  private blockFindings(
    input: string,
    block: Block,
    lines: Positions,
    result: BlockRuleResults,
    extra: readonly Ranked[],
    aboutCare: boolean,
  ): Finding[] {
    const at = block.map || !lines.own ? undefined : lines.at(block.base);
    if (at?.column !== 1) return this.merge(input, block, lines, result.sorted, extra, aboutCare);
    const moved = this.moved(result, block.base, at.line, extra, aboutCare);
    if (moved) return moved;
    const findings = this.merge(input, block, lines, result.sorted, extra, aboutCare);
    result.output = {
      base: block.base,
      line: at.line,
      extra: extra.map((ranked) => ranked.raw),
      aboutCare,
      findings,
    };
    return findings;
  }

  /**
   * Turns a paragraph's findings, its own and the whole-document ones, into
   * report findings in order; those that need a care topic only when the
   * document is about care.
   */
  private merge(
    input: string,
    block: Block,
    lines: Positions,
    own: readonly Ranked[],
    extra: readonly Ranked[],
    aboutCare: boolean,
  ): Finding[] {
    const out: Finding[] = [];
    // Both lists are in order: merge them rather than sort them again.
    let i = 0;
    let j = 0;
    while (i < own.length || j < extra.length) {
      const next =
        j >= extra.length ||
        (i < own.length && byPosition(own[i] as Ranked, extra[j] as Ranked) <= 0)
          ? (own[i++] as Ranked)
          : (extra[j++] as Ranked);
      if (!aboutCare && next.raw.needsCareTopic === true) continue;
      out.push(this.toFinding(input, block, lines, next.rule, next.raw));
    }
    return out;
  }

  /**
   * Last check's findings for a paragraph, as they are now: the same objects
   * if it has not moved, or copies moved by the distance it moved. Undefined
   * when its whole-document findings changed, or whether the document is about care.
   */
  private moved(
    result: BlockRuleResults,
    base: number,
    line: number,
    extra: readonly Ranked[],
    aboutCare: boolean,
  ): Finding[] | undefined {
    const last = result.output;
    if (!last || last.aboutCare !== aboutCare || last.extra.length !== extra.length) {
      return undefined;
    }
    if (last.extra.some((raw, i) => raw !== extra[i]?.raw)) return undefined;
    if (last.base === base && last.line === line) return last.findings;
    const shift = base - last.base;
    const lines = line - last.line;
    const findings = last.findings.map((finding) => ({
      ...finding,
      start: finding.start + shift,
      end: finding.end + shift,
      line: finding.line + lines,
    }));
    result.output = { base, line, extra: last.extra, aboutCare, findings };
    return findings;
  }

  private cached(text: string): CachedBlock {
    let cached = this.cache.get(text);
    if (!cached) {
      if (this.cache.size >= this.cacheLimit) {
        const oldest = this.cache.keys().next().value;
        if (oldest !== undefined) this.cache.delete(oldest);
      }
      cached = { analysis: this.analyse(text), results: new Map() };
      this.cache.set(text, cached);
    }
    return cached;
  }

  private runRules(input: BlockInput, profile: Profile): BlockRuleResults {
    const perRule = RULES.map((rule) => this.runBlock(rule, input, profile));
    const sorted: Ranked[] = [];
    perRule.forEach((result, rule) => {
      for (const raw of result.findings) sorted.push({ rule, raw });
    });
    sorted.sort(byPosition);
    return { perRule, sorted };
  }

  private toFinding(
    input: string,
    block: Block,
    lines: Positions,
    rule: number,
    raw: RawFinding,
  ): Finding {
    let start: number;
    let end: number;
    let text: string;
    if (block.map) {
      start = toSourceStart(block, raw.start);
      end = toSourceEnd(block, raw.end, input);
      text = input.slice(start, end);
    } else {
      // Plain text maps one to one: the block's own slice is the input's.
      start = block.base + raw.start;
      end = block.base + raw.end;
      text = raw.text ??= block.text.slice(raw.start, raw.end);
    }
    const { line, column } = lines.at(start);
    const definition = RULES[rule] as Rule;
    const finding: Finding = {
      ruleId: definition.id,
      category: raw.category ?? definition.category,
      severity: raw.severity,
      message: raw.message,
      text,
      start,
      end,
      line,
      column,
      suggestions: raw.suggestions,
    };
    if (raw.entryId !== undefined) finding.entryId = raw.entryId;
    if (raw.definition !== undefined) finding.definition = raw.definition;
    if (raw.advice !== undefined) finding.advice = raw.advice;
    if (raw.easyRead !== undefined) finding.easyRead = raw.easyRead;
    if (raw.coProduced) finding.coProduced = true;
    return finding;
  }

  private analyse(text: string): BlockAnalysis {
    const parsed: BlockText = analyseText(text);
    const stopped: PhraseMatch<PhraseValue>[] = [];
    const overlapping: PhraseMatch<PhraseValue>[] = [];
    const matches = this.lists.matcher.match(parsed.parts, stopped, overlapping);
    let syllables = 0;
    const texts = parsed.words.map((word) => word.text);
    const sentenceCounts = parsed.sentences.map((sentence) => {
      const counts = countSentence(texts, UK_MODE, sentence.firstWord, sentence.endWord);
      syllables += counts.syllable;
      return counts;
    });
    // The word pieces are for the matcher only: not kept with the paragraph.
    const kept: ReadText = { text: parsed.text, words: parsed.words, sentences: parsed.sentences };
    return {
      input: {
        text: kept,
        matches,
        stoppedByWordBefore: stopped.length === 0 ? NONE_FOUND : stopped,
        runningOn: overlapping.length === 0 ? NONE_FOUND : overlapping,
        sentenceCounts,
        ageCache: [],
        tagCache: [],
        proseCache: [],
      },
      words: parsed.words.length,
      syllables,
    };
  }

  private runBlock(rule: Rule, input: BlockInput, profile: Profile): BlockResult<unknown> {
    const severity = profile.rules[rule.id];
    if (severity === undefined) return NO_RESULT;
    return rule.block(input, { profile, severity, lists: this.lists });
  }

  private stats(
    findings: readonly Finding[],
    profile: Profile,
    words: number,
    sentences: number,
    syllables: number,
    glossaryTerms: string[],
  ): Stats {
    const byCategory = Object.fromEntries(FINDING_CATEGORIES.map((c) => [c, 0])) as Record<
      FindingCategory,
      number
    >;
    const bySeverity: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
    for (const finding of findings) {
      byCategory[finding.category]++;
      bySeverity[finding.severity]++;
    }
    const scores = documentScores(words, sentences, syllables);
    return {
      words,
      sentences,
      averageSentenceLength: sentences === 0 ? 0 : Math.round((words / sentences) * 10) / 10,
      ...scores,
      targetReadingAge: profile.targetReadingAge,
      byCategory,
      bySeverity,
      glossaryTerms,
    };
  }
}

/**
 * Line and column of offsets in the input. Findings come in order, so a
 * cursor that only moves forward finds each line in constant time; an offset
 * behind the cursor falls back to a binary search.
 */
class LineFinder {
  private readonly starts: number[] = [0];
  private cursor = 0;

  constructor(input: string) {
    const starts = this.starts;
    if (!input.includes('\r')) {
      // The common case, with the native search doing the scanning.
      for (let at = input.indexOf('\n'); at !== -1; at = input.indexOf('\n', at + 1)) {
        starts.push(at + 1);
      }
      return;
    }
    for (let i = 0; i < input.length; i++) {
      const code = input.charCodeAt(i);
      if (code === 10) starts.push(i + 1);
      else if (code === 13) {
        if (input.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
  }

  at(offset: number): { line: number; column: number } {
    const starts = this.starts;
    if (offset < (starts[this.cursor] as number)) {
      let low = 0;
      let high = this.cursor;
      while (low < high) {
        const mid = (low + high + 1) >>> 1;
        if ((starts[mid] as number) <= offset) low = mid;
        else high = mid - 1;
      }
      this.cursor = low;
    }
    while (this.cursor + 1 < starts.length && (starts[this.cursor + 1] as number) <= offset) {
      this.cursor++;
    }
    return { line: this.cursor + 1, column: offset - (starts[this.cursor] as number) + 1 };
  }
}

const checkers = new WeakMap<readonly GlossaryEntry[], Checker[]>();
let builtinChecker: Checker | undefined;

function checkerFor(options: CheckOptions): Checker {
  const includeProposed = options.includeProposed === true;
  if (!options.glossary) {
    if (!includeProposed) return (builtinChecker ??= new Checker());
  }
  const glossary = options.glossary ?? BUILTIN_ENTRIES;
  const pair = checkers.get(glossary) ?? [];
  const index = includeProposed ? 1 : 0;
  let checker = pair[index];
  if (!checker) {
    checker = new Checker({ glossary, includeProposed });
    pair[index] = checker;
    checkers.set(glossary, pair);
  }
  return checker;
}

/**
 * Checks plain text, Markdown or HTML. The compiled glossary and each
 * paragraph's analysis are kept between calls with the same glossary array.
 */
export function check(input: string, options: CheckOptions = {}): Report {
  return checkerFor(options).check(input, options);
}
