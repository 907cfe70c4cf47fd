/**
 * The document as text, block by block, with findings marked. Everything from
 * the file is rendered as text by React, never as HTML (docs/reliability.md, "DOM and XSS").
 * Each finding has an anchor where it starts, so the list can link to it.
 */
import type { ReactNode } from 'react';
import type { DocumentModel } from '../../src/documents/model';
import type { ViewFinding } from './view-findings';

export function DocumentView({
  document,
  findings,
}: {
  document: DocumentModel;
  findings: readonly ViewFinding[];
}) {
  const out: ReactNode[] = [];
  let page: number | undefined;
  for (const [index, block] of document.blocks.entries()) {
    if (block.page !== undefined && block.page !== page) {
      page = block.page;
      out.push(
        <p key={`page-${page}`} className="page-marker">
          Page {page}
        </p>,
      );
    }
    const inBlock = findings.filter(
      (f) =>
        f.start < block.end &&
        (f.end > block.start || (f.start === f.end && f.start >= block.start)),
    );
    const prefix = block.kind === 'list-item' ? '• ' : '';
    out.push(
      <p key={index} className={`doc-block doc-block--${block.kind}`}>
        {block.kind === 'heading' ? (
          <strong>
            {prefix}
            {renderText(document.text, block.start, block.end, inBlock)}
          </strong>
        ) : (
          <>
            {prefix}
            {renderText(document.text, block.start, block.end, inBlock)}
          </>
        )}
      </p>,
    );
  }
  // Findings about the whole document (start = end = 0) are anchored before the first block.
  const whole = findings.filter((f) => f.start === f.end && f.start === 0);
  return (
    <div
      className="document-view"
      tabIndex={0}
      aria-label={`The document: ${document.title ?? document.name}`}
      role="region"
    >
      {whole.map((f) => (
        <span key={f.id} id={f.id} />
      ))}
      {out}
    </div>
  );
}

function renderText(
  text: string,
  start: number,
  end: number,
  findings: readonly ViewFinding[],
): ReactNode[] {
  const cuts = new Set<number>([start, end]);
  for (const f of findings) {
    if (f.start > start && f.start < end) cuts.add(f.start);
    if (f.end > start && f.end < end) cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: ReactNode[] = [];
  const anchored = new Set<string>();
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    for (const f of findings) {
      if (
        !anchored.has(f.id) &&
        f.start <= from &&
        (f.start >= start || from === start) &&
        f.end !== f.start
      ) {
        anchored.add(f.id);
        nodes.push(<span key={`anchor-${f.id}`} id={f.id} />);
      }
    }
    const covered = findings.some((f) => f.start < to && f.end > from);
    const piece = text.slice(from, to);
    nodes.push(
      covered ? (
        <mark key={from} className="finding-mark">
          {piece}
        </mark>
      ) : (
        piece
      ),
    );
  }
  return nodes;
}
