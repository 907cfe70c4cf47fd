import { describe, expect, it } from 'vitest';
import { applyPolicy, parseManagedPolicy, policyLocks } from '../../src/settings/policy';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

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
    expect(problems).toHaveLength(5);
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
    expect(policyLocks(policy)).toEqual({
      allowOwnEntries: true,
      feeds: ['https://a.example/g.json'],
      disabledSites: ['crm.example.org'],
    });
  });

  it('the managed schema in public/ describes exactly the keys Plainly reads', async () => {
    const schema = (await import('../../public/managed_schema.json')).default as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['allowOwnEntries', 'defaultProfile', 'disabledSites', 'feeds'].sort(),
    );
  });
});
