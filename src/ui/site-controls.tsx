/**
 * The popup's controls for checking as you write: on or off for the site in
 * the current tab, on or off everywhere, the badge, and the words you chose
 * to ignore (which you can stop ignoring). Changes are saved at once and
 * every open page follows them without a reload.
 */
import { useEffect, useState } from 'react';
import type { Settings } from '../settings/schema';
import { cleanHost, hostMatches } from '../settings/schema';
import { getManagedPolicy, getSettings, updateSettings, watchSettings } from '../settings/store';

export interface SiteControlsProps {
  /** The host of the page in the current tab, '' when Plainly cannot work there, null while finding out. */
  host: string | null;
}

export function SiteControls({ host }: SiteControlsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [policyOff, setPolicyOff] = useState<string[]>([]);

  useEffect(() => {
    void getSettings().then(setSettings);
    void getManagedPolicy().then(({ policy }) => setPolicyOff(policy.disabledSites ?? []));
    return watchSettings(setSettings);
  }, []);

  if (settings === null) return null;
  // Shown at once, then saved; every open page follows the saved settings.
  const change = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    void updateSettings(patch);
  };
  const site = host === null ? '' : cleanHost(host);
  const siteOff = site !== '' && settings.disabledSites.includes(site);
  // Your organisation decides for this site: its policy's allow or block list.
  const setByPolicy =
    site !== '' &&
    (hostMatches(site, policyOff) ||
      (settings.allowedSites !== null && !hostMatches(site, settings.allowedSites)));

  return (
    <section className="site-controls" aria-labelledby="site-controls-heading">
      <h2 id="site-controls-heading">Checking as you write</h2>
      <div className="site-controls__row">
        <input
          id="check-everywhere"
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => change({ enabled: event.target.checked })}
        />
        <label htmlFor="check-everywhere">Check as I write on every site</label>
      </div>
      {site === '' ? (
        <p className="site-controls__note">
          {host === null
            ? 'Finding out which site this is…'
            : 'Plainly cannot check writing on this page.'}
        </p>
      ) : setByPolicy ? (
        <p className="site-controls__note">
          Your organisation has switched off checking as you write on {site}.
        </p>
      ) : (
        <div className="site-controls__row">
          <input
            id="check-this-site"
            type="checkbox"
            checked={!siteOff}
            disabled={!settings.enabled}
            onChange={(event) =>
              change({
                disabledSites: event.target.checked
                  ? settings.disabledSites.filter((s) => s !== site)
                  : [...settings.disabledSites, site],
              })
            }
          />
          <label htmlFor="check-this-site">Check as I write on {site}</label>
        </div>
      )}
      <div className="site-controls__row">
        <input
          id="show-badge"
          type="checkbox"
          checked={settings.showBadge}
          onChange={(event) => change({ showBadge: event.target.checked })}
        />
        <label htmlFor="show-badge">Show the number of things to look at next to each field</label>
      </div>
      {settings.ignoredWords.length > 0 && (
        <details className="site-controls__ignored">
          <summary>Words you ignore ({settings.ignoredWords.length})</summary>
          <ul>
            {settings.ignoredWords.map((word) => (
              <li key={word}>
                {word}{' '}
                <button
                  type="button"
                  onClick={() =>
                    change({
                      ignoredWords: settings.ignoredWords.filter((w) => w !== word),
                    })
                  }
                >
                  Stop ignoring<span className="visually-hidden"> {word}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
