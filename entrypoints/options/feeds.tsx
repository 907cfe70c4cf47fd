/** The settings page's glossary feeds: each feed you follow, and the address of a new one. */
import { useState } from 'react';
import { browser } from '#imports';
import type { GlossarySnapshot, LayerInfo } from '../../src/messaging/glossary';
import { sendMessage } from '../../src/messaging/protocol';
import { when, type Confirming } from './use-options';

interface FeedsProps {
  snapshot: GlossarySnapshot | null;
  setSnapshot: (snapshot: GlossarySnapshot) => void;
  reload: () => Promise<void>;
  /** Shows a status line. */
  say: (status: string) => void;
  confirm: Confirming;
}

/** Following a new feed and refreshing them all; `busy` while either runs. */
function useFeedAddress({ setSnapshot, reload, say }: FeedsProps) {
  const [feedUrl, setFeedUrl] = useState('');
  const [feedProblem, setFeedProblem] = useState('');
  const [busy, setBusy] = useState(false);

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
    say('Feed added.');
  }

  async function refresh() {
    setBusy(true);
    setSnapshot(await sendMessage('refreshFeeds'));
    setBusy(false);
    say('Feeds refreshed.');
  }
  return { feedUrl, setFeedUrl, feedProblem, busy, addFeed, refresh };
}

/** "Glossary feeds": the feeds in order, then the address of one to follow and the buttons. */
export function FeedsSection(props: FeedsProps) {
  const { snapshot, reload, say, confirm } = props;
  const { feedUrl, setFeedUrl, feedProblem, busy, addFeed, refresh } = useFeedAddress(props);
  const feeds = snapshot?.layers.filter((l) => l.kind === 'feed') ?? [];
  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Glossary feeds</h2>
      <p>
        A feed is a glossary your organisation publishes. Plainly fetches it every 6 hours. The
        first feed in the list comes first; your own entries come before all feeds.
      </p>
      {feeds.length === 0 ? <p>You do not follow any feeds.</p> : null}
      <ol>
        {feeds.map((feed, i) => (
          <FeedItem
            key={feed.id}
            feed={feed}
            first={i === 0}
            last={i === feeds.length - 1}
            reload={reload}
            say={say}
            confirm={confirm}
          />
        ))}
      </ol>
      <div className={`field${feedProblem ? ' field--error' : ''}`}>
        <label htmlFor="feed-url">Address of a feed to follow</label>
        <p className="hint" id="feed-url-hint">
          It starts with https://. If your browser asks, let Plainly read that site: Plainly fetches
          the feed from it and nothing else.
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
        <button type="button" className="secondary" disabled={busy} onClick={() => void refresh()}>
          Refresh feeds now
        </button>
      </div>
    </section>
  );
}

interface FeedItemProps {
  feed: LayerInfo;
  /** The feed is first or last in the list: it cannot move further that way. */
  first: boolean;
  last: boolean;
  reload: () => Promise<void>;
  say: (status: string) => void;
  confirm: Confirming;
}

/** One feed: its name, address and counts, any problem, a held copy, and its buttons. */
function FeedItem({ feed, first, last, reload, say, confirm }: FeedItemProps) {
  const { confirming } = confirm;
  async function acceptHeld(url: string, name: string) {
    const result = await sendMessage('acceptHeldFeed', { url });
    await reload();
    say(
      result.ok
        ? `Plainly now uses the new copy of “${name}”.`
        : `There is no new copy of “${name}” to use any more.`,
    );
  }
  return (
    <li className="panel">
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
        <HeldCopy
          feed={feed}
          held={feed.held}
          onUse={() => void acceptHeld(feed.url ?? '', feed.name)}
        />
      ) : null}
      {!feed.locked ? (
        <FeedButtons feed={feed} first={first} last={last} reload={reload} confirm={confirm} />
      ) : null}
      {confirming !== null && confirming === feed.url ? (
        <StopFollowing feed={feed} reload={reload} say={say} confirm={confirm} />
      ) : null}
    </li>
  );
}

/** A newer copy held back because it lost entries, and a button to use it anyway. */
function HeldCopy({
  feed,
  held,
  onUse,
}: {
  feed: LayerInfo;
  held: NonNullable<LayerInfo['held']>;
  onUse: () => void;
}) {
  return (
    <div className="confirm" role="alert">
      <p>
        On {when(held.at)} the feed had {held.count} {held.count === 1 ? 'entry' : 'entries'}{' '}
        instead of {feed.count}. Plainly keeps using the copy it had, in case this is a mistake. If
        the people who publish the feed meant to remove them, use the new copy.
      </p>
      <button type="button" onClick={onUse}>
        Use the new copy of “{feed.name}” ({held.count} {held.count === 1 ? 'entry' : 'entries'})
      </button>
    </div>
  );
}

/** Move the feed up or down the list, and stop following it (which asks first). */
function FeedButtons({ feed, first, last, reload, confirm }: Omit<FeedItemProps, 'say'>) {
  const move = (by: 1 | -1) =>
    void sendMessage('moveFeed', { url: feed.url ?? '', by }).then(reload);
  return (
    <div className="row">
      <button type="button" className="secondary" disabled={first} onClick={() => move(-1)}>
        Move “{feed.name}” up
      </button>
      <button type="button" className="secondary" disabled={last} onClick={() => move(1)}>
        Move “{feed.name}” down
      </button>
      <button
        type="button"
        className="secondary"
        aria-expanded={confirm.confirming === feed.url}
        onClick={() => confirm.setConfirming(feed.url ?? null)}
      >
        Stop following “{feed.name}”
      </button>
    </div>
  );
}

/** "Stop following …?": yes (focused when it opens) or keep following. */
function StopFollowing({
  feed,
  reload,
  say,
  confirm,
}: Pick<FeedItemProps, 'feed' | 'reload' | 'say' | 'confirm'>) {
  async function removeFeed(url: string, name: string) {
    confirm.setConfirming(null);
    const result = await sendMessage('removeFeed', { url });
    await reload();
    say(
      result.ok
        ? `You no longer follow “${name}”.`
        : `Plainly could not stop following “${name}”: ${result.problems.map((p) => p.problem).join(' ')}.`,
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`Stop following “${feed.name}”?`}>
      <p>
        Stop following “{feed.name}”? Plainly forgets its {feed.count}{' '}
        {feed.count === 1 ? 'entry' : 'entries'}. You can follow it again later.
      </p>
      <div className="row">
        <button
          type="button"
          ref={confirm.confirmButton}
          onClick={() => void removeFeed(feed.url ?? '', feed.name)}
        >
          Yes, stop following “{feed.name}”
        </button>
        <button type="button" className="secondary" onClick={() => confirm.setConfirming(null)}>
          Keep following it
        </button>
      </div>
    </div>
  );
}
