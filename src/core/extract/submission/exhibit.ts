// A certification exhibit of a submission, from its bytes to Extracted text: HTML, or EDGAR plain
// text with its "<PAGE>" lines.
import type { Extracted } from '../../types.js';
import { decodeText } from '../decode.js';
import { extractHtml } from '../html.js';
import { looksLikeHtml } from '../sniff.js';
import { extractText } from '../text.js';
import type { KeptDocument } from './types.js';

/** An old filing's page break: a "<PAGE>" line, with or without its page number. */
const PAGE_LINE = /^[ \t]*<PAGE>[ \t]*\d*[ \t]*(?=\r?$)/gim;

/** Plain text, every character its own position; old filings' "<PAGE>" lines read as blank lines. */
export function extractEdgarText(source: string): Extracted {
  const extracted = extractText(source);
  extracted.text = source.replace(PAGE_LINE, (m) => ' '.repeat(m.length));
  return extracted;
}

/** An exhibit's content as Extracted, its EDGAR <TYPE> with it; null when it is binary, not text. */
export function extractExhibit(doc: KeptDocument): Extracted | null {
  let text: string;
  try {
    text = decodeText(doc.bytes).text;
  } catch {
    return null;
  }
  const extracted = looksLikeHtml(text) ? extractHtml(text) : extractEdgarText(text);
  extracted.documentType = doc.type;
  return extracted;
}
