/**
 * The user's settings: plain data, validated whenever it is read, because
 * storage can hold anything (an older version's data, a hand edit, a policy).
 * Pure: the extension stores it (src/settings/store.ts); tests use it directly.
 */
import { PROFILE_NAMES, type ProfileName } from '../checker/types';

export interface FeedSubscription {
  /** HTTPS address of a published glossary feed (`http://localhost` allowed for testing). */
  url: string;
  /** Set by an organisation's policy: the user cannot remove it. */
  locked?: boolean;
}

export interface Settings {
  /** Plainly checks fields on every site, except those in `disabledSites`. */
  enabled: boolean;
  /** Host names (`example.org`) where Plainly does nothing at all (with their subdomains). */
  disabledSites: string[];
  /**
   * Set only by an organisation's policy: when not null, checking as you
   * write runs only on these hosts and their subdomains (an empty list: on
   * none). `disabledSites` still wins over it.
   */
  allowedSites: string[] | null;
  /** Who the writing is for. */
  profile: ProfileName;
  /** Show the badge with the number of findings at a field's corner. */
  showBadge: boolean;
  /** Words the user chose to ignore everywhere (lower case). */
  ignoredWords: string[];
  /** The maintainer's name, recorded in each glossary entry's history. */
  maintainerName: string;
  /** Use glossary entries that are only proposed, not yet approved. */
  includeProposed: boolean;
  /** Published glossaries this copy follows, highest precedence first. */
  feeds: FeedSubscription[];
  /** Whether the user may add their own glossary entries. */
  allowOwnEntries: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  allowedSites: null,
  profile: 'plain',
  showBadge: true,
  ignoredWords: [],
  maintainerName: '',
  includeProposed: false,
  feeds: [],
  allowOwnEntries: true,
});

const MAX_LIST = 10_000;

function stringList(
  value: unknown,
  fallback: readonly string[],
  clean: (item: string) => string,
): string[] {
  if (!Array.isArray(value)) return [...fallback];
  const out = new Set<string>();
  for (const item of value.slice(0, MAX_LIST)) {
    if (typeof item !== 'string') continue;
    const cleaned = clean(item);
    if (cleaned !== '') out.add(cleaned);
  }
  return [...out];
}

/**
 * A host name in lower case, or '' if it is not one. A leading `*.` is
 * dropped: a host always stands for itself and its subdomains.
 */
export function cleanHost(value: string): string {
  const host = value.trim().toLowerCase().replace(/\.$/, '').replace(/^\*\./, '');
  return /^[a-z0-9.-]+(?::\d+)?$/.test(host) && /[a-z0-9]/.test(host) ? host : '';
}

/** Whether `host` is one of `sites` or a subdomain of one. */
export function hostMatches(host: string, sites: readonly string[]): boolean {
  const clean = cleanHost(host);
  if (clean === '') return false;
  return sites.some((site) => clean === site || clean.endsWith(`.${site}`));
}

function feedList(value: unknown): FeedSubscription[] {
  if (!Array.isArray(value)) return [];
  const out: FeedSubscription[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const { url, locked } = item as Record<string, unknown>;
    if (typeof url !== 'string' || !isFeedUrl(url) || out.some((feed) => feed.url === url))
      continue;
    out.push(locked === true ? { url, locked: true } : { url });
  }
  return out;
}

/** Feeds must be HTTPS; `http://localhost` and `http://127.0.0.1` are allowed for testing. */
export function isFeedUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

/**
 * Reads settings from anything: each field that is missing or wrong falls
 * back to its default, so bad data never stops Plainly working.
 */
export function parseSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const bool = (key: keyof Settings) =>
    typeof value[key] === 'boolean' ? (value[key] as boolean) : (DEFAULT_SETTINGS[key] as boolean);
  return {
    enabled: bool('enabled'),
    disabledSites: stringList(value.disabledSites, DEFAULT_SETTINGS.disabledSites, cleanHost),
    // Only a policy sets this (applyPolicy); anything stored is ignored.
    allowedSites: null,
    profile: (PROFILE_NAMES as readonly unknown[]).includes(value.profile)
      ? (value.profile as ProfileName)
      : DEFAULT_SETTINGS.profile,
    showBadge: bool('showBadge'),
    ignoredWords: stringList(value.ignoredWords, DEFAULT_SETTINGS.ignoredWords, (word) =>
      word.trim().toLowerCase().slice(0, 100),
    ),
    maintainerName:
      typeof value.maintainerName === 'string' ? value.maintainerName.trim().slice(0, 200) : '',
    includeProposed: bool('includeProposed'),
    feeds: feedList(value.feeds),
    allowOwnEntries: bool('allowOwnEntries'),
  };
}

/**
 * Whether Plainly should check as you write on a page of this host: it is
 * switched on, the host is not one of `disabledSites`, and, when a policy
 * gives `allowedSites`, the host is one of those.
 */
export function isActiveOn(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  if (hostMatches(host, settings.disabledSites)) return false;
  return settings.allowedSites === null || hostMatches(host, settings.allowedSites);
}
