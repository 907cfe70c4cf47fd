import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, isFeedUrl, parseSettings } from '../../src/settings/schema';

describe('parseSettings', () => {
  it('gives the defaults for nothing or rubbish', () => {
    for (const raw of [undefined, null, 42, 'text', [], {}]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps good fields and replaces bad ones with their defaults', () => {
    expect(
      parseSettings({
        enabled: false,
        disabledSites: ['Mail.Example.org', 'not a host!', 7, 'mail.example.org'],
        profile: 'easy-read',
        showBadge: 'yes',
        ignoredWords: [' Reablement ', '', 'reablement'],
        maintainerName: '  Sam  ',
        includeProposed: true,
        feeds: [
          { url: 'https://intranet.example.org/glossary.json', locked: true },
          { url: 'http://example.org/feed.json' },
          { url: 'http://localhost:8080/feed.json' },
          { url: 'https://intranet.example.org/glossary.json' },
          'https://x.org',
        ],
        allowOwnEntries: false,
        // Only a policy sets the allow list: a stored one is ignored.
        allowedSites: ['intranet.example.org'],
        unknown: 'ignored',
      }),
    ).toEqual({
      enabled: false,
      disabledSites: ['mail.example.org'],
      allowedSites: null,
      profile: 'easy-read',
      showBadge: true,
      ignoredWords: ['reablement'],
      maintainerName: 'Sam',
      includeProposed: true,
      feeds: [
        { url: 'https://intranet.example.org/glossary.json', locked: true },
        { url: 'http://localhost:8080/feed.json' },
      ],
      allowOwnEntries: false,
    });
  });

  it.each([
    ['https://example.org/feed.json', true],
    ['http://localhost/feed.json', true],
    ['http://127.0.0.1:9000/feed.json', true],
    ['http://example.org/feed.json', false],
    ['ftp://example.org/feed.json', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('feed address %s allowed: %s', (url, allowed) => {
    expect(isFeedUrl(url)).toBe(allowed);
  });

  it('turns Plainly off on a site and its subdomains, or everywhere', () => {
    const settings = parseSettings({ disabledSites: ['example.org'] });
    expect(isActiveOn(settings, 'example.org')).toBe(false);
    expect(isActiveOn(settings, 'mail.example.org')).toBe(false);
    expect(isActiveOn(settings, 'notexample.org')).toBe(true);
    expect(isActiveOn(parseSettings({ enabled: false }), 'other.org')).toBe(false);
  });
});
