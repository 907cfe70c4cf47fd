/**
 * The glossary editor's open entry: which entry is in the form, its history,
 * the background's problems with it, saving and removing your own version,
 * and whether another tab or window changed it while it was open.
 */
import { useState } from 'react';
import type { FileProblem } from '../glossary/csv';
import { sameEntry, type HistoryRecord } from '../glossary/history';
import type { GlossaryEntry } from '../glossary/schema';
import type { GlossaryRow } from '../glossary/search';
import type { GlossarySnapshot } from '../messaging/glossary';
import { sendMessage } from '../messaging/protocol';
import { EntryForm } from './glossary-form';
import { savedMessage, type UseSettings } from './glossary-messages';
import type { Undo } from './status-undo';

/** The entry open in the form, and the entry in use for its id when it was opened. */
export interface Editing {
  row: GlossaryRow | undefined;
  inUse?: GlossaryRow | undefined;
}

interface EditingOptions {
  snapshot: GlossarySnapshot | null;
  /** The rows of the glossary in use (none hidden). */
  inUse: readonly GlossaryRow[];
  write: <T>(change: () => Promise<T>) => Promise<T>;
  /** Shows a status line, with an Undo button after a deletion. */
  say: (message: string, undo?: Undo | null) => void;
  settings: UseSettings;
}

/**
 * The entry open in the form as it is now: another tab may have changed it,
 * or saved its own version over it.
 */
function changedSinceOpened(
  editing: Editing | null,
  snapshot: GlossarySnapshot | null,
  inUseRow: (id: string) => GlossaryRow | undefined,
): boolean {
  const open = editing?.row;
  const now = open
    ? snapshot?.rows.find((r) => r.layer === open.layer && r.entry.id === open.entry.id)
    : undefined;
  const was = editing?.inUse;
  const used = open ? inUseRow(open.entry.id) : undefined;
  return (
    open !== undefined &&
    (!now ||
      !sameEntry(now.entry, open.entry) ||
      (was !== undefined &&
        (!used || used.layer !== was.layer || !sameEntry(used.entry, was.entry))))
  );
}

/** Opening, saving and removing entries; `editing` is null while no form is open. */
export function useEntryEditing({ snapshot, inUse, write, say, settings }: EditingOptions) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [history, setHistory] = useState<HistoryRecord[]>([]);
  const [serverProblems, setServerProblems] = useState<FileProblem[]>([]);
  const inUseRow = (id: string) => inUse.find((r) => r.entry.id === id);

  async function edit(row: GlossaryRow | undefined) {
    setServerProblems([]);
    setEditing({ row, inUse: row ? inUseRow(row.entry.id) : undefined });
    setHistory(row ? await sendMessage('getEntryHistory', { id: row.entry.id }) : []);
  }
  async function save(raw: Record<string, unknown>, isNew: boolean) {
    const entry = raw as unknown as GlossaryEntry;
    const result = await write(() =>
      isNew
        ? sendMessage('addGlossaryEntry', { entry })
        : sendMessage('saveGlossaryEntry', { entry }),
    );
    if (!result.ok) {
      setServerProblems(result.problems);
      return;
    }
    setEditing(null);
    const id = 'id' in result && typeof result.id === 'string' ? result.id : undefined;
    say(savedMessage(entry, settings, id));
  }
  async function removeOwn(own: GlossaryEntry) {
    const result = await write(() => sendMessage('deleteGlossaryEntry', { id: own.id }));
    if (!result.ok) {
      setServerProblems(result.problems);
      return;
    }
    setEditing(null);
    say(`Removed your own version of “${own.term}”.`, {
      label: `Undo: put back your own version of “${own.term}”`,
      run: async () => {
        const back = await write(() => sendMessage('restoreOwnEntry', { entry: own }));
        say(
          back.ok
            ? `Put back your own version of “${own.term}”.`
            : `Plainly could not put back your own version of “${own.term}”: ${back.problems.map((p) => p.problem).join(' ')}`,
        );
      },
    });
  }
  const changedElsewhere = changedSinceOpened(editing, snapshot, inUseRow);
  const close = () => setEditing(null);
  return { editing, history, serverProblems, changedElsewhere, edit, save, removeOwn, close };
}

/** The form for the open entry, wired to saving, closing, removing and opening another. */
export function OpenEntryForm({
  editor,
  editing,
  glossary,
  inUse,
  settings,
  canEdit,
}: {
  editor: ReturnType<typeof useEntryEditing>;
  editing: Editing;
  /** The glossary in use (every layer merged). */
  glossary: readonly GlossaryEntry[];
  inUse: readonly GlossaryRow[];
  settings: UseSettings;
  canEdit: boolean;
}) {
  return (
    <EntryForm
      entry={editing.row?.entry}
      layerName={editing.row?.layerName}
      glossary={glossary}
      settings={settings}
      history={editor.history}
      serverProblems={editor.serverProblems}
      canEdit={canEdit}
      changedElsewhere={editor.changedElsewhere}
      onSave={(entry, isNew) => void editor.save(entry, isNew)}
      onCancel={editor.close}
      onEditOther={(id) => void editor.edit(inUse.find((r) => r.entry.id === id))}
      onDeleteOwn={
        editing.row?.layer === 'own'
          ? (
              (own: GlossaryEntry) => () =>
                void editor.removeOwn(own)
            )(editing.row.entry)
          : undefined
      }
    />
  );
}
