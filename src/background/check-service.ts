/**
 * Answers `check` messages: runs the engine on the text and sends the report
 * back. The engine runs here, in the background (the service worker in Chrome,
 * the background script in Firefox), so pages and content scripts stay light.
 *
 * The checker follows the stored glossary: your own entries, then each feed
 * in order, then the built-in glossary, approved entries only unless "use
 * proposed entries" is on. It is only a cache, rebuilt from the database
 * after `invalidateChecker()` or when the service worker starts again, so it
 * does not matter when the browser stops the worker (docs/reliability.md,
 * "The service worker can stop at any time"). If the database cannot be read
 * (a private window, eviction, corruption: docs/reliability.md, "The
 * database") it falls back to the built-in glossary rather than failing.
 */
import type { RemoveListenerCallback } from '@webext-core/messaging';
import { Checker } from '../checker';
import type { CheckOptions, Report } from '../checker/types';
import { parseCheckRequest } from '../messaging/protocol';
import { getSettings } from '../settings/store';
import { glossaryCore, onGlossaryChange } from './glossary-instance';
import { listen } from './listen';

let checker: Checker | undefined;
/** Goes up whenever the glossary or a setting that shapes it changes. */
let generation = 0;
let checkerGeneration = -1;
let building: { generation: number; promise: Promise<Checker> } | undefined;

/** Forget the compiled checker: the next check builds one from the stored glossary. */
export function invalidateChecker(): void {
  generation++;
}

// Whenever the glossary changes, the checker is built again at the next check.
onGlossaryChange(invalidateChecker);

async function buildChecker(): Promise<Checker> {
  try {
    const [settings, entries] = await Promise.all([getSettings(), glossaryCore().merged()]);
    return new Checker({ glossary: entries, includeProposed: settings.includeProposed });
  } catch {
    return new Checker();
  }
}

/**
 * The checker for the glossary in use. Every background service that checks
 * text gets its checker here, so they all follow the same glossary.
 */
export async function currentChecker(): Promise<Checker> {
  for (;;) {
    if (checker && checkerGeneration === generation) return checker;
    const wanted = generation;
    if (!building || building.generation !== wanted) {
      building = { generation: wanted, promise: buildChecker() };
    }
    const built = await building.promise;
    if (wanted === generation) {
      checker = built;
      checkerGeneration = wanted;
      return built;
    }
    // The glossary changed while this one was being built: build again.
  }
}

/**
 * Checks one `check` payload. The payload is untrusted, so it is validated first.
 *
 * @throws {ProtocolError} when the payload is wrong.
 */
export async function handleCheck(data: unknown): Promise<Report> {
  const { text, profile, format, blocks } = parseCheckRequest(data);
  const options: Omit<CheckOptions, 'glossary' | 'includeProposed'> = {};
  if (profile !== undefined) options.profile = profile;
  const checker = await currentChecker();
  // A page's blocks go straight in, as a document's do.
  if (blocks) return checker.checkBlocks(text, blocks, options);
  if (format !== undefined) options.format = format;
  return checker.check(text, options);
}

/**
 * Registers the `check` handler (for Plainly's own pages: the popup and the
 * side panel). Call it synchronously when the background starts, so that a
 * message that woke the service worker is not missed.
 */
export function registerCheckService(): RemoveListenerCallback {
  return listen('check', ({ data }) => handleCheck(data));
}
