import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, ProfileName, Report, Suggestion } from '../../src/checker/types';
import { PROFILE_NAMES } from '../../src/checker/types';
import { sendMessage } from '../../src/messaging/protocol';
import { groupFindings, paragraphNumbers, placeContext, textLines } from '../../src/report/rows';
import { getSettings, updateSettings } from '../../src/settings/store';
import { activeHost } from '../../src/ui/active-host';
import { FindingRows } from '../../src/ui/finding-rows';
import { PROFILE_LABELS, suggestionAction, summarySentence } from '../../src/report/labels';
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

/** A report and the text it is about: its offsets are into that text. */
interface Checked {
  text: string;
  report: Report;
}

/**
 * Makes a suggested change in the popup's own text box the way typing does
 * (`execCommand`), so Ctrl+Z takes it back. Returns false when the browser
 * would not make it; the text is then left as it was.
 */
function change(box: HTMLTextAreaElement, place: Finding, suggestion: Suggestion): boolean {
  box.focus();
  if (suggestion.kind === 'explain') {
    box.setSelectionRange(place.end, place.end);
    return document.execCommand('insertText', false, suggestion.text);
  }
  box.setSelectionRange(place.start, place.end);
  if (suggestion.kind === 'remove') return document.execCommand('delete', false);
  return document.execCommand('insertText', false, suggestion.text);
}

export function App() {
  const [text, setText] = useState('');
  const [profile, setProfile] = useState<ProfileName>('plain');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
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
      setChecked(null);
      setError(null);
      return;
    }
    try {
      const result = await checkInBackground(input, chosen);
      if (request !== latestRequest.current) return;
      setChecked({ text: input, report: result });
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

  const report = checked?.report ?? null;
  const rows = useMemo(() => groupFindings(report?.findings ?? []), [report]);
  // "paragraph 3": each line of the text that is not blank; none for a single line.
  const paragraphOf = useMemo(() => paragraphNumbers(textLines(checked?.text ?? '')), [checked]);

  const summary =
    report === null
      ? 'Type or paste some text, and Plainly will check it.'
      : summarySentence(report);

  /** Buttons to make the change, while the text is still the one checked; otherwise none. */
  const actions = (place: Finding) => {
    if (checked === null || checked.text !== text) return null;
    if (text.slice(place.start, place.end) !== place.text) return null;
    return (
      <>
        {place.suggestions.map((suggestion, index) => (
          <button
            key={index}
            type="button"
            className={index === 0 ? 'small-button' : 'small-button secondary'}
            onClick={() => {
              const textBox = box.current;
              if (textBox === null || !change(textBox, place, suggestion)) {
                setError('Plainly could not change your text here. Nothing was changed.');
              }
            }}
          >
            {suggestionAction(suggestion)}
          </button>
        ))}
        <button
          type="button"
          className="small-button secondary"
          onClick={() => {
            box.current?.focus();
            box.current?.setSelectionRange(place.start, place.end);
          }}
        >
          Select it in your text
        </button>
      </>
    );
  };

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
          ref={box}
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
        {checked !== null && (
          <>
            <ReportSummary report={checked.report} rows={rows} />
            <FindingRows
              rows={rows}
              placeLabel={(place) => {
                const paragraph = paragraphOf(place.start);
                return paragraph === undefined ? undefined : `paragraph ${paragraph}`;
              }}
              excerpt={(place) => {
                const { before, words, after } = placeContext(checked.text, place.start, place.end);
                return (
                  <>
                    {before}
                    <mark>{words}</mark>
                    {after}
                  </>
                );
              }}
              actions={actions}
            />
          </>
        )}
      </section>

      <SiteControls host={host} />
    </main>
  );
}
