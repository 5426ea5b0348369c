// Reads what the filing rules need from a filing's main document (the 10-K itself) without keeping
// it: the visible text of its first ~200 KB (cover page), its inline XBRL cover facts, the date
// under its SIGNATURES, and whether it holds financial statements. Fed in chunks, so a 100 MB
// document passes through in bounded memory.
import { Parser } from 'htmlparser2';
import { looksLikeHtml } from '../core/extract/sniff.js';
import { readCover, type Cover, type DeiFacts } from '../core/filing/index.js';

/** Visible characters of the main document kept for the cover page. */
export const COVER_CHARS = 200_000;

const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'hr', 'blockquote', 'section',
  'article', 'header', 'footer', 'center', 'pre', 'dl', 'dt', 'dd', 'address', 'body', 'html', 'page', 'br', 'caption',
]);
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'ix:header', 'xml']);
const DEI = new Set(['dei:documenttype', 'dei:documentperiodenddate', 'dei:entityregistrantname', 'dei:amendmentflag']);

/** Byte strings that show financial statements: XBRL facts of the statements, or their headings. */
const FS_TAGS = ['us-gaap:Assets', 'us-gaap:NetIncomeLoss', 'us-gaap:ProfitLoss', 'us-gaap:StockholdersEquity', 'ifrs-full:Assets', 'ifrs-full:ProfitLoss'];
const FS_HEADINGS = ['BALANCE SHEET', 'CASH FLOWS'];

/** Finds fixed byte strings in a stream of chunks, across chunk boundaries. */
export class FinancialStatementScanner {
  private tail = Buffer.alloc(0);
  private headings = new Set<string>();
  found = false;

  write(chunk: Buffer, start = 0, end = chunk.length): void {
    if (this.found || end <= start) return;
    const edge = Buffer.concat([this.tail, chunk.subarray(start, Math.min(end, start + 64))]);
    this.look(edge, 0, edge.length);
    this.look(chunk, start, end);
    const keep = Math.min(40, end - start);
    this.tail = Buffer.from(chunk.subarray(end - keep, end));
  }

  private look(buf: Buffer, start: number, end: number): void {
    const view = start === 0 && end === buf.length ? buf : buf.subarray(start, end);
    for (const s of FS_TAGS) if (view.indexOf(s, 0, 'latin1') >= 0) { this.found = true; return; }
    for (const s of FS_HEADINGS) if (!this.headings.has(s) && view.indexOf(s, 0, 'latin1') >= 0) this.headings.add(s);
    if (this.headings.size === FS_HEADINGS.length) this.found = true;
  }
}

export interface MainDocumentInfo extends Cover {
  /** The visible text kept (at most COVER_CHARS). */
  text: string;
  dei: DeiFacts;
  hasFinancialStatements: boolean;
}

export interface MainDocumentOptions {
  /** Read the whole document for the date under SIGNATURES (else stop after the cover). */
  signatures?: boolean;
  /** Look for financial statements (the whole document's bytes). */
  financialStatements?: boolean;
}

/** Takes the main document's bytes in chunks; `done()` gives what was read. */
export class MainDocumentReader {
  private decoder = new TextDecoder('utf-8');
  private parser: Parser | null = null;
  private depth = 0;
  private tooDeep = false;
  private kind: 'html' | 'text' | null = null;
  private sniff = '';
  private parts: string[] = [];
  private length = 0;
  private late = '';
  private sigWindow = '';
  private dei: DeiFacts = {};
  private deiName: string | null = null;
  private deiDepth = 0;
  private deiText = '';
  private hidden = 0;
  private hiddenStack: string[] = [];
  private stopped = false;
  readonly statements = new FinancialStatementScanner();

  constructor(private readonly options: MainDocumentOptions = {}) {}

  /** Characters held now (for the memory bound). */
  get held(): number {
    return this.length + this.late.length + this.sniff.length;
  }

  write(chunk: Buffer, start = 0, end = chunk.length): void {
    if (this.options.financialStatements) this.statements.write(chunk, start, end);
    if (this.stopped) return;
    const text = this.decoder.decode(chunk.subarray(start, end), { stream: true });
    this.feed(text);
  }

