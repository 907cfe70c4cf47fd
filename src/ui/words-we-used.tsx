/**
 * "Words we used": the glossary terms a paper or page uses, with what they
 * mean for its readers, to attach to it. The review page and the side panel
 * both show it, from the one builder (src/report/appendix.ts), with the same
 * ways to copy and save it.
 */
import { useState } from 'react';
import type { AppendixEntry } from '../report/appendix';
import { appendixHeading } from '../report/appendix';
import {
  appendixDocx,
  appendixFragment,
  appendixHtml,
  appendixMarkdown,
  appendixText,
} from '../report/appendix-formats';
import { formatCount } from '../report/numbers';
import { DOCX_TYPE, save } from './save-file';

export type WordsFormat = 'docx' | 'html' | 'md';

const FORMATS: { format: WordsFormat; label: string }[] = [
  { format: 'docx', label: 'Save as Word (.docx)' },
  { format: 'html', label: 'Save as HTML' },
  { format: 'md', label: 'Save as Markdown' },
];

/** Saves the list as `<base>-words-we-used.<format>`. */
export async function saveWords(
  entries: readonly AppendixEntry[],
  title: string,
  base: string,
  format: WordsFormat,
): Promise<void> {
  const name = `${base}-words-we-used.${format}`;
  switch (format) {
    case 'docx':
      return save((await appendixDocx(entries, title)) as BlobPart, DOCX_TYPE, name);
    case 'html':
      return save(appendixHtml(entries, title), 'text/html', name);
    case 'md':
      return save(appendixMarkdown(entries), 'text/markdown', name);
  }
}

/** Copies the list as rich text (for Word and web mail) with plain text beside it. */
export async function copyWords(entries: readonly AppendixEntry[]): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([appendixFragment(entries)], { type: 'text/html' }),
      'text/plain': new Blob([appendixText(entries)], { type: 'text/plain' }),
    }),
  ]);
}

export interface WordsWeUsedProps {
  entries: readonly AppendixEntry[];
  /** The paper's or page's title, for the saved file. */
  title: string;
  /** The start of the saved file's name. */
  base: string;
  /** What it is a list for: "paper", "page". */
  what: string;
  /** Show the list itself, not only the buttons. */
  showList?: boolean;
}

export function WordsWeUsed({ entries, title, base, what, showList = false }: WordsWeUsedProps) {
  const [copied, setCopied] = useState('');
  return (
    <section aria-labelledby="words-heading">
      <h2 id="words-heading">Words we used ({formatCount(entries.length)})</h2>
      <p>
        {entries.length === 0
          ? `This ${what} uses no words from the glossary.`
          : `A list of the glossary words in this ${what}, with what they mean, to attach to it.`}
      </p>
      {showList && entries.length > 0 && (
        <dl className="words-list">
          {entries.map((entry) => (
            <div key={entry.id}>
              <dt>{appendixHeading(entry)}</dt>
              <dd>
                {entry.definition}
                {entry.easyRead !== undefined && (
                  <ul>
                    {entry.easyRead.map((sentence) => (
                      <li key={sentence}>{sentence}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void copyWords(entries).then(
              () => setCopied(`Copied. Paste it at the end of your ${what}.`),
              () => setCopied('Plainly could not copy the list. Save it as a file instead.'),
            )
          }
        >
          Copy the list
        </button>
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="secondary"
            onClick={() => void saveWords(entries, title, base, format)}
          >
            {label}
          </button>
        ))}
      </div>
      <p role="status">{copied}</p>
    </section>
  );
}
