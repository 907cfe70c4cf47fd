/**
 * The report on a folder of papers (`plainly report <folder>`): the files'
 * summaries (src/cli/file-summary.ts) added up, and written as JSON,
 * Markdown or a self-contained HTML page.
 *
 * Across all the files it lists the jargon used most, the short forms not
 * written out, and "words for the glossary": the terms that come up most
 * that the glossary does not have yet, for its maintainers to consider.
 * Those are short forms the glossary does not know, and names in capitals
 * ("Better Care Fund") that are used at least twice and at least once in
 * the middle of a sentence (so they are not just words that start one).
 */
import type { FindingCategory, ProfileName, Severity } from '../checker/types';
import { escapeHtml, escapeMarkdown } from '../report/escape';
import { PROFILE_LABELS } from '../report/labels';
import type { FileSummary, ReadinessChecklist } from './file-summary';

/** One file's outcome: its summary, or why it could not be checked. */
export type FileOutcome =
  { path: string; summary: FileSummary } | { path: string; problem: string };

export type Verdict = 'Ready' | 'Not yet' | 'Could not check';

export type FileLine =
  | {
      path: string;
      verdict: 'Ready' | 'Not yet';
      title: string;
      readingAge: number;
      targetReadingAge: number;
      words: number;
      findings: Record<Severity, number>;
      byCategory: Record<FindingCategory, number>;
      accessibility: number;
      checklist: ReadinessChecklist;
    }
  | { path: string; verdict: 'Could not check'; problem: string };

export interface FolderReport {
  report: 'plainly-folder-report';
  version: 1;
  profile: ProfileName;
  totals: {
    files: number;
    ready: number;
    notYet: number;
    couldNotCheck: number;
    words: number;
  };
  files: FileLine[];
  jargon: { term: string; uses: number; files: number }[];
  unexplainedAbbreviations: { text: string; uses: number; files: number; inGlossary: boolean }[];
  glossaryCandidates: {
    text: string;
    kind: 'abbreviation' | 'name';
    uses: number;
    files: number;
  }[];
}

/** How many items of each list the Markdown and HTML reports show (JSON has them all). */
export const LIST_LIMIT = 20;

interface Tally {
  uses: number;
  files: number;
}

function add<T extends Tally>(map: Map<string, T>, key: string, uses: number, make: () => T): T {
  let item = map.get(key);
  if (!item) {
    item = make();
    map.set(key, item);
  }
  item.uses += uses;
  item.files += 1;
  return item;
}

const byUse =
  <T extends Tally>(name: (item: T) => string) =>
  (a: T, b: T) =>
    b.uses - a.uses || b.files - a.files || compare(name(a), name(b));
const byFiles =
  <T extends Tally>(name: (item: T) => string) =>
  (a: T, b: T) =>
    b.files - a.files || b.uses - a.uses || compare(name(a), name(b));

/** The same order on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds the files up. `outcomes` are in the order the files are listed. */
export function buildFolderReport(
  outcomes: readonly FileOutcome[],
  profile: ProfileName,
): FolderReport {
  const files: FileLine[] = [];
  const totals = { files: outcomes.length, ready: 0, notYet: 0, couldNotCheck: 0, words: 0 };
  const jargon = new Map<string, { term: string; uses: number; files: number }>();
  const abbreviations = new Map<
    string,
    { text: string; uses: number; files: number; inGlossary: boolean }
  >();
  const names = new Map<string, { text: string; uses: number; files: number; mid: number }>();
  for (const outcome of outcomes) {
    if ('problem' in outcome) {
      totals.couldNotCheck++;
      files.push({ path: outcome.path, verdict: 'Could not check', problem: outcome.problem });
      continue;
    }
    const s = outcome.summary;
    if (s.ready) totals.ready++;
    else totals.notYet++;
    totals.words += s.words;
    files.push({
      path: outcome.path,
      verdict: s.ready ? 'Ready' : 'Not yet',
      title: s.title,
      readingAge: s.readingAge,
      targetReadingAge: s.targetReadingAge,
      words: s.words,
      findings: s.bySeverity,
      byCategory: s.byCategory,
      accessibility: s.accessibility,
      checklist: s.checklist,
    });
    for (const { term, count } of s.jargon) {
      add(jargon, term, count, () => ({ term, uses: 0, files: 0 }));
    }
    for (const { text, count, inGlossary } of s.abbreviations) {
      const item = add(abbreviations, text, count, () => ({
        text,
        uses: 0,
        files: 0,
        inGlossary: false,
      }));
      if (inGlossary) item.inGlossary = true;
    }
    for (const { text, count, midSentence } of s.names) {
      add(names, text, count, () => ({ text, uses: 0, files: 0, mid: 0 })).mid += midSentence;
    }
  }
  const candidates: FolderReport['glossaryCandidates'] = [];
  for (const item of abbreviations.values()) {
    if (!item.inGlossary && item.uses >= 2) {
      candidates.push({
        text: item.text,
        kind: 'abbreviation',
        uses: item.uses,
        files: item.files,
      });
    }
  }
  for (const item of names.values()) {
    if (item.mid > 0 && item.uses >= 2) {
      candidates.push({ text: item.text, kind: 'name', uses: item.uses, files: item.files });
    }
  }
  return {
    report: 'plainly-folder-report',
    version: 1,
    profile,
    totals,
    files,
    jargon: [...jargon.values()].sort(byUse((item) => item.term)),
    unexplainedAbbreviations: [...abbreviations.values()].sort(byUse((item) => item.text)),
    glossaryCandidates: candidates.sort(byFiles((item) => item.text)),
  };
}

