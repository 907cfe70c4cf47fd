/**
 * Wires the glossary into the extension: its messages, the built-in layer's
 * refresh on install and update, the feeds' refresh alarm, the "Suggest this
 * for the glossary" context menu, and rebuilding the checker when settings
 * or the organisation's policy change. The work is in glossary-core.ts.
 */
import { browser } from '#imports';
import {
  MAX_PROPOSALS_IN_FILE,
  parseProposalRequest,
  type ProposalRequest,
} from '../glossary/proposals';
import { parseFindingEvent } from '../glossary/stats';
import { ProtocolError } from '../messaging/protocol';
import { getManagedPolicy, watchSettings } from '../settings/store';
import { glossaryChanged, glossaryCore } from './glossary-instance';
import { listen } from './listen';

/** The alarm that refreshes feeds. */
export const FEED_ALARM = 'plainly-refresh-feeds';
/** Feeds are refreshed this often: every 6 hours. */
export const FEED_REFRESH_MINUTES = 6 * 60;
export const PROPOSE_MENU_ID = 'plainly-suggest-for-glossary';

interface MenuClick {
  menuItemId: string | number;
  selectionText?: string | undefined;
  pageUrl?: string | undefined;
}

/**
 * Opens the page where a staff member finishes a proposal, with the words
 * they selected. Only the selection and the page address (without its query)
 * go into the page's address; nothing else from the page is read.
 */
export async function onContextMenuClick(info: MenuClick): Promise<void> {
  if (info.menuItemId !== PROPOSE_MENU_ID) return;
  const params = new URLSearchParams({ term: (info.selectionText ?? '').trim().slice(0, 200) });
  if (info.pageUrl) {
    try {
      const page = new URL(info.pageUrl);
      if (page.protocol === 'https:' || page.protocol === 'http:') {
        params.set('from', `${page.origin}${page.pathname}`);
      }
    } catch {
      // No usable address: the proposal is kept without one.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/propose.html?${params.toString()}`) });
}

function createMenu(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({
      id: PROPOSE_MENU_ID,
      title: 'Suggest this for the glossary',
      contexts: ['selection'],
    });
  });
}

async function ensureAlarm(): Promise<void> {
  const existing = await browser.alarms.get(FEED_ALARM);
  if (!existing) {
    await browser.alarms.create(FEED_ALARM, {
      periodInMinutes: FEED_REFRESH_MINUTES,
      delayInMinutes: 1,
    });
  }
}

/**
 * The site a proposal is made on, for its hourly limit: the host of the tab
 * the card was in, or of the page named in the proposal (the context menu's
 * page passes it on), or "" when there is none.
 */
export function proposalSite(tabUrl: string | undefined, requestUrl: string | undefined): string {
  for (const url of [tabUrl, requestUrl]) {
    if (url === undefined) continue;
    try {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'https:' || protocol === 'http:') return hostname;
    } catch {
      // Not an address: try the next.
    }
  }
  return '';
}

/**
 * Registers everything synchronously at start-up (docs/reliability.md, "The
 * service worker can stop at any time"). Every
 * glossary message is answered only for Plainly's own pages, including the
 * card's frame (`listen`, src/messaging/senders.ts): no content script, and
 * so no web page, can read or change the glossary, its proposals or counts.
 */
export function registerGlossaryService(): void {
  const core = glossaryCore;
  const field = (data: unknown, key: string): unknown =>
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;

  // From the card's frame or the "Suggest this for the glossary" page, after the user's own click.
  listen('proposeGlossaryChange', async ({ data, sender }) => {
    const request = parseProposalRequest(data);
    const { merged } = await core().propose([request], proposalSite(sender.tab?.url, request.url));
    return { ok: true as const, merged: merged.length > 0 };
  });
  listen('recordFindingEvent', async ({ data }) => {
    const { entryId, event } = parseFindingEvent(data);
    await core().recordEvent(entryId, event);
    return { ok: true as const };
  });

  listen('getGlossary', () => core().snapshot());
  listen('saveGlossaryEntry', ({ data }) => core().saveEntry(field(data, 'entry')));
  listen('addGlossaryEntry', ({ data }) => core().addEntry(field(data, 'entry')));
  listen('restoreOwnEntry', ({ data }) => core().restoreOwnEntry(field(data, 'entry')));
  listen('deleteGlossaryEntry', ({ data }) => core().deleteOwnEntry(field(data, 'id')));
  listen('getEntryHistory', ({ data }) => core().history(field(data, 'id')));
  listen('getGlossaryHealth', () => core().health());
  listen('previewGlossaryImport', ({ data }) => core().previewImport(field(data, 'entries')));
  listen('applyGlossaryImport', ({ data }) => {
    const source = field(data, 'source');
    return core().applyImport(
      field(data, 'entries'),
      typeof source === 'string' ? source : 'a file',
    );
  });
  listen('previewGlossaryFile', ({ data }) =>
    core().previewFile(field(data, 'fileName'), field(data, 'text')),
  );
  listen('importGlossaryFile', ({ data }) =>
    core().importFile(field(data, 'fileName'), field(data, 'text')),
  );
  listen('exportGlossary', ({ data }) =>
    core().exportEntries(field(data, 'scope') === 'own' ? 'own' : 'all'),
  );
  listen('listProposals', () => core().proposals());
  listen('decideProposal', ({ data }) => core().decide(field(data, 'id'), field(data, 'decision')));
  listen('reopenProposal', ({ data }) => core().reopenProposal(field(data, 'id')));
  listen('importProposals', async ({ data }) => {
    const list = field(data, 'proposals');
    if (!Array.isArray(list) || list.length > MAX_PROPOSALS_IN_FILE) {
      throw new ProtocolError('This is not a list of proposals Plainly can read.');
    }
    const requests: ProposalRequest[] = list.map(parseProposalRequest);
    const { added, merged } = await core().propose(requests);
    return { added: added.length, merged: merged.length };
  });
  listen('addFeed', ({ data }) => core().addFeed(field(data, 'url')));
  listen('removeFeed', ({ data }) => core().removeFeed(field(data, 'url')));
  listen('moveFeed', ({ data }) => core().moveFeed(field(data, 'url'), field(data, 'by')));
  listen('acceptHeldFeed', ({ data }) => core().acceptHeldFeed(field(data, 'url')));
  listen('refreshFeeds', async () => {
    await core().refreshAllFeeds();
    return core().snapshot();
  });
  listen('getFindingStats', () => core().stats());
  listen('clearFindingStats', async () => {
    await core().db.stats.clear();
    return { ok: true as const };
  });
  listen('getPolicyProblems', async () => (await getManagedPolicy()).problems);

  browser.runtime.onInstalled.addListener(() => {
    createMenu();
    void core().refreshBuiltin();
  });
  // Also on every start: cheap when the built-in layer is already this version.
  browser.runtime.onStartup.addListener(() => void core().refreshBuiltin());
  browser.contextMenus.onClicked.addListener((info) => void onContextMenuClick(info));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void core().refreshAllFeeds();
  });
  void ensureAlarm();
  // Settings such as "use proposed entries" and the feed order shape the glossary in use.
  watchSettings(() => void glossaryChanged());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void glossaryChanged();
  });

  // Chromium cannot click its own context menus in a headless test, so the
  // browser tests call the click handler here, in the service worker, which
  // no web page or content script can reach.
  (globalThis as { plainlyTestHooks?: unknown }).plainlyTestHooks = { onContextMenuClick };
}
