import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProfileName, Report } from '../../src/checker/types';
import { PROFILE_NAMES } from '../../src/checker/types';
import { sendMessage } from '../../src/messaging/protocol';
import { getSettings, updateSettings } from '../../src/settings/store';
import { activeHost } from '../../src/ui/active-host';
import { FindingList } from '../../src/ui/finding-list';
import { PROFILE_LABELS, summarySentence } from '../../src/ui/labels';
import { ReportSummary } from '../../src/ui/report-summary';
import { SiteControls } from '../../src/ui/site-controls';

/** Check again once the user has stopped typing for this long. */
export const TYPING_PAUSE_MS = 400;

/** Wait this long before asking the background a second time. */
const RETRY_AFTER_MS = 250;

/**
 * What to tell the user when a check fails. A `ProtocolError` from the
 * background is already written for them; anything else is not.
 */
function errorMessage(cause: unknown): string {
  if (cause instanceof Error && cause.name === 'ProtocolError') return cause.message;
  return 'Plainly could not check your text. Try again, or close Plainly and open it again.';
}

/**
 * Asks the background to check the text. Tries once more after a moment if the
 * background did not answer: it may have been starting up or updating
 * (docs/reliability.md, "The service worker can stop at any time"). A
 * refused request is not tried again.
 */
async function checkInBackground(text: string, profile: ProfileName): Promise<Report> {
  try {
    return await sendMessage('check', { text, profile });
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'ProtocolError') throw cause;
    await new Promise((resume) => setTimeout(resume, RETRY_AFTER_MS));
    return sendMessage('check', { text, profile });
  }
}

export function App() {
  const [text, setText] = useState('');
  const [profile, setProfile] = useState<ProfileName>('plain');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Answers can come back out of order; only the latest request's answer is shown.
  const latestRequest = useRef(0);
  const [host, setHost] = useState<string | null>(null);

  // The writing style is the one checking as you write uses too, so it is saved.
  useEffect(() => {
    void getSettings().then((settings) => setProfile(settings.profile));
    void activeHost().then(setHost);
  }, []);

  const runCheck = useCallback(async (input: string, chosen: ProfileName) => {
    const request = ++latestRequest.current;
    if (input.trim() === '') {
      setReport(null);
      setError(null);
      return;
    }
    try {
      const result = await checkInBackground(input, chosen);
      if (request !== latestRequest.current) return;
      setReport(result);
      setError(null);
    } catch (cause) {
      if (request !== latestRequest.current) return;
      setError(errorMessage(cause));
    }
  }, []);

  // Check again after a short pause in typing or after choosing another style.
  useEffect(() => {
    const timer = setTimeout(() => void runCheck(text, profile), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, runCheck, profile]);

  const summary =
    report === null
      ? 'Type or paste some text, and Plainly will check it.'
      : summarySentence(report);

  return (
    <main className="popup">
      <h1 className="popup__title">Plainly</h1>
      <form
        className="check-form"
        onSubmit={(event) => {
          event.preventDefault();
          void runCheck(text, profile);
        }}
      >
        <label htmlFor="text-to-check">Text to check</label>
        <textarea
          id="text-to-check"
          rows={7}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="check-form__row">
          <div className="check-form__field">
            <label htmlFor="profile">Writing style</label>
            <select
              id="profile"
              value={profile}
              onChange={(event) => {
                const chosen = event.target.value as ProfileName;
                setProfile(chosen);
                void updateSettings({ profile: chosen });
              }}
            >
              {PROFILE_NAMES.map((name) => (
                <option key={name} value={name}>
                  {PROFILE_LABELS[name]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Check</button>
        </div>
      </form>

      <section className="results" aria-labelledby="results-heading">
        <h2 id="results-heading">Results</h2>
        {/*
          Only the summary sentence is live. Announcing the whole list after
          every pause in typing would drown out what the user is writing.
        */}
        <p className="results__summary" aria-live="polite">
          {summary}
        </p>
        {error !== null && (
          <p className="results__error" role="alert">
            {error}
          </p>
        )}
        {report !== null && (
          <>
            <ReportSummary report={report} />
            <FindingList findings={report.findings} />
          </>
        )}
      </section>

      <SiteControls host={host} />
    </main>
  );
}
