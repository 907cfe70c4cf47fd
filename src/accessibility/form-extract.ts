/**
 * Reads a page's forms into a plain `FormInfo` description. Runs in the page
 * (the "review this page" helper) and only reads: it never changes the page.
 */
import type { FormButton, FormControl, FormInfo } from './form-types';

const CONTROLS = 'input, textarea, select';
const BUTTONS =
  'button, input[type="submit"], input[type="button"], input[type="reset"], [role="button"]';
const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function byIds(doc: Document, ids: string | null): Element[] {
  return clean(ids)
    .split(' ')
    .filter(Boolean)
    .map((id) => doc.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
}

function textWithout(element: Element, skip: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node === skip) return;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(element);
  return clean(out);
}

function labelOf(doc: Document, control: Element): string | null {
  const labelledBy = byIds(doc, control.getAttribute('aria-labelledby'));
  if (labelledBy.length > 0) return clean(labelledBy.map((el) => el.textContent).join(' ')) || null;
  const aria = clean(control.getAttribute('aria-label'));
  if (aria) return aria;
  const id = control.getAttribute('id');
  if (id) {
    for (const label of Array.from(doc.querySelectorAll('label'))) {
      if (label.getAttribute('for') === id) {
        const text = clean(label.textContent);
        if (text) return text;
      }
    }
  }
  const wrapping = control.closest('label');
  if (wrapping) {
    const text = textWithout(wrapping, control);
    if (text) return text;
  }
  // A title is a last resort for an accessible name (and is what axe-core accepts too).
  return clean(control.getAttribute('title')) || null;
}

function isError(el: Element): boolean {
  return el.getAttribute('role') === 'alert' || /\berror\b/i.test(el.getAttribute('class') ?? '');
}

export interface ExtractedForms {
  forms: FormInfo[];
  /** The fields and buttons, in the order of their `target` numbers. */
  elements: Element[];
}

/** @param isShown leaves out fields the user cannot see; default: every field counts. */
export function extractForms(
  doc: Document,
  isShown: (el: Element) => boolean = () => true,
): ExtractedForms {
  const elements: Element[] = [];
  const groups = new Map<Element | null, { controls: FormControl[]; buttons: FormButton[] }>();
  const group = (el: Element) => {
    const form = el.closest('form');
    let entry = groups.get(form);
    if (!entry) {
      entry = { controls: [], buttons: [] };
      groups.set(form, entry);
    }
    return entry;
  };
  const all = Array.from(doc.querySelectorAll(`${CONTROLS}, ${BUTTONS}`));
  for (const el of all) {
    if (!isShown(el)) continue;
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    const isButton =
      el.matches(BUTTONS) || (tag === 'input' && NOT_FIELDS.has(type) && type !== 'hidden');
    if (tag === 'input' && type === 'hidden') continue;
    const target = elements.length;
    if (isButton) {
      elements.push(el);
      const text = tag === 'input' ? clean(el.getAttribute('value')) : clean(el.textContent);
      group(el).buttons.push({ target, text: text || clean(el.getAttribute('aria-label')) });
      continue;
    }
    elements.push(el);
    const described = byIds(doc, el.getAttribute('aria-describedby'));
    const errors = [
      ...described.filter(isError),
      ...byIds(doc, el.getAttribute('aria-errormessage')),
    ].map((e) => clean(e.textContent));
    const hint = clean(
      described
        .filter((e) => !isError(e))
        .map((e) => e.textContent)
        .join(' '),
    );
    group(el).controls.push({
      target,
      kind: tag === 'input' ? `input[type=${type || 'text'}]` : tag,
      name: clean(el.getAttribute('name') ?? el.getAttribute('id')),
      label: labelOf(doc, el),
      placeholder: clean(el.getAttribute('placeholder')) || null,
      hint: hint || null,
      errors: errors.filter(Boolean),
      required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
    });
  }
  const forms: FormInfo[] = [];
  for (const [form, { controls, buttons }] of groups) {
    if (controls.length === 0) continue;
    const name =
      form === null
        ? 'Fields outside a form'
        : clean(form.getAttribute('aria-label')) ||
          clean(form.getAttribute('name')) ||
          clean(form.getAttribute('id')) ||
          `Form ${forms.length + 1}`;
    forms.push({ index: forms.length, name, controls, buttons });
  }
  return { forms, elements };
}
