/** The entry form's sections on matching: when Plainly flags the word, and examples of it. */
import { AUDIENCES, PARTS_OF_SPEECH } from '../../glossary/schema';
import { AUDIENCE_LABELS, POS_LABELS } from '../glossary-labels';
import { areaField, choiceGroup, tickBoxes, type FormKit } from './fields';
import { FIELD_IDS, FIELD_NAMES } from './problems';

/** "When Plainly flags it": for whom, the everyday uses, and the parts of speech. */
export function FlaggingSection({ kit }: { kit: FormKit }) {
  return (
    <>
      <h3>When Plainly flags it</h3>
      {choiceGroup(
        kit,
        'audiences',
        'Who finds it jargon',
        'Tick each writing style in which Plainly should flag the word. Words all staff know, like “carer”, are jargon only for the public and in easy read.',
        () => tickBoxes(kit, 'audiences', AUDIENCES, AUDIENCE_LABELS, 'entry-audience'),
      )}
      {areaField(
        kit,
        'notAfter',
        'match.notAfter',
        'Words before it that mean the everyday sense',
        'One word a line. When the word just before the term is one of these, Plainly stays quiet.',
      )}
      {areaField(
        kit,
        'plainAfter',
        'match.plainAfter',
        'Words before it that make it plain',
        'One word a line. When the word just before the term is one of these, the reader knows what it means (for example “unpaid” before “carers”): Plainly stays quiet there, and later uses count as explained.',
      )}
      {areaField(
        kit,
        'notBefore',
        'match.notBefore',
        'Words after it that mean the everyday sense',
        'One word a line. When the word just after the term is one of these, Plainly stays quiet (for example “people” after “disabled”).',
      )}
      {areaField(
        kit,
        'everyday',
        'match.everyday',
        'Everyday uses',
        'One pattern a line: ~ stands for the term, and | goes between words that can stand in one place. For example “~ letter|parcel” keeps “deliver a letter” quiet. Up to three other words may come between.',
      )}
      {areaField(
        kit,
        'jargonWith',
        'match.jargonWith',
        'Uses that show it is jargon',
        'Patterns written like the everyday uses. When you give some and none fits, Plainly only suggests a change instead of warning.',
      )}
      <div className="field">
        <label className="check" htmlFor={FIELD_IDS['match.needsCareTopic']}>
          <input
            id={FIELD_IDS['match.needsCareTopic']}
            type="checkbox"
            checked={kit.draft.needsCareTopic}
            aria-describedby={`${FIELD_IDS['match.needsCareTopic'] as string}-hint`}
            onChange={(e) => kit.set('needsCareTopic')(e.target.checked)}
          />
          {FIELD_NAMES['match.needsCareTopic']}
        </label>
        <p className="hint" id={`${FIELD_IDS['match.needsCareTopic'] as string}-hint`}>
          Tick it for a word most people use outside care too, like “package” or “client”. In a text
          of 250 words or more, Plainly then flags it only when the text is about care.
        </p>
      </div>
      {choiceGroup(
        kit,
        'match.pos',
        'Parts of speech where it is jargon (optional)',
        'Tick none to flag it as any part of speech. For example, “signpost” is jargon as a verb but not as a noun.',
        () => tickBoxes(kit, 'matchPos', PARTS_OF_SPEECH, POS_LABELS, 'entry-match-pos'),
      )}
    </>
  );
}

/** "Examples": sentences Plainly must flag, must leave alone, and the flagged ones fixed. */
export function ExamplesSection({ kit }: { kit: FormKit }) {
  return (
    <>
      <h3>Examples</h3>
      {areaField(
        kit,
        'flag',
        'examples',
        'Sentences where it is jargon',
        'One a line: sentences Plainly must flag. Give at least two, one with a changed form (“personalised”).',
      )}
      {areaField(
        kit,
        'ok',
        'examples.ok',
        'Sentences where it is not jargon',
        'One a line: sentences Plainly must leave alone, one for each everyday use.',
      )}
      {areaField(
        kit,
        'fixed',
        'examples.fixed',
        'The jargon sentences, fixed (optional)',
        'One a line, in the same order: each sentence where it is jargon, with the first word to use instead put in.',
      )}
    </>
  );
}
