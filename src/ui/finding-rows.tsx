/**
 * One row per thing to fix, shared by the popup, the side panel and the
 * review page (the rows come from src/report/rows.ts). Each row says what
 * is wrong once, what the word means once, and how many places it is in,
 * with "Show previous" and "Show next" to go through them; where it is
 * now is announced. Every piece of finding text is rendered as text by
 * React, never as HTML (docs/reliability.md, "DOM and XSS").
 */
import { useState, type ReactNode } from 'react';
import type { FindingCategory, Suggestion } from '../checker/types';
import { formatCount } from '../report/numbers';
import { rowQuote, type FindingRow, type GroupableFinding } from '../report/rows';
import {
  ADVICE_LABEL,
  adviceToShow,
  CATEGORY_LABELS,
  countPlaces,
  SEVERITY_LABELS,
  suggestionAdvice,
} from '../report/labels';

/** What a row can show about a finding: the engine's findings and accessibility findings fit. */
export type RowFinding = GroupableFinding & {
  category?: FindingCategory;
  suggestions?: Suggestion[];
  definition?: string;
  /** The glossary entry's advice for the writer. */
  advice?: string;
  easyRead?: string[];
  source?: string;
};

export interface FindingRowsProps<F extends RowFinding> {
  rows: readonly FindingRow<F>[];
  /** Heading level of each row's title, so the list fits the page's outline. Default 3. */
  headingLevel?: 2 | 3 | 4;
  /** Where a place is, in words the user can find it by ("paragraph 3", "page 2"), or nothing. */
  placeLabel: (place: F) => string | undefined;
  /** Shows a place (highlights it in the page or the document). Called when the user steps to it. */
  onShow?: (place: F) => void;
  /** The words of the button that shows the first place: `Show “co-production” in the page`. */
  showLabel?: (quote: string) => string;
  /** Where the title links to, if anywhere (the place's anchor in the document). */
  href?: (place: F) => string;
  /** The place in its text, shown under the row as the user steps through. */
  excerpt?: (place: F) => ReactNode;
  /**
   * Buttons that make the change at a place, where Plainly can (the
   * popup's own text box). Without them, suggestions are advice in plain text.
   */
  actions?: (place: F) => ReactNode;
  /** The row's category in words: the engine's category, or another (Accessibility). */
  categoryLabel?: (finding: F) => string | undefined;
}

export function FindingRows<F extends RowFinding>({
  rows,
  headingLevel = 3,
  ...rest
}: FindingRowsProps<F>) {
  if (rows.length === 0) return null;
  return (
    <ol className="finding-list">
      {rows.map((row) => (
        <FindingRowItem key={row.key} row={row} headingLevel={headingLevel} {...rest} />
      ))}
    </ol>
  );
}

type ItemProps<F extends RowFinding> = Omit<FindingRowsProps<F>, 'rows'> & {
  row: FindingRow<F>;
  headingLevel: 2 | 3 | 4;
};

/** The place shown now (-1 until the user asks for one), and a way to step to another. */
function useCurrentPlace<F extends RowFinding>(row: FindingRow<F>, onShow?: (place: F) => void) {
  const [current, setCurrent] = useState(-1);
  const count = row.places.length;
  const go = (index: number) => {
    const next = ((index % count) + count) % count;
    setCurrent(next);
    const target = row.places[next];
    if (target !== undefined) onShow?.(target);
  };
  return { current, go };
}

/** One thing to fix: its title, what is wrong, what to do, what it means, and its places. */
function FindingRowItem<F extends RowFinding>({
  row,
  headingLevel,
  placeLabel,
  onShow,
  showLabel,
  href,
  excerpt,
  actions,
  categoryLabel,
}: ItemProps<F>) {
  const { current, go } = useCurrentPlace(row, onShow);
  const count = row.places.length;
  const place = row.places[Math.max(0, current)] ?? row.lead;
  const quote = row.kind === 'document' ? 'The whole document' : `“${rowQuote(row)}”`;
  const where = placeLabel(place);
  const category =
    categoryLabel?.(row.lead) ??
    (row.lead.category !== undefined ? CATEGORY_LABELS[row.lead.category] : undefined);

  return (
    <li
      className={`finding finding--${row.severity}`}
      data-rule={row.lead.ruleId}
      data-places={count}
    >
      <RowHeading
        row={row}
        headingLevel={headingLevel}
        quote={quote}
        where={where}
        href={href?.(place)}
        category={category}
      />
      <RowMessages messages={row.messages} />
      <Tip
        advice={adviceToShow({
          message: row.messages.map((m) => m.message).join(' '),
          advice: row.messages.find((m) => m.advice !== undefined)?.advice,
        })}
      />
      <Advice place={place} actions={actions} />
      <Meaning about={row.places.find((p) => p.definition !== undefined) ?? row.lead} />
      {current >= 0 && excerpt !== undefined && (
        <p className="finding__excerpt">{excerpt(place)}</p>
      )}
      {(onShow !== undefined || count > 1) && (
        <PlaceButtons
          count={count}
          current={current}
          quote={quote}
          showLabel={onShow !== undefined ? showLabel : undefined}
          bare={row.kind === 'document' ? 'the whole document' : rowQuote(row)}
          go={go}
        />
      )}
      {count > 1 && (
        <p className="finding__place" role="status">
          {current >= 0
            ? `Place ${formatCount(current + 1)} of ${formatCount(count)}${where !== undefined ? `, ${where}` : ''}.`
            : ''}
        </p>
      )}
    </li>
  );
}

