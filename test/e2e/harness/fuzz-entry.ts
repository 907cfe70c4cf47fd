/**
 * The fuzz harness: Plainly's own replacement code (src/dom) bundled into a
 * page and driven with seeded random sequences of typing, caret moves,
 * applying fixes (some made stale by typing first) and undoing, on a textarea
 * and a contenteditable div. After every step the field's text must equal a
 * plain-string model: no character outside an applied span ever changes.
 * All in the page, so 200+ sequences take seconds, not one round trip a key.
 */
import type { Anchor } from '../../../src/dom/anchor';
import { makeAnchor, spliced } from '../../../src/dom/anchor';
import { applyFix } from '../../../src/dom/apply';
import { EditableAdapter } from '../../../src/dom/editable';
import { TextControlAdapter } from '../../../src/dom/text-control';
import type { FieldAdapter } from '../../../src/dom/types';
import type { UiHost } from '../../../src/dom/ui-host';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'care ', 'ŵ', 'ŷ', 'é', 'e\u0301', '👍', '👩‍👧', ' ', 'plan', 'X', '.'];
const BASE = 'We plan care with the commissioners and the service user 👍 ŵyr.';
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const norm = (s: string) => s.replace(/\u00a0/g, ' ');

export interface FuzzResult {
  sequences: number;
  steps: number;
  applied: number;
  refused: number;
  undone: number;
  failures: string[];
}

function wordSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[A-Za-z]{3,}/g))
    spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

async function sequence(
  adapter: FieldAdapter,
  reset: () => void,
  next: () => number,
  out: FuzzResult,
  label: string,
) {
  reset();
  let model = adapter.readText();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const caret = (text: string) => {
    // A caret sits between whole characters (grapheme clusters), as the
    // browser keeps it: never inside an emoji sequence or before a combining mark.
    const points = [0];
    for (const { index, segment } of graphemes.segment(text)) points.push(index + segment.length);
    return pick(points);
  };
  let lastApply: { before: string } | null = null;
  for (let step = 0; step < 8; step++) {
    out.steps++;
    const roll = next();
    const root = adapter.root;
    root.focus();
    if (roll < 0.35) {
      const at = caret(model);
      adapter.select({ start: at, end: at });
      const piece = pick(PIECES);
      root.ownerDocument.execCommand('insertText', false, piece);
      model = spliced(model, { start: at, end: at }, piece);
      lastApply = null;
    } else if (roll < 0.5) {
      const a = caret(model);
      adapter.select({ start: a, end: a });
    } else if (roll < 0.85) {
      const spans = wordSpans(model);
      if (spans.length === 0) continue;
      const span = pick(spans);
      const anchor: Anchor = makeAnchor(model, span.start, span.end);
      // Half the time the text changes between checking and applying.
      if (next() < 0.5) {
        const at = caret(model);
        adapter.select({ start: at, end: at });
        const piece = pick(PIECES);
        root.ownerDocument.execCommand('insertText', false, piece);
        model = spliced(model, { start: at, end: at }, piece);
      }
      const replacement = pick(['plan together', 'staff', 'you', '']);
      const mode = next() < 0.2 ? 'after' : 'replace';
      const before = model;
      const result = await applyFix(
        adapter,
        { anchor, text: mode === 'after' ? ` (${replacement})` : replacement, mode },
        () => false,
      );
      const now = adapter.readText();
      if (result.span !== undefined) {
        out.applied++;
        const text = mode === 'after' ? ` (${replacement})` : replacement;
        const expected = spliced(before, result.span, text);
        if (
          mode === 'replace' &&
          before.slice(result.span.start, result.span.end) !== anchor.expected
        ) {
          out.failures.push(
            `${label}: applied to "${before.slice(result.span.start, result.span.end)}", not "${anchor.expected}"`,
          );
        }
        if (norm(now) !== norm(expected))
          out.failures.push(
            `${label}: after applying, ${JSON.stringify(now)} is not ${JSON.stringify(expected)}`,
          );
        model = now;
        lastApply = { before };
      } else {
        out.refused++;
        if (norm(now) !== norm(before))
          out.failures.push(
            `${label}: refused (${result.outcome}) but the text changed: ${JSON.stringify(now)} was ${JSON.stringify(before)}`,
          );
        model = now;
        lastApply = null;
      }
    } else if (lastApply !== null) {
      root.ownerDocument.execCommand('undo');
      const now = adapter.readText();
      if (norm(now) !== norm(lastApply.before))
        out.failures.push(
          `${label}: one undo gave ${JSON.stringify(now)}, not ${JSON.stringify(lastApply.before)}`,
        );
      out.undone++;
      model = now;
      lastApply = null;
    }
    if (norm(adapter.readText()) !== norm(model)) {
      out.failures.push(
        `${label} step ${step}: text ${JSON.stringify(adapter.readText())} differs from the model ${JSON.stringify(model)}`,
      );
      model = adapter.readText();
    }
  }
}

async function run(seed: number, count: number): Promise<FuzzResult> {
  const out: FuzzResult = {
    sequences: 0,
    steps: 0,
    applied: 0,
    refused: 0,
    undone: 0,
    failures: [],
  };
  const textarea = document.getElementById('fuzz-textarea') as HTMLTextAreaElement;
  const editable = document.getElementById('fuzz-editable') as HTMLElement;
  const noUi = (() => {
    throw new Error('The fuzz harness draws nothing.');
  }) as () => UiHost;
  const adapters: [FieldAdapter, () => void][] = [
    [new TextControlAdapter(textarea, noUi), () => (textarea.value = BASE)],
    [new EditableAdapter(editable), () => (editable.textContent = BASE)],
  ];
  for (let i = 0; i < count; i++) {
    const [adapter, reset] = adapters[i % 2] as [FieldAdapter, () => void];
    await sequence(adapter, reset, random(seed + i), out, `seed ${seed + i} (${adapter.kind})`);
    out.sequences++;
  }
  return out;
}

(window as unknown as { plainlyFuzz: { run: typeof run } }).plainlyFuzz = { run };
document.body.dataset.ready = 'true';
