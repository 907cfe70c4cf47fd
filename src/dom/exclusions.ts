/**
 * Which fields Plainly may read (docs/reliability.md, "Fields Plainly never
 * reads"). The decision is a pure function of a few facts about the field, so
 * it is unit tested without a DOM; `describeField` collects those facts from a
 * real element.
 */

/** Input types that hold prose. Everything else (password, number, date …) is never read. */
export const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'search', 'email', 'url']);

export interface FieldFacts {
  /** Lower-case tag name: `textarea`, `input` or anything else for contenteditable. */
  tag: string;
  /** For inputs: the `type` attribute as the browser reads it (lower case). */
  type: string;
  autocomplete: string;
  name: string;
  id: string;
  /** The field or an ancestor has `data-plainly="off"`. */
  optedOut: boolean;
  /** Plainly saw this field as a password field before (a show/hide toggle). */
  wasPassword: boolean;
  readOnly: boolean;
}

/** Autocomplete tokens for card details, one-time codes and passwords. */
const SENSITIVE_AUTOCOMPLETE = /(^|\s)(cc-[a-z-]+|one-time-code|[a-z-]*password)(\s|$)/;

/**
 * Names that show a password-like field even after a page has turned it into
 * a text field to show what was typed (the page may have done so before
 * Plainly saw it as a password field).
 */
const SENSITIVE_NAME =
  /pass(word|code|phrase)?\b|passwd|pwd|\bpin\b|\botp\b|one.?time|cvc|cvv|card.?num/i;

/** Whether Plainly must never read this field. */
export function isExcluded(facts: FieldFacts): boolean {
  if (facts.optedOut || facts.wasPassword || facts.readOnly) return true;
  if (SENSITIVE_AUTOCOMPLETE.test(facts.autocomplete.toLowerCase())) return true;
  if (facts.tag === 'input') {
    if (!TEXT_INPUT_TYPES.has(facts.type)) return true;
    if (SENSITIVE_NAME.test(facts.name) || SENSITIVE_NAME.test(facts.id)) return true;
  }
  return false;
}

/** Password fields Plainly has seen, so it remembers them if their type changes. */
const seenPasswords = new WeakSet<Element>();

/** Remember every password field in `root` now, before a page can toggle one to text. */
export function rememberPasswordFields(root: ParentNode): void {
  for (const field of root.querySelectorAll('input[type="password" i]')) seenPasswords.add(field);
}

/** Whether `el` or an ancestor (across open shadow roots) says `data-plainly="off"`. */
function optedOut(el: Element): boolean {
  for (let node: Element | null = el; node !== null;) {
    if (node.closest('[data-plainly="off" i]') !== null) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

export function describeField(el: Element): FieldFacts {
  const input = el instanceof HTMLInputElement ? el : null;
  const type = input?.type.toLowerCase() ?? '';
  if (type === 'password') seenPasswords.add(el);
  return {
    tag: el.tagName.toLowerCase(),
    type,
    autocomplete: el.getAttribute('autocomplete') ?? '',
    name: el.getAttribute('name') ?? '',
    id: el.id,
    optedOut: optedOut(el),
    wasPassword: seenPasswords.has(el),
    readOnly:
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) &&
      (el.readOnly || el.disabled),
  };
}
