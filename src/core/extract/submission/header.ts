// The lines of a submission outside any <TEXT>: the SEC header's fields ("CONFORMED SUBMISSION
// TYPE: 10-K", or the tagged "<TYPE>10-K") and each document's tags (<TYPE>, <SEQUENCE>, ...).
import type { OpenDocument, SubmissionHeader } from './types.js';

/** Filers kept from the header (a filing names one, or a few co-registrants). */
const MAX_FILERS = 100;

/** A tag line ("<TYPE>EX-31.1"): its upper-case name and its value. */
export interface TagLine {
  name: string;
  value: string;
}

const TAG_NAME = /^[A-Z0-9-]+$/i;

/** A line as a tag line, or null. (Not one regular expression: this runs on every line outside <TEXT>.) */
export function tagOf(line: string): TagLine | null {
  if (line.charCodeAt(0) !== 0x3c) return null;
  const close = line.indexOf('>');
  if (close < 2) return null;
  const name = line.slice(1, close);
  return TAG_NAME.test(name) ? { name: name.toUpperCase(), value: line.slice(close + 1).trim() } : null;
}

/** Reads the header's fields, first value of each, the filers once each. */
export class HeaderReader {
  readonly header: SubmissionHeader = { type: null, period: null, filed: null, filers: [] };
  // A Set, not a search of the list per line (200,000 header lines took 294 s).
  private filerSet = new Set<string>();

  /** One header line, trimmed, with its tag when it is a tag line. */
  read(line: string, tag: TagLine | null): void {
    const colon = /^([A-Z][A-Z -]*[A-Z]):\s*(.*)$/.exec(line);
    const key = colon ? colon[1] : tag?.name;
    const value = colon ? colon[2].trim() : tag?.value;
    if (!key || !value) return;
    const header = this.header;
    switch (key) {
      case 'CONFORMED SUBMISSION TYPE': case 'TYPE': case 'SUBMISSION-TYPE':
        header.type ??= value.toUpperCase(); break;
      case 'CONFORMED PERIOD OF REPORT': case 'PERIOD':
        header.period ??= value; break;
      case 'FILED AS OF DATE': case 'FILING-DATE':
        header.filed ??= value; break;
      case 'COMPANY CONFORMED NAME': case 'CONFORMED-NAME':
        if (header.filers.length < MAX_FILERS && !this.filerSet.has(value)) { this.filerSet.add(value); header.filers.push(value); }
        break;
    }
  }
}

/** A document's tag line (<TYPE>, <SEQUENCE>, <FILENAME>, <DESCRIPTION>) into the document. Returns false at </DOCUMENT>. */
export function readDocumentTag(doc: OpenDocument, line: string, tag: TagLine | null): boolean {
  if (tag?.name === 'TYPE' && !doc.type) doc.type = tag.value.toUpperCase();
  else if (tag?.name === 'SEQUENCE') doc.sequence = tag.value || null;
  else if (tag?.name === 'FILENAME') doc.filename = tag.value || null;
  else if (tag?.name === 'DESCRIPTION') doc.description = tag.value || null;
  else if (/^<\/DOCUMENT>/i.test(line)) return false;
  return true;
}

/** A new document at its <DOCUMENT> line. */
export function openDocument(line: number): OpenDocument {
  return { type: '', sequence: null, filename: null, description: null, line, textLine: line, size: 0, textColumn: 0 };
}
