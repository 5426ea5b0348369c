// EDGAR complete submission text files (<SEC-DOCUMENT> ... <DOCUMENT> ... </DOCUMENT>), fed in chunks
// of bytes and never held whole: the lines outside any <TEXT> are read for the header and each
// document's tags; a <TEXT>'s content goes to its document's sink (content.ts) in the pieces it came
// in, searched only for the "</TEXT>" that ends it. Kept: the header, the certification exhibits
// (EX-31, EX-32, EX-12, EX-13, EX-99.CERT), the main document's cover page.
import { isCertificationType, parseFormType } from '../../filing/forms.js';
import { ascii, asciiAtIgnoringCase, blankBytes, bytesAt, concatBytes, copyBytes, latin1 } from '../bytes.js';
import { MainDocumentReader } from '../main-document.js';
import { FinancialStatementsFinder } from '../statements.js';
import { ExhibitBuffer, MainDocumentSink, StatementsSink, type ContentSink } from './content.js';
import { HeaderReader, openDocument, readDocumentTag, tagOf } from './header.js';
import type { OpenDocument, SubmissionDocument, SubmissionHandlers, SubmissionHeader, SubmissionStats } from './types.js';

/** Longest line outside <TEXT> kept (longer ones are cut). */
const MAX_LINE = 64 * 1024;
/** Documents listed one by one (then one per new type). */
const MAX_DOCUMENTS = 1000;
const NL = 0x0a;
const CLOSE_TEXT = [ascii('</TEXT>'), ascii('</text>')];
const CLOSE_LENGTH = 7;

/** Where a <TEXT>'s content ends in a chunk, and the line ends before it. */
interface ContentScan {
  /** Offset of the "</TEXT>" that ends the content, or -1. */
  close: number;
  /** Line ends from the start up to `close` (or the chunk's end). */
  lines: number;
  /** The last line end seen, or -1. */
  lastLineEnd: number;
}

/** The line scanner. Feed chunks with write(), then end(). */
export class SubmissionScanner {
  documents: SubmissionDocument[] = [];
  main: { reader: MainDocumentReader; document: SubmissionDocument } | null = null;
  /** Whether the report's financial statements are in it (an amendment's profile depends on it). */
  readonly statements = new FinancialStatementsFinder();
  stats: SubmissionStats = { bytes: 0, lines: 1, peakHeld: 0, truncated: [], unchecked: 0 };

  private line = 1;
  private mode: 'outside' | 'text' = 'outside';
  private atLineStart = true;
  /** Inside an overlong line outside <TEXT>: its rest is skipped. */
  private skipLine = false;
  /** The unfinished line (or cut "</TEXT>") at a chunk's end, finished by the next chunk. */
  private carry: Uint8Array | null = null;
  private doc: OpenDocument | null = null;
  private sink: ContentSink | null = null;
  private inHeader = true;
  private readonly headerReader = new HeaderReader();
  private types = new Set<string>();

  constructor(private readonly handlers: SubmissionHandlers) {}

  get header(): SubmissionHeader {
    return this.headerReader.header;
  }

  /** Bytes and characters held now: a buffered exhibit, the cover page, a partial line. */
  private held(): number {
    let n = this.carry?.length ?? 0;
    if (this.sink instanceof ExhibitBuffer) n += this.sink.size;
    if (this.main) n += this.main.reader.held;
    return n;
  }

  private notePeak(held: number): void {
    if (held > this.stats.peakHeld) this.stats.peakHeld = held;
  }

  write(input: Uint8Array): void {
    this.stats.bytes += input.length;
    const pos = this.carry ? this.finishCarry(input) : 0;
    this.run(input, pos);
    this.notePeak(this.held());
  }

  private run(chunk: Uint8Array, pos: number): void {
    while (pos < chunk.length) pos = this.mode === 'text' ? this.textRun(chunk, pos) : this.outsideRun(chunk, pos);
  }

