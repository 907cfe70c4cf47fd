/**
 * Scores the engine on the team's evaluation set (eval/, see eval/README.md):
 * `npm run eval` prints each figure beside its target (scripts/eval/run.ts).
 *
 * - Recall: the share of the jargon marked in eval/jargon/*.json that a word
 *   rule (glossary, plain words, respectful, abbreviations) flags.
 * - False alarms: findings on eval/everyday/*.json, sentences that need no
 *   change, per 100 sentences: from word rules, and from all rules.
 * - Replacements that fit: of the replacements offered for the flagged words
 *   of eval/suggestions.json, the share that give an accepted sentence.
 * - Findings per 1,000 words on the jargon set, for a sense of how busy the
 *   checker is on real writing.
 *
 * `npm run eval -- --details` also lists every miss, false alarm and misfit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Checker } from '../../src/checker/index';
import type { Finding, ProfileName } from '../../src/checker/types';

const ROOT = new URL('../../eval/', import.meta.url).pathname;
const WORD_RULES = new Set(['glossary-term', 'plain-words', 'respectful', 'acronym']);

interface JargonCase {
  id: string;
  genre: string;
  profile: ProfileName;
  text: string;
  jargon: string[];
  style: string[];
}
interface EverydayCase {
  id: string;
  genre: string;
  profile: ProfileName;
  text: string;
  trap: string;
}
interface SuggestionCase {
  id: string;
  text: string;
  flagged: string;
  accept: string[];
  why: string;
}

function readSet<T>(folder: string): { file: string; cases: T[] }[] {
  return readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      cases: JSON.parse(readFileSync(join(ROOT, folder, file), 'utf8')) as T[],
    }));
}

/** The spans an annotation list marks: each item at its next unmarked occurrence. */
function spans(
  text: string,
  items: readonly string[],
): { start: number; end: number; text: string }[] {
  const used = new Map<string, number>();
  return items.map((item) => {
    const from = used.get(item) ?? 0;
    const start = text.indexOf(item, from);
    if (start === -1) throw new Error(`"${item}" is not in "${text}"`);
    used.set(item, start + item.length);
    return { start, end: start + item.length, text: item };
  });
}

const overlaps = (f: Finding, s: { start: number; end: number }) =>
  f.start < s.end && s.start < f.end;

const percent = (n: number, d: number) => (d === 0 ? 0 : (100 * n) / d);

/** The evaluation's figures, and each miss, false alarm and misfit. */
export interface EvalResult {
  jargonCases: number;
  everydayCases: number;
  suggestionCases: number;
  /** Share of marked jargon found, in %. */
  recall: number;
  byFile: { file: string; found: number; marked: number }[];
  /** Findings on everyday sentences, per 100 sentences. */
  wordAlarmsPer100: number;
  allAlarmsPer100: number;
  wordAlarms: number;
  /** Replacements offered that give an accepted sentence. */
  fit: number;
  offered: number;
  noReplacement: number;
  styleFound: number;
  outsidePer100: number;
  findingsPer1000Words: number;
  details: string[];
}

/** Scores the engine on the three sets, in turn. */
export function scoreEval(checker = new Checker()): EvalResult {
  const details: string[] = [];
  const jargon = scoreJargon(checker, details);
  const everyday = scoreEveryday(checker, details);
  const suggestions = scoreSuggestions(checker, details);
  return {
    jargonCases: jargon.cases,
    everydayCases: everyday.cases,
    suggestionCases: suggestions.cases,
    recall: percent(jargon.found, jargon.marked),
    byFile: jargon.byFile,
    wordAlarmsPer100: percent(everyday.wordAlarms, everyday.cases),
    allAlarmsPer100: percent(everyday.allAlarms, everyday.cases),
    wordAlarms: everyday.wordAlarms,
    fit: suggestions.fit,
    offered: suggestions.offered,
    noReplacement: suggestions.noReplacement,
    styleFound: percent(jargon.styleFound, jargon.styleMarked),
    outsidePer100: percent(jargon.outside, jargon.cases),
    findingsPer1000Words: (1000 * jargon.allFindings) / jargon.words,
    details,
  };
}

/** The counts on the jargon set, in all and by file. */
interface JargonTally {
  cases: number;
  marked: number;
  found: number;
  styleMarked: number;
  styleFound: number;
  /** Word-rule findings on words marked neither jargon nor style. */
  outside: number;
  words: number;
  allFindings: number;
  byFile: EvalResult['byFile'];
}

/** Recall on eval/jargon: each marked word a word rule flags, file by file (misses and unmarked findings go in `details`). */
function scoreJargon(checker: Checker, details: string[]): JargonTally {
  const tally: JargonTally = {
    cases: 0,
    marked: 0,
    found: 0,
    styleMarked: 0,
    styleFound: 0,
    outside: 0,
    words: 0,
    allFindings: 0,
    byFile: [],
  };
  for (const { file, cases } of readSet<JargonCase>('jargon')) {
    const before = { marked: tally.marked, found: tally.found };
    for (const item of cases) scoreJargonCase(checker, item, tally, details);
    tally.byFile.push({
      file,
      found: tally.found - before.found,
      marked: tally.marked - before.marked,
    });
  }
  return tally;
}

