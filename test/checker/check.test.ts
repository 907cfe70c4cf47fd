import { describe, expect, it } from 'vitest';
import { Checker, check } from '../../src/checker/index';
import type { Report } from '../../src/checker/types';
import type { GlossaryEntry } from '../../src/glossary/schema';
import { entry } from '../helpers';

const glossary: GlossaryEntry[] = [
  entry({ id: 'co-production', term: 'co-production', action: 'explain' }),
  entry({ id: 'commissioning', term: 'commissioning', alternatives: ['buying services'] }),
  entry({ id: 'reablement', term: 'reablement', alternatives: ['help to relearn tasks'] }),
];

/** Every finding's offsets point at exactly its text, and line/column agree with the offsets. */
function expectExactOffsets(input: string, report: Report) {
  for (const finding of report.findings) {
    expect(input.slice(finding.start, finding.end)).toBe(finding.text);
    const before = input.slice(0, finding.start);
    const lines = before.split(/\r\n|\r|\n/);
    expect([finding.line, finding.column]).toEqual([
      lines.length,
      (lines.at(-1) as string).length + 1,
    ]);
  }
}

const jargon = (input: string, format?: 'text' | 'markdown' | 'html') =>
  check(input, { glossary, ...(format ? { format } : {}) })
    .findings.filter((f) => f.ruleId === 'glossary-term')
    .map((f) => [f.text, f.line, f.column]);

describe('offsets stay exact', () => {
  it.each([
    ['emoji', '👋🏽 Hello 👩‍👩‍👧. We are commissioning 🎉 reablement.'],
    ['combining marks', 'Cafe\u0301 staff: commissioning and reablement.'],
    ['Welsh letters', 'Mae’r ŵyr yn hapus. Commissioning ŷ reablement.'],
    ['CRLF', 'First line.\r\nWe are commissioning.\r\n\r\nreablement here.'],
    ['mixed line endings', 'One.\rTwo commissioning.\nThree.\r\nFour reablement.'],
    ['tabs and no-break spaces', '\tWe\u00a0are commissioning\u00a0reablement.'],
  ])('with %s', (_name, input) => {
    const report = check(input, { glossary });
    expect(report.findings.filter((f) => f.ruleId === 'glossary-term').map((f) => f.text)).toEqual([
      expect.stringMatching(/commissioning/i),
      'reablement',
    ]);
    expectExactOffsets(input, report);
  });

  it('in Markdown', () => {
    const input =
      '# Commissioning plan\n\nWe use *reablement* and `commissioning()` in code.\n\n```\ncommissioning\n```\n';
    expect(jargon(input, 'markdown')).toEqual([
      ['Commissioning', 1, 3],
      ['reablement', 3, 9],
    ]);
    expectExactOffsets(input, check(input, { glossary, format: 'markdown' }));
  });

  it('in a Markdown table, one cell at a time', () => {
    const input =
      '| Plan | Notes |\n|---|---|\n| Reablement for six weeks | Ask about commissioning |\n';
    const report = check(input, { glossary, format: 'markdown' });
    expect(jargon(input, 'markdown')).toEqual([
      ['Reablement', 3, 3],
      ['commissioning', 3, 40],
    ]);
    // No sentence runs across cells.
    expect(report.findings.filter((f) => f.ruleId === 'long-sentence')).toEqual([]);
    expectExactOffsets(input, report);
  });

  it('in Markdown, with lettered lines read as list items', () => {
    const input = 'RESOLVED – That:\n(a) reablement be noted;\n(b) commissioning be agreed.\n';
    const report = check(input, { glossary, format: 'markdown' });
    expect(report.stats.sentences).toBe(3);
    expect(jargon(input, 'markdown')).toEqual([
      ['reablement', 2, 5],
      ['commissioning', 3, 5],
    ]);
    expectExactOffsets(input, report);
  });

  it('in Markdown, with lines that start with a bold label read as list items', () => {
    const input =
      '**Provider:** Greenacre reablement service\n**Service type**: commissioning of day care\nWe met staff.\n';
    const report = check(input, { glossary, format: 'markdown' });
    expect(report.stats.sentences).toBe(2);
    expect(jargon(input, 'markdown')).toEqual([
      ['reablement', 1, 25],
      ['commissioning', 2, 19],
    ]);
    expectExactOffsets(input, report);
  });

  it('in a quotation, leaving its sentences and words as they were said, but explaining jargon', () => {
    const said =
      'I had reablement and the team were wonderful, and after my fall I did not think I would be able to live on my own again, but I was helped and now I utilise my kitchen.';
    for (const [format, input] of [
      ['markdown', `> ${said}\n`],
      ['html', `<blockquote><p>${said}</p></blockquote>`],
    ] as const) {
      const findings = check(input, { glossary, format }).findings;
      // No long-sentence, passive-voice or plain-words finding; no replacement offered.
      expect(findings.map((f) => [f.ruleId, f.text, f.suggestions.map((s) => s.kind)])).toEqual([
        ['glossary-term', 'reablement', ['explain']],
      ]);
    }
    // The same words as the writer's own.
    const own = check(said, { glossary }).findings.map((f) => f.ruleId);
    expect(own).toEqual(['long-sentence', 'glossary-term', 'plain-words']);
  });

  it('in HTML, with entities and code skipped', () => {
    const input =
      '<p>Tom &amp; Jerry: <b>commissioning</b> &nbsp;reablement.</p><pre>commissioning</pre><p><code>reablement</code> <a href="https://x.org/commissioning">link</a></p><script>commissioning</script>';
    expect(jargon(input, 'html')).toEqual([
      ['commissioning', 1, 24],
      ['reablement', 1, 48],
    ]);
    expectExactOffsets(input, check(input, { glossary, format: 'html' }));
  });

  it('never flags URLs or e-mail addresses', () => {
    const input =
      'See https://example.org/commissioning/reablement or mail commissioning@example.org today.';
    expect(jargon(input, 'text')).toEqual([]);
  });

  it.each([
    ['The form is on the GOV.UK website.', []],
    ['Read nhs.uk/conditions/dementia before the commissioning meeting.', ['commissioning']],
    ['Email the team or see carersuk.org for help.', []],
  ])('reads a site named by its domain as one word: %s', (input, expected) => {
    const findings = check(input, { glossary, profile: 'public' }).findings;
    expect(findings.map((f) => f.text)).toEqual(expected);
  });
});

