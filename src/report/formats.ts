/**
 * The "Ready to circulate?" report as a self-contained HTML file (no scripts,
 * no outside files; prints well, including to PDF), as Markdown and as JSON,
 * and the findings as CSV.
 */
import { FINDING_CATEGORIES } from '../checker/types';
import type { AccessFinding } from '../accessibility/types';
import { CATEGORY_LABELS, PROFILE_LABELS, SEVERITY_LABELS } from './labels';
import { csvField, escapeHtml, escapeMarkdown } from './escape';
import { countOf, formatCount } from './numbers';
import { readingAgeBand, targetAge } from './reading-age';
import type { DocumentReview, ReviewFinding } from './review';
import { groupFindings, rowQuote, type FindingRow } from './rows';

const yesNo = (done: boolean) => (done ? 'Yes' : 'Not yet');

/** At most this many places are named for one row; the rest are counted. */
export const PLACES_NAMED = 10;

function where(finding: { page?: number; start: number; line?: number }): string {
  if (finding.page !== undefined) return `page ${formatCount(finding.page)}`;
  return finding.line !== undefined ? `line ${formatCount(finding.line)}` : '';
}

/**
 * One row of the report, as plain text: its quote, how serious, where, and
 * what to do. "“co-production” (Should change, 2 places: line 2, line 4):
 * Explain … “co-production” is used 8 more times …"
 */
function rowParts(row: FindingRow<ReviewFinding | AccessFinding>): {
  quote: string;
  about: string;
  messages: string;
} {
  const named = row.places.slice(0, PLACES_NAMED).map(where).filter(Boolean);
  const more = row.places.length - Math.min(row.places.length, PLACES_NAMED);
  const places =
    named.length === 0
      ? ''
      : `: ${named.join(', ')}${more > 0 ? ` and ${countOf(more, 'more', 'more')}` : ''}`;
  const quote = row.kind === 'document' ? 'The whole document' : `“${rowQuote(row)}”`;
  return {
    quote,
    about:
      row.kind === 'document'
        ? SEVERITY_LABELS[row.severity]
        : `${SEVERITY_LABELS[row.severity]}, ${countOf(row.places.length, 'place', 'places')}${places}`,
    messages: row.messages.map((finding) => finding.message).join(' '),
  };
}

function readingLine(r: DocumentReview['readiness']): string {
  return r.words === 0
    ? 'no words to score'
    : `${readingAgeBand(r.readingAge)}; aim for age ${targetAge(r.targetReadingAge)} or under, ${PROFILE_LABELS[r.profile]} style`;
}

export function reportJson(review: DocumentReview): string {
  const { readiness, report, accessibility, appendix, document } = review;
  return `${JSON.stringify(
    {
      document: {
        name: document.name,
        title: document.title,
        kind: document.kind,
        pages: document.pages,
      },
      readiness,
      stats: report.stats,
      findings: report.findings,
      accessibility,
      wordsWeUsed: appendix,
    },
    null,
    2,
  )}\n`;
}

export function reportMarkdown(review: DocumentReview): string {
  const { readiness: r, report, accessibility } = review;
  const lines: string[] = [];
  lines.push(`# Ready to circulate? ${escapeMarkdown(r.title)}`, '');
  lines.push(
    r.ready
      ? 'Yes: nothing must change, and the checklist is done.'
      : 'Not yet: see what to change below.',
    '',
  );
  lines.push(
    `- Reading level: ${readingLine(r)}`,
    `- Words: ${formatCount(r.words)}`,
    `- Things to look at: ${formatCount(r.total)}`,
    '',
  );
  lines.push('## Checklist', '');
  for (const item of r.checklist) {
    lines.push(`- [${item.done ? 'x' : ' '}] ${item.label}${item.done ? '' : `. ${item.advice}`}`);
  }
  lines.push('', '## Findings by category', '', '| Category | Count |', '| --- | --- |');
  for (const category of FINDING_CATEGORIES) {
    lines.push(`| ${CATEGORY_LABELS[category]} | ${formatCount(r.byCategory[category])} |`);
  }
  lines.push(`| Accessibility | ${formatCount(r.accessibilityCount)} |`, '');
  lines.push('## Most used jargon', '');
  if (r.topJargon.length === 0) lines.push('None found.');
  for (const { term, count } of r.topJargon)
    lines.push(`- ${escapeMarkdown(term)}: ${formatCount(count)}`);
  lines.push('', '## Short forms not explained', '');
  if (r.unexplainedAbbreviations.length === 0) lines.push('None found.');
  for (const { text, count } of r.unexplainedAbbreviations)
    lines.push(`- ${escapeMarkdown(text)}: ${formatCount(count)}`);
  lines.push('', '## Accessibility', '');
  const accessRows = groupFindings(accessibility);
  if (accessRows.length === 0) lines.push('No problems found.');
  for (const row of accessRows) {
    const { quote, about, messages } = rowParts(row);
    lines.push(
      `- ${escapeMarkdown(quote)} (${about}): ${escapeMarkdown(messages)} Source: ${escapeMarkdown(row.lead.source)}.`,
    );
  }
  lines.push('', '## Things to change in the writing', '');
  const rows = groupFindings(report.findings);
  if (rows.length === 0) lines.push('None.');
  for (const row of rows) {
    const { quote, about, messages } = rowParts(row);
    lines.push(`- ${escapeMarkdown(quote)} (${about}): ${escapeMarkdown(messages)}`);
  }
  return `${lines.join('\n')}\n`;
}

