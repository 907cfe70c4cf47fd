/**
 * Runs dictionaries/accessibility.json through the document checks: the
 * placeholder titles with their optional numbers, the generic alt texts and
 * the vague link texts, with near misses that must not be flagged.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/accessibility/document-checks';
import { Checker } from '../../src/checker/index';
import { ModelBuilder } from '../../src/documents/builder';
import { checkModel } from '../../src/report/review';

const checker = new Checker();

function findings(options: { title?: string; alt?: string; link?: string }): string[] {
  const builder = new ModelBuilder('html', 'test.html');
  builder.setTitle(options.title ?? 'Day services review');
  builder.setLanguage('en-GB');
  builder.startBlock('paragraph');
  builder.addText('The centre opens at nine. ');
  if (options.link !== undefined) {
    builder.open('link', 'https://example.org/');
    builder.addText(options.link);
    builder.close('link');
  }
  if (options.alt !== undefined) builder.addImage(options.alt);
  builder.endBlock();
  const model = builder.finish();
  return checkDocument(model, 'plain', checkModel(model, checker).stats.words).map(
    (finding) => finding.ruleId,
  );
}

describe('accessibility words', () => {
  it.each([
    'Document',
    'Document 1',
    'document12',
    'Doc',
    'Doc1',
    'Untitled',
    'Untitled document',
    'New Document',
    'TITLE',
  ])('the title "%s" is a placeholder', (title) => {
    expect(findings({ title })).toContain('no-title');
  });

  it.each(['Doc 1', 'Documents', 'My document', 'Untitled 2', 'New', 'Title page'])(
    'the title "%s" is not a placeholder',
    (title) => {
      expect(findings({ title })).not.toContain('no-title');
    },
  );

  it.each(['image', 'Picture 3', 'photo2', 'IMG 12', 'Chart'])(
    'the alt text "%s" does not say what the picture shows',
    (alt) => {
      expect(findings({ alt })).toContain('image-alt-file-name');
    },
  );

  it.each(['A photo of the centre', 'Image of a bus', 'pictures'])(
    'the alt text "%s" is fine',
    (alt) => {
      expect(findings({ alt })).not.toContain('image-alt-file-name');
    },
  );

  it.each(['click here', 'Read more…', 'More information:', 'here'])(
    'the link text "%s" is vague',
    (link) => {
      expect(findings({ link })).toContain('vague-link');
    },
  );

  it('a link text that says where it goes is fine', () => {
    expect(findings({ link: 'the day services review' })).not.toContain('vague-link');
  });
});
