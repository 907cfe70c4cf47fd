/**
 * Writes the sample meeting paper in examples/ as .txt, .html, .docx and
 * .pdf, from one text written by the team, so every README example has a
 * file to run on. The paper has jargon, an abbreviation nobody spells out,
 * a sentence far over 25 words and a passive request, so each example shows
 * findings.
 *
 * The files are committed (they are examples, not build output). Running
 * this again gives the same bytes: the .docx has a fixed date and fixed zip
 * times, and the PDF and text files hold no date. test/setup/examples.test.ts
 * checks that.
 *
 * Usage: npm run examples            (writes examples/)
 *        tsx scripts/make-examples.ts <folder>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { makePdf, type PdfBlockSpec } from '../test/fixtures/pdf-writer';

/** The name every example file shares. */
export const EXAMPLE_NAME = 'day-opportunities-paper';

const TITLE = 'Day opportunities review: paper for the Adult Social Care Board';

/** The date written into the .docx, so the file is the same each time. */
const FIXED_DATE = '2027-01-07T09:00:00Z';

type Block = { kind: 'h1' | 'h2' | 'p' | 'li'; text: string };

/** The paper, in the team's own words. */
export const PAPER: readonly Block[] = [
  { kind: 'h1', text: 'Day opportunities review' },
  {
    kind: 'p',
    text: 'Paper for the Adult Social Care Board, 14 January 2027. Written by the Head of Commissioning.',
  },
  { kind: 'h2', text: 'What this paper is about' },
  {
    kind: 'p',
    text: 'This paper asks the board to agree how we will review day opportunities for adults with a learning disability. Going forward, we want to co-produce the review with people who use services and their carers.',
  },
  { kind: 'h2', text: 'Background' },
  {
    kind: 'p',
    text: 'There are 6 day centres in the borough. About 240 people go to one at least once a week. Since the pandemic, many service users have told us they would rather spend their day out in the community, doing things that matter to them, than in a building.',
  },
  {
    kind: 'p',
    text: 'In order to facilitate a strength-based approach, the commissioning team proposes to undertake a comprehensive market-shaping exercise with providers, the ICB and the voluntary sector, with a view to utilising existing resources more effectively and ensuring that the new offer is sustainable, person-centred and in line with the Care Act.',
  },
  { kind: 'h2', text: 'What we propose' },
  { kind: 'li', text: 'Hold four workshops, each led with people who draw on care and support.' },
  { kind: 'li', text: 'Ask each provider how many people come and what difference it makes.' },
  { kind: 'li', text: 'Come back to the board in July with options.' },
  { kind: 'h2', text: 'What we ask the board to do' },
  {
    kind: 'p',
    text: 'The board is asked to note the contents of this paper and agree the approach set out above.',
  },
];

export function paperText(): string {
  return `${PAPER.map((b) => (b.kind === 'li' ? `- ${b.text}` : b.text)).join('\n\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function paperHtml(): string {
  const body: string[] = [];
  let inList = false;
  for (const block of PAPER) {
    if (block.kind !== 'li' && inList) {
      body.push('</ul>');
      inList = false;
    }
    if (block.kind === 'li' && !inList) {
      body.push('<ul>');
      inList = true;
    }
    const tag = block.kind;
    body.push(`${tag === 'li' ? '  ' : ''}<${tag}>${escapeHtml(block.text)}</${tag}>`);
  }
  if (inList) body.push('</ul>');
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(TITLE)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The .docx, with the dates Word keeps in docProps/core.xml and every zip time fixed. */
export async function paperDocx(): Promise<Uint8Array> {
  const doc = new Document({
    title: TITLE,
    creator: 'Plainly contributors',
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: 'bullet', text: '•', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: PAPER.map((block) => {
          if (block.kind === 'h1')
            return new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 });
          if (block.kind === 'h2')
            return new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 });
          if (block.kind === 'li')
            return new Paragraph({
              text: block.text,
              numbering: { reference: 'bullets', level: 0 },
            });
          return new Paragraph(block.text);
        }),
      },
    ],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const core = files['docProps/core.xml'];
  if (core === undefined) throw new Error('The .docx has no docProps/core.xml.');
  files['docProps/core.xml'] = strToU8(
    strFromU8(core).replace(
      /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
      `$1${FIXED_DATE}$2`,
    ),
  );
  return zipSync(files, { level: 9, mtime: new Date(FIXED_DATE) });
}

/** A tagged PDF (headings, paragraphs), with its title and language. */
export function paperPdf(): Uint8Array {
  const blocks: PdfBlockSpec[] = PAPER.map((block) => {
    if (block.kind === 'h1') return { role: 'H1', text: block.text };
    if (block.kind === 'h2') return { role: 'H2', text: block.text };
    return { role: 'P', text: block.kind === 'li' ? `- ${block.text}` : block.text };
  });
  return makePdf({ tagged: true, title: TITLE, lang: 'en-GB', pages: [{ blocks }] });
}

/** Every example file: name and bytes. */
export async function exampleFiles(): Promise<[string, Uint8Array][]> {
  return [
    [`${EXAMPLE_NAME}.txt`, strToU8(paperText())],
    [`${EXAMPLE_NAME}.html`, strToU8(paperHtml())],
    [`${EXAMPLE_NAME}.docx`, await paperDocx()],
    [`${EXAMPLE_NAME}.pdf`, paperPdf()],
  ];
}

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../examples'));
  mkdirSync(out, { recursive: true });
  for (const [name, bytes] of await exampleFiles()) {
    writeFileSync(join(out, name), bytes);
    console.log(`Wrote ${join(out, name)} (${bytes.byteLength} bytes)`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
