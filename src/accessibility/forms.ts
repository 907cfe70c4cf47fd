/**
 * Plainly's own checks on web forms (docs/sources.md, "Accessibility check codes"): labels,
 * placeholders used as labels, "Submit" buttons, fields marked as needed only
 * by an asterisk, and plain language in labels, hints, error messages and
 * buttons. Pure: it checks the plain description `extractForms` makes of the
 * page, so it runs in the background and in tests alike.
 */
import accessibility from '../../dictionaries/accessibility.json';
import type { Finding, ProfileName } from '../checker/types';
import { SOURCES } from './sources';
import type { FormInfo } from './form-types';
import type { FormFinding } from './form-types';

export type * from './form-types';

/** Button texts that do not say what the button does: dictionaries/accessibility.json. */
const VAGUE_BUTTONS: ReadonlySet<string> = new Set(accessibility.vagueButtons);
/** Engine categories worth raising in form text; readability scores mean little on a label. */
const FORM_TEXT_CATEGORIES = new Set(['jargon', 'plain-english', 'acronym', 'respectful']);

const WHERE = { label: 'label', hint: 'hint', error: 'error message', button: 'button' } as const;

/**
 * @param checkText runs the engine on one piece of form text with the user's profile.
 */
export function checkForms(
  forms: readonly FormInfo[],
  checkText: (text: string) => readonly Finding[],
): FormFinding[] {
  const findings: FormFinding[] = [];
  const language = (
    text: string | null,
    role: keyof typeof WHERE,
    target: number,
    form: number,
    owner: string,
  ) => {
    if (text === null || text.trim() === '') return;
    for (const finding of checkText(text)) {
      if (!FORM_TEXT_CATEGORIES.has(finding.category)) continue;
      findings.push({
        ruleId: `form-${finding.ruleId}`,
        check: 'F20',
        severity: finding.severity,
        message: `In the ${WHERE[role]} ${owner}: ${finding.message}`,
        source: SOURCES.formPlainLanguage,
        text: finding.text,
        where: role,
        form,
        target,
      });
    }
  };

  for (const form of forms) {
    for (const control of form.controls) {
      const base = { form: form.index, target: control.target };
      const name = control.label ?? control.placeholder ?? control.name;
      const owner = name ? `for “${name}”` : 'of a field';
      if (control.label === null && control.placeholder === null) {
        findings.push({
          ...base,
          ruleId: 'field-no-label',
          check: 'F01',
          severity: 'error',
          message: 'This field has no label. Add a label that says what to enter.',
          source: SOURCES.formLabels,
          text: control.name,
          where: 'field',
        });
      } else if (control.label === null && control.placeholder !== null) {
        findings.push({
          ...base,
          ruleId: 'placeholder-as-label',
          check: 'F04',
          severity: 'error',
          message: `This field uses its placeholder, “${control.placeholder}”, as its label. It disappears when you type. Add a label, and put any example in a hint.`,
          source: SOURCES.placeholder,
          text: control.placeholder,
          where: 'field',
        });
      }
      const words = `${control.label ?? ''} ${control.hint ?? ''}`;
      if (
        control.label !== null &&
        /\*\s*$/.test(control.label) &&
        !/\b(?:required|optional|must|need to)\b/i.test(words)
      ) {
        findings.push({
          ...base,
          ruleId: 'required-asterisk',
          check: 'F07',
          severity: 'warning',
          message:
            'This field shows it is needed only with an asterisk. Say so in words, or mark the other fields “(optional)”.',
          source: SOURCES.requiredField,
          text: control.label,
          where: 'label',
        });
      }
      if (control.label !== null && /:\s*\*?\s*$/.test(control.label)) {
        findings.push({
          ...base,
          ruleId: 'label-colon',
          check: 'F22',
          severity: 'suggestion',
          message: 'Leave out the colon at the end of the label.',
          source: SOURCES.labelColon,
          text: control.label,
          where: 'label',
        });
      }
      language(
        control.label?.replace(/[:*\s]+$/, '') ?? null,
        'label',
        control.target,
        form.index,
        owner,
      );
      language(control.hint, 'hint', control.target, form.index, owner);
      for (const error of control.errors)
        language(error, 'error', control.target, form.index, owner);
    }
    for (const button of form.buttons) {
      const text = button.text.trim();
      if (VAGUE_BUTTONS.has(text.toLowerCase())) {
        findings.push({
          ruleId: 'vague-button',
          check: 'F20',
          severity: 'warning',
          message: `The button says “${text}”. Say what it does, like “Send your request” or “Save and continue”.`,
          source: SOURCES.buttonText,
          text,
          where: 'button',
          form: form.index,
          target: button.target,
        });
      } else {
        // A vague button is already found; its word may also be on the plain-words list.
        language(text, 'button', button.target, form.index, `“${text}”`);
      }
    }
  }
  return findings;
}

/**
 * The writing style a form's words are checked in. Labels, hints, error
 * messages and buttons are read by whoever fills the form in, usually a
 * member of the public: so at least the Public style, or Easy read when that
 * is the style chosen.
 */
export function formProfile(profile: ProfileName | undefined): ProfileName {
  return profile === 'easy-read' ? 'easy-read' : 'public';
}
