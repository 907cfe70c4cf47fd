/**
 * The entry form's first sections: the word, what writers see, and what
 * readers see. The rest are in flagging.tsx and agreement.tsx.
 */
import { countWords } from '../../glossary/health';
import {
  ACTIONS,
  CATEGORIES,
  DEFINITION_MAX_WORDS,
  EASY_READ_MAX_WORDS,
  KINDS,
  PARTS_OF_SPEECH,
  SEVERITIES,
  type GlossaryEntry,
} from '../../glossary/schema';
import { SEVERITY_LABELS } from '../../report/labels';
import {
  ACTION_HELP,
  ACTION_LABELS,
  GLOSSARY_CATEGORY_LABELS,
  KIND_LABELS,
  POS_LABELS,
} from '../glossary-labels';
import { AlternativesField } from './alternatives';
import { matchedForms } from './draft';
import { areaField, choiceGroup, selectField, textField, type FormKit } from './fields';
import { ADVICE_MAX_WORDS } from './problems';

/** "The word": the term, the forms Plainly finds, the id, its kind, other forms and category. */
export function WordSection({
  kit,
  entry,
  newId,
}: {
  kit: FormKit;
  entry: GlossaryEntry | undefined;
  newId: string | undefined;
}) {
  const { draft, set } = kit;
  const forms = matchedForms(draft.term, entry?.match?.inflect !== false);
  return (
    <>
      <h3>The word</h3>
      {textField(kit, 'term', 'term', 'Term', 'The word or phrase, in UK spelling.')}
      <p className="hint" id="entry-forms">
        {forms.length > 0
          ? `Plainly will find: ${forms.join(', ')} (and the same with capitals, hyphens or US spelling).`
          : ''}
      </p>
      {entry === undefined ? (
        <p className="hint" id="entry-id">
          Plainly makes the entry’s id from the term when you save: {newId}.
        </p>
      ) : (
        <p id="entry-id">
          <strong>Id:</strong> {entry.id} <span className="hint">(it never changes)</span>
        </p>
      )}
      {choiceGroup(
        kit,
        'kind',
        'What kind of word is it?',
        'A term readers meet is explained in the list of words used at the end of a paper. A style word never is: the writer should change it.',
        () =>
          KINDS.map((kind) => (
            <label className="check" key={kind} htmlFor={`entry-kind-${kind}`}>
              <input
                type="radio"
                id={`entry-kind-${kind}`}
                name="entry-kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => set('kind')(kind)}
              />
              {KIND_LABELS[kind]}
            </label>
          )),
      )}
      {selectField(
        kit,
        'pos',
        'pos',
        'Part of speech of the term',
        PARTS_OF_SPEECH,
        POS_LABELS,
        'Plainly puts words to use instead into the sentence in the same form as the term (buys, bought, buying).',
      )}
      {areaField(
        kit,
        'variants',
        'variants',
        'Other forms and spellings',
        'One a line, for example “co-produce” for “co-production”. Plurals and verb endings are found without listing them.',
      )}
      {areaField(
        kit,
        'abbreviations',
        'abbreviations',
        'Short forms',
        'One a line, for example DoLS.',
      )}
      {selectField(kit, 'category', 'category', 'Category', CATEGORIES, GLOSSARY_CATEGORY_LABELS)}
    </>
  );
}

/** "What writers see": what Plainly asks them to do, words to use instead, advice, how serious. */
export function WritersSection({ kit }: { kit: FormKit }) {
  return (
    <>
      <h3>What writers see</h3>
      {selectField(
        kit,
        'action',
        'action',
        'What Plainly asks the writer to do',
        ACTIONS,
        ACTION_LABELS,
        ACTION_HELP[kit.draft.action as keyof typeof ACTION_HELP],
      )}
      <AlternativesField kit={kit} />
      {areaField(
        kit,
        'advice',
        'advice',
        'Advice for writers',
        `What a writer should do about the word, at most ${ADVICE_MAX_WORDS} words. For example: “Name the service instead.” Only writers see it.`,
      )}
      {selectField(kit, 'severity', 'severity', 'How serious it is', SEVERITIES, SEVERITY_LABELS)}
    </>
  );
}

/** "What readers see": the definition and the easy read sentences. */
export function ReadersSection({ kit }: { kit: FormKit }) {
  return (
    <>
      <h3>What readers see</h3>
      {areaField(
        kit,
        'definition',
        'definition',
        'What it means, for readers: no instructions',
        `Say what the word means, in plain words, at most ${DEFINITION_MAX_WORDS} words (now ${countWords(kit.draft.definition)}). Readers of a paper see it, so it never tells anyone what to do: that goes in the advice for writers.`,
      )}
      {areaField(
        kit,
        'easyRead',
        'easyRead',
        'Easy read sentences',
        `One sentence a line, each at most ${EASY_READ_MAX_WORDS} words, one idea each, for readers with a learning disability.`,
      )}
    </>
  );
}
