// Whether a filing holds financial statements (it decides an amendment's profile): fixed byte strings
// looked for in a stream of chunks, across chunk boundaries, without keeping the chunks.
import { concatBytes, copyBytes, indexOfBytes, needle } from './bytes.js';

/** XBRL facts of the statements: one is enough. */
const STATEMENT_FACTS = ['us-gaap:Assets', 'us-gaap:NetIncomeLoss', 'us-gaap:ProfitLoss', 'us-gaap:StockholdersEquity', 'ifrs-full:Assets', 'ifrs-full:ProfitLoss'].map(needle);
/** Headings of the statements: all of them. */
const STATEMENT_HEADINGS = ['BALANCE SHEET', 'CASH FLOWS'].map(needle);
/** Bytes kept from a chunk's end, to find a string cut across chunks (longer than any string looked for). */
const EDGE = 40;

/** Looks for financial statements in the bytes written to it. */
export class FinancialStatementsFinder {
  private tail: Uint8Array = new Uint8Array(0);
  private headings = new Set<number>();
  found = false;

  write(chunk: Uint8Array, start = 0, end = chunk.length): void {
    if (this.found || end <= start) return;
    const head = chunk.subarray(start, Math.min(end, start + 64));
    const edge = concatBytes([this.tail, head], this.tail.length + head.length);
    this.look(edge, 0, edge.length);
    this.look(chunk, start, end);
    this.tail = copyBytes(chunk, end - Math.min(EDGE, end - start), end);
  }

  private look(bytes: Uint8Array, start: number, end: number): void {
    for (const fact of STATEMENT_FACTS) if (indexOfBytes(bytes, fact, start, end) >= 0) { this.found = true; return; }
    STATEMENT_HEADINGS.forEach((heading, i) => {
      if (!this.headings.has(i) && indexOfBytes(bytes, heading, start, end) >= 0) this.headings.add(i);
    });
    if (this.headings.size === STATEMENT_HEADINGS.length) this.found = true;
  }
}
