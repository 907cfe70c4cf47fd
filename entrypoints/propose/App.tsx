/**
 * "Suggest this for the glossary": opened from the context menu with the
 * words the staff member selected. Only what they choose to send is kept.
 */
import { useState } from 'react';
import { sendMessage } from '../../src/messaging/protocol';

/** The page: the selected words and the page they were on come in its address. */
export function App() {
  const params = new URLSearchParams(location.search);
  const [done, setDone] = useState('');
  const from = params.get('from') ?? undefined;

  return (
    <main className="page">
      <h1>Suggest a change to the glossary</h1>
      <p>
        Tell the people who look after the glossary about a word that confused you, and what to say
        instead.
      </p>
      {done ? (
        <p className="status" role="status">
          {done}
        </p>
      ) : (
        <ProposeForm initialTerm={params.get('term') ?? ''} from={from} onDone={setDone} />
      )}
    </main>
  );
}

/** Saves the suggestion; resolves to the thank-you sentence. */
async function propose(term: string, suggestion: string, note: string, from: string | undefined) {
  const { merged } = await sendMessage('proposeGlossaryChange', {
    term,
    suggestion,
    note,
    ...(from ? { url: from } : {}),
  });
  return `Thank you. Your suggestion for “${term.trim()}” is saved on this computer${merged ? ', with the same suggestion made before' : ''}. The people who look after the glossary can see it in the glossary editor, or you can export it there and send it to them.`;
}

/** What to tell the user when the suggestion was not saved. */
function whyNotSaved(error: unknown): string {
  // A limit (5 an hour from one site, 10,000 in all) says what to do in plain words.
  return error instanceof Error && error.name === 'ProtocolError'
    ? error.message
    : 'Plainly could not save your suggestion. Try again.';
}

/** The word, what to say instead and a note; a problem above them when it cannot be sent. */
function ProposeForm({
  initialTerm,
  from,
  onDone,
}: {
  initialTerm: string;
  /** The page the words were on. */
  from: string | undefined;
  onDone: (thanks: string) => void;
}) {
  const [term, setTerm] = useState(initialTerm);
  const [suggestion, setSuggestion] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');

  async function submit() {
    setProblem('');
    if (term.trim() === '') {
      setProblem('Write the word or phrase you want to suggest a change for.');
      return;
    }
    try {
      onDone(await propose(term, suggestion, note, from));
    } catch (error) {
      setProblem(whyNotSaved(error));
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {problem ? (
        <p className="error-summary" role="alert">
          {problem}
        </p>
      ) : null}
      <ProposeFields
        term={term}
        onTerm={setTerm}
        suggestion={suggestion}
        onSuggestion={setSuggestion}
        note={note}
        onNote={setNote}
      />
      <button type="submit">Send the suggestion</button>
    </form>
  );
}

/** The word or phrase, what to say instead, and a note (the last two with a hint). */
function ProposeFields(props: {
  term: string;
  onTerm: (term: string) => void;
  suggestion: string;
  onSuggestion: (suggestion: string) => void;
  note: string;
  onNote: (note: string) => void;
}) {
  const { term, suggestion, note } = props;
  return (
    <>
      <div className="field">
        <label htmlFor="propose-term">Word or phrase</label>
        <input
          id="propose-term"
          type="text"
          maxLength={200}
          value={term}
          onChange={(e) => props.onTerm(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="propose-suggestion">What to say instead</label>
        <p className="hint" id="propose-suggestion-hint">
          Plain words that mean the same. Leave it empty if you are not sure.
        </p>
        <input
          id="propose-suggestion"
          type="text"
          maxLength={500}
          aria-describedby="propose-suggestion-hint"
          value={suggestion}
          onChange={(e) => props.onSuggestion(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="propose-note">Note (optional)</label>
        <p className="hint" id="propose-note-hint">
          Why it is confusing, or who it confused. Do not write anyone’s personal details.
        </p>
        <textarea
          id="propose-note"
          maxLength={2000}
          aria-describedby="propose-note-hint"
          value={note}
          onChange={(e) => props.onNote(e.target.value)}
        />
      </div>
    </>
  );
}
