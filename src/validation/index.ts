/**
 * The one way Plainly checks data it did not make: glossary files and feeds,
 * messages from pages and content scripts, settings and policies. Schemas
 * are written with valibot (a small schema library made for untrusted data;
 * docs/decisions.md), the types are derived from them, and every problem is
 * said in plain words with where it is (`alternatives.2.pos`: lists count
 * from 1, as people do).
 */
import * as v from 'valibot';

export { v };
export * from './limits';

/** One thing wrong, said plainly, and where: `definition`, `alternatives.2`. */
export interface Problem {
  /** Where it is ('' for the whole value). */
  path: string;
  problem: string;
}

/** What to say about an object that is not one, or that has a field nobody asked for. */
export interface ObjectWords {
  notObject: string;
  unknownField: string;
}

/** A plain object (not a list, not null): what JSON gives for `{…}`. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list of text. */
export function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Text that is not only white space; `missing` and `wrong` say what is wrong otherwise. */
export function filledText(wrong = 'must be text', empty = 'is empty') {
  return v.pipe(
    v.string(wrong),
    v.check((text) => text.trim() !== '', empty),
  );
}

/** A list of text with no empty item. */
export function textList(wrong = 'must be a list of text', emptyItem = 'has an empty item') {
  return v.pipe(
    v.custom<string[]>(isTextList, wrong),
    v.check((list) => list.every((item) => item.trim() !== ''), emptyItem),
  );
}

/** One of `allowed`, said as "must be one of: a, b, c". */
export function oneOf<const T extends readonly [string, ...string[]]>(allowed: T) {
  return v.picklist(allowed, `must be one of: ${allowed.join(', ')}`);
}

/** true or false. */
export function yesOrNo() {
  return v.boolean('must be true or false');
}

function pathOf(issue: v.BaseIssue<unknown>): string[] {
  return (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? String(item.key + 1) : String(item.key),
  );
}

/**
 * Checks `data` against `schema` and gives back the value (typed by the
 * schema) or every problem, each the first thing wrong with its field.
 * Objects' own problems are worded by `objectWords(path)`: a missing field
 * "is missing".
 */
export function validate<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  objectWords: (path: string) => ObjectWords,
): { value?: v.InferOutput<S>; problems: Problem[] } {
  const result = v.safeParse(schema, data, { abortPipeEarly: true });
  if (result.success) return { value: result.output, problems: [] };
  const problems = result.issues.map((issue): Problem => {
    const path = pathOf(issue);
    const isObjectIssue = issue.type === 'object' || issue.type === 'strict_object';
    if (!isObjectIssue) return { path: path.join('.'), problem: issue.message };
    if (issue.expected === 'never') {
      // A field the schema does not have: said at the field itself.
      return {
        path: path.join('.'),
        problem: objectWords(path.slice(0, -1).join('.')).unknownField,
      };
    }
    if (issue.received === 'undefined' && path.length > 0) {
      return { path: path.join('.'), problem: 'is missing' };
    }
    return { path: path.join('.'), problem: objectWords(path.join('.')).notObject };
  });
  return { problems };
}
