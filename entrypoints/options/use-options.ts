/**
 * The settings page's data, loaded together and loaded again after each
 * change, and the one question it may be asking before something is deleted.
 */
import { useCallback, useState, type RefObject } from 'react';
import type { EntryStats } from '../../src/glossary/stats';
import type { GlossarySnapshot } from '../../src/messaging/glossary';
import { sendMessage } from '../../src/messaging/protocol';
import { policyLocks, type PolicyLocks } from '../../src/settings/policy';
import type { Settings } from '../../src/settings/schema';
import { getManagedPolicy, getSettings } from '../../src/settings/store';

/** `confirming` when the statistics are to be cleared (feeds use their address). */
export const STATS = '(statistics)';

/** The question asked before something is deleted; its "Yes" button takes focus. */
export interface Confirming {
  /** What the user is asked to confirm before it is deleted: a feed's address, or the statistics. */
  confirming: string | null;
  setConfirming: (what: string | null) => void;
  confirmButton: RefObject<HTMLButtonElement | null>;
}

/** "never", or a date and time in words. */
export function when(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString('en-GB') : 'never';
}

/** The settings, the glossary, the statistics and what your organisation set; `reload` loads them all. */
export function useOptionsData() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [snapshot, setSnapshot] = useState<GlossarySnapshot | null>(null);
  const [stats, setStats] = useState<EntryStats[]>([]);
  const [policyProblems, setPolicyProblems] = useState<string[]>([]);
  const [locks, setLocks] = useState<PolicyLocks | null>(null);

  const reload = useCallback(async () => {
    setSettings(await getSettings());
    setSnapshot(await sendMessage('getGlossary'));
    setStats(await sendMessage('getFindingStats'));
    setPolicyProblems(await sendMessage('getPolicyProblems'));
    setLocks(policyLocks((await getManagedPolicy()).policy));
  }, []);
  return { settings, setSettings, snapshot, setSnapshot, stats, policyProblems, locks, reload };
}
