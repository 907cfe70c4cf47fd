/**
 * The example policy files in docs/policy/ name Plainly by its real ids and
 * hold only settings Plainly accepts, each with the value the example means.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_EXTENSION_ID } from '../../scripts/dev-key.mjs';
import { parseManagedPolicy } from '../../src/settings/policy';

const read = (name: string) =>
  readFileSync(new URL(`../../docs/policy/${name}`, import.meta.url), 'utf8');

const EXPECTED = {
  feeds: [{ url: 'https://intranet.example.org/plainly/glossary.json', locked: true }],
  defaultProfile: 'public',
  disabledSites: ['mail.example.org'],
  allowOwnEntries: false,
};

/** The `[key]` sections of a .reg file, each with its `"name"=value` lines as a policy value. */
function registry(text: string): Map<string, Record<string, unknown>> {
  const keys = new Map<string, Record<string, unknown>>();
  let current: Record<string, unknown> | undefined;
  for (const line of text.split(/\r\n/)) {
    const key = /^\[(.+)\]$/.exec(line);
    if (key?.[1]) keys.set(key[1], (current = {}));
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (value?.[1] && current) {
      current[value[1]] =
        value[3] !== undefined ? Number.parseInt(value[3], 16) : value[2]?.replace(/\\(.)/g, '$1');
    }
  }
  return keys;
}

describe('docs/policy examples', () => {
  it('Chrome and Chromium on Linux: 3rdparty → extensions → the id', () => {
    const file = JSON.parse(read('chrome-linux.json')) as {
      '3rdparty': { extensions: Record<string, unknown> };
    };
    expect(Object.keys(file['3rdparty'].extensions)).toEqual([DEV_EXTENSION_ID]);
    expect(parseManagedPolicy(file['3rdparty'].extensions[DEV_EXTENSION_ID])).toEqual({
      policy: EXPECTED,
      problems: [],
    });
  });

  it('Firefox: policies → 3rdparty → Extensions → the add-on id', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../wxt.config.ts', import.meta.url), 'utf8')
        .match(/id: ('[^']+')/)?.[1]
        ?.replace(/'/g, '"') ?? '""',
    ) as string;
    const file = JSON.parse(read('firefox-policies.json')) as {
      policies: { '3rdparty': { Extensions: Record<string, unknown> } };
    };
    expect(Object.keys(file.policies['3rdparty'].Extensions)).toEqual([manifest]);
    expect(parseManagedPolicy(file.policies['3rdparty'].Extensions[manifest])).toEqual({
      policy: EXPECTED,
      problems: [],
    });
  });

  it.each([
    ['chrome-windows.reg', 'Google\\Chrome'],
    ['edge-windows.reg', 'Microsoft\\Edge'],
  ])('%s: the registry form of the same settings', (name, vendor) => {
    const text = read(name);
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions\\${DEV_EXTENSION_ID}\\policy`;
    const keys = registry(text);
    expect([...keys.keys()]).toEqual([base, `${base}\\disabledSites`]);
    const values = keys.get(base) ?? {};
    // As Chrome reads it: JSON in a string for a list of objects, a DWORD for
    // true or false, a key of numbered values for a list of strings.
    const policy = {
      feeds: JSON.parse(String(values.feeds)) as unknown,
      defaultProfile: values.defaultProfile,
      disabledSites: Object.values(keys.get(`${base}\\disabledSites`) ?? {}),
      allowOwnEntries: values.allowOwnEntries === 1,
    };
    expect(parseManagedPolicy(policy)).toEqual({ policy: EXPECTED, problems: [] });
  });
});
