/**
 * The entry form: every field of the glossary format (version 2) in plain
 * words with help text, grouped in the order a maintainer thinks about an
 * entry. Problems are shown next to each field and in a summary at the top
 * (the GOV.UK error pattern). The checks are the ones the background runs
 * before it writes anything (src/glossary/write-checks.ts), so the form and
 * an import refuse the same things with the same words.
 *
 * A new entry has no id field: the background makes the id from the term.
 * The parts are in src/ui/glossary-form/.
 */
import { ErrorSummary, EntryHistory, FormButtons, FormNotices } from './glossary-form/parts';
import { ReadersSection, WordSection, WritersSection } from './glossary-form/sections';
import { ExamplesSection, FlaggingSection } from './glossary-form/flagging';
import { AgreementSection } from './glossary-form/agreement';
import { useEntryForm, type EntryFormProps } from './glossary-form/use-entry-form';

export { fromDraft, matchedForms } from './glossary-form/draft';
export { ADVICE_MAX_WORDS } from './glossary-form/problems';
export type { EntryFormProps } from './glossary-form/use-entry-form';

/** The form for one entry, new or not: its notes, problems, sections, buttons and history. */
export function EntryForm(props: EntryFormProps) {
  const { entry, canEdit } = props;
  const form = useEntryForm(props);
  const kit = { draft: form.draft, set: form.set, errorFor: form.errorFor };
  return (
    <form noValidate aria-labelledby="entry-form-heading" onSubmit={form.submit}>
      <h2 id="entry-form-heading">{entry ? `Edit “${entry.term}”` : 'Add an entry'}</h2>
      <FormNotices
        entry={entry}
        layerName={props.layerName}
        changedElsewhere={props.changedElsewhere}
      />
      {form.submitted && form.blocking.length > 0 ? (
        <ErrorSummary
          blocking={form.blocking}
          repeats={form.repeats}
          onEditOther={props.onEditOther}
          summaryRef={form.summary}
        />
      ) : null}
      <fieldset disabled={!canEdit} className="sections">
        <WordSection kit={kit} entry={entry} newId={form.newId} />
        <WritersSection kit={kit} />
        <ReadersSection kit={kit} />
        <FlaggingSection kit={kit} />
        <ExamplesSection kit={kit} />
        <AgreementSection kit={kit} entry={entry} raw={form.raw} settings={props.settings} />
      </fieldset>
      <FormButtons canEdit={canEdit} onCancel={props.onCancel} onDeleteOwn={props.onDeleteOwn} />
      <EntryHistory history={props.history} />
    </form>
  );
}
