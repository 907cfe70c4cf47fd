/**
 * The suggestion card: what the problem is, the alternatives best first, the
 * plain definition and easy read sentences, and what the user can do. Built
 * with DOM text nodes only (never HTML strings), inside Plainly's shadow root.
 *
 * Keyboard: Up and Down move between the actions, Enter applies the selected
 * one, Escape closes the card and puts focus back in the field where the caret
 * was. The card is a non-modal dialog labelled by its heading.
 */
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../ui/labels';
import type { FieldFinding } from './types';
import type { UiHost } from './ui-host';

export interface CardAction {
  label: string;
  /** The first replacement is the suggested one. */
  primary?: boolean;
  run(): void;
}

export interface CardOptions {
  finding: FieldFinding;
  actions: CardAction[];
  /** Where the flagged words are on screen. */
  near: DOMRect;
  /** Move focus into the card (opened from the keyboard). */
  focus: boolean;
  onClose(reason: 'escape' | 'action' | 'away'): void;
  /** A line shown at the top, for example why a fix was not made. */
  note?: string;
  /** Offers "Suggest a change to the glossary"; resolves to what to tell the user. */
  propose?: (suggestion: string, note: string) => Promise<string>;
}

export interface OpenCard {
  element: HTMLElement;
  close(): void;
  /** Shows a short message in the card, for example "The text has changed." */
  setNote(text: string): void;
}

let counter = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

export function openCard(ui: UiHost, options: CardOptions): OpenCard {
  const doc = ui.host.ownerDocument;
  const view = doc.defaultView as Window;
  const { finding } = options;
  const id = `plainly-card-${++counter}`;
  const card = el(doc, 'div', undefined, 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', `${id}-title`);
  card.setAttribute('aria-describedby', `${id}-message`);

  const kind = el(
    doc,
    'p',
    `${CATEGORY_LABELS[finding.category]} · ${SEVERITY_LABELS[finding.severity]}`,
    'kind',
  );
  const title = el(
    doc,
    'h2',
    `“${finding.text.length > 80 ? `${finding.text.slice(0, 77)}…` : finding.text}”`,
  );
  title.id = `${id}-title`;
  const note = el(doc, 'p', options.note ?? '', 'note');
  note.setAttribute('role', 'alert');
  if (options.note === undefined) note.hidden = true;
  const message = el(doc, 'p', finding.message);
  message.id = `${id}-message`;
  card.append(kind, title, note, message);
  if (finding.definition !== undefined) {
    const definition = el(doc, 'p');
    definition.append(el(doc, 'strong', 'What it means: '), finding.definition);
    card.append(definition);
  }
  if (finding.coProduced) {
    // Said in words, not only shown: the glossary issue's "agreed with people who use services" mark.
    card.append(el(doc, 'p', '✓ Agreed with people who use services', 'agreed'));
  }
  if (finding.easyRead !== undefined && finding.easyRead.length > 0) {
    card.append(el(doc, 'p', 'In easy read:'));
    const list = el(doc, 'ul');
    for (const sentence of finding.easyRead) list.append(el(doc, 'li', sentence));
    card.append(list);
  }

  const actions = el(doc, 'div', undefined, 'actions');
  actions.setAttribute('role', 'group');
  actions.setAttribute('aria-label', 'What you can do');
  const buttons: HTMLButtonElement[] = [];
  /** What each button does, so Enter can do it without a synthetic click. */
  const runs: (() => void)[] = [];
  for (const action of options.actions) {
    const button = el(doc, 'button', action.label, action.primary === true ? 'primary' : undefined);
    button.type = 'button';
    // Opened by mouse, the field keeps focus while the user picks an action.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      action.run();
    });
    buttons.push(button);
    runs.push(() => action.run());
    actions.append(button);
  }
  card.append(actions);
  if (options.propose !== undefined) {
    const propose = options.propose;
    const button = el(doc, 'button', 'Suggest a change to the glossary');
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('mousedown', (event) => event.preventDefault());
    const form = proposalForm(doc, id, async (suggestion, text) => {
      const answer = await propose(suggestion, text);
      form.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      note.textContent = answer;
      note.hidden = false;
      button.focus();
    });
    form.hidden = true;
    const toggle = () => {
      form.hidden = !form.hidden;
      button.setAttribute('aria-expanded', String(!form.hidden));
      if (!form.hidden) form.querySelector('input')?.focus();
    };
    button.addEventListener('click', (event) => {
      if (event.isTrusted) toggle();
    });
    buttons.push(button);
    runs.push(toggle);
    actions.append(button);
    card.append(form);
  }

  card.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && index !== -1) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = buttons[(index + step + buttons.length) % buttons.length];
      next?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close('escape');
    } else if (event.key === 'Enter' && index !== -1) {
      // Enter applies the selected action (a button would too, but only on key up in some browsers).
      event.preventDefault();
      runs[index]?.();
    }
  });

  ui.cardSlot.replaceChildren(card);
  place(card, options.near, view);
  if (options.focus) buttons[0]?.focus({ preventScroll: true });

  let closed = false;
  function close(reason: 'escape' | 'action' | 'away') {
    if (closed) return;
    closed = true;
    card.remove();
    options.onClose(reason);
  }
  return {
    element: card,
    close: () => close('away'),
    setNote(text) {
      note.textContent = text;
      note.hidden = false;
    },
  };
}

/** Below the words if there is room, otherwise above; always inside the window. */
function place(card: HTMLElement, near: DOMRect, view: Window): void {
  const margin = 8;
  const { innerWidth, innerHeight } = view;
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  let top = near.bottom + 6;
  if (top + height > innerHeight - margin && near.top - 6 - height >= margin)
    top = near.top - 6 - height;
  top = Math.max(margin, Math.min(top, innerHeight - height - margin));
  const left = Math.max(margin, Math.min(near.left, innerWidth - width - margin));
  card.style.top = `${top}px`;
  card.style.left = `${left}px`;
}

/** "Suggest a change to the glossary": what it should say instead, and why. */
function proposalForm(
  doc: Document,
  id: string,
  send: (suggestion: string, note: string) => Promise<void>,
): HTMLFormElement {
  const form = el(doc, 'form');
  const label = el(doc, 'label', 'What should it say instead?');
  label.htmlFor = `${id}-suggestion`;
  const input = el(doc, 'input');
  input.id = `${id}-suggestion`;
  input.type = 'text';
  input.maxLength = 500;
  // Plainly's own fields are never checked, and the browser need not spell-check them either.
  input.autocomplete = 'off';
  const noteLabel = el(doc, 'label', 'Why? (you can leave this empty)');
  noteLabel.htmlFor = `${id}-why`;
  const why = el(doc, 'textarea');
  why.id = `${id}-why`;
  why.rows = 2;
  why.maxLength = 2000;
  const submit = el(doc, 'button', 'Send to the glossary team', 'primary');
  submit.type = 'submit';
  const row = el(doc, 'div', undefined, 'actions');
  row.append(submit);
  form.append(label, input, noteLabel, why, row);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!event.isTrusted || input.value.trim() === '') {
      input.focus();
      return;
    }
    void send(input.value.trim(), why.value.trim());
  });
  return form;
}
