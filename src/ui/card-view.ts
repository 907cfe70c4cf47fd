/**
 * The suggestion card, drawn inside Plainly's card frame (entrypoints/card):
 * what the problem is, what the user can do, then the plain definition and
 * easy read sentences. The choices come before the details so that a card
 * with little room (at 400% zoom, say) shows them first, and scrolls inside
 * itself for the rest. Built with DOM text nodes only (never HTML strings).
 *
 * Keyboard: Up and Down move between the actions, Enter does the selected
 * one, Escape closes the card (and the content script puts focus back in the
 * field where the caret was). The card is a non-modal dialog labelled by its
 * heading.
 *
 * The view does nothing by itself: it reports each click, key press and
 * submit, with the event, and the frame decides whether to act on it.
 */
import type { CardAction, CardContent } from '../messaging/card';
import { ADVICE_LABEL, adviceToShow, CATEGORY_LABELS, SEVERITY_LABELS } from '../report/labels';

export interface CardViewHandlers {
  /** An action button was chosen, by `event` (a click or a key press). */
  act(action: CardAction, event: Event): void;
  /** The proposal form was sent; resolves to what to tell the user. */
  propose(suggestion: string, note: string, event: Event): Promise<string>;
  /** Escape was pressed. */
  close(event: Event): void;
  /** The card's height changed (a note, the proposal form). */
  resized(): void;
}

export interface CardView {
  readonly element: HTMLElement;
  /** Shows a short message at the top, read out at once. */
  setNote(text: string): void;
  /** Puts focus on the first action. */
  focusFirst(): void;
  /** The card's full height in CSS pixels. */
  height(): number;
}

/** A new element, with its text and class when given. */
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

/** The buttons of the card in order, and what each does from the keyboard. */
interface Choices {
  buttons: HTMLButtonElement[];
  /** What each button does from the keyboard, so Enter can do it without a synthetic click. */
  runs: ((event: Event) => void)[];
}

/** Draws the card for `content`; it reports what the user does to `handlers`. */
export function renderCard(
  doc: Document,
  content: CardContent,
  handlers: CardViewHandlers,
): CardView {
  const id = `card-${content.cardId}`;
  const { card, note, actions } = cardFrame(doc, content, id);
  const reveal = (target: HTMLElement) => revealIn(card, target);
  const choices: Choices = { buttons: [], runs: [] };
  for (const action of content.actions) {
    const button = el(doc, 'button', action.label, action.primary === true ? 'primary' : undefined);
    button.type = 'button';
    const run = (event: Event) => handlers.act(action, event);
    button.addEventListener('click', run);
    addChoice(choices, actions, button, run);
  }

  const setNote = (text: string) => {
    note.textContent = text;
    note.hidden = false;
    handlers.resized();
  };
  if (content.canPropose)
    addProposal(doc, id, { card, actions, choices, handlers, setNote, reveal });
  card.addEventListener('keydown', (event) => onKey(event, choices, handlers, reveal));

  return {
    element: card,
    setNote,
    focusFirst: () => {
      if (choices.buttons[0] !== undefined) reveal(choices.buttons[0]);
    },
    height: () => {
      const style = doc.defaultView?.getComputedStyle(card);
      const borders =
        parseFloat(style?.borderTopWidth ?? '0') + parseFloat(style?.borderBottomWidth ?? '0');
      return card.scrollHeight + borders;
    },
  };
}

/**
 * The card without its buttons: a dialog labelled by its heading, with the
 * kind of problem, the words, a note line (hidden until there is a note),
 * the message, the writer's tip from the glossary, the (empty) group of
 * actions, then the definition, the "agreed" mark and the easy read
 * sentences.
 */
function cardFrame(doc: Document, content: CardContent, id: string) {
  const { finding } = content;
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
    'h1',
    `“${finding.text.length > 80 ? `${finding.text.slice(0, 77)}…` : finding.text}”`,
  );
  title.id = `${id}-title`;
  const note = el(doc, 'p', content.note ?? '', 'note');
  note.setAttribute('role', 'alert');
  if (content.note === undefined) note.hidden = true;
  const message = el(doc, 'p', finding.message);
  message.id = `${id}-message`;
  card.append(kind, title, note, message);
  const tip = adviceToShow(finding);
  if (tip !== undefined) {
    const advice = el(doc, 'p');
    advice.append(el(doc, 'strong', `${ADVICE_LABEL} `), tip);
    card.append(advice);
  }
  const actions = el(doc, 'div', undefined, 'actions');
  actions.setAttribute('role', 'group');
  actions.setAttribute('aria-label', 'What you can do');
  card.append(actions);
  appendDetails(doc, card, finding);
  return { card, note, actions };
}

