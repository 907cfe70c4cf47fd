/**
 * The popup's controls for checking as you write: on or off for the site in
 * the current tab, on or off everywhere, the badge, and the words you chose
 * to ignore (which you can stop ignoring). Changes are saved at once and
 * every open page follows them without a reload.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { Settings } from '../settings/schema';
import { cleanHost, hostMatches } from '../settings/schema';
import { getManagedPolicy, getSettings, updateSettings, watchSettings } from '../settings/store';

export interface SiteControlsProps {
  /** The host of the page in the current tab, '' when Plainly cannot work there, null while finding out. */
  host: string | null;
}

/** The settings, kept as they are saved, and the sites your organisation switched off. */
function useSiteSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [policyOff, setPolicyOff] = useState<string[]>([]);

  useEffect(() => {
    void getSettings().then(setSettings);
    void getManagedPolicy().then(({ policy }) => setPolicyOff(policy.disabledSites ?? []));
    return watchSettings(setSettings);
  }, []);
  return { settings, setSettings, policyOff };
}

/** Checking everywhere, on this site, the badge, and the words you ignore. */
export function SiteControls({ host }: SiteControlsProps) {
  const { settings, setSettings, policyOff } = useSiteSettings();
  if (settings === null) return null;
  // Shown at once, then saved; every open page follows the saved settings.
  const change = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    void updateSettings(patch);
  };
  return (
    <section className="site-controls" aria-labelledby="site-controls-heading">
      <h2 id="site-controls-heading">Checking as you write</h2>
      <Toggle
        id="check-everywhere"
        checked={settings.enabled}
        onChange={(enabled) => change({ enabled })}
      >
        Check as I write on every site
      </Toggle>
      <ThisSite host={host} settings={settings} policyOff={policyOff} change={change} />
      <Toggle
        id="show-badge"
        checked={settings.showBadge}
        onChange={(showBadge) => change({ showBadge })}
      >
        Show the number of things to look at next to each field
      </Toggle>
      {settings.ignoredWords.length > 0 && (
        <IgnoredWords words={settings.ignoredWords} change={change} />
      )}
    </section>
  );
}

/** One tick box and its label, on a row. */
function Toggle({
  id,
  checked,
  disabled,
  onChange,
  children,
}: {
  id: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div className="site-controls__row">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

/** Checking on the site in the current tab, or why you cannot choose it. */
function ThisSite({
  host,
  settings,
  policyOff,
  change,
}: SiteControlsProps & {
  settings: Settings;
  policyOff: readonly string[];
  change: (patch: Partial<Settings>) => void;
}) {
  const site = host === null ? '' : cleanHost(host);
  const siteOff = site !== '' && settings.disabledSites.includes(site);
  // Your organisation decides for this site: its policy's allow or block list.
  const setByPolicy =
    site !== '' &&
    (hostMatches(site, policyOff) ||
      (settings.allowedSites !== null && !hostMatches(site, settings.allowedSites)));
  if (site === '') {
    return (
      <p className="site-controls__note">
        {host === null
          ? 'Finding out which site this is…'
          : 'Plainly cannot check writing on this page.'}
      </p>
    );
  }
  if (setByPolicy) {
    return (
      <p className="site-controls__note">
        Your organisation has switched off checking as you write on {site}.
      </p>
    );
  }
  return (
    <Toggle
      id="check-this-site"
      checked={!siteOff}
      disabled={!settings.enabled}
      onChange={(on) =>
        change({
          disabledSites: on
            ? settings.disabledSites.filter((s) => s !== site)
            : [...settings.disabledSites, site],
        })
      }
    >
      Check as I write on {site}
    </Toggle>
  );
}

/** The words you chose to ignore, each with a button to stop ignoring it. */
function IgnoredWords({
  words,
  change,
}: {
  words: readonly string[];
  change: (patch: Partial<Settings>) => void;
}) {
  return (
    <details className="site-controls__ignored">
      <summary>Words you ignore ({words.length})</summary>
      <ul>
        {words.map((word) => (
          <li key={word}>
            {word}{' '}
            <button
              type="button"
              onClick={() =>
                change({
                  ignoredWords: words.filter((w) => w !== word),
                })
              }
            >
              Stop ignoring<span className="visually-hidden"> {word}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
