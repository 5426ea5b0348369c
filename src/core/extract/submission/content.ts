// Where a document's <TEXT> content goes as it is read: a certification exhibit is buffered (up to
// MAX_EXHIBIT_BYTES), the main document read for its cover, an amendment's XBRL searched for
// financial statements; everything else passes through, kept nowhere.
import { concatBytes, copyBytes, latin1 } from '../bytes.js';
import type { MainDocumentReader } from '../main-document.js';
import type { FinancialStatementsFinder } from '../statements.js';
import { MAX_EXHIBIT_BYTES } from './types.js';

export interface ContentSink {
  write(chunk: Uint8Array, start: number, end: number): void;
}

/** Uuencoded or PDF content under an exhibit's type: not text to lint. */
const BINARY_START = /^(?:begin [0-7]{3} |<[Pp][Dd][Ff]>)/;

/** A certification exhibit, buffered up to MAX_EXHIBIT_BYTES. */
export class ExhibitBuffer implements ContentSink {
  size = 0;
  truncated = false;
  binary = false;
  private chunks: Uint8Array[] = [];

  /** `statements`: an amendment's Exhibit 13 (its annual report) is also searched for financial statements. */
  constructor(private readonly statements: FinancialStatementsFinder | null) {}

  write(chunk: Uint8Array, start: number, end: number): void {
    this.statements?.write(chunk, start, end);
    if (this.binary) return;
    if (this.size === 0) {
      const head = latin1(chunk, start, Math.min(end, start + 64)).trimStart();
      if (head.length >= 6 && BINARY_START.test(head)) { this.binary = true; return; }
    }
    const take = Math.min(end - start, MAX_EXHIBIT_BYTES - this.size);
    if (take < end - start) this.truncated = true;
    if (take <= 0) return;
    this.chunks.push(copyBytes(chunk, start, start + take));
    this.size += take;
  }

  /** The exhibit's bytes, once; the buffer lets them go. */
  take(): Uint8Array {
    const bytes = concatBytes(this.chunks, this.size);
    this.chunks = [];
    return bytes;
  }
}

/** The main document, read for its cover page. */
export class MainDocumentSink implements ContentSink {
  constructor(readonly reader: MainDocumentReader) {}
  write(chunk: Uint8Array, start: number, end: number): void {
    this.reader.write(chunk, start, end);
  }
}

/** An amendment's XBRL instance, searched for financial statements. */
export class StatementsSink implements ContentSink {
  constructor(private readonly statements: FinancialStatementsFinder) {}
  write(chunk: Uint8Array, start: number, end: number): void {
    this.statements.write(chunk, start, end);
  }
}
