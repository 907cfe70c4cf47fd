/**
 * The builds swap wink's slow base64 loop for a native decoder
 * (scripts/wink-decode.mjs). Run on wink's own reader and its real model,
 * each patched reader must give exactly the tables wink's loop gives.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { nativeWinkDecode } from '../../scripts/wink-decode.mjs';

const requireHere = createRequire(import.meta.url);
const readerPath = requireHere.resolve('wink-eng-lite-web-model/dist/read-core-model.js');
const original = readFileSync(readerPath, 'utf8');
const decode = nativeWinkDecode;

interface Tables {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

/** Runs a copy of wink's reader, its `require` resolved from wink's folder. */
function readTables(source: string): Tables {
  const module = { exports: {} as () => Tables };
  const requireFromWink = createRequire(readerPath);
  new Function('require', 'module', 'exports', source)(requireFromWink, module, module.exports);
  const model = module.exports();
  return { lexicon: model.lexicon, xpansions: model.xpansions };
}

const expected = readTables(original);
const withFromBase64 = Uint8Array as unknown as {
  fromBase64: ((data: string) => Uint8Array) | undefined;
};
const hadFromBase64 = withFromBase64.fromBase64;

afterEach(() => {
  withFromBase64.fromBase64 = hadFromBase64;
});

describe('wink’s model tables with a native base64 decoder', () => {
  it('are read at all (the model has both tables)', () => {
    expect(expected.lexicon.length).toBeGreaterThan(100_000);
    expect(expected.xpansions.length).toBeGreaterThan(0);
  });

  it('are the same bytes with Node’s decoder (the command line)', () => {
    const patched = decode(original, 'node');
    expect(patched).not.toContain('atob(');
    expect(readTables(patched)).toEqual(expected);
  });

  it('are the same bytes in a browser with Uint8Array.fromBase64, which is used', () => {
    const asked: number[] = [];
    withFromBase64.fromBase64 = (data: string) => {
      asked.push(data.length);
      return new Uint8Array(Buffer.from(data, 'base64'));
    };
    expect(readTables(decode(original, 'browser'))).toEqual(expected);
    expect(asked).toHaveLength(2);
  });

  it('are the same bytes in a browser without it (wink’s own loop)', () => {
    withFromBase64.fromBase64 = undefined;
    expect(readTables(decode(original, 'browser'))).toEqual(expected);
  });

  it('stop the build when wink’s reader no longer reads as expected', () => {
    expect(() =>
      decode(original.replace('bufferFromBase64=function(data){', 'x='), 'node'),
    ).toThrow(/no longer decodes its model/);
  });
});
