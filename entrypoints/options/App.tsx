/** Settings: your name, checking choices, glossary feeds, statistics and what your organisation has set. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from '#imports';
import type { GlossarySnapshot } from '../../src/messaging/glossary';
import { sortStats, statsToCsv, type EntryStats } from '../../src/glossary/stats';
import { sendMessage } from '../../src/messaging/protocol';
import type { Settings } from '../../src/settings/schema';
import { policyLocks, type PolicyLocks } from '../../src/settings/policy';
import { getManagedPolicy, getSettings, updateSettings } from '../../src/settings/store';
import { downloadText, today } from '../../src/ui/glossary-download';

/** `confirming` when the statistics are to be cleared (feeds use their address). */
const STATS = '(statistics)';

function when(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString('en-GB') : 'never';
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [snapshot, setSnapshot] = useState<GlossarySnapshot | null>(null);
  const [stats, setStats] = useState<EntryStats[]>([]);
  const [policyProblems, setPolicyProblems] = useState<string[]>([]);
  const [feedUrl, setFeedUrl] = useState('');
  const [feedProblem, setFeedProblem] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [locks, setLocks] = useState<PolicyLocks | null>(null);
  /** What the user is asked to confirm before it is deleted: a feed's address, or the statistics. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), [confirming]);

  const reload = useCallback(async () => {
    setSettings(await getSettings());
    setSnapshot(await sendMessage('getGlossary'));
    setStats(await sendMessage('getFindingStats'));
    setPolicyProblems(await sendMessage('getPolicyProblems'));
    setLocks(policyLocks((await getManagedPolicy()).policy));
  }, []);
  useEffect(() => void reload(), [reload]);

  async function change(part: Partial<Settings>, message: string) {
    setSettings(await updateSettings(part));
    setStatus(message);
  }

  async function addFeed() {
    setFeedProblem('');
    const url = feedUrl.trim();
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      setFeedProblem('Enter the full address of the feed, starting with https://');
      return;
    }
    setBusy(true);
    // Where the browser lets you take back Plainly's access to sites (Firefox),
    // ask for this one site only, while you are clicking. In Chrome Plainly can
    // already read every site (its content script runs on all of them), and
    // the browser answers yes without asking. The feed is added at once: feeds
    // whose server lets other sites read them work without the permission, and
    // the rest are fetched again once you say yes.
    void browser.permissions
      .request({ origins: [`${origin}/*`] })
      .then(async (granted) => {
        if (granted) setSnapshot(await sendMessage('refreshFeeds'));
      })
      .catch(() => undefined);
    const result = await sendMessage('addFeed', { url });
    setBusy(false);
    if (!result.ok) {
      setFeedProblem(`The feed address ${result.problems.map((p) => p.problem).join(' ')}.`);
      return;
    }
    setFeedUrl('');
    await reload();
    setStatus('Feed added.');
  }

  async function removeFeed(url: string, name: string) {
    setConfirming(null);
    const result = await sendMessage('removeFeed', { url });
    await reload();
    setStatus(
      result.ok
        ? `You no longer follow “${name}”.`
        : `Plainly could not stop following “${name}”: ${result.problems.map((p) => p.problem).join(' ')}.`,
    );
  }

  async function acceptHeld(url: string, name: string) {
    const result = await sendMessage('acceptHeldFeed', { url });
    await reload();
    setStatus(
      result.ok
        ? `Plainly now uses the new copy of “${name}”.`
        : `There is no new copy of “${name}” to use any more.`,
    );
  }

  async function refresh() {
    setBusy(true);
    setSnapshot(await sendMessage('refreshFeeds'));
    setBusy(false);
    setStatus('Feeds refreshed.');
  }

  const feeds = snapshot?.layers.filter((l) => l.kind === 'feed') ?? [];
  const terms = new Map(
    (snapshot?.rows ?? []).filter((r) => !r.hidden).map((r) => [r.entry.id, r.entry.term]),
  );
  const lockedOwn = locks?.allowOwnEntries ?? false;

  return (
    <main className="page">
      <h1>Plainly settings</h1>
      <p>
        <a href={browser.runtime.getURL('/glossary.html')}>Open the glossary editor</a>
      </p>
      <p className="status" role="status">
        {status}
      </p>
      {settings ? (
        <>
          <section aria-labelledby="you-heading">
            <h2 id="you-heading">About you</h2>
            <div className="field">
              <label htmlFor="maintainer-name">Your name</label>
              <p className="hint" id="maintainer-name-hint">
                Saved with each change you make to the glossary, so others can see who changed what.
              </p>
              <input
                id="maintainer-name"
                type="text"
                autoComplete="name"
                aria-describedby="maintainer-name-hint"
                defaultValue={settings.maintainerName}
                onBlur={(e) =>
                  void change({ maintainerName: e.target.value }, 'Your name is saved.')
                }
              />
            </div>
          </section>
          <section aria-labelledby="checking-heading">
            <h2 id="checking-heading">Checking</h2>
            <label className="check" htmlFor="include-proposed">
              <input
                id="include-proposed"
                type="checkbox"
                checked={settings.includeProposed}
                onChange={(e) => void change({ includeProposed: e.target.checked }, 'Saved.')}
              />
              Also use glossary entries that are proposed but not yet approved
            </label>
            <label className="check" htmlFor="allow-own">
              <input
                id="allow-own"
                type="checkbox"
                checked={settings.allowOwnEntries}
                disabled={lockedOwn}
                onChange={(e) => void change({ allowOwnEntries: e.target.checked }, 'Saved.')}
              />
              Let me add and edit my own glossary entries
              {lockedOwn ? ' (set by your organisation)' : ''}
            </label>
          </section>
        </>
      ) : null}

      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Glossary feeds</h2>
        <p>
          A feed is a glossary your organisation publishes. Plainly fetches it every 6 hours. The
          first feed in the list comes first; your own entries come before all feeds.
        </p>
        {feeds.length === 0 ? <p>You do not follow any feeds.</p> : null}
        <ol>
          {feeds.map((feed, i) => (
            <li key={feed.id} className="panel">
              <h3>{feed.name}</h3>
              <p>{feed.url}</p>
              <p>
                {feed.count} entries. Last good copy: {when(feed.lastGoodAt)}. Last checked:{' '}
                {when(feed.checkedAt)}.{feed.locked ? ' Set by your organisation.' : ''}
              </p>
              {feed.error ? (
                <p className="field-error" role="alert">
                  {feed.error} {feed.lastGoodAt ? 'Plainly keeps using the last good copy.' : ''}
                </p>
              ) : null}
              {feed.held ? (
                <div className="confirm" role="alert">
                  <p>
                    On {when(feed.held.at)} the feed had {feed.held.count}{' '}
                    {feed.held.count === 1 ? 'entry' : 'entries'} instead of {feed.count}. Plainly
                    keeps using the copy it had, in case this is a mistake. If the people who
                    publish the feed meant to remove them, use the new copy.
                  </p>
                  <button type="button" onClick={() => void acceptHeld(feed.url ?? '', feed.name)}>
                    Use the new copy of “{feed.name}” ({feed.held.count}{' '}
                    {feed.held.count === 1 ? 'entry' : 'entries'})
                  </button>
                </div>
              ) : null}
              {!feed.locked ? (
                <div className="row">
                  <button
                    type="button"
                    className="secondary"
                    disabled={i === 0}
                    onClick={() =>
                      void sendMessage('moveFeed', { url: feed.url ?? '', by: -1 }).then(reload)
                    }
                  >
                    Move “{feed.name}” up
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={i === feeds.length - 1}
                    onClick={() =>
                      void sendMessage('moveFeed', { url: feed.url ?? '', by: 1 }).then(reload)
                    }
                  >
                    Move “{feed.name}” down
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-expanded={confirming === feed.url}
                    onClick={() => setConfirming(feed.url ?? null)}
                  >
                    Stop following “{feed.name}”
                  </button>
                </div>
              ) : null}
              {confirming !== null && confirming === feed.url ? (
                <div className="confirm" role="group" aria-label={`Stop following “${feed.name}”?`}>
                  <p>
                    Stop following “{feed.name}”? Plainly forgets its {feed.count}{' '}
                    {feed.count === 1 ? 'entry' : 'entries'}. You can follow it again later.
                  </p>
                  <div className="row">
                    <button
                      type="button"
                      ref={confirmButton}
                      onClick={() => void removeFeed(feed.url ?? '', feed.name)}
                    >
                      Yes, stop following “{feed.name}”
                    </button>
                    <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                      Keep following it
                    </button>
                  </div>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        <div className={`field${feedProblem ? ' field--error' : ''}`}>
          <label htmlFor="feed-url">Address of a feed to follow</label>
          <p className="hint" id="feed-url-hint">
            It starts with https://. If your browser asks, let Plainly read that site: Plainly
            fetches the feed from it and nothing else.
          </p>
          {feedProblem ? (
            <p className="field-error" id="feed-url-error">
              {feedProblem}
            </p>
          ) : null}
          <input
            id="feed-url"
            type="url"
            value={feedUrl}
            aria-describedby={feedProblem ? 'feed-url-hint feed-url-error' : 'feed-url-hint'}
            aria-invalid={feedProblem ? true : undefined}
            onChange={(e) => setFeedUrl(e.target.value)}
          />
        </div>
        <div className="row">
          <button type="button" disabled={busy} onClick={() => void addFeed()}>
            Follow this feed
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void refresh()}
          >
            Refresh feeds now
          </button>
        </div>
      </section>

      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading">Statistics</h2>
        <p>
          How often each glossary word was flagged, and how often you used or ignored the
          suggestion. Only counts are kept, never your text, and nothing is sent anywhere. You can
          export them to share with the people who look after the glossary.
        </p>
        {stats.length === 0 ? (
          <p>Nothing counted yet.</p>
        ) : (
          <table>
            <caption className="visually-hidden">Counts for each glossary entry</caption>
            <thead>
              <tr>
                <th scope="col">Term</th>
                <th scope="col">Flagged</th>
                <th scope="col">Applied</th>
                <th scope="col">Ignored</th>
              </tr>
            </thead>
            <tbody>
              {sortStats(stats)
                .slice(0, 500)
                .map((s) => (
                  <tr key={s.entryId}>
                    <th scope="row">{terms.get(s.entryId) ?? s.entryId}</th>
                    <td>{s.flagged}</td>
                    <td>{s.applied}</td>
                    <td>{s.ignored}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
        <div className="row">
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadText(
                `plainly-statistics-${today()}.csv`,
                statsToCsv(stats, terms),
                'text/csv;charset=utf-8',
              )
            }
          >
            Export statistics as CSV
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              downloadText(
                `plainly-statistics-${today()}.json`,
                `${JSON.stringify(sortStats(stats), null, 2)}\n`,
                'application/json',
              )
            }
          >
            Export statistics as JSON
          </button>
          <button
            type="button"
            className="secondary"
            aria-expanded={confirming === STATS}
            onClick={() => setConfirming(STATS)}
          >
            Clear statistics
          </button>
        </div>
        {confirming === STATS ? (
          <div className="confirm" role="group" aria-label="Clear statistics?">
            <p>Clear every count? They cannot be brought back. Export them first to keep a copy.</p>
            <div className="row">
              <button
                type="button"
                ref={confirmButton}
                onClick={() => {
                  setConfirming(null);
                  void sendMessage('clearFindingStats')
                    .then(reload)
                    .then(() => setStatus('Statistics cleared.'));
                }}
              >
                Yes, clear the statistics
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                Keep them
              </button>
            </div>
          </div>
        ) : null}
      </section>

      {policyProblems.length > 0 ? (
        <section aria-labelledby="policy-heading">
          <h2 id="policy-heading">Settings from your organisation</h2>
          <p>Some settings your organisation set could not be used. Tell your IT team:</p>
          <ul>
            {policyProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
