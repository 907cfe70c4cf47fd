/**
 * Entry ids made from terms, so nobody has to invent one: lower case, words
 * joined by hyphens, accents dropped ("Café" → "cafe"), "&" read as "and"
 * ("A&E" → "a-and-e"), and made unique by adding "-2", "-3" and so on.
 */

/** The longest id made from a term (a long term is cut at a hyphen). */
export const MAX_ID_CHARS = 60;

/** The id used when a term has no letter or digit Plainly can use. */
const FALLBACK_ID = 'entry';

/** The id a term would have if no other entry had it. */
export function baseIdFromTerm(term: string): string {
  let id = term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id.length > MAX_ID_CHARS) {
    const cut = id.slice(0, MAX_ID_CHARS + 1);
    const lastHyphen = cut.lastIndexOf('-');
    id = (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_ID_CHARS)).replace(
      /-+$/,
      '',
    );
  }
  return id === '' ? FALLBACK_ID : id;
}

/**
 * A new entry's id, made from its term: the base id, or the base id with the
 * first free number from 2 ("care-hub-2") when another entry has it.
 *
 * @param taken every id in use, in any layer (your own, feeds, built-in).
 */
export function idFromTerm(term: string, taken: ReadonlySet<string>): string {
  const base = baseIdFromTerm(term);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