  /**
   * What was cut at the last chunk's end, read with this chunk's start up to its first line end
   * (not the whole chunk joined to it: a copy of every chunk). A piece that ends a line leaves no
   * carry of its own. Returns where to go on in `input`.
   */
  private finishCarry(input: Uint8Array): number {
    const carry = this.carry!;
    this.carry = null;
    const nl = input.indexOf(NL);
    const take = nl < 0 ? input.length : nl + 1;
    this.run(concatBytes([carry, input.subarray(0, take)], carry.length + take), 0);
    return take;
  }

  /** One line outside <TEXT> (or its part in this chunk). Returns the new position. */
  private outsideRun(chunk: Uint8Array, pos: number): number {
    const n = chunk.length;
    const nl = chunk.indexOf(NL, pos);
    if (this.skipLine) {
      // The rest of an overlong line.
      if (nl < 0) return n;
      this.skipLine = false;
      this.line++;
      return nl + 1;
    }
    if (nl < 0 && n - pos < MAX_LINE) {
      // A line cut by the chunk's end: finish it with the next chunk.
      this.carry = copyBytes(chunk, pos);
      return n;
    }
    const opened = this.openTextAt(chunk, pos, nl < 0 ? n : nl, nl);
    if (opened >= 0) return opened;
    if (nl < 0) {
      this.outsideLine(latin1(chunk, pos, pos + MAX_LINE));
      this.skipLine = true;
      return n;
    }
    this.outsideLine(latin1(chunk, pos, Math.min(nl, pos + MAX_LINE)));
    this.line++;
    this.atLineStart = true;
    return nl + 1;
  }

  /**
   * A "<TEXT>" line: the document's content starts on the next line, or after the tag on this one.
   * Returns where the content starts, or -1 when the line is no <TEXT>.
   */
  private openTextAt(chunk: Uint8Array, pos: number, lineEnd: number, nl: number): number {
    if (!this.doc) return -1;
    let lead = pos;
    while (lead < lineEnd && (chunk[lead] === 0x20 || chunk[lead] === 0x09)) lead++;
    if (lineEnd - lead < 6 || !asciiAtIgnoringCase(chunk, lead, '<text>')) return -1;
    if (nl >= 0 && blankBytes(chunk, lead + 6, lineEnd)) {
      this.line++;
      this.openText(this.line, 0);
      this.atLineStart = true;
      return nl + 1;
    }
    this.openText(this.line, lead + 6 - pos);
    this.atLineStart = false;
    return lead + 6;
  }

  /** Content of a <TEXT>: up to its "</TEXT>" line or the chunk's end. Returns the new position. */
  private textRun(chunk: Uint8Array, pos: number): number {
    const n = chunk.length;
    const scan = this.scanContent(chunk, pos);
    const to = scan.close >= 0 ? scan.close : this.carryCutClose(chunk, pos, scan.lastLineEnd);
    if (to > pos) {
      this.sink?.write(chunk, pos, to);
      this.line += scan.lines;
      this.atLineStart = chunk[to - 1] === NL;
    }
    if (scan.close >= 0) {
      this.closeText();
      this.mode = 'outside';
      this.atLineStart = false;
      return scan.close + CLOSE_LENGTH;
    }
    return this.carry ? n : to;
  }

  /** Finds the first "</TEXT>" at the start of a line, counting line ends on the way (one pass). */
  private scanContent(chunk: Uint8Array, pos: number): ContentScan {
    if (this.atLineStart && isCloseText(chunk, pos)) return { close: pos, lines: 0, lastLineEnd: -1 };
    let lines = 0;
    let last = -1;
    for (let i = chunk.indexOf(NL, pos); i >= 0; i = chunk.indexOf(NL, i + 1)) {
      lines++;
      last = i;
      if (isCloseText(chunk, i + 1)) return { close: i + 1, lines, lastLineEnd: i };
    }
    return { close: -1, lines, lastLineEnd: last };
  }

