// EDGAR complete submission text files (<SEC-DOCUMENT> ... <DOCUMENT> ... </DOCUMENT>): streamed line
// by line, never held whole. Kept: the header fields, the certification exhibits (EX-31, EX-32, EX-12,
// EX-13, EX-99.CERT), and of the main document only its cover page. Everything else (the rest of the
// main document, graphics, XBRL, PDFs, ZIPs) passes through without being buffered.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../core/extract/errors.js';
import { decodeText } from '../core/extract/decode.js';
import { extractHtml } from '../core/extract/html.js';
import { looksLikeHtml } from '../core/extract/sniff.js';
import { filingCertifications, filingProfile, isCertificationType, lintFiling, parseFormType, requiresCertification, type FilingCertification, type FilingDocument } from '../core/filing/index.js';
import { extractText } from '../core/extract/text.js';
import { lintDocument } from '../core/lint.js';
import type { CertificationInfo, Extracted, LintMessage, LintOptions, LintResult } from '../core/types.js';
import { errorReason } from './files.js';
import { MainDocumentReader, FinancialStatementScanner, type MainDocumentInfo } from './main-document.js';

/** Largest exhibit kept for linting; a certification is some kilobytes, an Exhibit 13 annual report may be megabytes. */
export const MAX_EXHIBIT_BYTES = 8 * 1024 * 1024;
/** Longest header line kept (longer ones are cut). */
const MAX_LINE = 64 * 1024;
/** Filers kept from the header (a filing names one, or a few co-registrants). */
const MAX_FILERS = 100;
/** Certifications whose positions the filing rules can place findings at (a filing has a handful). */
const MAX_PLACED = 100;
/** Certification documents linted in one submission (a filing has a handful; each takes milliseconds). */
export const MAX_EXHIBITS = 200;
/** Documents listed one by one (then one per new type). */
const MAX_DOCUMENTS = 1000;
/** Read size of the stream. */
const CHUNK = 1024 * 1024;


/** Plain text, every character its own position; old filings' "<PAGE>" lines read as blank lines. */
function extractEdgarText(source: string): Extracted {
  const ext = extractText(source);
  ext.text = source.replace(/^[ \t]*<PAGE>[ \t]*\d*[ \t]*(?=\r?$)/gim, (m) => ' '.repeat(m.length));
  return ext;
}

export { isSubmission } from '../core/extract/sniff.js';

export interface SubmissionHeader {
  type: string | null;
  period: string | null;
  filed: string | null;
  filers: string[];
}

export interface SubmissionDocument {
  type: string;
  sequence: string | null;
  filename: string | null;
  description: string | null;
  /** Line of the <DOCUMENT> tag. */
  line: number;
  /** Line of the submission file where the document's <TEXT> content starts. */
  textLine: number;
  /** Bytes of the document's content. */
  size: number;
}

/** What reading a complete submission took: bytes, lines, most held at once, documents cut short. */
export interface SubmissionStats {
  bytes: number;
  lines: number;
  /** Most bytes (and characters) held at once by the reader: buffered exhibits, the cover page, partial lines. */
  peakHeld: number;
  /** Certification documents longer than MAX_EXHIBIT_BYTES, checked only up to it. */
  truncated: string[];
  /** Certification documents past MAX_EXHIBITS, not checked. */
  unchecked: number;
}

interface Sink {
  write(chunk: Buffer, start: number, end: number): void;
}

/** A certification exhibit, buffered up to MAX_EXHIBIT_BYTES. */
class ExhibitSink implements Sink {
  chunks: Buffer[] = [];
  size = 0;
  truncated = false;
  binary = false;
  constructor(private readonly fs: FinancialStatementScanner | null) {}
  write(chunk: Buffer, start: number, end: number): void {
    this.fs?.write(chunk, start, end);
    if (this.binary) return;
    if (this.size === 0) {
      // Uuencoded or PDF content under an exhibit's type: not text to lint.
      const head = chunk.subarray(start, Math.min(end, start + 64)).toString('latin1').trimStart();
      if (head.length >= 6 && (/^begin [0-7]{3} /.test(head) || /^<PDF>/i.test(head))) { this.binary = true; return; }
    }
    const take = Math.min(end - start, MAX_EXHIBIT_BYTES - this.size);
    if (take < end - start) this.truncated = true;
    if (take <= 0) return;
    this.chunks.push(Buffer.from(chunk.subarray(start, start + take)));
    this.size += take;
  }
}

