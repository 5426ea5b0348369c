// One pass over HTML with htmlparser2: the text a reader sees, in order, with its source offsets,
// handed to a sink. The certification reader (html.ts) builds Extracted text with it, the main
// document's cover reader (main-document.ts) a bounded cover page: both see the same text.
import { Parser } from 'htmlparser2';
import { InputError } from './errors.js';
import { BLOCK, CELL, HEADER, HIDDEN, MAX_DEPTH, roleOf } from './html-elements.js';
import { Attributes, ReadingParser, reads } from './html-parser.js';
import { FastTokenizer } from './html-tokenizer.js';
import { classRules, Visibility } from './html-visibility.js';

/** Where the visible text goes. */
export interface VisibleTextSink {
  /** Characters of text so far (where hidden text stood). */
  readonly length: number;
  /** Visible characters standing for source offsets from..to (one to one when to - from === text.length). */
  addText(text: string, from: number, to: number): void;
  /** A line break (`<br>`) or a paragraph break (a block's start or end) at a source offset. */
  addBreak(kind: '\n' | '\n\n', at: number): void;
  /** The space a table cell starts with. */
  addCell(at: number): void;
}

/** Told of every element and text, shown or not (inline XBRL's cover facts sit in its hidden header). */
export interface MarkupObserver {
  /** `attribs` is the parser's one record: read it during the call, do not keep it. */
  open(name: string, attribs: Attributes): void;
  close(name: string): void;
  text(data: string): void;
}

export interface WalkOptions {
  /** Past MAX_DEPTH elements deep: refuse the document (an InputError), or stop reading it (`tooDeep`). */
  tooDeep: 'refuse' | 'stop';
  /** Keep the text of hidden and struck elements (Extracted.hidden); off for a streamed document. */
  keepHidden: boolean;
  observer?: MarkupObserver;
}

/** Most characters of <style> content read for class rules (a real style block is a few KB). */
const MAX_STYLE_CHARS = 1 << 20;

const HTML_SPACES = /[\t\r\n]/g;

/** Text with HTML's tabs and line breaks as spaces, one for one (the offsets hold). */
function spaced(data: string): string {
  // EDGAR HTML has a line break between most tags: half its text nodes are one character.
  if (data.length === 1) {
    const c = data.charCodeAt(0);
    return c === 0x0a || c === 0x0d || c === 0x09 ? ' ' : data;
  }
  // Three builtin searches cost less than one regex test.
  return data.indexOf('\n') < 0 && data.indexOf('\r') < 0 && data.indexOf('\t') < 0 ? data : data.replace(HTML_SPACES, ' ');
}

/** Follows htmlparser2's events: what is hidden, where blocks break, EDGAR header tags. */
export class HtmlWalk {
  readonly parser: Parser;
  readonly visibility: Visibility;
  /** Set when the document went deeper than MAX_DEPTH and reading stopped. */
  tooDeep = false;
  /** The EDGAR <TYPE> of an EDGAR-wrapped document. */
  documentType: string | undefined;
  private depth = 0;
  /** Open elements whose content is never shown (HIDDEN_ELEMENTS), innermost last. */
  private hiddenStack: string[] = [];
  private pre = 0;
  private header: string | null = null;
  private styleText = '';

  private readonly observer: MarkupObserver | undefined;

  constructor(private readonly sink: VisibleTextSink, private readonly options: WalkOptions) {
    this.observer = options.observer;
    this.visibility = new Visibility(options.keepHidden);
    const parser = new (reads ? ReadingParser : Parser)(
      {
        onopentag: reads ? (name) => this.open(name, (parser as ReadingParser).read) : (name, attribs) => this.open(name, Attributes.from(attribs)),
        onclosetag: (name) => this.close(name),
        ontext: (data) => this.text(data),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true, Tokenizer: FastTokenizer },
    );
    this.parser = parser;
  }

