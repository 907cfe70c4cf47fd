/**
 * The shape of a copy of a web page, as plain data: what the page helper
 * sends and the side panel rebuilds (src/dom/page-snapshot.ts does both),
 * and a place in the page's text. A format, like the documents' own, so
 * the messaging contract can name it without reaching for page code.
 */

/** A text node's text, or an element: `[tag, [name, value, name, value, …], …children]`. */
export type SnapshotNode = string | SnapshotElement;
export type SnapshotElement = [tag: string, attributes: string[], ...children: SnapshotNode[]];

export interface PageSnapshot {
  title: string;
  lang: string;
  body: SnapshotElement;
  /** True when the page was too big and only its first part was copied. */
  truncated: boolean;
}

/** A stretch of the page's text: from an offset in one text node to an offset in another. */
export interface PagePlace {
  from: [id: number, offset: number];
  to: [id: number, offset: number];
}
