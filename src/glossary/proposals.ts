/**
 * Staff proposals: "this word confused me; say this instead". A proposal
 * holds only what the staff member chose or typed (the selected words, their
 * suggestion and note) and the page's address without its query or fragment,
 * which can hold personal data. Never any other page text.
 */
import { PLACEHOLDER_DEFINITION } from './health';
import type { GlossaryEntry } from './schema';

export const MAX_PROPOSAL_TERM = 200;
export const MAX_PROPOSAL_SUGGESTION = 500;
export const MAX_PROPOSAL_NOTE = 2_000;
export const MAX_PROPOSALS_IN_FILE = 10_000;

export type ProposalStatus = 'open' | 'accepted' | 'rejected';

export interface Proposal {
  id: string;
  term: string;
  suggestion: string;
  note: string;
  /** The page it came from: origin and path only. */
  url?: string;
  createdAt: string;
  status: ProposalStatus;
  /** Who decided, and when (a maintainer's name from settings). */
  decidedBy?: string;
  decidedAt?: string;
  /** The entry created or updated when it was accepted. */
  entryId?: string;
  /** How many times the same term and suggestion were proposed (absent: once). */
  count?: number;
  /** When it was last proposed again. */
  lastAt?: string;
  /** The site (host name) it was proposed on, for the limit of 5 an hour for each site. */
  site?: string;
}

/** What a sender gives to propose a change (the `proposeGlossaryChange` message). */
export interface ProposalRequest {
  term: string;
  suggestion: string;
  note: string;
  url?: string;
}

export class ProposalError extends Error {
  override name = 'ProtocolError';
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

function clean(value: unknown, max: number): string {
  return typeof value === 'string' ? value.replace(CONTROL, '').trim().slice(0, max) : '';
}

/** The page's origin and path, or undefined for anything but http(s). */
export function cleanUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return `${url.origin}${url.pathname}`.slice(0, 500);
  } catch {
    return undefined;
  }
}

/**
 * Checks a proposal request from anywhere (a content script may be driven by
 * a hostile page) and returns a clean copy.
 *
 * @throws {ProposalError} with a plain message when there is no term.
 */
export function parseProposalRequest(data: unknown): ProposalRequest {
  const raw = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const term = clean(raw.term, MAX_PROPOSAL_TERM);
  if (term === '')
    throw new ProposalError('Write the word or phrase you want to suggest a change for.');
  const request: ProposalRequest = {
    term,
    suggestion: clean(raw.suggestion, MAX_PROPOSAL_SUGGESTION),
    note: clean(raw.note, MAX_PROPOSAL_NOTE),
  };
  const url = cleanUrl(raw.url);
  if (url !== undefined) request.url = url;
  return request;
}

/** A slug for an entry id made from a term: "Direct payments!" → "direct-payments". */
export function slugify(term: string): string {
  const slug = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'entry' : slug;
}

/** An id from the term that no entry uses yet. */
export function freeId(term: string, taken: ReadonlySet<string>): string {
  const base = slugify(term);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The entry an accepted proposal makes.
 *
 * When the term is new: a proposed entry for a maintainer to finish. When an
 * entry has the term already: that entry with the suggestion added as its
 * last alternative and the note added to its notes. Its status is kept, since
 * accepting is the maintainer's decision.
 */
export function entryFromProposal(
  proposal: Proposal,
  existing: GlossaryEntry | undefined,
  taken: ReadonlySet<string>,
): GlossaryEntry {
  const note = proposal.note === '' ? '' : `Staff suggestion: ${proposal.note}`;
  if (existing) {
    const alternatives =
      proposal.suggestion === '' ||
      existing.alternatives.some((alternative) => alternative.text === proposal.suggestion)
        ? existing.alternatives
        : [...existing.alternatives, { text: proposal.suggestion, pos: existing.pos }];
    const notes = [existing.notes, note].filter((n) => n !== undefined && n !== '').join('\n');
    return { ...existing, alternatives, ...(notes === '' ? {} : { notes }) };
  }
  const entry: GlossaryEntry = {
    id: freeId(proposal.term, taken),
    term: proposal.term,
    variants: [],
    kind: 'term',
    action: proposal.suggestion === '' ? 'explain' : 'replace',
    alternatives: proposal.suggestion === '' ? [] : [{ text: proposal.suggestion, pos: 'phrase' }],
    definition: PLACEHOLDER_DEFINITION,
    easyRead: [],
    audiences: ['plain', 'public', 'easy-read'],
    category: 'meetings-reports',
    severity: 'suggestion',
    status: 'proposed',
    sources: ['Suggested by staff'],
    pos: 'phrase',
  };
  if (note !== '') entry.notes = note;
  return entry;
}

export const PROPOSALS_FORMAT = 'plainly-proposals';

/** Proposals as a file to send to the maintainers. */
export function proposalsToFile(proposals: readonly Proposal[]): string {
  return `${JSON.stringify({ format: PROPOSALS_FORMAT, version: 1, proposals }, null, 2)}\n`;
}

/**
 * Reads a proposals file. Each proposal is cleaned like a new request; the
 * file is refused whole if it is not a proposals file.
 */
export function parseProposalsFile(text: string): {
  proposals?: ProposalRequest[];
  problem?: string;
} {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: 'This file is not complete, valid JSON.' };
  }
  const file = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (file.format !== PROPOSALS_FORMAT || !Array.isArray(file.proposals)) {
    return { problem: 'This is not a Plainly proposals file.' };
  }
  if (file.proposals.length > MAX_PROPOSALS_IN_FILE) {
    return {
      problem: `This file has more than ${MAX_PROPOSALS_IN_FILE.toLocaleString('en-GB')} proposals.`,
    };
  }
  const proposals: ProposalRequest[] = [];
  for (const [i, item] of file.proposals.entries()) {
    try {
      proposals.push(parseProposalRequest(item));
    } catch {
      return { problem: `Proposal ${i + 1} has no term.` };
    }
  }
  return { proposals };
}
