/**
 * The popup's check: the text and writing style, checked in the background
 * after a pause in typing, and the answer to the latest request only.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProfileName, Report } from '../../src/checker/types';
import { sendMessage } from '../../src/messaging/protocol';
import { getSettings } from '../../src/settings/store';
import { activeHost } from '../../src/ui/active-host';

/** Check again once the user has stopped typing for this long. */
export const TYPING_PAUSE_MS = 400;

/** Wait this long before asking the background a second time. */
const RETRY_AFTER_MS = 250;

/**
 * What to tell the user when a check fails. A `ProtocolError` from the
 * background is already written for them; anything else is not.
 */
function errorMessage(cause: unknown): string {
  if (cause instanceof Error && cause.name === 'ProtocolError') return cause.message;
  return 'Plainly could not check your text. Try again, or close Plainly and open it again.';
}

/**
 * Asks the background to check the text. Tries once more after a moment if the
 * background did not answer: it may have been starting up or updating
 * (docs/reliability.md, "The service worker can stop at any time"). A
 * refused request is not tried again.
 */
async function checkInBackground(text: string, profile: ProfileName): Promise<Report> {
  try {
    return await sendMessage('check', { text, profile });
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'ProtocolError') throw cause;
    await new Promise((resume) => setTimeout(resume, RETRY_AFTER_MS));
    return sendMessage('check', { text, profile });
  }
}

/** A report and the text it is about: its offsets are into that text. */
export interface Checked {
  text: string;
  report: Report;
}

/** The text, the writing style (saved), the last check and any problem, and the tab's site. */
export function usePopupCheck() {
  const [text, setText] = useState('');
  const [profile, setProfile] = useState<ProfileName>('plain');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Answers can come back out of order; only the latest request's answer is shown.
  const latestRequest = useRef(0);
  const [host, setHost] = useState<string | null>(null);

  // The writing style is the one checking as you write uses too, so it is saved.
  useEffect(() => {
    void getSettings().then((settings) => setProfile(settings.profile));
    void activeHost().then(setHost);
  }, []);

  const runCheck = useCallback(async (input: string, chosen: ProfileName) => {
    const request = ++latestRequest.current;
    if (input.trim() === '') {
      setChecked(null);
      setError(null);
      return;
    }
    try {
      const result = await checkInBackground(input, chosen);
      if (request !== latestRequest.current) return;
      setChecked({ text: input, report: result });
      setError(null);
    } catch (cause) {
      if (request !== latestRequest.current) return;
      setError(errorMessage(cause));
    }
  }, []);

  // Check again after a short pause in typing or after choosing another style.
  useEffect(() => {
    const timer = setTimeout(() => void runCheck(text, profile), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, runCheck, profile]);

  return { text, setText, profile, setProfile, checked, error, setError, host, runCheck };
}
