/**
 * The same Markdown or HTML gives the same findings, counts and reading age
 * whether the engine reads it itself (`check(text, { format })`, as for a
 * field) or a file's document model goes in (`checkModel`, as for a file, the
 * command line and the review page): each finding at the same line and
 * column, with the same message.
 */
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/checker/index';
import type { Finding, Report } from '../../src/checker/types';
import { readDocument } from '../../src/documents/index';
import { engineText, type DocumentModel } from '../../src/documents/model';
import { checkModel } from '../../src/report/review';

const checker = new Checker();

const summary = (report: Report) => ({
  words: report.stats.words,
  sentences: report.stats.sentences,
  readingAge: report.stats.readingAge,
  findings: report.findings.map((f: Finding) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`),
});

async function model(text: string, name: string): Promise<DocumentModel> {
  return readDocument(new TextEncoder().encode(text), name);
}

const CASES: { what: string; name: string; text: string; sentences: number }[] = [
  {
    what: 'lettered lines in a Markdown quote are list items',
    name: 'minutes.md',
    text: '> RESOLVED – That:\n> (a) the reablement report be noted;\n> (b) commissioning be agreed.\n\nWe discussed reablement again.\n',
    sentences: 4,
  },
  {
    what: 'Markdown inline code is one word nobody checks',
    name: 'note.md',
    text: 'Type `commissioning reablement` in the box, then press the button to see your personal budget.\n',
    sentences: 1,
  },
  {
    what: 'HTML code, keyboard keys and preformatted text are one word each',
    name: 'page.html',
    text: '<p>Press <kbd>Ctrl</kbd> and type <code>commissioning</code> to open the plan.</p><pre>reablement = true\nsignposting()</pre><p>Then ask about reablement.</p>',
    sentences: 3,
  },
  {
    what: 'HTML text after a heading, outside any element, is a paragraph',
    name: 'page.html',
    text: '<h2>Reablement</h2>Reablement is short-term support to help you do things for yourself again after an illness or a fall at home.<p>We will tell you about commissioning.</p>',
    sentences: 3,
  },
  {
    what: 'a quotation in HTML: someone else’s words, read as a quote',
    name: 'page.html',
    text: '<blockquote><p>The reablement team were wonderful, and after my fall I did not think I would be able to live on my own again, but now I utilise my kitchen.</p></blockquote><p>We use commissioning.</p>',
    sentences: 2,
  },
  {
    what: 'a quotation in Markdown',
    name: 'story.md',
    text: '> The reablement team were wonderful, and after my fall I did not think I would be able to live on my own again, but now I utilise my kitchen.\n\nWe use commissioning.\n',
    sentences: 2,
  },
  {
    what: 'a letter’s sign-off in Markdown: the writer’s name, job and employer on lines of their own',
    name: 'letter.md',
    text: 'We looked at your needs again.\n\nYours sincerely\n\nAmira Shah\nContinuing Healthcare Clinical Lead\nNorthshire and Vale Integrated Care Board\n',
    sentences: 3,
  },
  {
    what: 'an HTML table and list',
    name: 'page.html',
    text: '<ul><li>Run <code>npm test</code> for the commissioning plan.</li><li><p>A paragraph in an item about personalisation.</p></li></ul><table><tr><th>Service</th><th>Cost</th></tr><tr><td>Domiciliary care</td><td>£20 an hour</td></tr></table>',
    sentences: 6,
  },
];

describe('one way in: the engine reading text and a document model agree', () => {
  it.each(CASES)('$what', async ({ name, text, sentences }) => {
    const format = name.endsWith('.md') ? 'markdown' : 'html';
    const direct = checker.check(text, { format });
    const viaModel = checkModel(await model(text, name), checker);
    expect(summary(viaModel)).toEqual(summary(direct));
    expect(direct.stats.sentences).toBe(sentences);
  });

  it('keeps code in the document text and masks it only for the engine', async () => {
    const doc = await model('<p>Type <code>reablement</code> here.</p>', 'page.html');
    expect(doc.text).toBe('Type reablement here.');
    expect(doc.code).toEqual([{ start: 5, end: 15 }]);
    expect(engineText(doc)).toBe('Type 0000000000 here.');
    const nested = await model('<pre><code>a b</code> c</pre><p>Done.</p>', 'page.html');
    expect(engineText(nested)).toBe('00000\n\nDone.');
  });
});
