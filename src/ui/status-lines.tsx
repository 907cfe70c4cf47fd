/**
 * The review pages' progress line (read out politely by screen readers) and
 * their error (read out at once).
 */
export function StatusLines({ status, error }: { status: string; error: string | null }) {
  return (
    <>
      <p className="status" role="status">
        {status}
      </p>
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