export function folderReportJson(report: FolderReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
const number = (count: number) => count.toLocaleString('en-GB');

function headline(report: FolderReport): string {
  const { totals } = report;
  const parts = [`${number(totals.ready)} ready`, `${number(totals.notYet)} not yet`];
  if (totals.couldNotCheck > 0) parts.push(`${number(totals.couldNotCheck)} could not be checked`);
  return `${plural(totals.files, 'file')}, ${number(totals.words)} words: ${parts.join(', ')}.`;
}

function more(count: number): string {
  return count > LIST_LIMIT
    ? `And ${number(count - LIST_LIMIT)} more: see the whole list with --format json.`
    : '';
}

const CANDIDATES_INTRO =
  'Terms the glossary does not have yet that come up most: short forms it does not know, and names written with capitals used more than once. Its maintainers may want to add them.';

const KIND_LABELS = { abbreviation: 'Short form', name: 'Name' } as const;

export function folderReportMarkdown(report: FolderReport): string {
  const e = escapeMarkdown;
  const lines: string[] = [];
  lines.push(`# Ready to circulate? ${plural(report.totals.files, 'file')}`, '');
  lines.push(headline(report), '');
  lines.push(`Profile: ${PROFILE_LABELS[report.profile]}.`, '');
  lines.push('## Files', '');
  lines.push(
    '| File | Verdict | Reading age (aim) | Words | Errors | Warnings | Suggestions | Accessibility |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const file of report.files) {
    if (file.verdict === 'Could not check') {
      lines.push(`| ${e(file.path)} | Could not check: ${e(file.problem)} | | | | | | |`);
      continue;
    }
    const f = file.findings;
    lines.push(
      `| ${e(file.path)} | ${file.verdict} | ${file.readingAge} (${file.targetReadingAge}) | ${number(file.words)} | ${f.error} | ${f.warning} | ${f.suggestion} | ${file.accessibility} |`,
    );
  }
  const table = <T>(
    title: string,
    items: readonly T[],
    head: string,
    row: (item: T) => string,
    intro = '',
  ) => {
    lines.push('', `## ${title}`, '');
    if (intro) lines.push(intro, '');
    if (items.length === 0) {
      lines.push('None found.');
      return;
    }
    lines.push(head, `|${' --- |'.repeat(head.split('|').length - 2)}`);
    for (const item of items.slice(0, LIST_LIMIT)) lines.push(row(item));
    const rest = more(items.length);
    if (rest) lines.push('', rest);
  };
  table(
    'Most used jargon',
    report.jargon,
    '| Term | Uses | Files |',
    (item) => `| ${e(item.term)} | ${item.uses} | ${item.files} |`,
  );
  table(
    'Short forms not explained',
    report.unexplainedAbbreviations,
    '| Short form | Uses | Files | In the glossary |',
    (item) =>
      `| ${e(item.text)} | ${item.uses} | ${item.files} | ${item.inGlossary ? 'Yes' : 'No'} |`,
  );
  table(
    'Words for the glossary',
    report.glossaryCandidates,
    '| Term | Kind | Uses | Files |',
    (item) => `| ${e(item.text)} | ${KIND_LABELS[item.kind]} | ${item.uses} | ${item.files} |`,
    CANDIDATES_INTRO,
  );
  return `${lines.join('\n')}\n`;
}

const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;font-size:12pt;line-height:1.5;color:#0b0c0c;max-width:60em;margin:2em auto;padding:0 1em}
h1{font-size:1.6em}h2{font-size:1.3em;margin-top:1.5em;border-top:1px solid #b1b4b6;padding-top:.5em}
table{border-collapse:collapse}th,td{border:1px solid #505a5f;padding:.25em .6em;text-align:left;vertical-align:top}
td.n{text-align:right}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

/** A number in a right-aligned table cell. */
function numberCell(value: number): string {
  return `<td class="n">${number(value)}</td>`;
}

/**
 * A section of the HTML report: its heading, an introduction if it has one,
 * and a table of the items (the first LIST_LIMIT of them, saying how many
 * more, unless `all`), or "None found."
 */
function htmlSection<T>(
  heading: string,
  items: readonly T[],
  columns: readonly string[],
  row: (item: T) => string,
  { intro = '', all = false } = {},
): string {
  const e = escapeHtml;
  const shown = all ? items : items.slice(0, LIST_LIMIT);
  const rest = all ? '' : more(items.length);
  const body =
    items.length === 0
      ? '<p>None found.</p>'
      : `<table>
<tr>${columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr>
${shown.map((item) => `<tr>${row(item)}</tr>`).join('\n')}
</table>${rest ? `\n<p>${e(rest)}</p>` : ''}`;
  return `<h2>${heading}</h2>\n${intro ? `<p>${e(intro)}</p>\n` : ''}${body}`;
}

/** A file's row: its verdict, reading age, words and findings, or why it could not be checked. */
function fileRowHtml(file: FileLine): string {
  const e = escapeHtml;
  const n = numberCell;
  return file.verdict === 'Could not check'
    ? `<th scope="row">${e(file.path)}</th><td colspan="7">Could not check: ${e(file.problem)}</td>`
    : `<th scope="row">${e(file.path)}</th><td>${file.verdict}</td><td class="n">${file.readingAge} (${file.targetReadingAge})</td>${n(file.words)}${n(file.findings.error)}${n(file.findings.warning)}${n(file.findings.suggestion)}${n(file.accessibility)}`;
}

/** The HTML report's sections: every file, then the lists across files. */
function htmlSections(report: FolderReport): string[] {
  const e = escapeHtml;
  const n = numberCell;
  return [
    htmlSection(
      'Files',
      report.files,
      [
        'File',
        'Verdict',
        'Reading age (aim)',
        'Words',
        'Errors',
        'Warnings',
        'Suggestions',
        'Accessibility',
      ],
      fileRowHtml,
      { all: true },
    ),
    htmlSection(
      'Most used jargon',
      report.jargon,
      ['Term', 'Uses', 'Files'],
      (item) => `<td>${e(item.term)}</td>${n(item.uses)}${n(item.files)}`,
    ),
    htmlSection(
      'Short forms not explained',
      report.unexplainedAbbreviations,
      ['Short form', 'Uses', 'Files', 'In the glossary'],
      (item) =>
        `<td>${e(item.text)}</td>${n(item.uses)}${n(item.files)}<td>${item.inGlossary ? 'Yes' : 'No'}</td>`,
    ),
    htmlSection(
      'Words for the glossary',
      report.glossaryCandidates,
      ['Term', 'Kind', 'Uses', 'Files'],
      (item) =>
        `<td>${e(item.text)}</td><td>${KIND_LABELS[item.kind]}</td>${n(item.uses)}${n(item.files)}`,
      { intro: CANDIDATES_INTRO },
    ),
  ];
}

/** The folder report as a web page of its own. */
export function folderReportHtml(report: FolderReport): string {
  const e = escapeHtml;
  const title = `Ready to circulate? ${plural(report.totals.files, 'file')}`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
<p>${e(headline(report))}</p>
<p>Profile: ${e(PROFILE_LABELS[report.profile])}.</p>
${htmlSections(report).join('\n')}
</main>
</body>
</html>
`;
}
