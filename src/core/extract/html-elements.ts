// What HTML elements do to the text a reader sees: the one list every HTML reader follows (the
// certification reader, html.ts, and the main document's cover reader, main-document.ts), so the
// two never disagree on where a paragraph ends or what is never shown. What styles hide or strike is
// in html-visibility.ts.

/** Elements that end a paragraph: a blank line in the text. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'hr', 'blockquote',
  'section', 'article', 'header', 'footer', 'center', 'pre', 'dl', 'dt', 'dd', 'address', 'form',
  'body', 'html', 'page', 'document', 'text', 'caption', 'tbody', 'thead', 'tfoot',
]);

/** Table cells: a space between their texts. */
export const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);

/** Elements whose content is never shown: scripts, styles, the head, inline XBRL's hidden header. */
export const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'ix:header', 'xml']);

/** Elements that strike their content through. */
export const STRUCK_ELEMENTS: ReadonlySet<string> = new Set(['del', 's', 'strike']);

/** EDGAR SGML header tags in an EDGAR-wrapped document: their value runs to the end of the line. */
export const EDGAR_HEADER_TAGS: ReadonlySet<string> = new Set(['type', 'sequence', 'filename', 'description']);

/** Deeper than any real document; htmlparser2's cost grows with the square of the depth. */
export const MAX_DEPTH = 2000;

/** What an element does, as bits of roleOf(name): one lookup per tag instead of one per list. */
export const BLOCK = 1;
export const CELL = 2;
export const HIDDEN = 4;
export const STRUCK = 8;
export const HEADER = 16;

const ROLES = new Map<string, number>();
for (const [names, role] of [[BLOCK_ELEMENTS, BLOCK], [CELL_ELEMENTS, CELL], [HIDDEN_ELEMENTS, HIDDEN], [STRUCK_ELEMENTS, STRUCK], [EDGAR_HEADER_TAGS, HEADER]] as const) {
  for (const name of names) ROLES.set(name, (ROLES.get(name) ?? 0) | role);
}

/** The roles of an element (BLOCK, CELL, HIDDEN, STRUCK, HEADER bits), 0 for none. */
export function roleOf(name: string): number {
  return ROLES.get(name) ?? 0;
}
