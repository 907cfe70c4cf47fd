/**
 * The reading level as a band people understand ("about age 14 (fairly
 * easy)"), with the numbers behind it for whoever asks: "How we worked this
 * out". The bands are in dictionaries/reading-age.json.
 */
import type { Stats } from '../checker/types';
import { readingAgeWorking, readingLevelSentence } from '../report/reading-age';

export interface ReadingLevelProps {
  stats: Stats;
  /** A line to show under the band: the number of words, the style. */
  extra?: string;
  /** False where the band is already said just above (the popup's summary sentence). */
  band?: boolean;
}

export function ReadingLevel({ stats, extra, band = true }: ReadingLevelProps) {
  return (
    <div className="reading-level">
      {band && <p className="reading-level__band">{readingLevelSentence(stats)}</p>}
      {extra !== undefined && <p>{extra}</p>}
      {stats.words > 0 && (
        <details className="reading-level__working">
          <summary>How we worked this out</summary>
          {readingAgeWorking(stats).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </details>
      )}
    </div>
  );
}
