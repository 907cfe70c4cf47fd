/**
 * Plainly's checking engine: `check(input, options) -> Report`.
 *
 * Pure TypeScript: no DOM, no extension APIs, no database (a lint rule keeps
 * it so). The same code runs in the CLI, the extension's background and
 * tests. A `Checker` compiles a glossary once and caches each block's
 * analysis, so checking a text again after one paragraph changes only
 * re-analyses that paragraph.
 */
import { BUILTIN_ENTRIES } from '../glossary/builtin';
import type { GlossaryEntry, Severity } from '../glossary/schema';
import { analyseText, type BlockText } from './analyse';
import { toBlocks, toSourceEnd, toSourceStart, type Block } from './blocks';
import { compileLists, usableEntries, type CompiledLists, type PhraseValue } from './lists';
import { getProfile, type Profile } from './profiles';
import { countSentence, documentScores, formulaAges } from './readability';
import { RULES } from './rules/index';
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

export type * from './types';
export { PROFILES, getProfile } from './profiles';
export { RULES } from './rules/index';

interface BlockAnalysis {
  input: Omit<BlockInput, 'block'>;
  words: number;
  syllables: number;
}

type ProfileResults = BlockResult<unknown>[];

/** At most this many paragraphs are remembered; the oldest are forgotten first. */
const CACHE_LIMIT = 20_000;

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= CACHE_LIMIT) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(key, value);
  }
  return value;
}

export interface CheckerOptions {
  /** Entries to use; default the built-in glossary. */
  glossary?: readonly GlossaryEntry[];
  /** Use proposed entries as well as approved ones (default false). */
  includeProposed?: boolean;
}

export class Checker {
  readonly lists: CompiledLists;
  private readonly analyses = new Map<string, BlockAnalysis>();
  private readonly results = new Map<string, ProfileResults>();

  constructor(options: CheckerOptions = {}) {
    const entries = options.glossary ?? BUILTIN_ENTRIES;
    this.lists = compileLists(usableEntries(entries, options.includeProposed));
  }

  check(input: string, options: Omit<CheckOptions, 'glossary' | 'includeProposed'> = {}): Report {
    const profile = getProfile(options.profile);
    const blocks = toBlocks(input, options.format ?? 'auto');
    const enabled = RULES.filter(
      (rule) => profile.rules[rule.id] !== undefined && !options.disable?.includes(rule.id),
    );
    const inputs: BlockInput[] = [];
    const perBlock: ProfileResults[] = [];
    let words = 0;
    let syllables = 0;
    let sentences = 0;
    for (const block of blocks) {
      const analysis = remember(this.analyses, block.text, () => this.analyse(block.text));
      const blockInput: BlockInput = { ...analysis.input, block };
      inputs.push(blockInput);
      words += analysis.words;
      syllables += analysis.syllables;
      sentences += analysis.input.text.sentences.length;
      perBlock.push(
        remember(this.results, `${profile.name}\u0000${block.kind}\u0000${block.text}`, () =>
          RULES.map((rule) => this.runBlock(rule, blockInput, profile)),
        ),
      );
    }

    const findings: { rule: number; block: number; raw: RawFinding }[] = [];
    for (const rule of enabled) {
      const ruleIndex = RULES.indexOf(rule);
      const context = { profile, severity: profile.rules[rule.id] as Severity, lists: this.lists };
      perBlock.forEach((results, block) => {
        for (const raw of results[ruleIndex]?.findings ?? [])
          findings.push({ rule: ruleIndex, block, raw });
      });
      if (rule.document) {
        const data = inputs.map((blockInput, block) => ({
          input: blockInput,
          data: perBlock[block]?.[ruleIndex]?.data as never,
        }));
        for (const { block, finding } of rule.document(data, context)) {
          findings.push({ rule: ruleIndex, block, raw: finding });
        }
      }
    }

    const ignore = new Set((options.ignoreWords ?? []).map((word) => word.toLowerCase()));
    const lines = lineStarts(input);
    const out: (Finding & { order: number })[] = [];
    for (const { rule, block, raw } of findings) {
      const where = blocks[block] as Block;
      const start = toSourceStart(where, raw.start);
      const end = toSourceEnd(where, raw.end, input);
      const text = input.slice(start, end);
      if (ignore.has(text.toLowerCase())) continue;
      const { line, column } = position(lines, start);
      const definition = RULES[rule] as Rule;
      const finding: Finding & { order: number } = {
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
        order: rule,
      };
      if (raw.entryId !== undefined) finding.entryId = raw.entryId;
      if (raw.definition !== undefined) finding.definition = raw.definition;
      if (raw.easyRead !== undefined) finding.easyRead = raw.easyRead;
      if (raw.coProduced) finding.coProduced = true;
      out.push(finding);
    }
    out.sort((a, b) => a.start - b.start || a.order - b.order || a.end - b.end);
    const sorted: Finding[] = out.map(({ order: _order, ...finding }) => finding);
    return {
      profile: profile.name,
      findings: sorted,
      stats: this.stats(sorted, profile, words, sentences, syllables),
    };
  }

  private analyse(text: string): BlockAnalysis {
    const parsed: BlockText = analyseText(text);
    const matches: PhraseMatch<PhraseValue>[] = this.lists.matcher.match(parsed.parts);
    let syllables = 0;
    const sentenceAges = parsed.sentences.map((sentence) => {
      const words = parsed.words.slice(sentence.firstWord, sentence.endWord).map((w) => w.text);
      const counts = countSentence(words);
      syllables += counts.syllable;
      return formulaAges(counts);
    });
    return {
      input: { text: parsed, matches, sentenceAges },
      words: parsed.words.length,
      syllables,
    };
  }

  private runBlock(rule: Rule, input: BlockInput, profile: Profile): BlockResult<unknown> {
    const severity = profile.rules[rule.id];
    if (severity === undefined) return { findings: [] };
    return rule.block(input, { profile, severity, lists: this.lists });
  }

  private stats(
    findings: readonly Finding[],
    profile: Profile,
    words: number,
    sentences: number,
    syllables: number,
  ): Stats {
    const byCategory = Object.fromEntries(FINDING_CATEGORIES.map((c) => [c, 0])) as Record<
      FindingCategory,
      number
    >;
    const bySeverity: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
    const glossaryTerms: string[] = [];
    for (const finding of findings) {
      byCategory[finding.category]++;
      bySeverity[finding.severity]++;
      if (finding.entryId !== undefined && !glossaryTerms.includes(finding.entryId)) {
        glossaryTerms.push(finding.entryId);
      }
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

function lineStarts(input: string): number[] {
  const starts = [0];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (input.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
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
