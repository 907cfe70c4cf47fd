/** The popup: check some text, see what to look at, and choose where Plainly checks as you write. */
import { useMemo, useRef, type RefObject } from 'react';
import type { Finding, ProfileName, Suggestion } from '../../src/checker/types';
import { PROFILE_NAMES } from '../../src/checker/types';
import { groupFindings, paragraphNumbers, placeContext, textLines } from '../../src/report/rows';
import { updateSettings } from '../../src/settings/store';
import { FindingRows } from '../../src/ui/finding-rows';
import { PROFILE_LABELS, suggestionAction, summarySentence } from '../../src/report/labels';
import { ReportSummary } from '../../src/ui/report-summary';
import { SiteControls } from '../../src/ui/site-controls';
import { usePopupCheck, type Checked } from './use-popup-check';

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

/** The popup's three parts: the text to check, the results, and checking as you write. */
export function App() {
  const { text, setText, profile, setProfile, checked, error, setError, host, runCheck } =
    usePopupCheck();
  const box = useRef<HTMLTextAreaElement>(null);
  return (
    <main className="popup">
      <h1 className="popup__title">Plainly</h1>
      <CheckForm
        text={text}
        onText={setText}
        profile={profile}
        onProfile={setProfile}
        box={box}
        onCheck={() => void runCheck(text, profile)}
      />
      <Results checked={checked} text={text} error={error} box={box} onError={setError} />
      <SiteControls host={host} />
    </main>
  );
}

/** The text box, the writing style (saved for checking as you write too), and "Check". */
function CheckForm({
  text,
  onText,
  profile,
  onProfile,
  box,
  onCheck,
}: {
  text: string;
  onText: (text: string) => void;
  profile: ProfileName;
  onProfile: (profile: ProfileName) => void;
  box: RefObject<HTMLTextAreaElement | null>;
  onCheck: () => void;
}) {
  return (
    <form
      className="check-form"
      onSubmit={(event) => {
        event.preventDefault();
        onCheck();
      }}
    >
      <label htmlFor="text-to-check">Text to check</label>
      <textarea
        id="text-to-check"
        ref={box}
        rows={7}
        value={text}
        onChange={(event) => onText(event.target.value)}
      />
      <div className="check-form__row">
        <div className="check-form__field">
          <label htmlFor="profile">Writing style</label>
          <select
            id="profile"
            value={profile}
            onChange={(event) => {
              const chosen = event.target.value as ProfileName;
              onProfile(chosen);
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
  );
}

/** The summary sentence (the only live part), any problem, then what to look at in the text. */
function Results({
  checked,
  text,
  error,
  box,
  onError,
}: {
  checked: Checked | null;
  /** The text in the box now. */
  text: string;
  error: string | null;
  box: RefObject<HTMLTextAreaElement | null>;
  onError: (error: string) => void;
}) {
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
    return <PlaceActions place={place} box={box} onError={onError} />;
  };

  return (
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
  );
}

/** One button for each suggestion, which makes the change in the text box, and "Select it". */
function PlaceActions({
  place,
  box,
  onError,
}: {
  place: Finding;
  box: RefObject<HTMLTextAreaElement | null>;
  onError: (error: string) => void;
}) {
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
              onError('Plainly could not change your text here. Nothing was changed.');
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
}