class MainSink implements Sink {
  constructor(readonly reader: MainDocumentReader) {}
  write(chunk: Buffer, start: number, end: number): void {
    this.reader.write(chunk, start, end);
  }
}

class ScanSink implements Sink {
  constructor(private readonly fs: FinancialStatementScanner) {}
  write(chunk: Buffer, start: number, end: number): void {
    this.fs.write(chunk, start, end);
  }
}

export interface KeptDocument extends SubmissionDocument {
  /** Column added to positions on the document's first line (content after "<TEXT>" on the same line). */
  textColumn: number;
  bytes: Buffer;
  truncated: boolean;
}

export interface SubmissionHandlers {
  /** A certification exhibit, complete; its bytes are released when this returns. */
  onExhibit(doc: KeptDocument, header: SubmissionHeader): void;
}

export interface SubmissionRead {
  header: SubmissionHeader;
  documents: SubmissionDocument[];
  main: (MainDocumentInfo & { document: SubmissionDocument }) | null;
  hasFinancialStatements: boolean;
  stats: SubmissionStats;
}

const CLOSE_TEXT = [Buffer.from('</TEXT>'), Buffer.from('</text>')];

/** The line scanner. Feed chunks with write(), then end(). */
class SubmissionScanner {
  header: SubmissionHeader = { type: null, period: null, filed: null, filers: [] };
  documents: SubmissionDocument[] = [];
  main: { reader: MainDocumentReader; document: SubmissionDocument } | null = null;
  readonly fs = new FinancialStatementScanner();
  stats: SubmissionStats = { bytes: 0, lines: 1, peakHeld: 0, truncated: [], unchecked: 0 };

  private line = 1;
  private mode: 'outside' | 'text' = 'outside';
  private atLineStart = true;
  private skipLine = false;
  private carry: Buffer | null = null;
  private doc: (SubmissionDocument & { textColumn: number }) | null = null;
  private sink: Sink | null = null;
  private inHeader = true;
  private filerSet = new Set<string>();
  private types = new Set<string>();

  constructor(private readonly handlers: SubmissionHandlers) {}

  private held(): number {
    let n = this.carry?.length ?? 0;
    if (this.sink instanceof ExhibitSink) n += this.sink.size;
    if (this.main) n += this.main.reader.held;
    return n;
  }

  write(input: Buffer): void {
    this.stats.bytes += input.length;
    let chunk = input;
    if (this.carry) { chunk = Buffer.concat([this.carry, input]); this.carry = null; }
    const n = chunk.length;
    let pos = 0;
    while (pos < n) {
      if (this.mode === 'text') { pos = this.textRun(chunk, pos); continue; }
      const nl = chunk.indexOf(10, pos);
      if (this.skipLine) {
        // The rest of an overlong line outside any <TEXT>.
        if (nl < 0) { pos = n; continue; }
        this.skipLine = false;
        this.line++;
        pos = nl + 1;
        continue;
      }
      if (nl < 0 && n - pos < MAX_LINE) {
        // A line cut by the chunk's end: finish it with the next chunk.
        this.carry = Buffer.from(chunk.subarray(pos));
        pos = n;
        continue;
      }
      const lineEnd = nl < 0 ? n : nl;
      // "<TEXT>": the document's content starts on the next line, or after the tag on this one.
      let lead = pos;
      while (lead < lineEnd && (chunk[lead] === 0x20 || chunk[lead] === 0x09)) lead++;
      if (this.doc && lineEnd - lead >= 6 && /^<TEXT>$/i.test(chunk.toString('latin1', lead, lead + 6))) {
        let k = lead + 6;
        while (k < lineEnd && (chunk[k] === 0x20 || chunk[k] === 0x09 || chunk[k] === 0x0d)) k++;
        if (k === lineEnd && nl >= 0) {
          this.line++;
          this.openText(this.line, 0);
          this.atLineStart = true;
          pos = nl + 1;
        } else {
          this.openText(this.line, lead + 6 - pos);
          this.atLineStart = false;
          pos = lead + 6;
        }
        continue;
      }
      if (nl < 0) {
        this.outsideLine(chunk.toString('latin1', pos, pos + MAX_LINE));
        this.skipLine = true;
        pos = n;
        continue;
      }
      this.outsideLine(chunk.toString('latin1', pos, Math.min(nl, pos + MAX_LINE)).replace(/\r$/, ''));
      this.line++;
      this.atLineStart = true;
      pos = nl + 1;
    }
    const h = this.held();
    if (h > this.stats.peakHeld) this.stats.peakHeld = h;
  }

