/** Settings: your name, checking choices, glossary feeds, statistics and what your organisation has set. */
import { useEffect, useRef, useState } from 'react';
import { browser } from '#imports';
import type { Settings } from '../../src/settings/schema';
import { updateSettings } from '../../src/settings/store';
import { FeedsSection } from './feeds';
import { StatsSection } from './stats';
import { useOptionsData } from './use-options';

/** The page: a status line, then one section for each part of the settings. */
export function App() {
  /** What the user is asked to confirm before it is deleted: a feed's address, or the statistics. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), [confirming]);
  const [status, setStatus] = useState('');
  const { settings, setSettings, snapshot, setSnapshot, stats, policyProblems, locks, reload } =
    useOptionsData();
  useEffect(() => void reload(), [reload]);

  async function change(part: Partial<Settings>, message: string) {
    setSettings(await updateSettings(part));
    setStatus(message);
  }

  const confirm = { confirming, setConfirming, confirmButton };
  const terms = new Map(
    (snapshot?.rows ?? []).filter((r) => !r.hidden).map((r) => [r.entry.id, r.entry.term]),
  );
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
          <AboutYou settings={settings} change={change} />
          <Checking
            settings={settings}
            lockedOwn={locks?.allowOwnEntries ?? false}
            change={change}
          />
        </>
      ) : null}

      <FeedsSection
        snapshot={snapshot}
        setSnapshot={setSnapshot}
        reload={reload}
        say={setStatus}
        confirm={confirm}
      />
      <StatsSection stats={stats} terms={terms} reload={reload} say={setStatus} confirm={confirm} />
      {policyProblems.length > 0 ? <PolicyProblems problems={policyProblems} /> : null}
    </main>
  );
}

/** Saves a change to the settings, then says `message`. */
type Change = (part: Partial<Settings>, message: string) => Promise<void>;

/** "About you": your name, saved with each change you make to the glossary. */
function AboutYou({ settings, change }: { settings: Settings; change: Change }) {
  return (
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
          onBlur={(e) => void change({ maintainerName: e.target.value }, 'Your name is saved.')}
        />
      </div>
    </section>
  );
}

/** "Checking": proposed entries, and your own entries (unless your organisation decides). */
function Checking({
  settings,
  lockedOwn,
  change,
}: {
  settings: Settings;
  /** Your organisation decides whether you may have your own entries. */
  lockedOwn: boolean;
  change: Change;
}) {
  return (
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
  );
}

/** Settings your organisation set that could not be used, for your IT team. */
function PolicyProblems({ problems }: { problems: readonly string[] }) {
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">Settings from your organisation</h2>
      <p>Some settings your organisation set could not be used. Tell your IT team:</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
