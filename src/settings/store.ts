/**
 * Where settings live: `storage.local`, read through `parseSettings` so that
 * whatever is stored, Plainly gets valid settings. Extension contexts only.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema';

const item = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function getSettings(): Promise<Settings> {
  return parseSettings(await item.getValue());
}

/** Changes some settings and returns them all, validated. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await getSettings()), ...change });
  await item.setValue(next);
  return next;
}

/** Calls `listener` with the new settings whenever they change, in any context. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return item.watch((value) => listener(parseSettings(value)));
}