/** The row's title (a link to the place, when there is `href`), its severity, category and places. */
function RowHeading<F extends RowFinding>({
  row,
  headingLevel,
  quote,
  where,
  href,
  category,
}: {
  row: FindingRow<F>;
  headingLevel: 2 | 3 | 4;
  quote: string;
  where: string | undefined;
  href: string | undefined;
  category: string | undefined;
}) {
  const Heading = `h${headingLevel}` as const;
  const count = row.places.length;
  const title =
    href !== undefined ? (
      <a href={href}>
        {quote}
        {where !== undefined ? `, ${where}` : ''}
      </a>
    ) : (
      quote
    );
  return (
    <Heading className="finding__title">
      <span className="finding__text">{title}</span>
      <span className="finding__meta">
        <span className={`severity severity--${row.severity}`}>
          {SEVERITY_LABELS[row.severity]}
        </span>
        {category !== undefined ? ` · ${category}` : ''}
        {row.kind === 'document' ? '' : ` · ${countPlaces(count)}`}
        {count === 1 && where !== undefined && href === undefined ? `, ${where}` : ''}
      </span>
    </Heading>
  );
}

/** What is wrong, each thing said once, and where the advice comes from. */
function RowMessages<F extends RowFinding>({ messages }: { messages: readonly F[] }) {
  return (
    <>
      {messages.map((finding) => (
        <p key={`${finding.ruleId}:${finding.severity}`} className="finding__message">
          {finding.message}
        </p>
      ))}
      {messages.some((finding) => finding.source !== undefined) && (
        <p className="source">
          Source: {[...new Set(messages.map((f) => f.source).filter(Boolean))].join('; ')}.
        </p>
      )}
    </>
  );
}

/** The glossary's advice for the writer ("Say how long it lasts"), when it has some. */
function Tip({ advice }: { advice: string | undefined }) {
  if (advice === undefined || advice === '') return null;
  return (
    <p className="finding__advice">
      <strong>{ADVICE_LABEL}</strong> {advice}
    </p>
  );
}

/** What the word means, and the easy read sentences, when the glossary has them. */
function Meaning<F extends RowFinding>({ about }: { about: F }) {
  return (
    <>
      {about.definition !== undefined && about.definition !== '' && (
        <p className="finding__definition">
          <strong>What it means:</strong> {about.definition}
        </p>
      )}
      {about.easyRead !== undefined && about.easyRead.length > 0 && (
        <div className="finding__easy-read">
          <p>
            <strong>In easy read:</strong>
          </p>
          <ul>
            {about.easyRead.map((sentence, index) => (
              <li key={index}>{sentence}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** "Show …" (when given `showLabel`), and "Show previous" and "Show next" when there are more places. */
function PlaceButtons({
  count,
  current,
  quote,
  bare,
  showLabel,
  go,
}: {
  count: number;
  current: number;
  /** The row's words in quotes, for the buttons' names. */
  quote: string;
  /** The row's words without quotes, for `showLabel`. */
  bare: string;
  showLabel: ((quote: string) => string) | undefined;
  go: (index: number) => void;
}) {
  return (
    <div className="finding__places">
      {showLabel !== undefined && (
        <button
          type="button"
          className="link-button secondary"
          onClick={() => go(Math.max(0, current))}
        >
          {showLabel(bare)}
        </button>
      )}
      {count > 1 && (
        <>
          <button
            type="button"
            className="link-button secondary"
            aria-label={`Show previous: ${quote}`}
            onClick={() => go(current <= 0 ? count - 1 : current - 1)}
          >
            Show previous
          </button>
          <button
            type="button"
            className="link-button secondary"
            aria-label={`Show next: ${quote}`}
            onClick={() => go(current + 1)}
          >
            Show next
          </button>
        </>
      )}
    </div>
  );
}

/** What you can do: buttons where Plainly can make the change, plain advice where it cannot. */
function Advice<F extends RowFinding>({
  place,
  actions,
}: {
  place: F;
  actions: ((place: F) => ReactNode) | undefined;
}) {
  const suggestions = place.suggestions ?? [];
  const buttons = actions?.(place);
  if (buttons !== undefined && buttons !== null && buttons !== false) {
    return <div className="finding__actions">{buttons}</div>;
  }
  if (suggestions.length === 0) return null;
  return (
    <ul className="finding__suggestions" aria-label="What you can do">
      {suggestions.map((suggestion, index) => (
        <li key={index}>{suggestionAdvice(suggestion, index === 0)}</li>
      ))}
    </ul>
  );
}
