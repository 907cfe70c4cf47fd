/**
 * The "words we used" list as Markdown, HTML (a whole file, or a fragment to
 * copy as rich text that pastes cleanly into Word and web mail), plain text,
 * and .docx made with the `docx` package.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { appendixHeading, type AppendixEntry } from './appendix';
import { escapeHtml, escapeMarkdown } from './escape';

export const APPENDIX_TITLE = 'Words we used';
const INTRO = 'This list explains words in this paper that you may not know.';
const EMPTY = 'This paper uses no words from the glossary.';

export function appendixMarkdown(entries: readonly AppendixEntry[]): string {
  const lines = [`# ${APPENDIX_TITLE}`, '', entries.length === 0 ? EMPTY : INTRO, ''];
  for (const entry of entries) {
    lines.push(
      `**${escapeMarkdown(appendixHeading(entry))}**: ${escapeMarkdown(entry.definition)}`,
      '',
    );
    if (entry.easyRead) {
      for (const sentence of entry.easyRead) lines.push(`- ${escapeMarkdown(sentence)}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The list as an HTML fragment with only simple tags and inline styles, which
 * Word and web mail keep when it is pasted.
 */
export function appendixFragment(entries: readonly AppendixEntry[]): string {
  const e = escapeHtml;
  const items = entries
    .map(
      (entry) =>
        `<dt style="font-weight:bold;margin-top:8pt">${e(appendixHeading(entry))}</dt><dd style="margin-left:0">${e(entry.definition)}${
          entry.easyRead ? `<ul>${entry.easyRead.map((s) => `<li>${e(s)}</li>`).join('')}</ul>` : ''
        }</dd>`,
    )
    .join('');
  return `<h2>${APPENDIX_TITLE}</h2><p>${entries.length === 0 ? EMPTY : INTRO}</p>${
    entries.length === 0 ? '' : `<dl style="font-family:Arial,sans-serif">${items}</dl>`
  }`;
}

export function appendixHtml(entries: readonly AppendixEntry[], title: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${APPENDIX_TITLE}: ${escapeHtml(title)}</title>
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:12pt;line-height:1.5;max-width:48em;margin:2em auto;padding:0 1em}</style>
</head>
<body>
<main>
${appendixFragment(entries)}
</main>
</body>
</html>
`;
}

/** Plain text, for the clipboard beside the rich text. */
export function appendixText(entries: readonly AppendixEntry[]): string {
  const lines = [APPENDIX_TITLE, '', entries.length === 0 ? EMPTY : INTRO, ''];
  for (const entry of entries) {
    lines.push(`${appendixHeading(entry)}: ${entry.definition}`);
    for (const sentence of entry.easyRead ?? []) lines.push(`  - ${sentence}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function appendixDocx(
  entries: readonly AppendixEntry[],
  title: string,
): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ text: APPENDIX_TITLE, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({
      children: [new TextRun({ text: entries.length === 0 ? EMPTY : INTRO, size: 24 })],
    }),
  ];
  for (const entry of entries) {
    children.push(
      new Paragraph({
        spacing: { before: 200 },
        children: [
          new TextRun({ text: `${appendixHeading(entry)}: `, bold: true, size: 24 }),
          new TextRun({ text: entry.definition, size: 24 }),
        ],
      }),
    );
    for (const sentence of entry.easyRead ?? []) {
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [new TextRun({ text: sentence, size: 28 })],
        }),
      );
    }
  }
  const doc = new Document({
    title: `${APPENDIX_TITLE}: ${title}`,
    styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
