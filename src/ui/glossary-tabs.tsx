/** The glossary editor's parts, as a row of buttons; the one shown is the current page. */

export type View = 'entries' | 'health' | 'proposals' | 'files';

const VIEWS: [View, string][] = [
  ['entries', 'Entries'],
  ['health', 'Health'],
  ['proposals', 'Proposals'],
  ['files', 'Import and export'],
];

/** One button for each part; "Proposals" says how many are open. */
export function EditorTabs({
  view,
  onView,
  openProposals,
}: {
  view: View;
  onView: (view: View) => void;
  openProposals: number;
}) {
  return (
    <nav aria-label="Parts of the editor">
      <ul className="tabs">
        {VIEWS.map(([key, label]) => (
          <li key={key}>
            <button
              type="button"
              className={view === key ? '' : 'secondary'}
              aria-current={view === key ? 'page' : undefined}
              onClick={() => onView(key)}
            >
              {label}
              {key === 'proposals' ? ` (${openProposals} open)` : ''}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
