/** The settings page's statistics: the counts for each glossary entry, to export or clear. */
import { sortStats, statsToCsv, type EntryStats } from '../../src/glossary/stats';
import { sendMessage } from '../../src/messaging/protocol';
import { downloadText, today } from '../../src/ui/glossary-download';
import { STATS, type Confirming } from './use-options';

/** "Statistics": what is counted, the table, the export and clear buttons, and "Clear…?". */
export function StatsSection({
  stats,
  terms,
  reload,
  say,
  confirm,
}: {
  stats: readonly EntryStats[];
  /** Each entry's term, by its id. */
  terms: ReadonlyMap<string, string>;
  reload: () => Promise<void>;
  say: (status: string) => void;
  confirm: Confirming;
}) {
  const { confirming, setConfirming } = confirm;
  return (
    <section aria-labelledby="stats-heading">
      <h2 id="stats-heading">Statistics</h2>
      <p>
        How often each glossary word was flagged, and how often you used or ignored the suggestion.
        Only counts are kept, never your text, and nothing is sent anywhere. You can export them to
        share with the people who look after the glossary.
      </p>
      {stats.length === 0 ? (
        <p>Nothing counted yet.</p>
      ) : (
        <StatsTable stats={stats} terms={terms} />
      )}
      <div className="row">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            downloadText(
              `plainly-statistics-${today()}.csv`,
              statsToCsv(stats, terms),
              'text/csv;charset=utf-8',
            )
          }
        >
          Export statistics as CSV
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            downloadText(
              `plainly-statistics-${today()}.json`,
              `${JSON.stringify(sortStats(stats), null, 2)}\n`,
              'application/json',
            )
          }
        >
          Export statistics as JSON
        </button>
        <button
          type="button"
          className="secondary"
          aria-expanded={confirming === STATS}
          onClick={() => setConfirming(STATS)}
        >
          Clear statistics
        </button>
      </div>
      {confirming === STATS ? <ClearStats reload={reload} say={say} confirm={confirm} /> : null}
    </section>
  );
}

/** The counts, most flagged first (the first 500). */
function StatsTable({
  stats,
  terms,
}: {
  stats: readonly EntryStats[];
  terms: ReadonlyMap<string, string>;
}) {
  return (
    <table>
      <caption className="visually-hidden">Counts for each glossary entry</caption>
      <thead>
        <tr>
          <th scope="col">Term</th>
          <th scope="col">Flagged</th>
          <th scope="col">Applied</th>
          <th scope="col">Ignored</th>
        </tr>
      </thead>
      <tbody>
        {sortStats(stats)
          .slice(0, 500)
          .map((s) => (
            <tr key={s.entryId}>
              <th scope="row">{terms.get(s.entryId) ?? s.entryId}</th>
              <td>{s.flagged}</td>
              <td>{s.applied}</td>
              <td>{s.ignored}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** "Clear statistics?": yes (focused when it opens) or keep them. */
function ClearStats({
  reload,
  say,
  confirm,
}: {
  reload: () => Promise<void>;
  say: (status: string) => void;
  confirm: Confirming;
}) {
  return (
    <div className="confirm" role="group" aria-label="Clear statistics?">
      <p>Clear every count? They cannot be brought back. Export them first to keep a copy.</p>
      <div className="row">
        <button
          type="button"
          ref={confirm.confirmButton}
          onClick={() => {
            confirm.setConfirming(null);
            void sendMessage('clearFindingStats')
              .then(reload)
              .then(() => say('Statistics cleared.'));
          }}
        >
          Yes, clear the statistics
        </button>
        <button type="button" className="secondary" onClick={() => confirm.setConfirming(null)}>
          Keep them
        </button>
      </div>
    </div>
  );
}
