/**
 * A plain description of a page's forms, made in the page by `extractForms`
 * and checked anywhere by `checkForms`. `target` numbers each field and button
 * in page order, so the page helper can scroll to it when you choose a finding.
 */
import type { Severity } from '../glossary/schema';

export interface FormControl {
  target: number;
  /** `input[type=email]`, `textarea`, `select`. */
  kind: string;
  /** The name or id, to say which field when it has no label. */
  name: string;
  /** The label a screen reader would read, or null when there is none. */
  label: string | null;
  placeholder: string | null;
  hint: string | null;
  errors: string[];
  required: boolean;
}

export interface FormButton {
  target: number;
  text: string;
}

export interface FormInfo {
  index: number;
  name: string;
  controls: FormControl[];
  buttons: FormButton[];
}

export interface FormFinding {
  ruleId: string;
  check: string;
  severity: Severity;
  message: string;
  source: string;
  text: string;
  /** Which part of the form it is about. */
  where: 'field' | 'label' | 'hint' | 'error' | 'button';
  form: number;
  target: number;
}
