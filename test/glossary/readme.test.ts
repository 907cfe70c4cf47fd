/** The README's feed example is a feed Plainly accepts, and its CSV columns are the code's. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_OPTIONAL_COLUMNS } from '../../src/glossary/csv';
import { parseGlossaryJson } from '../../src/glossary/feed';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README glossary sections', () => {
  it('shows a complete feed that Plainly accepts', () => {
    const json = /## Published feeds[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const { file, problems } = parseGlossaryJson(json);
    expect(problems).toEqual([]);
    expect(file?.entries.length).toBeGreaterThan(0);
  });

  it('names every CSV column', () => {
    const section = /## Import and export([\s\S]*?)## Published feeds/.exec(readme)?.[1] ?? '';
    for (const column of [...CSV_COLUMNS, ...CSV_OPTIONAL_COLUMNS]) {
      expect(section).toContain(`\`${column}\``);
    }
  });
});
