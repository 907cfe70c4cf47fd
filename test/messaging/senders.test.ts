import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MESSAGES, mayAsk, senderKind } from '../../src/messaging/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('who sent a message to the background', () => {
  it.each([
    [
      'the card frame in a web page',
      { id: ID, url: `${ORIGIN}card.html#x`, tab: { id: 4 } },
      'extension-page',
    ],
    ['the popup (no tab)', { id: ID, url: `${ORIGIN}popup.html` }, 'extension-page'],
    [
      'the settings page in a tab',
      { id: ID, url: `${ORIGIN}options.html`, tab: { id: 2 } },
      'extension-page',
    ],
    [
      'the content script in a web page',
      { id: ID, url: 'https://example.org/notes', tab: { id: 4 } },
      'content-script',
    ],
    [
      'the content script in an about:blank frame',
      { id: ID, url: 'about:blank', tab: { id: 4 } },
      'content-script',
    ],
    [
      'a page whose address only looks like the extension’s',
      { id: ID, url: `https://evil.example/${ORIGIN}`, tab: { id: 4 } },
      'content-script',
    ],
    [
      'another extension',
      { id: 'zzzz', url: 'chrome-extension://zzzz/x.html', tab: { id: 4 } },
      'other',
    ],
    ['another extension claiming our address', { id: 'zzzz', url: `${ORIGIN}card.html` }, 'other'],
    ['no tab and a web address', { id: ID, url: 'https://example.org/' }, 'other'],
    ['no sender', undefined, 'other'],
  ] as const)('%s is %s', (_what, sender, kind) => {
    expect(senderKind(sender, ID, ORIGIN)).toBe(kind);
  });

  it('answers a content script only for checking a field, the card relay and card hosting', () => {
    expect([...CONTENT_SCRIPT_MESSAGES].sort()).toEqual(['cardHost', 'cardRelay', 'checkField']);
    const asked = [
      'checkField',
      'cardRelay',
      'cardHost',
      'ignoreWord',
      'proposeGlossaryChange',
      'recordFindingEvent',
      'getGlossary',
      'saveGlossaryEntry',
      'check',
      'importProposals',
    ];
    expect(asked.filter((type) => mayAsk('content-script', type))).toEqual([
      'checkField',
      'cardRelay',
      'cardHost',
    ]);
    expect(asked.filter((type) => mayAsk('extension-page', type))).toEqual(asked);
    expect(asked.filter((type) => mayAsk('other', type))).toEqual([]);
  });
});
