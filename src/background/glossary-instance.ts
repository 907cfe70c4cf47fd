/**
 * The background's one glossary database and service, created on first use,
 * and the one place that announces a change (GLOSSARY_VERSION_KEY).
 */
import { browser, storage } from '#imports';
import { GlossaryDb } from '../db/database';
import { BUILTIN_ENTRIES } from '../glossary/builtin';
import { GLOSSARY_VERSION_KEY } from '../messaging/glossary';
import { getOwnSettings, getSettings, updateSettings } from '../settings/store';
import { invalidateChecker } from './check-service';
import { GlossaryCore } from './glossary-core';

let core: GlossaryCore | undefined;

/**
 * Rebuilds the checker and tells every open tab (content scripts watch
 * `storage.local[GLOSSARY_VERSION_KEY]`). The number only ever goes up.
 */
export async function glossaryChanged(): Promise<void> {
  invalidateChecker();
  const key = `local:${GLOSSARY_VERSION_KEY}` as const;
  const previous = (await storage.getItem<number>(key)) ?? 0;
  await storage.setItem(key, Math.max(previous + 1, Date.now()));
}

export function glossaryCore(): GlossaryCore {
  core ??= new GlossaryCore(new GlossaryDb(), {
    settings: getSettings,
    ownFeeds: async () => (await getOwnSettings()).feeds,
    setOwnFeeds: async (feeds) => {
      await updateSettings({ feeds });
    },
    builtin: BUILTIN_ENTRIES,
    builtinVersion: browser.runtime.getManifest().version,
    changed: glossaryChanged,
  });
  return core;
}
