// EDGAR HTML to text with a source offset for every character, leaving out what a reader does not
// see (kept in `hidden`). htmlparser2 reports each text run and each entity separately with its
// source range, so "&#146;" maps back to its six characters. The walk itself is html-walk.ts.
import type { Extracted } from '../types.js';
import { HtmlWalk } from './html-walk.js';
import { TextBuilder } from './text-builder.js';

/** HTML (EDGAR HTML included) as Extracted: the visible text, each character mapped to its source range. */
export function extractHtml(source: string): Extracted {
  const out = new TextBuilder();
  const walk = new HtmlWalk(out, { tooDeep: 'refuse', keepHidden: true });
  walk.write(source);
  walk.end();
  const { text, start, end } = out.done();
  return { kind: 'html', source, text, start, end, documentType: walk.documentType, hidden: walk.visibility.found };
}
