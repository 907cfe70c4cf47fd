import { describe, expect, it } from 'vitest';
import { applyPolicy, parseManagedPolicy, policyLocks } from '../../src/settings/policy';
import { DEFAULT_SETTINGS, isActiveOn } from '../../src/settings/schema';

describe('managed policy', () => {
  it('keeps valid values and drops wrong ones with a plain problem (Firefox does not check the schema)', () => {
    const { policy, problems } = parseManagedPolicy({
      feeds: [
        { url: 'https://intranet.example.org/glossary.json', locked: true },
        { url: 'http://evil.example/feed.json' },
        'text',
      ],
      defaultProfile: 'shouty',
      disabledSites: ['Mail.Example.org', 7],
      allowOwnEntries: 'no',
      telemetry: true,
    });
    expect(policy).toEqual({
      feeds: [{ url: 'https://intranet.example.org/glossary.json', locked: true }],
      disabledSites: ['mail.example.org'],
    });
    // Two feeds, the profile, the site 7, the yes-or-no and the unknown key.
    expect(problems).toHaveLength(6);
  });

  it('ignores a policy that is not an object, and an absent one', () => {
    expect(parseManagedPolicy('x').policy).toEqual({});
    expect(parseManagedPolicy(undefined)).toEqual({ policy: {}, problems: [] });
  });

  it('lays the policy over the user’s settings: policy feeds first, sites added, own entries forced', () => {
    const { policy } = parseManagedPolicy({
      feeds: [{ url: 'https://a.example/g.json', locked: true }],
      defaultProfile: 'easy-read',
      disabledSites: ['crm.example.org'],
      allowOwnEntries: false,
    });
    const mine = {
      ...DEFAULT_SETTINGS,
      feeds: [{ url: 'https://b.example/g.json' }, { url: 'https://a.example/g.json' }],
      disabledSites: ['x.example'],
    };
    const effective = applyPolicy(mine, policy, false);
    expect(effective.feeds).toEqual([
      { url: 'https://a.example/g.json', locked: true },
      { url: 'https://b.example/g.json' },
    ]);
    expect(effective.profile).toBe('easy-read');
    expect(applyPolicy(mine, policy, true).profile).toBe('plain');
    expect(effective.disabledSites).toEqual(['crm.example.org', 'x.example']);
    expect(effective.allowOwnEntries).toBe(false);
    expect(effective.allowedSites).toBeNull();
    expect(policyLocks(policy)).toEqual({
      allowOwnEntries: true,
      feeds: ['https://a.example/g.json'],
      disabledSites: ['crm.example.org'],
      allowedSites: null,
    });
  });

  it('the managed schema in public/ describes exactly the keys Plainly reads', async () => {
    const schema = (await import('../../public/managed_schema.json')).default as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['allowOwnEntries', 'allowedSites', 'defaultProfile', 'disabledSites', 'feeds'].sort(),
    );
  });

  it('reads the allow and block lists of sites: host names cleaned, anything else a problem', () => {
    const { policy, problems } = parseManagedPolicy({
      allowedSites: ['Intranet.Example.org', '*.care.example.org', 'https://x.example/', 7, ''],
      disabledSites: 'mail.example.org',
    });
    expect(policy).toEqual({ allowedSites: ['intranet.example.org', 'care.example.org'] });
    expect(problems).toEqual([
      'The policy "disabledSites" must be a list of host names.',
      'The policy "allowedSites" has "https://x.example/", which is not a host name such as intranet.example.org, so it was ignored.',
      'The policy "allowedSites" has 7, which is not a host name such as intranet.example.org, so it was ignored.',
      'The policy "allowedSites" has "", which is not a host name such as intranet.example.org, so it was ignored.',
    ]);
  });

  /** Where checking as you write runs, for a policy and the user's own list of sites switched off. */
  function activeOn(raw: unknown, own: string[] = []): (host: string) => boolean {
    const { policy } = parseManagedPolicy(raw);
    const settings = applyPolicy({ ...DEFAULT_SETTINGS, disabledSites: own }, policy);
    return (host) => isActiveOn(settings, host);
  }

  it.each([
    // [policy, the user's own sites switched off, host, checking runs]
    [{}, [], 'anything.example', true],
    [{ allowedSites: ['intranet.example.org'] }, [], 'intranet.example.org', true],
    [{ allowedSites: ['intranet.example.org'] }, [], 'cases.intranet.example.org', true],
    [{ allowedSites: ['intranet.example.org'] }, [], 'example.org', false],
    [{ allowedSites: ['intranet.example.org'] }, [], 'intranet.example.org.evil.example', false],
    [{ allowedSites: ['intranet.example.org'] }, [], 'notintranet.example.org', false],
    [{ allowedSites: ['intranet.example.org'] }, [], '', false],
    [{ allowedSites: [] }, [], 'intranet.example.org', false],
    [
      { allowedSites: ['example.org'], disabledSites: ['mail.example.org'] },
      [],
      'mail.example.org',
      false,
    ],
    [
      { allowedSites: ['example.org'], disabledSites: ['mail.example.org'] },
      [],
      'www.example.org',
      true,
    ],
    [{ allowedSites: ['example.org'] }, ['www.example.org'], 'www.example.org', false],
    [{ disabledSites: ['crm.example.org'] }, [], 'crm.example.org', false],
    [{ disabledSites: ['crm.example.org'] }, [], 'other.example.org', true],
  ])('policy %j with your own %j: on %s checking runs: %s', (raw, own, host, runs) => {
    expect(activeOn(raw, own)(host)).toBe(runs);
  });
});
