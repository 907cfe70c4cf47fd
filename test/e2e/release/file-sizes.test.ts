/**
 * Firefox's add-on checker (web-ext lint, which addons.mozilla.org runs on
 * every upload) stops with "File is too large to parse" on a script over
 * 5 MB, and the store then refuses the add-on. The background holds the
 * engine and wink's English model, so the build puts the model in a file of
 * its own (wxt.config.ts, "One file per large part"). This reads every
 * script each build ships.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const outDir = join(root, process.env.PLAINLY_OUT_DIR ?? '.output');
/** addons-linter's MAX_FILE_SIZE_TO_PARSE_MB, in bytes. */
const MOST_FIREFOX_READS = 5 * 1024 * 1024;

function scripts(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => ({
      file: relative(dir, join(dir, name)),
      bytes: statSync(join(dir, name)).size,
    }));
}

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (build) => {
  const dir = join(outDir, build);

  it('has no script too large for Firefox’s add-on checker to read', () => {
    const found = scripts(dir);
    expect(found.map((s) => s.file)).toContain('background.js');
    expect(found.filter((s) => s.bytes > MOST_FIREFOX_READS)).toEqual([]);
  });

  it('keeps the language model out of background.js, in a file the background imports', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      background: { type?: string };
    };
    expect(manifest.background.type).toBe('module');
    const model = scripts(dir).filter((s) => /^chunks\/language-model-[\w-]+\.js$/.test(s.file));
    expect(model).toHaveLength(1);
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    expect(background).toContain(model[0]?.file.replace(/^chunks\//, ''));
  });
});
