// Reads what the filing rules need from a filing's main document (the 10-K itself) without keeping
// it: the visible text of its cover page, its inline XBRL cover facts, the text under its last
// SIGNATURES, and whether it holds financial statements. Fed bytes in chunks, so a 100 MB document
// passes through in bounded memory. HTML is read by the same walk as a certification (html-walk.ts).
import { breaksAfter } from './text-builder.js';
import { DeiReader, type DeiFacts } from './dei-facts.js';
import { HtmlWalk, type VisibleTextSink } from './html-walk.js';
import { looksLikeHtml, SNIFF_BYTES } from './sniff.js';
import { FinancialStatementsFinder } from './statements.js';

/** Visible characters of the main document kept for the cover page. */
export const COVER_CHARS = 200_000;
/** Text after the cover held before it is cut down to what follows the last SIGNATURES. */
const LATE_CHARS = 256 * 1024;
/** Characters kept after a SIGNATURES heading (its date is within the first few lines). */
const SIGNATURES_CHARS = 8000;

/** What was read of a main document. */
export interface MainDocumentText {
  /** The visible text kept (at most COVER_CHARS). */
  text: string;
  /** The text from the last SIGNATURES heading after the cover, when one was read. */
  signatures: string | null;
  dei: DeiFacts;
  hasFinancialStatements: boolean;
}

export interface MainDocumentOptions {
  /** Read the whole document for the date under SIGNATURES (else stop after the cover). */
  signatures?: boolean;
  /** Look for financial statements (the whole document's bytes). */
  financialStatements?: boolean;
}

/** The cover page's text: the first COVER_CHARS characters, then (when asked) only what follows the last SIGNATURES. */
class CoverText implements VisibleTextSink {
  length = 0;
  /** The cover is read and nothing after it is wanted. */
  full = false;
  private parts: string[] = [];
  private late = '';
  private signatureWindow = '';
  private breaks = 2;

  constructor(private readonly signatures: boolean) {}

  get held(): number {
    return this.length + this.late.length;
  }

  addText(text: string): void {
    this.add(text);
  }

  addBreak(kind: '\n' | '\n\n'): void {
    if (this.breaks < kind.length) this.add('\n'.repeat(kind.length - this.breaks));
  }

  addCell(): void {
    this.add(' ');
  }

  add(text: string): void {
    if (!text || this.full) return;
    this.breaks = breaksAfter(this.breaks, text);
    if (this.length < COVER_CHARS) {
      const take = text.slice(0, COVER_CHARS - this.length);
      this.parts.push(take);
      this.length += take.length;
      text = text.slice(take.length);
      if (!text) return;
    }
    if (!this.signatures) { this.full = true; return; }
    this.late += text;
    if (this.late.length > LATE_CHARS) this.trimLate();
  }

  /** Keeps, of the text after the cover, only what follows the last "SIGNATURES" seen. */
  private trimLate(): void {
    const at = this.late.lastIndexOf('SIGNATURES');
    if (at >= 0) {
      this.signatureWindow = this.late.slice(at, at + SIGNATURES_CHARS);
      this.late = this.late.slice(Math.max(at + 1, this.late.length - SIGNATURES_CHARS));
    } else {
      this.late = this.late.slice(-16);
    }
  }

  done(): { text: string; signatures: string | null } {
    if (this.late) this.trimLate();
    this.late = '';
    return { text: this.parts.join(''), signatures: this.signatureWindow || null };
  }
}

/** Takes the main document's bytes in chunks; `done()` gives what was read. */
export class MainDocumentReader {
  readonly statements = new FinancialStatementsFinder();
  private decoder = new TextDecoder('utf-8');
  /** The first characters, until there are enough to tell HTML from text. */
  private head = '';
  private chosen = false;
  private walk: HtmlWalk | null = null;
  private readonly cover: CoverText;
  private readonly dei = new DeiReader();

  constructor(private readonly options: MainDocumentOptions = {}) {
    this.cover = new CoverText(!!options.signatures);
  }

  /** Characters held now (for the memory bound). */
  get held(): number {
    return this.cover.held + this.head.length;
  }

  /** Nothing more to read: the cover is full, or the markup went too deep to follow. */
  private get stopped(): boolean {
    return this.cover.full || !!this.walk?.tooDeep;
  }

  write(chunk: Uint8Array, start = 0, end = chunk.length): void {
    if (this.options.financialStatements) this.statements.write(chunk, start, end);
    if (this.stopped) return;
    this.feed(this.decoder.decode(chunk.subarray(start, end), { stream: true }));
  }

  private feed(text: string): void {
    if (!this.chosen) {
      this.head += text;
      if (this.head.length >= SNIFF_BYTES) this.choose();
    } else if (this.walk) this.walk.write(text);
    else this.cover.add(text);
  }

  private choose(): void {
    const head = this.head;
    this.head = '';
    this.chosen = true;
    if (looksLikeHtml(head)) this.walk = new HtmlWalk(this.cover, { tooDeep: 'stop', keepHidden: false, observer: this.dei });
    this.feed(head);
  }

  done(): MainDocumentText {
    if (!this.stopped) {
      const rest = this.decoder.decode();
      if (!this.chosen) { this.head += rest; this.choose(); } else if (rest) this.feed(rest);
      this.walk?.end();
    }
    return { ...this.cover.done(), dei: this.dei.facts, hasFinancialStatements: this.statements.found };
  }
}
