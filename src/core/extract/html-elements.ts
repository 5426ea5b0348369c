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
