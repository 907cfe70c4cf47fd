/**
 * The package's other parts that comments need: word/comments.xml (made or
 * added to), the main document's relationship to it, and its content type.
 * Each is changed by adding to the end of its root element; nothing already
 * there is rewritten.
 */
import type { AddedComment, RevisionInfo } from './edit';
import { W_STRICT } from './paragraphs';
import { appendToRoot, isElement, parseXml, xmlSafe } from './xml';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const COMMENTS_TYPE = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments',
};
export const OFFICE_DOCUMENT_TYPES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
];
const COMMENTS_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** The zip entry a relationship's `target` names, for a relationship of the part `source`. */
export function resolveTarget(source: string, target: string): string {
  const parts = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The relationships part of a part: `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function readRelationships(source: string | undefined): Relationship[] {
  if (source === undefined) return [];
  const doc = parseXml(source);
  const out: Relationship[] = [];
  for (let child = doc.documentElement.firstChild; child; child = child.nextSibling) {
    if (!isElement(child) || child.localName !== 'Relationship') continue;
    out.push({
      id: child.getAttribute('Id') ?? '',
      type: child.getAttribute('Type') ?? '',
      target: child.getAttribute('Target') ?? '',
      external: child.getAttribute('TargetMode') === 'External',
    });
  }
  return out;
}

/**
 * Adds `comments` to the package: returns the new or changed text of the
 * comments part, the main part's relationships and [Content_Types].xml.
 *
 * @param read gives a part's text, or undefined when the package has no such part.
 */
export function addComments(
  mainPart: string,
  w: string,
  comments: readonly AddedComment[],
  revision: RevisionInfo,
  read: (name: string) => string | undefined,
  exists: (name: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  if (comments.length === 0) return out;
  const commentsPath = commentsPart(mainPart, w, read, exists, out);
  declareCommentsType(commentsPath, read, out);
  const commentsSource =
    read(commentsPath) ?? `${DECLARATION}<w:comments xmlns:w="${w}"></w:comments>`;
  out.set(commentsPath, appendComments(commentsSource, w, comments, revision));
  return out;
}

/**
 * The comments part the main part relates to; when there is none, a new
 * name beside it that no part has, related from the main part (its new
 * relationships text goes in `out`).
 */
function commentsPart(
  mainPart: string,
  w: string,
  read: (name: string) => string | undefined,
  exists: (name: string) => boolean,
  out: Map<string, string>,
): string {
  const relsPath = relationshipsPath(mainPart);
  const relsSource = read(relsPath);
  const relationships = readRelationships(relsSource);
  const strict = w === W_STRICT;
  const type = strict ? COMMENTS_TYPE.strict : COMMENTS_TYPE.transitional;
  const existing = relationships.find(
    (r) =>
      !r.external && (r.type === COMMENTS_TYPE.transitional || r.type === COMMENTS_TYPE.strict),
  );
  if (existing) return resolveTarget(mainPart, existing.target);
  const folder = mainPart.slice(0, mainPart.lastIndexOf('/') + 1);
  let name = 'comments.xml';
  for (let n = 2; exists(`${folder}${name}`); n++) name = `comments${n}.xml`;
  const ids = new Set(relationships.map((r) => r.id));
  let n = relationships.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const rels =
    relsSource ?? `${DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
  const relsDoc = parseXml(rels);
  const root = relsDoc.documentElement;
  const relationship = relsDoc.createElementNS(
    root.namespaceURI,
    root.prefix ? `${root.prefix}:Relationship` : 'Relationship',
  );
  relationship.setAttribute('Id', `rId${n}`);
  relationship.setAttribute('Type', type);
  relationship.setAttribute('Target', name);
  out.set(relsPath, appendToRoot(rels, relsDoc, [relationship]));
  return `${folder}${name}`;
}

/**
 * Declares the comments part's content type in [Content_Types].xml, unless
 * it is declared already (the new text goes in `out`).
 */
function declareCommentsType(
  commentsPath: string,
  read: (name: string) => string | undefined,
  out: Map<string, string>,
): void {
  const typesSource = read('[Content_Types].xml');
  if (typesSource === undefined) throw new Error('The package has no [Content_Types].xml.');
  const typesDoc = parseXml(typesSource);
  const typesRoot = typesDoc.documentElement;
  const partName = `/${commentsPath}`.toLowerCase();
  let declared = false;
  for (let child = typesRoot.firstChild; child; child = child.nextSibling) {
    if (
      isElement(child) &&
      child.localName === 'Override' &&
      (child.getAttribute('PartName') ?? '').toLowerCase() === partName
    ) {
      declared = true;
    }
  }
  if (declared) return;
  const override = typesDoc.createElementNS(
    typesRoot.namespaceURI,
    typesRoot.prefix ? `${typesRoot.prefix}:Override` : 'Override',
  );
  override.setAttribute('PartName', `/${commentsPath}`);
  override.setAttribute('ContentType', COMMENTS_CONTENT_TYPE);
  out.set('[Content_Types].xml', appendToRoot(typesSource, typesDoc, [override]));
}

/**
 * The comments part's text with `comments` added at the end, each by the
 * reviser, its first paragraph holding the mark Word ties it to its words by.
 */
function appendComments(
  commentsSource: string,
  w: string,
  comments: readonly AddedComment[],
  revision: RevisionInfo,
): string {
  const commentsDoc = parseXml(commentsSource);
  const root = commentsDoc.documentElement;
  const prefix =
    root.namespaceURI === w ? root.prefix : (root.lookupPrefix(w) ?? root.prefix ?? null);
  const q = (local: string) => (prefix ? `${prefix}:${local}` : local);
  const make = (local: string, attributes: Record<string, string> = {}) => {
    const element = commentsDoc.createElementNS(w, q(local));
    for (const [name, value] of Object.entries(attributes)) {
      element.setAttributeNS(w, q(name), value);
    }
    return element;
  };
  const elements = comments.map((comment) => {
    const element = make('comment', {
      id: String(comment.id),
      author: revision.author,
      date: revision.date,
      initials: revision.initials,
    });
    comment.paragraphs.forEach((text, index) => {
      const paragraph = make('p');
      if (index === 0) {
        const mark = make('r');
        mark.appendChild(make('annotationRef'));
        paragraph.appendChild(mark);
      }
      const run = make('r');
      const t = make('t');
      t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
      t.appendChild(commentsDoc.createTextNode(xmlSafe(text)));
      run.appendChild(t);
      paragraph.appendChild(run);
      element.appendChild(paragraph);
    });
    return element;
  });
  return appendToRoot(commentsSource, commentsDoc, elements);
}
