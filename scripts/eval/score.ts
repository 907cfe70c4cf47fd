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

export function scoreEval(checker = new Checker()): EvalResult {
  const detailLines: string[] = [];

  // ------------------------------------------------------------------ recall
  let marked = 0;
  let found = 0;
  let styleMarked = 0;
  let styleFound = 0;
  let outside = 0;
  let jargonCases = 0;
  let words = 0;
  let allFindings = 0;
  const byFile: EvalResult['byFile'] = [];
  for (const { file, cases } of readSet<JargonCase>('jargon')) {
    let fileMarked = 0;
    let fileFound = 0;
    for (const item of cases) {
      jargonCases++;
      const report = checker.check(item.text, { profile: item.profile, format: 'text' });
      words += report.stats.words;
      allFindings += report.findings.length;
      const wordFindings = report.findings.filter((f) => WORD_RULES.has(f.ruleId));
      const jargon = spans(item.text, item.jargon);
      const style = spans(item.text, item.style);
      for (const span of jargon) {
        marked++;
        fileMarked++;
        // A term flagged at another use in the case counts: later uses are grouped.
        const hit =
          wordFindings.some((f) => overlaps(f, span)) ||
          wordFindings.some((f) => f.text.toLowerCase() === span.text.toLowerCase());
        if (hit) {
          found++;
          fileFound++;
        } else {
          detailLines.push(
            `miss     ${item.id} (${item.profile}): “${span.text}” in: ${item.text}`,
          );
        }
      }
      for (const span of style) {
        styleMarked++;
        if (wordFindings.some((f) => overlaps(f, span))) styleFound++;
      }
      for (const f of wordFindings) {
        if (![...jargon, ...style].some((span) => overlaps(f, span))) {
          outside++;
          {
            detailLines.push(
              `unmarked ${item.id} (${item.profile}): ${f.ruleId} “${f.text}” in: ${item.text}`,
            );
          }
        }
      }
    }
    byFile.push({ file, found: fileFound, marked: fileMarked });
  }

  // ------------------------------------------------------------ false alarms
  let everyday = 0;
  let wordAlarms = 0;
  let allAlarms = 0;
  for (const { cases } of readSet<EverydayCase>('everyday')) {
    for (const item of cases) {
      everyday++;
      const findings = checker.check(item.text, { profile: item.profile, format: 'text' }).findings;
      for (const f of findings) {
        allAlarms++;
        if (WORD_RULES.has(f.ruleId)) wordAlarms++;
        {
          detailLines.push(
            `alarm    ${item.id} (${item.profile}): ${f.ruleId} “${f.text}”: ${f.message}`,
          );
        }
      }
    }
  }

  // --------------------------------------------------------- suggestions fit
  const suggestionCases = JSON.parse(
    readFileSync(join(ROOT, 'suggestions.json'), 'utf8'),
  ) as SuggestionCase[];
  let offered = 0;
  let fit = 0;
  let noReplacement = 0;
  for (const item of suggestionCases) {
    const at = item.text.indexOf(item.flagged);
    const span = { start: at, end: at + item.flagged.length };
    const findings = checker
      .check(item.text, { profile: 'public', format: 'text' })
      .findings.filter((f) => WORD_RULES.has(f.ruleId) && overlaps(f, span));
    const replacements = findings.flatMap((f) =>
      f.suggestions
        .filter((s) => s.kind === 'replace' || s.kind === 'remove')
        .map((s) => {
          // "remove" takes the space before the words with them.
          const start =
            s.kind === 'remove' && item.text[f.start - 1] === ' ' ? f.start - 1 : f.start;
          return item.text.slice(0, start) + s.text + item.text.slice(f.end);
        }),
    );
    if (replacements.length === 0) {
      noReplacement++;
      detailLines.push(`none     ${item.id}: “${item.flagged}” (${item.why}): ${item.text}`);
    }
    for (const sentence of replacements) {
      offered++;
      if (item.accept.includes(sentence)) fit++;
      else detailLines.push(`misfit   ${item.id} (${item.why}): ${sentence}`);
    }
  }

  return {
    jargonCases,
    everydayCases: everyday,
    suggestionCases: suggestionCases.length,
    recall: percent(found, marked),
    byFile,
    wordAlarmsPer100: percent(wordAlarms, everyday),
    allAlarmsPer100: percent(allAlarms, everyday),
    wordAlarms,
    fit,
    offered,
    noReplacement,
    styleFound: percent(styleFound, styleMarked),
    outsidePer100: percent(outside, jargonCases),
    findingsPer1000Words: (1000 * allFindings) / words,
    details: detailLines,
  };
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
