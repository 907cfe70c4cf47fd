/**
 * Settings an organisation deploys by policy (`storage.managed`, described
 * by public/managed_schema.json). Chrome checks values against the schema;
 * Firefox does not (docs/reliability.md, "Policy"), so every value is checked
 * here too and a wrong value is ignored, never trusted. Pure, so it is tested
 * in Node.
 */
import { PROFILE_NAMES, type ProfileName } from '../checker/types';
import { cleanHost, isFeedUrl, type FeedSubscription, type Settings } from './schema';

export interface ManagedPolicy {
  /** Feeds every copy follows, highest precedence first; `locked` ones cannot be removed. */
  feeds?: FeedSubscription[];
  /** The writing style used until the user chooses one. */
  defaultProfile?: ProfileName;
  /** Sites where Plainly does nothing (the block list), added to the user's own list. */
  disabledSites?: string[];
  /** The allow list: checking as you write runs only on these sites (none, when empty). */
  allowedSites?: string[];
  /** Whether people may add their own glossary entries (forced when set). */
  allowOwnEntries?: boolean;
}

/** Which settings a policy has fixed, so the options page can show them as set by your organisation. */
export interface PolicyLocks {
  allowOwnEntries: boolean;
  /** Feed URLs that come from the policy. */
  feeds: string[];
  disabledSites: string[];
  /** The policy's allow list, or null when it sets none. */
  allowedSites: string[] | null;
}

const KNOWN = ['feeds', 'defaultProfile', 'disabledSites', 'allowedSites', 'allowOwnEntries'];

/** A policy list of host names, cleaned; each entry that is not a host name is a problem. */
function siteList(value: unknown, key: string, problems: string[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push(`The policy "${key}" must be a list of host names.`);
    return undefined;
  }
  const sites = new Set<string>();
  for (const site of value.slice(0, 10_000)) {
    const clean = typeof site === 'string' ? cleanHost(site) : '';
    if (clean === '') {
      problems.push(
        `The policy "${key}" has ${JSON.stringify(site)}, which is not a host name such as intranet.example.org, so it was ignored.`,
      );
    } else sites.add(clean);
  }
  return [...sites];
}

/**
 * Reads a managed policy from anything. Unknown keys and wrong values are
 * dropped, each with a plain problem for the options page.
 */
export function parseManagedPolicy(raw: unknown): { policy: ManagedPolicy; problems: string[] } {
  const policy: ManagedPolicy = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, problems: ['The policy is not a set of settings, so it was ignored.'] };
  }
  const value = raw as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (!KNOWN.includes(key)) {
      problems.push(`The policy setting "${key}" is not one Plainly knows, so it was ignored.`);
    }
  }
  if (value.feeds !== undefined) {
    if (!Array.isArray(value.feeds)) problems.push('The policy "feeds" must be a list.');
    else {
      const feeds: FeedSubscription[] = [];
      for (const item of value.feeds.slice(0, 50)) {
        const { url, locked } =
          typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
        if (typeof url !== 'string' || !isFeedUrl(url)) {
          problems.push(
            `The policy feed ${JSON.stringify(url ?? item)} is not an HTTPS address, so it was ignored.`,
          );
        } else if (!feeds.some((feed) => feed.url === url)) {
          feeds.push(locked === true ? { url, locked: true } : { url });
        }
      }
      policy.feeds = feeds;
    }
  }
  if (value.defaultProfile !== undefined) {
    if ((PROFILE_NAMES as readonly unknown[]).includes(value.defaultProfile)) {
      policy.defaultProfile = value.defaultProfile as ProfileName;
    } else problems.push('The policy "defaultProfile" must be plain, public or easy-read.');
  }
  const disabledSites = siteList(value.disabledSites, 'disabledSites', problems);
  if (disabledSites !== undefined) policy.disabledSites = disabledSites;
  const allowedSites = siteList(value.allowedSites, 'allowedSites', problems);
  if (allowedSites !== undefined) policy.allowedSites = allowedSites;
  if (value.allowOwnEntries !== undefined) {
    if (typeof value.allowOwnEntries === 'boolean') policy.allowOwnEntries = value.allowOwnEntries;
    else problems.push('The policy "allowOwnEntries" must be true or false.');
  }
  return { policy, problems };
}

/**
 * The settings in force: the user's, with the policy laid over them.
 *
 * @param profileChosen whether the user has chosen a writing style (if not,
 *   the policy's default is used).
 */
export function applyPolicy(
  settings: Settings,
  policy: ManagedPolicy,
  profileChosen = true,
): Settings {
  const policyFeeds = policy.feeds ?? [];
  const policyUrls = new Set(policyFeeds.map((feed) => feed.url));
  return {
    ...settings,
    profile: !profileChosen && policy.defaultProfile ? policy.defaultProfile : settings.profile,
    disabledSites: [...new Set([...(policy.disabledSites ?? []), ...settings.disabledSites])],
    allowedSites: policy.allowedSites ?? null,
    allowOwnEntries: policy.allowOwnEntries ?? settings.allowOwnEntries,
    feeds: [...policyFeeds, ...settings.feeds.filter((feed) => !policyUrls.has(feed.url))],
  };
}

export function policyLocks(policy: ManagedPolicy): PolicyLocks {
  return {
    allowOwnEntries: policy.allowOwnEntries !== undefined,
    feeds: (policy.feeds ?? []).map((feed) => feed.url),
    disabledSites: policy.disabledSites ?? [],
    allowedSites: policy.allowedSites ?? null,
  };
}