/** One jargon case: its marked jargon found or missed, its style words found, and findings on unmarked words. */
function scoreJargonCase(
  checker: Checker,
  item: JargonCase,
  tally: JargonTally,
  details: string[],
): void {
  tally.cases++;
  const report = checker.check(item.text, { profile: item.profile, format: 'text' });
  tally.words += report.stats.words;
  tally.allFindings += report.findings.length;
  const wordFindings = report.findings.filter((f) => WORD_RULES.has(f.ruleId));
  const jargon = spans(item.text, item.jargon);
  const style = spans(item.text, item.style);
  for (const span of jargon) {
    tally.marked++;
    // A term flagged at another use in the case counts: later uses are grouped.
    const hit =
      wordFindings.some((f) => overlaps(f, span)) ||
      wordFindings.some((f) => f.text.toLowerCase() === span.text.toLowerCase());
    if (hit) tally.found++;
    else details.push(`miss     ${item.id} (${item.profile}): “${span.text}” in: ${item.text}`);
  }
  for (const span of style) {
    tally.styleMarked++;
    if (wordFindings.some((f) => overlaps(f, span))) tally.styleFound++;
  }
  for (const f of wordFindings) {
    if (![...jargon, ...style].some((span) => overlaps(f, span))) {
      tally.outside++;
      details.push(
        `unmarked ${item.id} (${item.profile}): ${f.ruleId} “${f.text}” in: ${item.text}`,
      );
    }
  }
}

/** False alarms on eval/everyday: every finding on a sentence that needs no change (each goes in `details`). */
function scoreEveryday(
  checker: Checker,
  details: string[],
): { cases: number; wordAlarms: number; allAlarms: number } {
  let cases = 0;
  let wordAlarms = 0;
  let allAlarms = 0;
  for (const { cases: items } of readSet<EverydayCase>('everyday')) {
    for (const item of items) {
      cases++;
      const findings = checker.check(item.text, { profile: item.profile, format: 'text' }).findings;
      for (const f of findings) {
        allAlarms++;
        if (WORD_RULES.has(f.ruleId)) wordAlarms++;
        details.push(
          `alarm    ${item.id} (${item.profile}): ${f.ruleId} “${f.text}”: ${f.message}`,
        );
      }
    }
  }
  return { cases, wordAlarms, allAlarms };
}

/**
 * Replacements on eval/suggestions.json: each one offered for the flagged
 * words, applied, and scored against the accepted sentences (cases with none
 * and misfits go in `details`).
 */
function scoreSuggestions(
  checker: Checker,
  details: string[],
): { cases: number; offered: number; fit: number; noReplacement: number } {
  const suggestionCases = JSON.parse(
    readFileSync(join(ROOT, 'suggestions.json'), 'utf8'),
  ) as SuggestionCase[];
  let offered = 0;
  let fit = 0;
  let noReplacement = 0;
  for (const item of suggestionCases) {
    const replacements = replacedSentences(checker, item);
    if (replacements.length === 0) {
      noReplacement++;
      details.push(`none     ${item.id}: “${item.flagged}” (${item.why}): ${item.text}`);
    }
    for (const sentence of replacements) {
      offered++;
      if (item.accept.includes(sentence)) fit++;
      else details.push(`misfit   ${item.id} (${item.why}): ${sentence}`);
    }
  }
  return { cases: suggestionCases.length, offered, fit, noReplacement };
}

/** The case's sentence with each replacement (or removal) offered for its flagged words made. */
function replacedSentences(checker: Checker, item: SuggestionCase): string[] {
  const at = item.text.indexOf(item.flagged);
  const span = { start: at, end: at + item.flagged.length };
  const findings = checker
    .check(item.text, { profile: 'public', format: 'text' })
    .findings.filter((f) => WORD_RULES.has(f.ruleId) && overlaps(f, span));
  return findings.flatMap((f) =>
    f.suggestions
      .filter((s) => s.kind === 'replace' || s.kind === 'remove')
      .map((s) => {
        // "remove" takes the space before the words with them.
        const start = s.kind === 'remove' && item.text[f.start - 1] === ' ' ? f.start - 1 : f.start;
        return item.text.slice(0, start) + s.text + item.text.slice(f.end);
      }),
  );
}

/** The figures as a table, each beside its target. */
export function formatEval(r: EvalResult): string {
  const row = (name: string, value: string, target: string, meets: boolean | null) =>
    `| ${name} | ${value} | ${target} | ${meets === null ? '' : meets ? 'meets' : 'misses'} |`;
  return [
    `Plainly evaluation: ${r.jargonCases} jargon cases, ${r.everydayCases} everyday sentences, ${r.suggestionCases} suggestion cases.`,
    '',
    '| Figure | Value | Target | Result |',
    '| --- | --- | --- | --- |',
    row('Recall: marked jargon found', `${r.recall.toFixed(1)}%`, '≥ 95%', r.recall >= 95),
    ...r.byFile.map((f) =>
      row(
        `… in ${f.file}`,
        `${percent(f.found, f.marked).toFixed(1)}% (${f.found} of ${f.marked})`,
        '',
        null,
      ),
    ),
    row(
      'False alarms per 100 everyday sentences, word rules',
      r.wordAlarmsPer100.toFixed(1),
      '0',
      r.wordAlarms === 0,
    ),
    row(
      'False alarms per 100 everyday sentences, all rules',
      r.allAlarmsPer100.toFixed(1),
      '≤ 2',
      r.allAlarmsPer100 <= 2,
    ),
    row(
      'Replacements offered that fit the sentence',
      `${percent(r.fit, r.offered).toFixed(1)}% (${r.fit} of ${r.offered})`,
      '100%',
      r.offered > 0 && r.fit === r.offered,
    ),
    row(
      'Suggestion cases with no replacement offered',
      `${r.noReplacement} of ${r.suggestionCases}`,
      '',
      null,
    ),
    row('Style words found (not scored)', `${r.styleFound.toFixed(1)}%`, '', null),
    row(
      'Word-rule findings on unmarked words, per 100 jargon cases',
      r.outsidePer100.toFixed(1),
      '',
      null,
    ),
    row('Findings per 1,000 words of the jargon set', r.findingsPer1000Words.toFixed(1), '', null),
  ].join('\n');
}
