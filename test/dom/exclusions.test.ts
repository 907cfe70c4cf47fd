import { describe, expect, it } from 'vitest';
import type { FieldFacts } from '../../src/dom/exclusions';
import { isExcluded } from '../../src/dom/exclusions';

const base: FieldFacts = {
  tag: 'input',
  type: 'text',
  autocomplete: '',
  name: 'title',
  id: 'title',
  optedOut: false,
  wasPassword: false,
  readOnly: false,
};

describe('which fields Plainly never reads', () => {
  const table: [string, Partial<FieldFacts>, boolean][] = [
    ['a text input', {}, false],
    ['a search input', { type: 'search' }, false],
    ['an email input', { type: 'email' }, false],
    ['a url input', { type: 'url' }, false],
    ['a textarea', { tag: 'textarea', type: '' }, false],
    ['contenteditable', { tag: 'div', type: '' }, false],
    ['a password input', { type: 'password' }, true],
    ['a field that was a password field', { wasPassword: true }, true],
    ['a number input', { type: 'number' }, true],
    ['a hidden input', { type: 'hidden' }, true],
    ['card number', { autocomplete: 'cc-number' }, true],
    ['card name', { autocomplete: 'billing cc-name' }, true],
    ['one-time code', { autocomplete: 'one-time-code' }, true],
    ['new password', { autocomplete: 'new-password' }, true],
    ['current password', { autocomplete: 'current-password' }, true],
    ['a field named password shown as text', { name: 'password' }, true],
    ['a field with id pwd', { id: 'user-pwd' }, true],
    ['data-plainly="off"', { optedOut: true }, true],
    ['contenteditable marked off', { tag: 'div', type: '', optedOut: true }, true],
    ['a read-only textarea', { tag: 'textarea', type: '', readOnly: true }, true],
    ['a textarea named notes', { tag: 'textarea', type: '', name: 'case-notes' }, false],
  ];
  for (const [what, facts, excluded] of table) {
    it(`${what}: ${excluded ? 'never read' : 'checked'}`, () => {
      expect(isExcluded({ ...base, ...facts })).toBe(excluded);
    });
  }
});
