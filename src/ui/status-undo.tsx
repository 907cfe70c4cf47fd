/**
 * A page's status line with, after a deletion, an Undo button beside it. The
 * button stays until the next change, rather than for a few seconds, so
 * nobody has to be quick to use it (WCAG 2.2.1).
 */
import { useState } from 'react';

export interface Undo {
  /** What the button says, for example "Undo: put back your own version of “void”". */
  label: string;
  run(): Promise<void>;
}

export function StatusWithUndo({ status, undo }: { status: string; undo: Undo | null }) {
  const [busy, setBusy] = useState(false);
  return (
    <div className="status-line">
      <p className="status" role="status">
        {status}
      </p>
      {undo !== null && status !== '' ? (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void undo.run().finally(() => setBusy(false));
          }}
        >
          {undo.label}
        </button>
      ) : null}
    </div>
  );
}
