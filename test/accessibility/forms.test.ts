/**
 * Form checks on the form harness the browser test also uses: missing
 * labels, a placeholder used as a label, an asterisk-only required field, a
 * "Submit" button and jargon in a hint, each found exactly.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractForms } from '../../src/accessibility/form-extract';
import {
  BUTTON_CHECKS,
  checkForms,
  FIELD_CHECKS,
  formProfile,
} from '../../src/accessibility/forms';
import { Checker } from '../../src/checker/index';

const html = readFileSync(new URL('../e2e/review/harness/form.html', import.meta.url), 'utf8');

describe('web form checks', () => {
  const { document } = parseHTML(html);
  const { forms, elements } = extractForms(document as unknown as Document);
  const checker = new Checker();
  // A form's words are checked as the background checks them: Public at least.
  const findings = checkForms(
    forms,
    (text) => checker.check(text, { format: 'text', profile: formProfile('plain') }).findings,
  );

  it('describes each field and button', () => {
    expect(forms.map((f) => f.name)).toEqual(['Ask for an assessment']);
    expect(
      forms[0]?.controls.map((c) => [c.name, c.label, c.placeholder, c.hint, c.required]),
    ).toEqual([
      ['name', 'Your full name', null, null, false],
      ['email', null, 'Email address', null, false],
      ['phone', null, null, null, false],
      [
        'needs',
        'What help do you need? *',
        null,
        'Tell us about your eligibility for a package of care and any unmet need.',
        true,
      ],
    ]);
    expect(forms[0]?.buttons.map((b) => b.text)).toEqual(['Submit']);
    expect(elements).toHaveLength(5);
  });

  it('finds the missing label, the placeholder label, the asterisk, the button and the jargon in the hint', () => {
    expect(findings.map((f) => [f.ruleId, f.check, f.where, f.target, f.text])).toEqual([
      ['placeholder-as-label', 'F04', 'field', 1, 'Email address'],
      ['field-no-label', 'F01', 'field', 2, 'phone'],
      ['required-asterisk', 'F07', 'label', 3, 'What help do you need? *'],
      ['form-glossary-term', 'F20', 'hint', 3, 'eligibility'],
      ['form-glossary-term', 'F20', 'hint', 3, 'package of care'],
      ['form-glossary-term', 'F20', 'hint', 3, 'unmet need'],
      ['vague-button', 'F20', 'button', 4, 'Submit'],
    ]);
    expect(findings[0]?.message).toBe(
      'This field uses its placeholder, “Email address”, as its label. It disappears when you type. Add a label, and put any example in a hint.',
    );
    expect(findings[1]?.source).toBe(
      'WCAG 2.2 SC 3.3.2 Labels or Instructions (A), 1.3.1 Info and Relationships (A) and 4.1.2 Name, Role, Value (A)',
    );
    expect(findings[3]?.message).toMatch(/^In the hint for “What help do you need\? \*”: /);
  });

  it('checks a form’s words in the Public style at least, or Easy read when chosen', () => {
    expect([formProfile(undefined), formProfile('plain'), formProfile('public')]).toEqual([
      'public',
      'public',
      'public',
    ]);
    expect(formProfile('easy-read')).toBe('easy-read');
  });

  it('lists each field check and each button check once, under its own name', () => {
    const names = [...FIELD_CHECKS, ...BUTTON_CHECKS].map((check) => check.name);
    expect(names).toEqual([
      'fieldLabel',
      'requiredAsterisk',
      'labelColon',
      'fieldWording',
      'buttonText',
    ]);
  });
});