const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;font-size:12pt;line-height:1.5;color:#0b0c0c;max-width:48em;margin:2em auto;padding:0 1em}
h1{font-size:1.6em}h2{font-size:1.3em;margin-top:1.5em;border-top:1px solid #b1b4b6;padding-top:.5em}
table{border-collapse:collapse}th,td{border:1px solid #505a5f;padding:.25em .6em;text-align:left}
.verdict{font-weight:bold;font-size:1.1em;padding:.5em;border-left:6px solid #0b0c0c}
.source{color:#505a5f;font-size:.9em}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}li{break-inside:avoid}}
`;

export function reportHtml(review: DocumentReview): string {
  const { readiness: r, report, accessibility } = review;
  const e = escapeHtml;
  const list = <T>(items: readonly T[], render: (item: T) => string, empty: string) =>
    items.length === 0
      ? `<p>${empty}</p>`
      : `<ul>${items.map((item) => `<li>${render(item)}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ready to circulate? ${e(r.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Ready to circulate? ${e(r.title)}</h1>
<p class="verdict">${r.ready ? 'Yes: nothing must change, and the checklist is done.' : 'Not yet: see what to change below.'}</p>
<table>
<tr><th scope="row">Reading level</th><td>${e(readingLine(r))}</td></tr>
<tr><th scope="row">Words</th><td>${formatCount(r.words)}</td></tr>
<tr><th scope="row">Things to look at</th><td>${formatCount(r.total)}</td></tr>
</table>
<h2>Checklist</h2>
<ul>${r.checklist.map((item) => `<li>${e(item.label)}: <strong>${yesNo(item.done)}</strong>${item.done ? '' : `. ${e(item.advice)}`}</li>`).join('')}</ul>
<h2>Findings by category</h2>
<table>
<tr><th scope="col">Category</th><th scope="col">Count</th></tr>
${FINDING_CATEGORIES.map((c) => `<tr><td>${e(CATEGORY_LABELS[c])}</td><td>${formatCount(r.byCategory[c])}</td></tr>`).join('\n')}
<tr><td>Accessibility</td><td>${formatCount(r.accessibilityCount)}</td></tr>
</table>
<h2>Most used jargon</h2>
${list(r.topJargon, ({ term, count }) => `${e(term)}: ${formatCount(count)}`, 'None found.')}
<h2>Short forms not explained</h2>
${list(r.unexplainedAbbreviations, ({ text, count }) => `${e(text)}: ${formatCount(count)}`, 'None found.')}
<h2>Accessibility</h2>
${list(
  groupFindings(accessibility),
  (row) => {
    const { quote, about, messages } = rowParts(row);
    return `<strong>${e(quote)}</strong> (${e(about)}): ${e(messages)} <span class="source">Source: ${e(row.lead.source)}.</span>`;
  },
  'No problems found.',
)}
<h2>Things to change in the writing</h2>
${list(
  groupFindings(report.findings),
  (row) => {
    const { quote, about, messages } = rowParts(row);
    return `<strong>${e(quote)}</strong> (${e(about)}): ${e(messages)}`;
  },
  'None.',
)}
</main>
</body>
</html>
`;
}

/** Every finding, engine and accessibility, one row each. */
export function findingsCsv(review: DocumentReview): string {
  const rows: (string | number | undefined)[][] = [
    [
      'kind',
      'rule',
      'category',
      'severity',
      'text',
      'message',
      'page',
      'line',
      'start',
      'end',
      'source',
    ],
  ];
  for (const f of review.report.findings) {
    rows.push([
      'text',
      f.ruleId,
      CATEGORY_LABELS[f.category],
      SEVERITY_LABELS[f.severity],
      f.text,
      f.message,
      f.page,
      f.line,
      f.start,
      f.end,
      '',
    ]);
  }
  for (const f of review.accessibility) {
    rows.push([
      'accessibility',
      f.ruleId,
      'Accessibility',
      SEVERITY_LABELS[f.severity],
      f.text,
      f.message,
      f.page,
      undefined,
      f.start,
      f.end,
      f.source,
    ]);
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
