/** Staff proposals: accept or reject each, import proposal files, export them to send on. */
import { useState } from 'react';
import { phraseKey } from '../glossary/matcher';
import type { Proposal, ProposalStatus } from '../glossary/proposals';
import type { GlossaryEntry } from '../glossary/schema';
import { parseProposalsFile, proposalsToFile } from '../glossary/proposals';
import { decodeUtf8 } from '../glossary/read-file';
import { sendMessage } from '../messaging/protocol';
import { downloadText, today } from './glossary-download';
import { GLOSSARY_CATEGORY_LABELS } from './glossary-labels';
import { usePhraseOwners } from './phrase-owners';
import type { Undo } from './status-undo';

const PROPOSAL_STATUS_WORDS: Readonly<Record<ProposalStatus, string>> = {
  open: 'waiting for a decision',
  accepted: 'accepted',
  rejected: 'rejected',
};

export interface ProposalsProps {
  proposals: readonly Proposal[];
  /** The glossary in use, to say whether a proposed term is in it already. */
  glossary: readonly GlossaryEntry[];
  canEdit: boolean;
  /** Runs a change from this page (the glossary is loaded again after it). */
  write: <T>(change: () => Promise<T>) => Promise<T>;
  /** Something changed: say `message`, with `undo` offered beside it. */
  onChanged: (message: string, undo?: Undo) => void;
}

/** Deciding on a proposal and importing a file of them; `say` shows a problem. */
function proposalActions(
  write: ProposalsProps['write'],
  onChanged: ProposalsProps['onChanged'],
  say: (problem: string) => void,
) {
  async function decide(p: Proposal, decision: 'accept' | 'reject') {
    const result = await write(() => sendMessage('decideProposal', { id: p.id, decision }));
    if (!result.ok) say(result.problems.map((x) => x.problem).join(' '));
    else if (decision === 'accept') onChanged(`Accepted “${p.term}”.`);
    else
      onChanged(`Rejected “${p.term}”.`, {
        label: `Undo: open “${p.term}” again`,
        run: async () => {
          const back = await write(() => sendMessage('reopenProposal', { id: p.id }));
          onChanged(
            back.ok
              ? `“${p.term}” is open again.`
              : `Plainly could not open “${p.term}” again: it may have been removed.`,
          );
        },
      });
  }
  async function importFile(file: File | undefined) {
    say('');
    if (!file) return;
    if (file.size > 5 * 1024 * 1024) return say('This file is larger than 5 MB.');
    const { text, problem: encoding } = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (text === undefined) return say(`This file ${encoding ?? 'cannot be read'}`);
    const parsed = parseProposalsFile(text);
    if (!parsed.proposals) return say(parsed.problem ?? 'This file cannot be read.');
    try {
      const proposals = parsed.proposals;
      const { added, merged } = await write(() => sendMessage('importProposals', { proposals }));
      onChanged(
        `Added ${added} proposals from ${file.name}${merged > 0 ? `, and added ${merged} to the same ones already here` : ''}.`,
      );
    } catch (error) {
      say(
        error instanceof Error && error.name === 'ProtocolError'
          ? error.message
          : 'Plainly could not import this file. Nothing was added.',
      );
    }
  }
  return { decide, importFile };
}

/** The open proposals' count, any problem, each proposal, and the file buttons. */
export function ProposalsPanel({ proposals, glossary, canEdit, write, onChanged }: ProposalsProps) {
  const [problem, setProblem] = useState('');
  const owners = usePhraseOwners(glossary);
  const { decide, importFile } = proposalActions(write, onChanged, setProblem);
  const open = proposals.filter((p) => p.status === 'open');
  return (
    <section aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">Proposals from staff</h2>
      <p>
        {open.length === 0
          ? 'There are no open proposals.'
          : `${open.length} open ${open.length === 1 ? 'proposal' : 'proposals'}.`}
      </p>
      {problem ? (
        <p className="error-summary" role="alert">
          {problem}
        </p>
      ) : null}
      <ul className="plain" aria-label="Proposals">
        {proposals.map((p) => (
          <ProposalItem
            key={p.id}
            proposal={p}
            owner={owners.get(phraseKey(p.term))}
            canEdit={canEdit}
            onDecide={(decision) => void decide(p, decision)}
          />
        ))}
      </ul>
      <ProposalFiles proposals={proposals} onImport={(file) => void importFile(file)} />
    </section>
  );
}

/** One proposal: what it says, whether the glossary has the word, and Accept and Reject while open. */
function ProposalItem({
  proposal: p,
  owner,
  canEdit,
  onDecide,
}: {
  proposal: Proposal;
  /** The entry in use that has the proposed term, if any. */
  owner: GlossaryEntry | undefined;
  canEdit: boolean;
  onDecide: (decision: 'accept' | 'reject') => void;
}) {
  return (
    <li className="panel">
      <h3>{p.term}</h3>
      <p>Say instead: {p.suggestion === '' ? '(no suggestion)' : p.suggestion}</p>
      {p.note ? <p>Note: {p.note}</p> : null}
      <p>
        {owner
          ? `Already in the glossary: “${owner.term}”, in ${GLOSSARY_CATEGORY_LABELS[owner.category]}. Accepting adds the suggestion to it.`
          : 'Not in the glossary yet. Accepting makes a proposed entry for you to finish.'}
      </p>
      <p className="hint">
        Suggested {new Date(p.createdAt).toLocaleString('en-GB')}
        {p.url ? ` on ${p.url}` : ''}
        {p.count !== undefined && p.count > 1 ? `, ${p.count} times` : ''}. Status:{' '}
        {PROPOSAL_STATUS_WORDS[p.status]}
        {p.decidedBy ? `, by ${p.decidedBy}` : ''}.
      </p>
      {p.status === 'open' ? (
        <div className="row">
          <button type="button" disabled={!canEdit} onClick={() => onDecide('accept')}>
            Accept “{p.term}”
          </button>
          <button type="button" className="secondary" onClick={() => onDecide('reject')}>
            Reject “{p.term}”
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** Export the proposals to send on, and import a proposals file. */
function ProposalFiles({
  proposals,
  onImport,
}: {
  proposals: readonly Proposal[];
  onImport: (file: File | undefined) => void;
}) {
  return (
    <>
      <div className="row">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            downloadText(
              `plainly-proposals-${today()}.json`,
              proposalsToFile(proposals),
              'application/json',
            )
          }
        >
          Export proposals to send to the maintainers
        </button>
      </div>
      <div className="field">
        <label htmlFor="proposals-file">Import a proposals file</label>
        <input
          id="proposals-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => onImport(e.target.files?.[0])}
        />
      </div>
    </>
  );
}
