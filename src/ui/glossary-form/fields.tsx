/**
 * The entry form's controls: each field with its label, hint and error
 * line (GOV.UK style), the control described by both, and marked invalid
 * while it has a problem.
 */
import type { ReactNode } from 'react';
import type { Draft, TextKey } from './draft';
import { FIELD_IDS, FIELD_NAMES, type Problem } from './problems';
import type { SetField } from './use-entry-form';

/** What every field needs from the form: the draft, how to change it, and the problems shown now. */
export interface FormKit {
  draft: Draft;
  set: SetField;
  errorFor: (field: string) => Problem[];
}

/** The error line of a field, and the ids its control is described by. */
export function describe(kit: FormKit, key: string, hint: boolean) {
  const id = FIELD_IDS[key] as string;
  const errors = kit.errorFor(key);
  const describedBy = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const line =
    errors.length > 0 ? (
      <p className="field-error" id={`${id}-error`}>
        {errors.map((e) => `${FIELD_NAMES[key] ?? key} ${e.problem}`).join(' ')}
      </p>
    ) : null;
  return { id, errors, describedBy: describedBy || undefined, line };
}

/** A field with one control: its label, hint, error line, then the control. */
function field(
  kit: FormKit,
  key: string,
  label: string,
  control: (id: string, describedBy: string | undefined, invalid: boolean) => ReactNode,
  hint?: ReactNode,
) {
  const { id, errors, describedBy, line } = describe(kit, key, hint !== undefined);
  return (
    <div className={`field${errors.length > 0 ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {line}
      {control(id, describedBy, errors.length > 0)}
    </div>
  );
}

/** A one-line text box for the draft's `key`, checked as the entry's field `name`. */
export const textField = (
  kit: FormKit,
  key: TextKey,
  name: string,
  label: string,
  hint?: ReactNode,
  type = 'text',
) =>
  field(
    kit,
    name,
    label,
    (id, describedBy, invalid) => (
      <input
        id={id}
        type={type}
        value={kit.draft[key]}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(e) => kit.set(key)(e.target.value)}
      />
    ),
    hint,
  );

/** A text box of several lines for the draft's `key`, checked as the entry's field `name`. */
export const areaField = (
  kit: FormKit,
  key: TextKey,
  name: string,
  label: string,
  hint?: ReactNode,
  rows = 3,
) =>
  field(
    kit,
    name,
    label,
    (id, describedBy, invalid) => (
      <textarea
        id={id}
        rows={rows}
        value={kit.draft[key]}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(e) => kit.set(key)(e.target.value)}
      />
    ),
    hint,
  );

/** A list to choose one of `options` from, each shown in its `words`. */
export const selectField = (
  kit: FormKit,
  key: TextKey,
  name: string,
  label: string,
  options: readonly string[],
  words: Readonly<Record<string, string>>,
  hint?: ReactNode,
) =>
  field(
    kit,
    name,
    label,
    (id, describedBy, invalid) => (
      <select
        id={id}
        value={kit.draft[key]}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(e) => kit.set(key)(e.target.value)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {words[o] ?? o}
          </option>
        ))}
      </select>
    ),
    hint,
  );

/** A group of tick boxes or radio buttons with a legend. */
export function choiceGroup(
  kit: FormKit,
  key: string,
  legend: string,
  hint: string | undefined,
  controls: () => ReactNode,
) {
  const { errors, describedBy, line } = describe(kit, key, hint !== undefined);
  const id = FIELD_IDS[key] as string;
  return (
    <fieldset
      className={`field choices${errors.length > 0 ? ' field--error' : ''}`}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      {hint !== undefined ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {line}
      {controls()}
    </fieldset>
  );
}

/** The draft's fields that hold a list of choices, one tick box each. */
type ListKey = 'audiences' | 'matchPos';

/** One tick box for each of `values`, ticked when the draft's list `key` has it. */
export function tickBoxes<K extends ListKey>(
  kit: FormKit,
  key: K,
  values: readonly Draft[K][number][],
  labels: Readonly<Record<Draft[K][number], string>>,
  idPrefix: string,
) {
  const chosen = kit.draft[key] as readonly Draft[K][number][];
  return values.map((value) => (
    <label className="check" key={value} htmlFor={`${idPrefix}-${value}`}>
      <input
        type="checkbox"
        id={`${idPrefix}-${value}`}
        checked={chosen.includes(value)}
        onChange={(e) =>
          kit.set(key)(
            (e.target.checked ? [...chosen, value] : chosen.filter((x) => x !== value)) as Draft[K],
          )
        }
      />
      {labels[value]}
    </label>
  ));
}
