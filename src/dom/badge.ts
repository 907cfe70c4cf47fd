/**
 * The field badge: the number of findings and the reading age, just outside
 * the field's bottom-right corner, so it never covers what the user typed.
 * For a field too long to check it says so and offers "Check this anyway".
 */
import type { UiHost } from './ui-host';

export interface BadgeState {
  count: number;
  readingAge: number | null;
  /** The field is over the size limit and was not checked. */
  tooLong?: boolean;
  /** It can still be checked on request ("Check this anyway"). */
  canForce?: boolean;
  /** Only the first part was checked, in the time allowed. */
  partial?: boolean;
}

export class FieldBadge {
  private element: HTMLElement | null = null;

  constructor(
    private readonly field: HTMLElement,
    private readonly ui: () => UiHost,
    private readonly onCheckAnyway: () => void,
  ) {}

  show(state: BadgeState): void {
    const doc = this.field.ownerDocument;
    const badge = this.element ?? doc.createElement('div');
    badge.className = 'badge';
    if (state.tooLong === true) {
      badge.setAttribute('role', 'group');
      badge.setAttribute('aria-label', 'Plainly');
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = 'Check this anyway';
      button.addEventListener('click', (event) => {
        if (event.isTrusted) this.onCheckAnyway();
      });
      if (state.canForce === false) badge.replaceChildren('This is too long for Plainly to check.');
      else badge.replaceChildren('This is too long to check as you type.', button);
    } else {
      badge.removeAttribute('role');
      const things = state.count === 1 ? '1 thing' : `${state.count} things`;
      const age = state.readingAge === null ? '' : ` · reading age ${Math.round(state.readingAge)}`;
      const part = state.partial === true ? ' in the first part' : '';
      badge.textContent = `${things} to look at${part}${age}`;
      badge.setAttribute('aria-label', `Plainly: ${things} to look at${part}${age}`);
    }
    if (this.element === null) {
      this.element = badge;
      this.ui().badges.append(badge);
    }
    this.realign();
  }

  realign(): void {
    const badge = this.element;
    if (badge === null) return;
    const rect = this.field.getBoundingClientRect();
    const view = this.field.ownerDocument.defaultView as Window;
    const height = badge.offsetHeight;
    const width = badge.offsetWidth;
    // Below the field's bottom edge; above its top edge if there is no room below.
    let top = rect.bottom + 2;
    if (top + height > view.innerHeight && rect.top - height - 2 >= 0) top = rect.top - height - 2;
    badge.style.top = `${top}px`;
    badge.style.left = `${Math.max(0, rect.right - width)}px`;
    badge.style.visibility = rect.width === 0 && rect.height === 0 ? 'hidden' : 'visible';
  }

  hide(): void {
    this.element?.remove();
    this.element = null;
  }
}
