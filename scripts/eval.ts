/**
 * `npm run eval`: scores the engine on the team's evaluation set (eval/, see
 * eval/README.md) and prints each figure beside its target.
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
import { Checker } from '../src/checker/index';
import type { Finding, ProfileName } from '../src/checker/types';

const ROOT = new URL('../eval/', import.meta.url).pathname;
const WORD_RULES = new Set(['glossary-term', 'plain-words', 'respectful', 'acronym']);
const details = process.argv.includes('--details');

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

const checker = new Checker();
const percent = (n: number, d: number) => (d === 0 ? 0 : (100 * n) / d);
const lines: string[] = [];
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
const byFile: string[] = [];
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
      } else if (details) {
        detailLines.push(`miss     ${item.id} (${item.profile}): “${span.text}” in: ${item.text}`);
      }
    }
    for (const span of style) {
      styleMarked++;
      if (wordFindings.some((f) => overlaps(f, span))) styleFound++;
    }
    for (const f of wordFindings) {
      if (![...jargon, ...style].some((span) => overlaps(f, span))) {
        outside++;
        if (details) {
          detailLines.push(
            `unmarked ${item.id} (${item.profile}): ${f.ruleId} “${f.text}” in: ${item.text}`,
          );
        }
      }
    }
  }
  byFile.push(
    `    ${file.padEnd(36)} ${percent(fileFound, fileMarked).toFixed(1).padStart(5)}%  (${fileFound} of ${fileMarked})`,
  );
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
      if (details) {
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
        const start = s.kind === 'remove' && item.text[f.start - 1] === ' ' ? f.start - 1 : f.start;
        return item.text.slice(0, start) + s.text + item.text.slice(f.end);
      }),
  );
  if (replacements.length === 0) {
    noReplacement++;
    if (details)
      detailLines.push(`none     ${item.id}: “${item.flagged}” (${item.why}): ${item.text}`);
  }
  for (const sentence of replacements) {
    offered++;
    if (item.accept.includes(sentence)) fit++;
    else if (details) detailLines.push(`misfit   ${item.id} (${item.why}): ${sentence}`);
  }
}

// ------------------------------------------------------------------- print
const recall = percent(found, marked);
const wordPer100 = percent(wordAlarms, everyday);
const allPer100 = percent(allAlarms, everyday);
const fitShare = percent(fit, offered);
const row = (name: string, value: string, target: string, meets: boolean | null) =>
  `  ${name.padEnd(52)} ${value.padStart(10)}   ${target.padEnd(10)} ${meets === null ? '' : meets ? 'meets' : 'misses'}`;
lines.push(
  `Plainly evaluation: ${jargonCases} jargon cases, ${everyday} everyday sentences, ${suggestionCases.length} suggestion cases`,
);
lines.push('');
lines.push(`  ${'Figure'.padEnd(52)} ${'Value'.padStart(10)}   ${'Target'.padEnd(10)} Result`);
lines.push(row('Recall: marked jargon found', `${recall.toFixed(1)}%`, '≥ 95%', recall >= 95));
lines.push(...byFile);
lines.push(
  row(
    'False alarms per 100 everyday sentences, word rules',
    wordPer100.toFixed(1),
    '0',
    wordAlarms === 0,
  ),
);
lines.push(
  row(
    'False alarms per 100 everyday sentences, all rules',
    allPer100.toFixed(1),
    '≤ 2',
    allPer100 <= 2,
  ),
);
lines.push(
  row(
    'Replacements offered that fit the sentence',
    `${fitShare.toFixed(1)}%`,
    '100%',
    offered > 0 && fit === offered,
  ),
);
lines.push(
  `    ${fit} of ${offered} offered; ${noReplacement} of ${suggestionCases.length} cases offered no replacement`,
);
lines.push(
  row(
    'Style words found (not scored)',
    `${percent(styleFound, styleMarked).toFixed(1)}%`,
    '',
    null,
  ),
);
lines.push(
  row(
    'Word-rule findings on unmarked words, per 100 cases',
    percent(outside, jargonCases).toFixed(1),
    '',
    null,
  ),
);
lines.push(
  row(
    'Findings per 1,000 words on the jargon set',
    ((1000 * allFindings) / words).toFixed(1),
    '',
    null,
  ),
);
console.log(lines.join('\n'));
if (details) console.log(`\n${detailLines.join('\n')}`);
