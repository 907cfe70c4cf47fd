/**
 * "Words to use instead": one row for each word, with its part of speech,
 * best first. Words can be added and removed.
 */
import { PARTS_OF_SPEECH, type Alternative, type PartOfSpeech } from '../../glossary/schema';
import { POS_LABELS } from '../glossary-labels';
import { describe, type FormKit } from './fields';

/** The words to use instead, with their hint, error line and "Add" button. */
export function AlternativesField({ kit }: { kit: FormKit }) {
  const { draft, set } = kit;
  const { errors, describedBy, line } = describe(kit, 'alternatives', true);
  const update = (index: number, change: Partial<Alternative>) =>
    set('alternatives')(draft.alternatives.map((a, i) => (i === index ? { ...a, ...change } : a)));
  return (
    <fieldset
      className={`field${errors.length > 0 ? ' field--error' : ''}`}
      aria-describedby={describedBy}
    >
      <legend>Words to use instead</legend>
      <p className="hint" id="entry-alternative-1-hint">
        Best first. Each must fit in the sentence in place of the term and mean the same. Its part
        of speech says where it fits: for “commission”, “buy” is a verb and “buying” a noun. Leave
        this empty when no plain word fits.
      </p>
      {line}
      {draft.alternatives.map((alternative, i) => (
        <AlternativeRow
          key={i}
          index={i}
          alternative={alternative}
          invalid={errors.length > 0}
          onChange={(change) => update(i, change)}
          onRemove={() => set('alternatives')(draft.alternatives.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        className="secondary"
        id={draft.alternatives.length === 0 ? 'entry-alternative-1' : undefined}
        onClick={() => set('alternatives')([...draft.alternatives, { text: '', pos: draft.pos }])}
      >
        Add a word to use instead
      </button>
    </fieldset>
  );
}

/** One word to use instead (numbered from 1), its part of speech and its "Remove" button. */
function AlternativeRow({
  index,
  alternative,
  invalid,
  onChange,
  onRemove,
}: {
  index: number;
  alternative: Alternative;
  invalid: boolean;
  onChange: (change: Partial<Alternative>) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  return (
    <div className="row alternative">
      <div>
        <label htmlFor={`entry-alternative-${n}`}>Word {n}</label>
        <input
          id={`entry-alternative-${n}`}
          type="text"
          value={alternative.text}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </div>
      <div>
        <label htmlFor={`entry-alternative-${n}-pos`}>Part of speech of word {n}</label>
        <select
          id={`entry-alternative-${n}-pos`}
          value={alternative.pos}
          onChange={(e) => onChange({ pos: e.target.value as PartOfSpeech })}
        >
          {PARTS_OF_SPEECH.map((p) => (
            <option key={p} value={p}>
              {POS_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="secondary" onClick={onRemove}>
        Remove word {n}
      </button>
    </div>
  );
}