  /** Content of a <TEXT>: up to its "</TEXT>" line or the chunk's end. Returns the new position. */
  private textRun(chunk: Buffer, pos: number): number {
    const n = chunk.length;
    // The first "</TEXT>" at the start of a line.
    let close = -1;
    for (const tag of CLOSE_TEXT) {
      // Searched only up to a close already found: searching to the chunk's end for each of 20,000
      // tiny documents in a chunk made reading quadratic.
      const hay = close >= 0 ? chunk.subarray(0, close) : chunk;
      let from = pos;
      for (;;) {
        const i = hay.indexOf(tag, from);
        if (i < 0) break;
        if (i === pos ? this.atLineStart : chunk[i - 1] === 10) { close = i; break; }
        from = i + 1;
      }
    }
    let to = close >= 0 ? close : n;
    if (close < 0) {
      // A "</TEX" cut by the chunk's end: carry it into the next chunk.
      const lastNl = chunk.lastIndexOf(10, n - 1);
      const tailStart = lastNl >= pos ? lastNl + 1 : pos;
      const tail = chunk.subarray(tailStart, n).toString('latin1');
      if (tail.length < 7 && (tailStart > pos || this.atLineStart) && '</TEXT>'.startsWith(tail.toUpperCase())) {
        to = tailStart;
        if (tail.length) this.carry = Buffer.from(chunk.subarray(tailStart, n));
      }
    }
    if (to > pos) {
      this.sink?.write(chunk, pos, to);
      const content = chunk.subarray(0, to);
      for (let i = content.indexOf(10, pos); i >= 0; i = content.indexOf(10, i + 1)) this.line++;
      this.atLineStart = chunk[to - 1] === 10;
    }
    if (close >= 0) {
      this.closeText();
      this.mode = 'outside';
      this.atLineStart = false;
      return close + 7;
    }
    return this.carry ? n : to;
  }

  /** A line outside <TEXT>: the header's fields, a document's tags. */
  private outsideLine(raw: string): void {
    const line = raw.trim();
    if (!line) return;
    const tag = /^<([A-Z0-9-]+)>\s*(.*)$/i.exec(line);
    const name = tag?.[1].toUpperCase();
    const value = tag?.[2].trim() ?? '';
    if (name === 'DOCUMENT') {
      this.inHeader = false;
      this.doc = { type: '', sequence: null, filename: null, description: null, line: this.line, textLine: this.line, size: 0, textColumn: 0 };
      return;
    }
    if (this.doc) {
      if (name === 'TYPE' && !this.doc.type) this.doc.type = value.toUpperCase();
      else if (name === 'SEQUENCE') this.doc.sequence = value || null;
      else if (name === 'FILENAME') this.doc.filename = value || null;
      else if (name === 'DESCRIPTION') this.doc.description = value || null;
      else if (/^<\/DOCUMENT>/i.test(line)) this.doc = null;
      return;
    }
    if (!this.inHeader) return;
    // The header: "CONFORMED SUBMISSION TYPE: 10-K", or the tagged form "<TYPE>10-K".
    const colon = /^([A-Z][A-Z -]*[A-Z]):\s*(.*)$/.exec(line);
    const key = colon ? colon[1] : name;
    const val = colon ? colon[2].trim() : value;
    if (!key || !val) return;
    switch (key) {
      case 'CONFORMED SUBMISSION TYPE': case 'TYPE': case 'SUBMISSION-TYPE':
        this.header.type ??= val.toUpperCase(); break;
      case 'CONFORMED PERIOD OF REPORT': case 'PERIOD':
        this.header.period ??= val; break;
      case 'FILED AS OF DATE': case 'FILING-DATE':
        this.header.filed ??= val; break;
      case 'COMPANY CONFORMED NAME': case 'CONFORMED-NAME':
        // A Set, not a search of the list per line (200,000 header lines took 294 s); a filing has a few filers.
        if (this.header.filers.length < MAX_FILERS && !this.filerSet.has(val)) { this.filerSet.add(val); this.header.filers.push(val); }
        break;
    }
    return;
  }

