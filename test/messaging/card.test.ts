/**
 * The card relay's rules: who may send what through the background, to
 * where, and which payloads are refused.
 */
import { describe, expect, it } from 'vitest';
import { parseCardContent, parseCardRelay, routeCardRelay } from '../../src/messaging/card';

const TOKEN = '0f8fad5b-d9cb-469f-a165-70867728950e';
const CONTENT = {
  cardId: 3,
  finding: {
    text: 'commissioners',
    message: 'Say “council staff who buy services”.',
    category: 'jargon',
    severity: 'warning',
    definition: 'People at the council who buy services.',
    advice: 'Say what the person does.',
    easyRead: ['They buy care for you.'],
    entryId: 'commissioners',
  },
  actions: [
    { id: 'fix-0', label: 'Use “council staff who buy services”', kind: 'apply', primary: true },
    { id: 'ignore', label: 'Ignore', kind: 'ignore' },
  ],
  canPropose: true,
  focus: false,
  pageUrl: 'https://example.org/notes',
};

describe('the card relay', () => {
  it('sends a content script’s card to the frames of its own tab', () => {
    const route = routeCardRelay(
      'content-script',
      { url: 'https://example.org/notes', tab: { id: 7 } },
      { token: TOKEN, kind: 'show', payload: CONTENT, extra: 'dropped' },
    );
    expect(route).toEqual({
      tabId: 7,
      envelope: { plainlyCard: 1, to: 'frame', token: TOKEN, kind: 'show', payload: CONTENT },
    });
  });

  it('sends the card frame’s choice back to the page in its own tab', () => {
    const route = routeCardRelay(
      'extension-page',
      { url: 'chrome-extension://abc/card.html#x', tab: { id: 7 } },
      { token: TOKEN, kind: 'act', payload: { cardId: 3, action: 'fix-0' } },
    );
    expect(route).toEqual({
      tabId: 7,
      envelope: {
        plainlyCard: 1,
        to: 'page',
        token: TOKEN,
        kind: 'act',
        payload: { cardId: 3, action: 'fix-0' },
      },
    });
  });

  it.each([
    ['a content script acting for the user', 'content-script', 'https://evil.example/', 'act'],
    ['a content script closing the card', 'content-script', 'https://evil.example/', 'close'],
    ['a content script saying it is the frame', 'content-script', 'https://evil.example/', 'ready'],
    ['the frame sending content', 'extension-page', 'chrome-extension://abc/card.html', 'show'],
    [
      'another extension page acting',
      'extension-page',
      'chrome-extension://abc/options.html',
      'act',
    ],
    ['another extension', 'other', 'chrome-extension://zzz/card.html', 'act'],
  ] as const)('refuses %s', (_what, kind, url, message) => {
    expect(() =>
      routeCardRelay(
        kind,
        { url, tab: { id: 7 } },
        {
          token: TOKEN,
          kind: message,
          payload: { cardId: 3, action: 'fix-0', reason: 'escape', height: 100 },
        },
      ),
    ).toThrow(/Only Plainly’s own pages can do that|card message it does not understand/);
  });

  it('refuses a message from outside a tab', () => {
    expect(() =>
      routeCardRelay(
        'content-script',
        { url: 'https://example.org/' },
        { token: TOKEN, kind: 'hide' },
      ),
    ).toThrow('Only Plainly’s own pages can do that.');
  });

  it.each([
    ['no token', { kind: 'hide' }],
    ['a short token', { token: 'abc', kind: 'hide' }],
    ['a token with markup', { token: `<img src=x>${TOKEN}`, kind: 'hide' }],
    ['an unknown kind', { token: TOKEN, kind: 'eval' }],
    ['content that is not a card', { token: TOKEN, kind: 'show', payload: { finding: 'x' } }],
  ])('refuses a relay with %s', (_what, data) => {
    expect(() => parseCardRelay(data, 'content-script')).toThrow(
      'Plainly got a card message it does not understand.',
    );
  });
});

describe('card content', () => {
  it('keeps only what the card shows', () => {
    expect(parseCardContent({ ...CONTENT, script: 'alert(1)' })).toEqual(CONTENT);
  });

  it.each([
    ['an unknown category', { finding: { ...CONTENT.finding, category: 'secret' } }],
    ['an unknown action', { actions: [{ id: 'x', label: 'Run', kind: 'delete-everything' }] }],
    [
      'a text of over 2,000 characters',
      { finding: { ...CONTENT.finding, text: 'a'.repeat(2_001) } },
    ],
    ['no card id', { cardId: 'one' }],
    ['advice that is not text', { finding: { ...CONTENT.finding, advice: ['Say it'] } }],
    ['more than 20 actions', { actions: Array.from({ length: 21 }, () => CONTENT.actions[1]) }],
    [
      'content of over 40,000 characters',
      {
        finding: {
          ...CONTENT.finding,
          easyRead: Array.from({ length: 30 }, () => 'a'.repeat(1_500)),
        },
      },
    ],
  ])('refuses %s', (_what, change) => {
    expect(() => parseCardContent({ ...CONTENT, ...change })).toThrow(
      'Plainly got a card message it does not understand.',
    );
  });
});