describe('format detection', () => {
  it.each([
    ['<p>Hello</p>', 'html'],
    ['# Heading\n\nText', 'markdown'],
    ['- one\n- two', 'markdown'],
    ['Just some text.', 'text'],
  ])('%s', async (input, format) => {
    const { detectFormat } = await import('../../src/checker/blocks');
    expect(detectFormat(input)).toBe(format);
  });
});

describe('bad input', () => {
  it('checks empty text', () => {
    const report = check('', { glossary });
    expect(report.findings).toEqual([]);
    expect(report.stats).toMatchObject({ words: 0, sentences: 0, readingAge: 0 });
  });

  it('checks one enormous paragraph', () => {
    const input = 'We are commissioning reablement services for people at home. '.repeat(20_000);
    const report = check(input, { glossary });
    expect(report.stats.words).toBe(9 * 20_000);
    expect(report.findings.filter((f) => f.ruleId === 'glossary-term').length).toBe(40_000);
    expect(report.findings.at(-1)?.end).toBeLessThanOrEqual(input.length);
  });

  it('checks a 5 MB text of many paragraphs', () => {
    const paragraph =
      'The commissioning team met. They talked about reablement and what to do next.\n\n';
    const input = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const report = check(input, { glossary });
    expect(input.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(report.stats.sentences).toBe(2 * Math.ceil((5 * 1024 * 1024) / paragraph.length));
  });

  it('copes with text that is only punctuation, digits or white space', () => {
    for (const input of ['...', '   \n\n  ', '12345', '—', '()', '\u200b']) {
      expect(check(input, { glossary }).findings).toEqual([]);
    }
  });
});

describe('stats', () => {
  it('counts words, sentences and categories and lists the glossary terms found', () => {
    const report = check('We are commissioning reablement. Reablement works. The SCIE agreed.', {
      glossary,
    });
    expect(report.stats).toMatchObject({
      words: 9,
      sentences: 3,
      averageSentenceLength: 3,
      glossaryTerms: ['commissioning', 'reablement'],
      targetReadingAge: 13,
    });
    expect(report.stats.byCategory).toEqual({
      jargon: 3,
      'plain-english': 0,
      readability: 0,
      acronym: 1,
      respectful: 0,
      'easy-read': 0,
    });
  });
});

describe('re-checking', () => {
  it('gives the same report from the cache as from a fresh checker', () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `Paragraph ${i} is about commissioning and reablement.`,
    );
    const warm = new Checker({ glossary });
    warm.check(paragraphs.join('\n\n'));
    paragraphs[12] = 'This paragraph changed: co-production was added here.';
    const edited = paragraphs.join('\n\n');
    expect(warm.check(edited)).toEqual(new Checker({ glossary }).check(edited));
  });

  it('keeps separate results per profile', () => {
    const warm = new Checker({ glossary });
    const text = 'You get three visits a week.';
    expect(warm.check(text, { profile: 'plain' }).findings).toEqual([]);
    expect(warm.check(text, { profile: 'easy-read' }).findings.map((f) => f.ruleId)).toEqual([
      'easy-read-numbers',
    ]);
  });

  it('leaves out words the user chose to ignore, and rules they turned off', () => {
    const text = 'We are commissioning reablement.';
    expect(
      check(text, { glossary, ignoreWords: ['Reablement'] }).findings.map((f) => f.text),
    ).toEqual(['commissioning']);
    expect(check(text, { glossary, disable: ['glossary-term'] }).findings).toEqual([]);
  });

  it('uses proposed entries only when asked', () => {
    const proposed = [
      entry({
        id: 'signpost',
        term: 'signpost',
        status: 'proposed',
        alternatives: ['tell you where to go'],
      }),
    ];
    expect(check('We signpost people.', { glossary: proposed }).findings).toEqual([]);
    expect(
      check('We signpost people.', { glossary: proposed, includeProposed: true }).findings.map(
        (f) => f.text,
      ),
    ).toEqual(['signpost']);
  });
});

