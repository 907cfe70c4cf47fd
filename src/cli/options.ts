/** Options the command line's commands share, read the same way by each. */
import { PROFILE_NAMES, type ProfileName } from '../checker/types';
import { CHECK_TIME_LIMIT_MS } from './worker';

/** Thrown for problems with options or files: printed plainly, exit 2. */
export class UsageError extends Error {}

export function parseProfile(value: string | undefined): ProfileName {
  if (value === undefined) return 'plain';
  if ((PROFILE_NAMES as readonly string[]).includes(value)) return value as ProfileName;
  throw new UsageError(`there is no profile "${value}". Use plain, public or easy-read.`);
}

export function parseOutput(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`there is no output format "${value}". Use text or json.`);
}

/** `--time-limit <seconds>`, in milliseconds. */
export function parseTimeLimit(value: string | undefined): number {
  if (value === undefined) return CHECK_TIME_LIMIT_MS;
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) {
    throw new UsageError(
      `there is no time limit "${value}". Give a number of seconds, such as ${CHECK_TIME_LIMIT_MS / 1000}.`,
    );
  }
  return Math.max(1, Math.round(seconds * 1000));
}
