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
import type { FormButton, FormControl, FormFinding, FormInfo } from './form-types';

export type * from './form-types';

/** Button texts that do not say what the button does: dictionaries/accessibility.json. */
const VAGUE_BUTTONS: ReadonlySet<string> = new Set(accessibility.vagueButtons);
/** Engine categories worth raising in form text; readability scores mean little on a label. */
const FORM_TEXT_CATEGORIES = new Set(['jargon', 'plain-english', 'acronym', 'respectful']);

const WHERE = { label: 'label', hint: 'hint', error: 'error message', button: 'button' } as const;

/** Runs the engine on one piece of form text, in the user's writing style. */
export type CheckText = (text: string) => readonly Finding[];

/** What a check of one field reads. */
export interface FieldInput {
  form: FormInfo;
  control: FormControl;
  checkText: CheckText;
}

/** What a check of one button reads. */
export interface ButtonInput {
  form: FormInfo;
  button: FormButton;
  checkText: CheckText;
}

/**
 * F20: the engine's findings on one piece of form text (a label, hint, error
 * message or button), said in the words of where they are.
 */
function wording(
  checkText: CheckText,
  text: string | null,
  role: keyof typeof WHERE,
  place: { form: number; target: number; owner: string },
): FormFinding[] {
  if (text === null || text.trim() === '') return [];
  const findings: FormFinding[] = [];
  for (const finding of checkText(text)) {
    if (!FORM_TEXT_CATEGORIES.has(finding.category)) continue;
    findings.push({
      ruleId: `form-${finding.ruleId}`,
      check: 'F20',
      severity: finding.severity,
      message: `In the ${WHERE[role]} ${place.owner}: ${finding.message}`,
      source: SOURCES.formPlainLanguage,
      text: finding.text,
      where: role,
      form: place.form,
      target: place.target,
    });
  }
  return findings;
}

/** F01 and F04: every field has a label, and not only a placeholder that disappears. */
function fieldLabel({ form, control }: FieldInput): FormFinding[] {
  const base = { form: form.index, target: control.target };
  if (control.label !== null) return [];
  if (control.placeholder === null) {
    return [
      {
        ...base,
        ruleId: 'field-no-label',
        check: 'F01',
        severity: 'error',
        message: 'This field has no label. Add a label that says what to enter.',
        source: SOURCES.formLabels,
        text: control.name,
        where: 'field',
      },
    ];
  }
  return [
    {
      ...base,
      ruleId: 'placeholder-as-label',
      check: 'F04',
      severity: 'error',
      message: `This field uses its placeholder, “${control.placeholder}”, as its label. It disappears when you type. Add a label, and put any example in a hint.`,
      source: SOURCES.placeholder,
      text: control.placeholder,
      where: 'field',
    },
  ];
}

/** F07: a field that is needed says so in words, not only with an asterisk. */
function requiredAsterisk({ form, control }: FieldInput): FormFinding[] {
  const words = `${control.label ?? ''} ${control.hint ?? ''}`;
  if (
    control.label === null ||
    !/\*\s*$/.test(control.label) ||
    /\b(?:required|optional|must|need to)\b/i.test(words)
  ) {
    return [];
  }
  return [
    {
      form: form.index,
      target: control.target,
      ruleId: 'required-asterisk',
      check: 'F07',
      severity: 'warning',
      message:
        'This field shows it is needed only with an asterisk. Say so in words, or mark the other fields “(optional)”.',
      source: SOURCES.requiredField,
      text: control.label,
      where: 'label',
    },
  ];
}

/** F22: a label does not end in a colon. */
function labelColon({ form, control }: FieldInput): FormFinding[] {
  if (control.label === null || !/:\s*\*?\s*$/.test(control.label)) return [];
  return [
    {
      form: form.index,
      target: control.target,
      ruleId: 'label-colon',
      check: 'F22',
      severity: 'suggestion',
      message: 'Leave out the colon at the end of the label.',
      source: SOURCES.labelColon,
      text: control.label,
      where: 'label',
    },
  ];
}

/** F20: plain language in a field's label, hint and error messages. */
function fieldWording({ form, control, checkText }: FieldInput): FormFinding[] {
  const name = control.label ?? control.placeholder ?? control.name;
  const place = {
    form: form.index,
    target: control.target,
    owner: name ? `for “${name}”` : 'of a field',
  };
  return [
    ...wording(checkText, control.label?.replace(/[:*\s]+$/, '') ?? null, 'label', place),
    ...wording(checkText, control.hint, 'hint', place),
    ...control.errors.flatMap((error) => wording(checkText, error, 'error', place)),
  ];
}

/**
 * F20: a button says what it does, not "Submit"; the words of any other
 * button are checked like a label's. (A vague button is found already; its
 * word may also be on the plain-words list.)
 */
function buttonText({ form, button, checkText }: ButtonInput): FormFinding[] {
  const text = button.text.trim();
  if (!VAGUE_BUTTONS.has(text.toLowerCase())) {
    const place = { form: form.index, target: button.target, owner: `“${text}”` };
    return wording(checkText, text, 'button', place);
  }
  return [
    {
      ruleId: 'vague-button',
      check: 'F20',
      severity: 'warning',
      message: `The button says “${text}”. Say what it does, like “Send your request” or “Save and continue”.`,
      source: SOURCES.buttonText,
      text,
      where: 'button',
      form: form.index,
      target: button.target,
    },
  ];
}

/** The checks on each field, in the order their findings are listed. */
export const FIELD_CHECKS: readonly ((input: FieldInput) => FormFinding[])[] = [
  fieldLabel,
  requiredAsterisk,
  labelColon,
  fieldWording,
];

/** The checks on each button, in the order their findings are listed. */
export const BUTTON_CHECKS: readonly ((input: ButtonInput) => FormFinding[])[] = [buttonText];

/**
 * Runs every check on each form's fields, then on its buttons, form by form.
 *
 * @param checkText runs the engine on one piece of form text with the user's profile.
 */
export function checkForms(forms: readonly FormInfo[], checkText: CheckText): FormFinding[] {
  const findings: FormFinding[] = [];
  for (const form of forms) {
    for (const control of form.controls) {
      for (const check of FIELD_CHECKS) findings.push(...check({ form, control, checkText }));
    }
    for (const button of form.buttons) {
      for (const check of BUTTON_CHECKS) findings.push(...check({ form, button, checkText }));
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
