/**
 * Where settings live: `storage.local`, read through `parseSettings` so that
 * whatever is stored, Plainly gets valid settings, with the organisation's
 * policy (`storage.managed`) laid over them. Extension contexts only.
 */
import { browser, storage } from '#imports';
import { applyPolicy, parseManagedPolicy, type ManagedPolicy } from './policy';
import { parseSettings, type Settings } from './schema';

// Nothing stored means every default (parseSettings({}) is DEFAULT_SETTINGS);
// only settings the user changed are stored, so a policy's defaults apply to the rest.
const item = storage.defineItem<unknown>('local:settings', { fallback: {} });

function stored(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
}

/**
 * The organisation's policy, checked. No policy (or a browser with no managed
 * storage, or one that refuses to read it) means an empty policy.
 */
export async function getManagedPolicy(): Promise<{ policy: ManagedPolicy; problems: string[] }> {
  try {
    return parseManagedPolicy(await browser.storage.managed.get());
  } catch {
    return { policy: {}, problems: [] };
  }
}

/** The user's own settings, without the policy (for changing them). */
export async function getOwnSettings(): Promise<Settings> {
  return parseSettings(await item.getValue());
}

/** The settings in force: the user's with the policy over them. */
export async function getSettings(): Promise<Settings> {
  const raw = stored(await item.getValue());
  const { policy } = await getManagedPolicy();
  return applyPolicy(parseSettings(raw), policy, 'profile' in raw);
}

/** Changes some of the user's settings and returns the settings in force. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const merged = { ...stored(await item.getValue()), ...change };
  const clean = parseSettings(merged) as unknown as Record<string, unknown>;
  await item.setValue(
    Object.fromEntries(
      Object.keys(merged)
        .filter((k) => k in clean)
        .map((k) => [k, clean[k]]),
    ),
  );
  return getSettings();
}

/** Calls `listener` with the settings in force whenever they change, in any context. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return item.watch(() => void getSettings().then(listener));
}
