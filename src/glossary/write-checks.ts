/**
 * The checks an entry passes before Plainly writes it into your own
 * glossary, whichever way it comes: the editor's form, an imported file, or
 * an accepted proposal. The form runs them as you type, and the background
 * runs them again before it writes anything, so both say the same thing.
 */
import { statusProblem } from './history';
import { entryLimitProblems } from './limits';
import { definitionProblem } from './reader-text';
import type { GlossaryEntry } from './schema';
import { validateEntry, type GlossaryProblem } from './validate';

export interface WriteContext {
  /** The entry in use now with the same id, from any layer, if there is one. */
  before?: GlossaryEntry | undefined;
  /** Every id in the glossary, and in the same file, to check `replacedBy`. */
  ids: ReadonlySet<string>;
}

/**
 * Every problem that stops an entry being written: the schema, the size and
 * character caps, a definition that gives an instruction, and a status
 * change that is not allowed.
 *
 * A definition is only checked for instructions when it is new or changed,
 * so an entry that already has one (from a feed or an older file) can still
 * be edited, and a file you exported imports again as it is.
 */
export function entryWriteProblems(
  raw: unknown,
  position: number,
  context: WriteContext,
): { entry?: GlossaryEntry; problems: GlossaryProblem[] } {
  const checked = validateEntry(raw, position);
  const entry = checked.entry;
  if (!entry) return checked;
  const problems = entryLimitProblems(entry);
  if (context.before === undefined || context.before.definition !== entry.definition) {
    const problem = definitionProblem(entry.definition);
    if (problem !== undefined) problems.push({ entry: entry.id, field: 'definition', problem });
  }
  const status = statusProblem(context.before?.status, entry, context.ids);
  if (status !== undefined) problems.push({ entry: entry.id, field: 'status', problem: status });
  return problems.length > 0 ? { problems } : { entry, problems };
}
