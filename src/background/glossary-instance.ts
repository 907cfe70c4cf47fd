/**
 * The background's one glossary database and service, created on first use,
 * and the one place that announces a change (GLOSSARY_VERSION_KEY). It
 * depends on no service: services that cache what they build from the
 * glossary subscribe with `onGlossaryChange`.
 */
import { browser, storage } from '#imports';
import { GlossaryDb } from '../db/database';
import { BUILTIN_ENTRIES } from '../glossary/builtin';
import { GLOSSARY_VERSION_KEY } from '../messaging/glossary';
import { getOwnSettings, getSettings, updateSettings } from '../settings/store';
import { GlossaryCore } from './glossary-core';

let core: GlossaryCore | undefined;
const changeListeners = new Set<() => void>();

/**
 * Calls `listener` each time the glossary (or a setting that shapes it)
 * changes, before the open tabs are told: a cache built from the glossary
 * passes in how to forget itself. Returns how to stop listening.
 */
export function onGlossaryChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/**
 * Lets every listener forget what it built from the glossary, then tells
 * every open tab (content scripts watch `storage.local[GLOSSARY_VERSION_KEY]`).
 * The number only ever goes up.
 */
export async function glossaryChanged(): Promise<void> {
  for (const listener of changeListeners) listener();
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