  write(html: string): void {
    if (!this.tooDeep) this.parser.write(html);
  }

  end(): void {
    if (!this.tooDeep) this.parser.end();
  }

  private open(name: string, attribs: Attributes): void {
    const { sink, parser, visibility } = this;
    if (++this.depth > MAX_DEPTH) { this.stopDeep(); return; }
    this.observer?.open(name, attribs);
    const role = roleOf(name);
    const hidden = this.hiddenStack.length > 0;
    visibility.open(name, role, attribs, parser.startIndex, sink.length, hidden);
    if (role & HEADER && !visibility.concealing && !hidden) { this.header = name; return; }
    this.header = null; // an EDGAR header value ends where another tag starts
    if (role & HIDDEN) { this.hiddenStack.push(name); return; }
    if (hidden) return;
    if (visibility.concealing) {
      // Hidden cells and blocks are words apart in the message too.
      if (name === 'br' || role & (CELL | BLOCK)) visibility.addText(' ');
      return;
    }
    if (name === 'br') sink.addBreak('\n', parser.startIndex);
    else if (role & CELL) sink.addCell(parser.startIndex);
    else if (role & BLOCK) sink.addBreak('\n\n', parser.startIndex);
    if (name === 'pre') this.pre++;
  }

  /** Too deep: a certification is refused; a main document's cover has been read long before. */
  private stopDeep(): void {
    if (this.options.tooDeep === 'refuse') throw new InputError(`HTML nested more than ${MAX_DEPTH} elements deep`);
    // pause(): the rest of the chunk already written would otherwise still be parsed, deeper and deeper.
    this.tooDeep = true;
    this.parser.pause();
  }

  private close(name: string): void {
    this.depth--;
    this.observer?.close(name);
    const role = roleOf(name);
    this.header = null;
    this.visibility.close(name, this.parser.endIndex + 1);
    if (name === 'style' && this.styleText) { classRules(this.styleText, this.visibility.classes); this.styleText = ''; }
    if (role & HIDDEN) {
      const at = this.hiddenStack.lastIndexOf(name);
      if (at >= 0) this.hiddenStack.length = at;
      return;
    }
    if (this.hiddenStack.length || this.visibility.concealing) return;
    if (name === 'pre' && this.pre > 0) this.pre--;
    if (role & BLOCK) this.sink.addBreak('\n\n', this.parser.startIndex);
  }

  private text(data: string): void {
    this.observer?.text(data);
    if (this.hiddenStack.length) {
      // A <style> block's class rules decide what later elements hide (read when it closes).
      if (this.hiddenStack[this.hiddenStack.length - 1] === 'style' && this.styleText.length < MAX_STYLE_CHARS) this.styleText += data;
      return;
    }
    if (this.visibility.concealing) { this.visibility.addText(data); return; }
    let from = this.parser.startIndex;
    if (this.header) {
      const rest = this.headerValue(data);
      if (rest === null) return;
      from += data.length - rest.length;
      data = rest;
    }
    // In HTML a line break in the source is a space; only <pre> keeps it, and there a CR-only line
    // end is a line end too (CRLF keeps its LF) and a tab a space.
    const text = this.pre ? data.replace(/\r\n/g, ' \n').replace(/[\t\r]/g, (c) => (c === '\r' ? '\n' : ' '))
      : spaced(data);
    this.sink.addText(text, from, this.parser.endIndex + 1);
  }

  /** "<TYPE>EX-31.1\n": the value is the rest of the line, not text of the document. Returns the text after it, or null. */
  private headerValue(data: string): string | null {
    const nl = data.indexOf('\n');
    const value = (nl < 0 ? data : data.slice(0, nl)).trim();
    if (this.header === 'type' && value && !this.documentType) this.documentType = value.toUpperCase();
    if (nl < 0) return null;
    this.header = null;
    return data.length > nl + 1 ? data.slice(nl + 1) : null;
  }
}