/** The definition, the "agreed with people who use services" mark, and the easy read sentences. */
function appendDetails(doc: Document, card: HTMLElement, finding: CardContent['finding']): void {
  if (finding.definition !== undefined) {
    const definition = el(doc, 'p');
    definition.append(el(doc, 'strong', 'What it means: '), finding.definition);
    card.append(definition);
  }
  if (finding.coProduced === true) {
    // Said in words, not only shown: the "agreed with people who use services" mark.
    card.append(el(doc, 'p', '✓ Agreed with people who use services', 'agreed'));
  }
  if (finding.easyRead !== undefined && finding.easyRead.length > 0) {
    card.append(el(doc, 'p', 'In easy read:'));
    const list = el(doc, 'ul');
    for (const sentence of finding.easyRead) list.append(el(doc, 'li', sentence));
    card.append(list);
  }
}

/** Adds `button` to the group of actions, with what it does from the keyboard. */
function addChoice(
  choices: Choices,
  actions: HTMLElement,
  button: HTMLButtonElement,
  run: (event: Event) => void,
): void {
  choices.buttons.push(button);
  choices.runs.push(run);
  actions.append(button);
}

/**
 * "Suggest a change to the glossary": a button that opens the proposal form
 * below the card's details. Once sent, the form closes and the note says
 * what happened.
 */
function addProposal(
  doc: Document,
  id: string,
  parts: {
    card: HTMLElement;
    actions: HTMLElement;
    choices: Choices;
    handlers: CardViewHandlers;
    setNote: (text: string) => void;
    reveal: (target: HTMLElement) => void;
  },
): void {
  const { card, actions, choices, handlers, setNote, reveal } = parts;
  const button = el(doc, 'button', 'Suggest a change to the glossary');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  const form = proposalForm(doc, id, async (suggestion, why, event) => {
    const answer = await handlers.propose(suggestion, why, event);
    form.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    setNote(answer);
    reveal(button);
  });
  form.hidden = true;
  const toggle = (event: Event) => {
    if (!event.isTrusted) return;
    form.hidden = !form.hidden;
    button.setAttribute('aria-expanded', String(!form.hidden));
    handlers.resized();
    const input = form.querySelector('input');
    if (!form.hidden && input !== null) reveal(input);
  };
  button.addEventListener('click', toggle);
  addChoice(choices, actions, button, toggle);
  card.append(form);
}

/** Up and Down move between the actions, Escape closes the card, Enter does the selected action. */
function onKey(
  event: KeyboardEvent,
  { buttons, runs }: Choices,
  handlers: CardViewHandlers,
  reveal: (target: HTMLElement) => void,
): void {
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && index !== -1) {
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = buttons[(index + step + buttons.length) % buttons.length];
    if (next !== undefined) reveal(next);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    handlers.close(event);
  } else if (event.key === 'Enter' && index !== -1) {
    // Enter does the selected action (a button would too, but only on key up in some browsers).
    event.preventDefault();
    runs[index]?.(event);
  }
}

/**
 * Focuses `target` and scrolls the card (only the card, never the page
 * around its frame) so that it can be seen.
 */
function revealIn(card: HTMLElement, target: HTMLElement): void {
  target.focus({ preventScroll: true });
  const box = card.getBoundingClientRect();
  const at = target.getBoundingClientRect();
  if (at.bottom > box.bottom) card.scrollTop += at.bottom - box.bottom + 4;
  else if (at.top < box.top) card.scrollTop -= box.top - at.top + 4;
}

/** "Suggest a change to the glossary": what it should say instead, and why. */
function proposalForm(
  doc: Document,
  id: string,
  send: (suggestion: string, note: string, event: Event) => Promise<void>,
): HTMLFormElement {
  const form = el(doc, 'form');
  const label = el(doc, 'label', 'What should it say instead?');
  label.htmlFor = `${id}-suggestion`;
  const input = el(doc, 'input');
  input.id = `${id}-suggestion`;
  input.type = 'text';
  input.maxLength = 500;
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
    if (input.value.trim() === '') {
      input.focus();
      return;
    }
    void send(input.value.trim(), why.value.trim(), event);
  });
  return form;
}
