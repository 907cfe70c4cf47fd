/**
 * Wires the glossary into the extension: its messages, the built-in layer's
 * refresh on install and update, the feeds' refresh alarm, the "Suggest this
 * for the glossary" context menu, and rebuilding the checker when settings
 * or the organisation's policy change. The work is in glossary-core.ts.
 */
import { browser } from '#imports';
import { parseProposalRequest, type ProposalRequest } from '../glossary/proposals';
import { parseFindingEvent } from '../glossary/stats';
import { isExtensionPage } from '../messaging/glossary';
import { ProtocolError, onMessage } from '../messaging/protocol';
import { getManagedPolicy, watchSettings } from '../settings/store';
import { glossaryChanged, glossaryCore } from './glossary-instance';

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
 * Registers everything synchronously at start-up (docs/reliability.md, "The
 * service worker can stop at any time").
 */
export function registerGlossaryService(): void {
  const extensionOrigin = browser.runtime.getURL('/');
  /** Answers only the extension's own pages; content scripts are refused. */
  function fromPage<T>(sender: { id?: string; url?: string }, work: () => Promise<T>): Promise<T> {
    if (!isExtensionPage(sender, browser.runtime.id, extensionOrigin)) {
      return Promise.reject(new ProtocolError('Only Plainly’s own pages can do that.'));
    }
    return work();
  }
  const core = glossaryCore;
  const field = (data: unknown, key: string): unknown =>
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;

  // Open to content scripts: each payload is checked field by field.
  onMessage('proposeGlossaryChange', async ({ data }) => {
    await core().propose([parseProposalRequest(data)]);
    return { ok: true as const };
  });
  onMessage('recordFindingEvent', async ({ data }) => {
    const { entryId, event } = parseFindingEvent(data);
    await core().recordEvent(entryId, event);
    return { ok: true as const };
  });

  // Extension pages only.
  onMessage('getGlossary', ({ sender }) => fromPage(sender, () => core().snapshot()));
  onMessage('saveGlossaryEntry', ({ sender, data }) =>
    fromPage(sender, () => core().saveEntry(field(data, 'entry'))),
  );
  onMessage('deleteGlossaryEntry', ({ sender, data }) =>
    fromPage(sender, () => core().deleteOwnEntry(field(data, 'id'))),
  );
  onMessage('getEntryHistory', ({ sender, data }) =>
    fromPage(sender, () => core().history(field(data, 'id'))),
  );
  onMessage('getGlossaryHealth', ({ sender }) => fromPage(sender, () => core().health()));
  onMessage('previewGlossaryImport', ({ sender, data }) =>
    fromPage(sender, () => core().previewImport(field(data, 'entries'))),
  );
  onMessage('applyGlossaryImport', ({ sender, data }) =>
    fromPage(sender, () => {
      const source = field(data, 'source');
      return core().applyImport(
        field(data, 'entries'),
        typeof source === 'string' ? source : 'a file',
      );
    }),
  );
  onMessage('exportGlossary', ({ sender, data }) =>
    fromPage(sender, () => core().exportEntries(field(data, 'scope') === 'own' ? 'own' : 'all')),
  );
  onMessage('listProposals', ({ sender }) => fromPage(sender, () => core().proposals()));
  onMessage('decideProposal', ({ sender, data }) =>
    fromPage(sender, () => core().decide(field(data, 'id'), field(data, 'decision'))),
  );
  onMessage('importProposals', ({ sender, data }) =>
    fromPage(sender, async () => {
      const list = field(data, 'proposals');
      if (!Array.isArray(list) || list.length > 10_000) {
        throw new ProtocolError('This is not a list of proposals Plainly can read.');
      }
      const requests: ProposalRequest[] = list.map(parseProposalRequest);
      return { added: (await core().propose(requests)).length };
    }),
  );
  onMessage('addFeed', ({ sender, data }) =>
    fromPage(sender, () => core().addFeed(field(data, 'url'))),
  );
  onMessage('removeFeed', ({ sender, data }) =>
    fromPage(sender, () => core().removeFeed(field(data, 'url'))),
  );
  onMessage('moveFeed', ({ sender, data }) =>
    fromPage(sender, () => core().moveFeed(field(data, 'url'), field(data, 'by'))),
  );
  onMessage('refreshFeeds', ({ sender }) =>
    fromPage(sender, async () => {
      await core().refreshAllFeeds();
      return core().snapshot();
    }),
  );
  onMessage('getFindingStats', ({ sender }) => fromPage(sender, () => core().stats()));
  onMessage('clearFindingStats', ({ sender }) =>
    fromPage(sender, async () => {
      await core().db.stats.clear();
      return { ok: true as const };
    }),
  );
  onMessage('getPolicyProblems', ({ sender }) =>
    fromPage(sender, async () => (await getManagedPolicy()).problems),
  );

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