  private openText(line: number, column: number): void {
    const doc = this.doc!;
    doc.textLine = line;
    doc.textColumn = column;
    this.mode = 'text';
    const type = doc.type;
    const form = parseFormType(this.header.type);
    const amended = !!form?.amended;
    const isMain = !this.main && (type === this.header.type || (!this.header.type && /^(?:10-K|10-Q|20-F|40-F|N-CSR)/.test(type)));
    if (isMain) {
      const reader = new MainDocumentReader({ signatures: !this.header.filed, financialStatements: amended });
      this.main = { reader, document: doc };
      this.sink = new MainSink(reader);
    } else if (isCertificationType(type)) {
      this.sink = new ExhibitSink(amended && /^EX-13/.test(type) ? this.fs : null);
    } else if (amended && /^EX-101\.INS/.test(type)) {
      this.sink = new ScanSink(this.fs);
    } else {
      this.sink = null;
    }
  }

  private closeText(): void {
    const doc = this.doc!;
    const sink = this.sink;
    this.sink = null;
    if (sink instanceof ExhibitSink) {
      doc.size = sink.size;
      const h = this.held() + sink.size;
      if (h > this.stats.peakHeld) this.stats.peakHeld = h;
      if (!sink.binary && sink.size > 0) {
        const bytes = Buffer.concat(sink.chunks, sink.size);
        sink.chunks = [];
        this.handlers.onExhibit({ ...doc, bytes, truncated: sink.truncated }, this.header);
      }
    }
    // A filing lists tens of documents; past MAX_DOCUMENTS only a new type is kept (the filing rules
    // ask which types there are), so millions of tiny documents are not held.
    if (this.documents.length >= MAX_DOCUMENTS && this.types.has(doc.type)) return;
    this.types.add(doc.type);
    this.documents.push({ type: doc.type, sequence: doc.sequence, filename: doc.filename, description: doc.description, line: doc.line, textLine: doc.textLine, size: doc.size });
  }

  end(): void {
    if (this.carry) {
      const c = this.carry;
      this.carry = null;
      if (this.mode === 'text') {
        if (/^<\/TEXT>/i.test(c.toString('latin1'))) { this.closeText(); this.mode = 'outside'; } else this.sink?.write(c, 0, c.length);
      } else this.outsideLine(c.toString('latin1').trim());
    }
    if (this.mode === 'text' && this.doc) this.closeText(); // a file cut inside a document
    this.stats.lines = this.line;
  }
}

/**
 * Streams a complete submission file. Certification exhibits go to `handlers.onExhibit` one at a
 * time, as each ends; the main document's cover page is read on the way.
 */
export async function readSubmission(path: string, handlers: SubmissionHandlers, chunkSize = CHUNK): Promise<SubmissionRead> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is a directory');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(errorReason(err));
  }
  const scanner = new SubmissionScanner(handlers);
  const stream = createReadStream(path, { highWaterMark: chunkSize });
  for await (const chunk of stream) scanner.write(chunk as Buffer);
  scanner.end();
  const main = scanner.main ? { ...scanner.main.reader.done(), document: scanner.main.document } : null;
  const form = parseFormType(scanner.header.type ?? main?.form?.text);
  const hasFinancialStatements = !form?.amended || scanner.fs.found || !!main?.hasFinancialStatements;
  return { header: scanner.header, documents: scanner.documents, main, hasFinancialStatements, stats: scanner.stats };
}