describe('long paragraphs', () => {
  it('are checked in pieces that give the same findings as short paragraphs would', async () => {
    const { splitLong, toBlocks } = await import('../../src/checker/blocks');
    const sentence = 'We are commissioning reablement for people at home. ';
    const input = sentence.repeat(200);
    const pieces = toBlocks(input, 'text');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((piece) => piece.text).join('')).toBe(input);
    for (const piece of pieces) {
      expect(input.slice(piece.base, piece.sourceEnd)).toBe(piece.text);
      expect(piece.text.length).toBeLessThanOrEqual(2_000 + sentence.length);
    }
    expect(splitLong(pieces[0]!)).toEqual([pieces[0]]);
    const report = check(input, { glossary });
    expect(report.stats.sentences).toBe(200);
    expect(report.findings.filter((f) => f.ruleId === 'glossary-term').length).toBe(400);
    expectExactOffsets(input, report);
  });
});

describe('re-checking reuses unchanged paragraphs', () => {
  it('gives the same findings as a fresh check after edits before, inside and after a paragraph', () => {
    const paragraphs = Array.from(
      { length: 12 },
      (_, i) =>
        `Paragraph ${i}: we are commissioning reablement and co-production.\nIt has a second line.`,
    );
    const warm = new Checker({ glossary });
    const edits: ((list: string[]) => void)[] = [
      (list) => (list[5] += ' More words.'),
      (list) => (list[0] = `New first line.\n${list[0]}`),
      (list) => list.splice(3, 1),
      (list) => (list[7] = list[7]!.replace('co-production', 'co-production (working together)')),
    ];
    warm.check(paragraphs.join('\n\n'));
    for (const edit of edits) {
      edit(paragraphs);
      const text = paragraphs.join('\n\n');
      const options = { ignoreWords: ['reablement'] } as const;
      expect(warm.check(text)).toEqual(new Checker({ glossary }).check(text));
      expect(warm.check(text, options)).toEqual(new Checker({ glossary }).check(text, options));
      expectExactOffsets(text, warm.check(text));
    }
  });
});
