/**
 * The glossary editor's data, kept true while the page is open: the
 * snapshot of the glossary and the proposals, loaded from the background,
 * and loaded again whenever the glossary changes anywhere (another tab or
 * window, a feed refresh, a setting). The background announces every change
 * by raising `storage.local[GLOSSARY_VERSION_KEY]` (src/messaging/glossary.ts).
 *
 * Changes made from this page go through `write`, which loads the glossary
 * again when the change is done. A change announced while one of this
 * page's own is running is looked at only afterwards, against the glossary
 * as this page's change left it, so this page never reports its own change
 * as someone else's.
 */
import { storage } from '#imports';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GlossarySnapshot } from '../messaging/glossary';
import type { Proposal } from '../glossary/proposals';
import { GLOSSARY_VERSION_KEY } from '../messaging/glossary';
import { sendMessage } from '../messaging/protocol';
import { outsideChangeMessage } from './glossary-messages';

export interface GlossaryData {
  /** null until the glossary has loaded. */
  snapshot: GlossarySnapshot | null;
  proposals: Proposal[];
  /** Why the glossary could not be loaded, or ''. */
  error: string;
  /** Loads the glossary and proposals again. */
  reload(): Promise<void>;
  /** Runs a change made on this page, then loads the glossary again. */
  write<T>(change: () => Promise<T>): Promise<T>;
}

const LOAD_ERROR = 'Plainly could not load the glossary. Close this page and open it again.';

/**
 * @param onOutsideChange called with a sentence saying what changed, when
 *   the glossary changed outside this page.
 */
export function useGlossaryData(onOutsideChange: (message: string) => void): GlossaryData {
  const [snapshot, setSnapshot] = useState<GlossarySnapshot | null>(null);
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [error, setError] = useState('');
  const latest = useRef<GlossarySnapshot | null>(null);
  /** Loads are numbered: only the newest one asked for is shown. */
  const asked = useRef(0);
  /** This page's own changes still running. */
  const writing = useRef(0);
  /** A change was announced while this page's own was running. */
  const missed = useRef(false);
  const tell = useRef(onOutsideChange);
  tell.current = onOutsideChange;

  /** Loads everything; returns the glossary before and after, or undefined when a newer load won. */
  const load = useCallback(async () => {
    const ticket = ++asked.current;
    try {
      const [next, list] = await Promise.all([
        sendMessage('getGlossary'),
        sendMessage('listProposals'),
      ]);
      if (ticket !== asked.current) return undefined;
      const before = latest.current;
      latest.current = next;
      setSnapshot(next);
      setProposals(list);
      setError('');
      return { before, after: next };
    } catch {
      if (ticket === asked.current) setError(LOAD_ERROR);
      return undefined;
    }
  }, []);

  const outside = useCallback(async () => {
    if (writing.current > 0) {
      missed.current = true;
      return;
    }
    const loaded = await load();
    if (!loaded?.before) return;
    const message = outsideChangeMessage(loaded.before.rows, loaded.after.rows);
    if (message !== undefined) tell.current(message);
  }, [load]);

  useEffect(() => {
    void load();
    const unwatch = storage.watch<number>(`local:${GLOSSARY_VERSION_KEY}`, () => void outside());
    return unwatch;
  }, [load, outside]);

  const reload = useCallback(async () => {
    await load();
  }, [load]);

  const write = useCallback(
    async <T>(change: () => Promise<T>): Promise<T> => {
      writing.current++;
      try {
        return await change();
      } finally {
        await load();
        writing.current--;
        if (writing.current === 0 && missed.current) {
          missed.current = false;
          void outside();
        }
      }
    },
    [load, outside],
  );

  return { snapshot, proposals, error, reload, write };
}