/** Options of lintSubmission. */
export interface SubmissionOptions extends LintOptions {
  /** Bytes read at a time (tests use small ones to cut lines and tags across chunks). */
  chunkSize?: number;
}

/** A complete submission's result, with what reading it took. */
export interface SubmissionResult extends LintResult {
  stats: SubmissionStats;
}

/**
 * Lints an EDGAR complete submission text file: every certification exhibit in it, then the
 * filing-level rules. One result for the file; messages name their document (`document`) and give
 * lines of the submission file.
 */
export async function lintSubmission(path: string, options: SubmissionOptions = {}): Promise<SubmissionResult> {
  const messages: LintMessage[] = [];
  const certifications: CertificationInfo[] = [];
  const filingCerts: FilingCertification[] = [];
  const truncated: string[] = [];
  // Each exhibit is linted as it completes and its bytes let go. Only an amendment's wait for the end
  // of the file, when it is known whether the report holds financial statements (which decides the
  // profile), unless a profile was asked for.
  const held: { doc: KeptDocument; header: SubmissionHeader }[] = [];
  let hasFinancialStatements = true;
  let exhibitCount = 0;
  let unchecked = 0;
  const lintOne = (doc: KeptDocument, header: SubmissionHeader) => {
    const name = doc.filename ?? (doc.sequence ? `${doc.type} #${doc.sequence}` : doc.type);
    if (doc.truncated) truncated.push(name);
    let text: string;
    try {
      text = decodeText(doc.bytes).text;
    } catch {
      return; // binary content under a certification's type: nothing to lint
    }
    const ext = looksLikeHtml(text) ? extractHtml(text) : extractEdgarText(text);
    ext.documentType = doc.type;
    const form = parseFormType(header.type);
    const linted = lintDocument(ext, path, {
      ...options,
      profile: filingProfile(options.profile, form, hasFinancialStatements),
      requireCertification: requiresCertification(doc.type, form?.base ?? null),
      embeddedAt: { document: name, line: doc.textLine, column: doc.textColumn },
    });
    messages.push(...linted.result.messages);
    certifications.push(...linted.result.certifications);
    for (const record of filingCertifications(linted, { filePath: path, documentType: doc.type, description: doc.description ?? undefined })) {
      // A record's positions hold its whole document: past MAX_PLACED, findings go to its line.
      if (filingCerts.length >= MAX_PLACED) record.find = () => null;
      filingCerts.push(record);
    }
  };
  const read = await readSubmission(path, {
    onExhibit: (doc, header) => {
      if (++exhibitCount > MAX_EXHIBITS) { unchecked++; return; }
      if (!options.profile && parseFormType(header.type)?.amended) held.push({ doc, header });
      else lintOne(doc, header);
    },
  }, options.chunkSize);
  hasFinancialStatements = read.hasFinancialStatements;
  for (const { doc, header } of held) lintOne(doc, header);

  const { header, main } = read;
  const documents: FilingDocument[] = read.documents.map((d) => ({ filePath: path, document: d.filename ?? d.type, type: d.type }));
  const filer = [...header.filers];
  if (main?.registrant) filer.push(main.registrant);
  const filedDate = header.filed ?? main?.signed ?? null;
  const result: SubmissionResult = {
    filePath: path,
    certifications,
    messages,
    errorCount: 0,
    warningCount: 0,
    stats: { ...read.stats, truncated, unchecked },
  };
  lintFiling([result], {
    form: header.type ?? main?.form?.text ?? null,
    period: header.period ?? main?.period ?? null,
    filer,
    filedDate,
    filedDateSource: header.filed ? 'header' : 'signatures',
    certifications: filingCerts,
    documents,
    hasFinancialStatements: read.hasFinancialStatements,
    main: { filePath: path, line: 1 },
  }, options);
  certifications.sort((a, b) => a.line - b.line);
  return result;
}
