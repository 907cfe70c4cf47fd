import { describe, expect, it } from 'vitest';
import { withRetry } from '../../src/messaging/retry';

/** A background that answers each question as `answers` says, and counts the questions. */
function background(answers: ('answer' | 'fail' | 'refuse' | 'never')[]) {
  let asked = 0;
  const send = () => {
    const how = answers[asked] ?? 'answer';
    asked++;
    if (how === 'answer') return Promise.resolve(`answer ${asked}`);
    if (how === 'refuse') {
      const error = new Error('Plainly got a message it does not understand.');
      error.name = 'ProtocolError';
      return Promise.reject(error);
    }
    if (how === 'fail') return Promise.reject(new Error('Receiving end does not exist.'));
    return new Promise<string>(() => undefined);
  };
  return { send, asked: () => asked };
}

const quick = { retryAfterMs: 1, waitMs: 20 };

describe('asking the background from a content script', () => {
  it.each<[string, ('answer' | 'fail' | 'refuse' | 'never')[], string | null, number]>([
    ['answers at once', ['answer'], 'answer 1', 1],
    ['fails once (restarting), then answers', ['fail', 'answer'], 'answer 2', 2],
    [
      'never answers the first question (lost in a restart), then answers',
      ['never', 'answer'],
      'answer 2',
      2,
    ],
    ['fails twice: null, to try again later', ['fail', 'fail'], null, 2],
    ['refuses the question: null at once, not asked again', ['refuse'], null, 1],
  ])('%s', async (_name, answers, expected, questions) => {
    const { send, asked } = background(answers);
    expect(await withRetry(() => true, send, quick)).toBe(expected);
    expect(asked()).toBe(questions);
  });

  it('asks nothing once this copy of the extension is gone', async () => {
    const { send, asked } = background(['answer']);
    expect(await withRetry(() => false, send, quick)).toBeNull();
    expect(asked()).toBe(0);
  });

  it('does not ask a second time once the answer is no longer wanted (the user typed again)', async () => {
    const { send, asked } = background(['fail', 'answer']);
    let wanted = true;
    const ask = () => {
      const answer = send();
      wanted = false;
      return answer;
    };
    expect(await withRetry(() => wanted, ask, quick)).toBeNull();
    expect(asked()).toBe(1);
  });
});
