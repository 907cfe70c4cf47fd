/**
 * The glossary's messages, added to `ProtocolMap` in protocol.ts.
 *
 * Who may send what: every one of these is answered only for the extension's
 * own pages (src/messaging/senders.ts), never for a content script, which a
 * hostile page can drive (docs/reliability.md, "Isolation and messages").
 * `proposeGlossaryChange` and `recordFindingEvent` come from the card's
 * frame (one of Plainly's pages, drawn inside the web page) and from the
 * "Suggest this for the glossary" page; their payloads are still checked
 * field by field, and proposals are held to limits (src/db/proposals.ts).
 *
 * ## Telling open tabs that the glossary changed
 *
 * After any change to the glossary in use (an edit, an import, a feed
 * refresh, a setting such as "use proposed entries"), the background writes
 * a new number to `storage.local` under `GLOSSARY_VERSION_KEY`. Content
 * scripts watch that key and check their fields again; the background's
 * `check` answers already use the new glossary by then. For example:
 *
 * ```ts
 * import { storage } from '#imports';
 * import { GLOSSARY_VERSION_KEY } from '../../src/messaging/glossary';
 * storage.watch<number>(`local:${GLOSSARY_VERSION_KEY}`, () => recheckAllFields());
 * ```
 *
 * A storage key rather than a message to every tab: it needs no `tabs`
 * permission, reaches tabs whose content script was busy or asleep, and
 * costs nothing when no tab listens.
 */
import type { FileProblem } from '../glossary/csv';
import type { ImportPreview } from '../glossary/diff';
import type { ImportSummary } from '../glossary/import';
import type { HealthIssue } from '../glossary/health';
import type { Proposal, ProposalRequest } from '../glossary/proposals';
import type { GlossaryEntry } from '../glossary/schema';
import type { EntryStats, FindingEvent } from '../glossary/stats';
import type { HistoryRecord } from '../glossary/history';
import type { GlossaryRow } from '../glossary/search';
import type { ProfileName } from '../checker/types';

/** The `storage.local` key holding the glossary's version number (see above). */
export const GLOSSARY_VERSION_KEY = 'glossaryVersion';

export interface LayerInfo {
  id: string;
  kind: 'builtin' | 'feed' | 'own';
  name: string;
  url?: string;
  count: number;
  lastGoodAt?: string;
  checkedAt?: string;
  error?: string;
  /** Set by your organisation's policy: you cannot remove it. */
  locked?: boolean;
  /** A newer copy held back because it lost most of the entries: how many it has, and when it came. */
  held?: { count: number; at: string };
}

export interface GlossarySnapshot {
  rows: GlossaryRow[];
  layers: LayerInfo[];
  allowOwnEntries: boolean;
  maintainerName: string;
  /** The writing style checks use (settings), to say whether an entry is used in them. */
  profile: ProfileName;
  /** Whether proposed entries are used when checking (settings). */
  includeProposed: boolean;
}

export type WriteResult = { ok: true } | { ok: false; problems: FileProblem[] };

export interface GlossaryMessages {
  /**
   * From the suggestion card's frame or the context menu page: a staff member
   * suggests a change. `merged`: the same suggestion was already open, and
   * this one was added to it.
   */
  proposeGlossaryChange(request: ProposalRequest): { ok: true; merged: boolean };
  /** From the content script: a glossary finding was shown, applied or ignored. Counts only. */
  recordFindingEvent(request: { entryId: string; event: FindingEvent }): { ok: true };

  // Extension pages only.
  getGlossary(): GlossarySnapshot;
  saveGlossaryEntry(request: { entry: GlossaryEntry }): WriteResult;
  /**
   * Adds a new entry to your own entries. Its id is made from its term and
   * sent back; any id in the request is ignored.
   */
  addGlossaryEntry(request: { entry: Omit<GlossaryEntry, 'id'> }): WriteResult & { id?: string };
  deleteGlossaryEntry(request: { id: string }): WriteResult;
  /** "Undo" after removing your own version: puts it back. */
  restoreOwnEntry(request: { entry: GlossaryEntry }): WriteResult;
  getEntryHistory(request: { id: string }): HistoryRecord[];
  getGlossaryHealth(): HealthIssue[];
  previewGlossaryImport(request: { entries: GlossaryEntry[] }): {
    preview?: ImportPreview;
    problems: FileProblem[];
  };
  applyGlossaryImport(request: { entries: GlossaryEntry[]; source: string }): WriteResult & {
    written?: number;
  };
  /**
   * What importing a file (its name and text) would do: the file is merged
   * with the glossary in use (src/glossary/import.ts), so a CSV file may
   * have only some columns. Changes nothing.
   */
  previewGlossaryFile(request: { fileName: string; text: string }): {
    preview?: ImportPreview;
    summary?: ImportSummary;
    problems: FileProblem[];
  };
  /** Imports a file, merged with the glossary in use at that moment. All or nothing. */
  importGlossaryFile(request: { fileName: string; text: string }): WriteResult & {
    written?: number;
  };
  exportGlossary(request: { scope: 'all' | 'own' }): GlossaryEntry[];
  listProposals(): Proposal[];
  decideProposal(request: { id: string; decision: 'accept' | 'reject' }): WriteResult & {
    entryId?: string;
  };
  /** "Undo" after rejecting a proposal: it is open again. */
  reopenProposal(request: { id: string }): WriteResult;
  importProposals(request: { proposals: ProposalRequest[] }): { added: number; merged: number };
  addFeed(request: { url: string }): WriteResult;
  removeFeed(request: { url: string }): WriteResult;
  /** Uses a feed's new copy that was held back because it lost most of its entries. */
  acceptHeldFeed(request: { url: string }): WriteResult;
  moveFeed(request: { url: string; by: -1 | 1 }): WriteResult;
  refreshFeeds(): GlossarySnapshot;
  getFindingStats(): EntryStats[];
  clearFindingStats(): { ok: true };
  getPolicyProblems(): string[];
}
