/**
 * The document as text, block by block, with findings marked. Everything from
 * the file is rendered as text by React, never as HTML (docs/reliability.md, "DOM and XSS").
 * Each finding has an anchor where it starts, so the list can link to it.
 * The place the user stepped to last (`current`) is marked more strongly.
 *
 * Findings are sorted by where they start (`viewFindings`), so each block's
 * findings are found in one pass, and each block is cut and marked in time
 * that grows with its own findings only.
 */
import { useMemo, type ReactNode } from 'react';
import type { DocBlock, DocumentModel } from '../../src/documents/model';
import type { ViewFinding } from './view-findings';

export function DocumentView({
  document,
  findings,
  current = null,
}: {
  document: DocumentModel;
  findings: readonly ViewFinding[];
  current?: ViewFinding | null;
}) {
  const perBlock = useMemo(() => findingsByBlock(document.blocks, findings), [document, findings]);
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
    const inBlock = perBlock[index] ?? { findings: [], anchored: new Set<string>() };
    const here =
      current !== null && current.start < block.end && current.end > block.start ? current : null;
    const prefix = block.kind === 'list-item' ? '• ' : '';
    const content = renderText(document.text, block.start, block.end, inBlock, here);
    out.push(
      <p key={index} className={`doc-block doc-block--${block.kind}`}>
        {block.kind === 'heading' ? (
          <strong>
            {prefix}
            {content}
          </strong>
        ) : (
          <>
            {prefix}
            {content}
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

interface BlockFindings {
  findings: ViewFinding[];
  /** The findings whose anchor is in this block (the first block each is in). */
  anchored: Set<string>;
}

/** Each block's findings, in one pass over blocks and findings sorted by start. */
function findingsByBlock(
  blocks: readonly DocBlock[],
  findings: readonly ViewFinding[],
): BlockFindings[] {
  const out: BlockFindings[] = blocks.map(() => ({ findings: [], anchored: new Set() }));
  let first = 0;
  for (const f of findings) {
    // The first block that ends after the finding starts (findings come in order of start).
    while (first < blocks.length && (blocks[first] as DocBlock).end <= f.start) first++;
    let anchored = false;
    for (let b = first; b < blocks.length; b++) {
      const block = blocks[b] as DocBlock;
      const inside =
        f.start < block.end &&
        (f.end > block.start || (f.start === f.end && f.start >= block.start));
      if (!inside) break;
      out[b]?.findings.push(f);
      if (!anchored && f.end !== f.start) {
        out[b]?.anchored.add(f.id);
        anchored = true;
      }
    }
  }
  return out;
}

function renderText(
  text: string,
  start: number,
  end: number,
  { findings, anchored }: BlockFindings,
  current: ViewFinding | null,
): ReactNode[] {
  const cuts = new Set<number>([start, end]);
  const anchors = new Map<number, string[]>();
  const opens = new Map<number, number>();
  for (const f of findings) {
    if (f.start > start && f.start < end) cuts.add(f.start);
    if (f.end > start && f.end < end) cuts.add(f.end);
    if (f.end === f.start) continue;
    const from = Math.max(f.start, start);
    const to = Math.min(f.end, end);
    if (anchored.has(f.id)) anchors.set(from, [...(anchors.get(from) ?? []), f.id]);
    // +1 where a finding's marking starts in this block, −1 where it stops.
    opens.set(from, (opens.get(from) ?? 0) + 1);
    opens.set(to, (opens.get(to) ?? 0) - 1);
  }
  if (current !== null) {
    if (current.start > start && current.start < end) cuts.add(current.start);
    if (current.end > start && current.end < end) cuts.add(current.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: ReactNode[] = [];
  let open = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    for (const id of anchors.get(from) ?? []) nodes.push(<span key={`anchor-${id}`} id={id} />);
    open += opens.get(from) ?? 0;
    const isCurrent = current !== null && current.start <= from && current.end >= to;
    const piece = text.slice(from, to);
    nodes.push(
      open > 0 ? (
        <mark
          key={from}
          className={isCurrent ? 'finding-mark finding-mark--current' : 'finding-mark'}
        >
          {piece}
        </mark>
      ) : (
        piece
      ),
    );
  }
  return nodes;
}