  /** A "</TEX" cut by the chunk's end is carried into the next chunk. Returns where the content written ends. */
  private carryCutClose(chunk: Uint8Array, pos: number, lastLineEnd: number): number {
    const n = chunk.length;
    const tailStart = lastLineEnd >= pos ? lastLineEnd + 1 : pos;
    if (n - tailStart >= CLOSE_LENGTH || !(tailStart > pos || this.atLineStart)) return n;
    if (!'</TEXT>'.startsWith(latin1(chunk, tailStart, n).toUpperCase())) return n;
    if (n > tailStart) this.carry = copyBytes(chunk, tailStart, n);
    return tailStart;
  }

  /** A line outside <TEXT>: the header's fields, a document's tags. */
  private outsideLine(raw: string): void {
    const line = raw.trim();
    if (!line) return;
    const tag = tagOf(line);
    if (tag?.name === 'DOCUMENT') {
      this.inHeader = false;
      this.doc = openDocument(this.line);
      return;
    }
    if (this.doc) {
      if (!readDocumentTag(this.doc, line, tag)) this.doc = null;
      return;
    }
    if (this.inHeader) this.headerReader.read(line, tag);
  }

  private openText(line: number, column: number): void {
    const doc = this.doc!;
    doc.textLine = line;
    doc.textColumn = column;
    this.mode = 'text';
    this.sink = this.sinkFor(doc);
  }

  /** Where a document's content goes, by its type and the submission's. */
  private sinkFor(doc: SubmissionDocument): ContentSink | null {
    const { type } = doc;
    const headerType = this.header.type;
    const amended = !!parseFormType(headerType)?.amended;
    const isMain = !this.main && (type === headerType || (!headerType && /^(?:10-K|10-Q|20-F|40-F|N-CSR)/.test(type)));
    if (isMain) {
      const reader = new MainDocumentReader({ signatures: !this.header.filed, financialStatements: amended });
      this.main = { reader, document: doc };
      return new MainDocumentSink(reader);
    }
    if (isCertificationType(type)) return new ExhibitBuffer(amended && /^EX-13/.test(type) ? this.statements : null);
    if (amended && /^EX-101\.INS/.test(type)) return new StatementsSink(this.statements);
    return null;
  }

  private closeText(): void {
    const doc = this.doc!;
    const sink = this.sink;
    this.sink = null;
    if (sink instanceof ExhibitBuffer) {
      doc.size = sink.size;
      this.notePeak(this.held() + sink.size);
      // An empty exhibit is handed on too: an Exhibit 31 with nothing in it is reported, not passed.
      if (!sink.binary) this.handlers.onExhibit({ ...doc, bytes: sink.take(), truncated: sink.truncated }, this.header);
    }
    // A filing lists tens of documents; past MAX_DOCUMENTS only a new type is kept (the filing rules
    // ask which types there are), so millions of tiny documents are not held.
    if (this.documents.length >= MAX_DOCUMENTS && this.types.has(doc.type)) return;
    this.types.add(doc.type);
    const { textColumn: _column, ...listed } = doc;
    this.documents.push(listed);
  }

  end(): void {
    if (this.carry) {
      const rest = this.carry;
      this.carry = null;
      if (this.mode === 'outside') this.outsideLine(latin1(rest));
      else if (/^<\/TEXT>/i.test(latin1(rest))) { this.closeText(); this.mode = 'outside'; }
      else this.sink?.write(rest, 0, rest.length);
    }
    if (this.mode === 'text' && this.doc) this.closeText(); // a file cut inside a document
    this.stats.lines = this.line;
  }
}

function isCloseText(chunk: Uint8Array, at: number): boolean {
  return bytesAt(chunk, at, CLOSE_TEXT[0]) || bytesAt(chunk, at, CLOSE_TEXT[1]);
}
