/**
 * "Review a file": drop or choose a .docx, .pdf, .html, .md or .txt file. It
 * is read on this computer in a Web Worker, checked in the background with
 * the glossary in use, and shown with its findings marked and listed. The
 * report and the "words we used" list can be saved or copied, and a .docx
 * can be downloaded marked up with the suggestions (src/markup, in a worker).
 */
import { useEffect, useState, type DragEvent } from 'react';
import type { ProfileName } from '../../src/checker/types';
import { PROFILE_NAMES } from '../../src/checker/types';
import { ACCEPTED_EXTENSIONS } from '../../src/documents/index';
import { sendMessage } from '../../src/messaging/protocol';
import { readingLevelSentence } from '../../src/report/reading-age';
import type { DocumentReview } from '../../src/report/review';
import { getSettings } from '../../src/settings/store';
import { countThings, PROFILE_LABELS } from '../../src/report/labels';
import { readFile } from './read-file';
import { Results } from './Results';
import { StatusLines } from '../../src/ui/status-lines';

/** The writing style (from settings at first), and reading and checking a file with it. */
function useFileReview() {
  const [profile, setProfile] = useState<ProfileName>('plain');
  const [status, setStatus] = useState(
    'Choose a file, or drop one here. It stays on your computer.',
  );
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<DocumentReview | null>(null);
  const [file, setFile] = useState<File | null>(null);

  useEffect(() => {
    getSettings().then(
      (settings) => setProfile(settings.profile),
      () => undefined,
    );
  }, []);

  /** Reads `file`, checks it, and shows the review, or why there is none. */
  const open = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setReview(null);
    setFile(file);
    setStatus(`Reading ${file.name}…`);
    try {
      const document = await readFile(file);
      setStatus(`Checking ${file.name}…`);
      const result = await sendMessage('reviewDocument', { document, profile });
      setReview(result);
      const r = result.readiness;
      setStatus(
        `${file.name}: ${countThings(r.total)} to look at. ${readingLevelSentence(result.report.stats)}`,
      );
    } catch (cause) {
      setStatus(`Plainly could not review ${file.name}.`);
      setError(
        cause instanceof Error && (cause.name === 'DocumentError' || cause.name === 'ProtocolError')
          ? cause.message
          : 'Plainly could not read this file. It may be damaged.',
      );
    }
  };
  return { profile, setProfile, status, error, review, file, open };
}

/** The page: what it is for, the place to drop or choose a file, how it is going, the results. */
export function App() {
  const { profile, setProfile, status, error, review, file, open } = useFileReview();
  return (
    <main>
      <h1>Review a file</h1>
      <p>
        Check a paper before it goes out: its writing, its accessibility, and the words that need
        explaining.
      </p>
      <DropZone profile={profile} onProfile={setProfile} onFile={(chosen) => void open(chosen)} />
      <StatusLines status={status} error={error} />
      {review !== null && <Results review={review} file={file} />}
    </main>
  );
}

/** Where a file can be dropped, the file chooser, and the writing style to check it in. */
function DropZone({
  profile,
  onProfile,
  onFile,
}: {
  profile: ProfileName;
  onProfile: (profile: ProfileName) => void;
  onFile: (file: File | undefined) => void;
}) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    onFile(event.dataTransfer.files[0]);
  };
  return (
    <div
      className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p>
        <label htmlFor="file">Choose a file (.docx, .pdf, .html, .md or .txt, up to 50 MB)</label>
      </p>
      <input
        id="file"
        type="file"
        accept={ACCEPTED_EXTENSIONS.join(',')}
        onChange={(event) => onFile(event.target.files?.[0])}
      />
      <p>
        <label htmlFor="profile">Writing style</label>{' '}
        <select
          id="profile"
          value={profile}
          onChange={(event) => onProfile(event.target.value as ProfileName)}
        >
          {PROFILE_NAMES.map((name) => (
            <option key={name} value={name}>
              {PROFILE_LABELS[name]}
            </option>
          ))}
        </select>
      </p>
    </div>
  );
}