  private feed(text: string): void {
    if (!this.kind) {
      this.sniff += text;
      if (this.sniff.length < 4096) return;
      this.choose();
      return;
    }
    if (this.kind === 'html' && !this.tooDeep) this.parser!.write(text);
    else this.addText(text);
  }

  private choose(): void {
    const head = this.sniff;
    this.kind = looksLikeHtml(head) ? 'html' : 'text';
    const pending = this.sniff;
    this.sniff = '';
    if (this.kind === 'html') this.parser = this.makeParser();
    this.feed(pending);
  }

  private addText(text: string): void {
    if (this.length < COVER_CHARS) {
      const take = text.slice(0, COVER_CHARS - this.length);
      this.parts.push(take);
      this.length += take.length;
      text = text.slice(take.length);
      if (!text) return;
    }
    if (!this.options.signatures) {
      this.stopped = true;
      return;
    }
    this.late += text;
    if (this.late.length > 262144) this.trimLate();
  }

  /** Keeps, of the text after the cover, only what follows the last "SIGNATURES" seen. */
  private trimLate(): void {
    const at = this.late.lastIndexOf('SIGNATURES');
    if (at >= 0) {
      this.sigWindow = this.late.slice(at, at + 8000);
      this.late = this.late.slice(Math.max(at + 1, this.late.length - 8000));
    } else {
      this.late = this.late.slice(-16);
    }
  }

  private makeParser(): Parser {
    const parser: Parser = new Parser(
      {
        onopentag: (name, attribs) => {
          // Past any real document's depth htmlparser2 slows down with the square of it: the cover is read by then.
          // pause(): the rest of the chunk already written would otherwise still be parsed, deeper and deeper.
          if (++this.depth > 2000) { this.tooDeep = true; parser.pause(); return; }
          if (name === 'ix:nonnumeric' || name === 'ix:nonfraction') {
            if (this.deiName) this.deiDepth++;
            else {
              const n = (attribs.name ?? '').toLowerCase();
              if (DEI.has(n)) { this.deiName = attribs.name.split(':')[1]; this.deiDepth = 0; this.deiText = ''; }
            }
          }
          if (HIDDEN.has(name)) { this.hidden++; this.hiddenStack.push(name); return; }
          if (this.hidden) return;
          if (BLOCK.has(name)) this.addText('\n');
          else if (name === 'td' || name === 'th') this.addText(' ');
        },
        onclosetag: (name) => {
          this.depth--;
          if ((name === 'ix:nonnumeric' || name === 'ix:nonfraction') && this.deiName) {
            if (this.deiDepth > 0) this.deiDepth--;
            else {
              const key = this.deiName as keyof DeiFacts;
              const canonical = (['DocumentType', 'DocumentPeriodEndDate', 'EntityRegistrantName', 'AmendmentFlag'] as const)
                .find((k) => k.toLowerCase() === key.toLowerCase());
              if (canonical && !this.dei[canonical]) this.dei[canonical] = this.deiText.replace(/\s+/g, ' ').trim();
              this.deiName = null;
            }
          }
          if (HIDDEN.has(name)) {
            const at = this.hiddenStack.lastIndexOf(name);
            if (at >= 0) { this.hiddenStack.length = at; this.hidden = at; }
            return;
          }
          if (this.hidden) return;
          if (BLOCK.has(name)) this.addText('\n');
        },
        ontext: (data) => {
          if (this.deiName && this.deiText.length < 1000) this.deiText += data;
          if (this.hidden) return;
          this.addText(data.replace(/[\t\r\n]+/g, ' '));
        },
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
    );
    return parser;
  }

  done(): MainDocumentInfo {
    if (!this.stopped) {
      const rest = this.decoder.decode();
      if (!this.kind) { this.sniff += rest; this.choose(); } else if (rest) this.feed(rest);
      this.parser?.end();
    }
    if (this.late) this.trimLate();
    const text = this.parts.join('');
    const cover = readCover(text, this.dei);
    // The last SIGNATURES heading after the cover wins over one in the cover's text (a table of contents).
    if (this.sigWindow) cover.signed = readCover(this.sigWindow).signed ?? cover.signed;
    this.late = '';
    return { ...cover, text, dei: this.dei, hasFinancialStatements: this.statements.found };
  }
}
