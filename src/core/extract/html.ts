// EDGAR HTML to text with a source offset for every character, leaving out what a reader does not
// see (kept in `hidden`). htmlparser2 reports each text run and each entity separately with its
// source range, so "&#146;" maps back to its six characters.
import { Parser } from 'htmlparser2';
import type { Extracted } from '../types.js';
import { InputError } from './errors.js';
import { classRules, Visibility } from './html-visibility.js';
import { TextBuilder } from './text-builder.js';

/** Elements that end a paragraph: a blank line in the text. */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'hr', 'blockquote',
  'section', 'article', 'header', 'footer', 'center', 'pre', 'dl', 'dt', 'dd', 'address', 'form',
  'body', 'html', 'page', 'document', 'text', 'caption', 'tbody', 'thead', 'tfoot',
]);
/** Elements whose content is never shown: scripts, styles, the head, inline XBRL's hidden header. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'ix:header', 'xml']);
/** EDGAR SGML header tags: their value runs to the end of the line. */
const HEADER = new Set(['type', 'sequence', 'filename', 'description']);

const HTML_SPACE = /[\t\r\n]/;
const HTML_SPACES = /[\t\r\n]/g;

/** Deeper than any real document; htmlparser2's cost grows with the square of the depth. */
const MAX_DEPTH = 2000;

/** One pass over an HTML document: htmlparser2's callbacks build the text. */
class HtmlReader {
  readonly out: TextBuilder;
  readonly parser: Parser;
  readonly visibility = new Visibility();
  private depth = 0;
  /** Open elements whose content is never shown (HIDDEN), innermost last. */
  private hiddenStack: string[] = [];
  private pre = 0;
  private header: string | null = null;
  private styleText = '';
  documentType: string | undefined;

  constructor(source: string) {
    this.out = new TextBuilder(source.length + 1024);
    this.parser = new Parser(
      {
        onopentag: (name, attribs) => this.open(name, attribs),
        onclosetag: (name) => this.close(name),
        ontext: (data) => this.text(data),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
    );
  }

  private open(name: string, attribs: Record<string, string>): void {
    const { out, parser, visibility } = this;
    if (++this.depth > MAX_DEPTH) throw new InputError(`HTML nested more than ${MAX_DEPTH} elements deep`);
    const hidden = this.hiddenStack.length > 0;
    visibility.open(name, attribs, parser.startIndex, out.length, hidden);
    if (HEADER.has(name) && !visibility.concealing && !hidden) { this.header = name; return; }
    this.header = null; // an EDGAR header value ends where another tag starts
    if (HIDDEN.has(name)) { this.hiddenStack.push(name); return; }
    if (hidden) return;
    if (visibility.concealing) {
      // Hidden cells and blocks are words apart in the message too.
      if (name === 'br' || name === 'td' || name === 'th' || BLOCK.has(name)) visibility.addText(' ');
      return;
    }
    if (name === 'br') out.addBreak('\n', parser.startIndex);
    else if (name === 'td' || name === 'th') out.addSpan(' ', parser.startIndex, parser.startIndex);
    else if (BLOCK.has(name)) out.addBreak('\n\n', parser.startIndex);
    if (name === 'pre') this.pre++;
  }

  private close(name: string): void {
    this.depth--;
    this.header = null;
    this.visibility.close(name, this.parser.endIndex + 1);
    if (name === 'style' && this.styleText) { classRules(this.styleText, this.visibility.classes); this.styleText = ''; }
    if (HIDDEN.has(name)) {
      const at = this.hiddenStack.lastIndexOf(name);
      if (at >= 0) this.hiddenStack.length = at;
      return;
    }
    if (this.hiddenStack.length || this.visibility.concealing) return;
    if (name === 'pre' && this.pre > 0) this.pre--;
    if (BLOCK.has(name)) this.out.addBreak('\n\n', this.parser.startIndex);
  }

  private text(data: string): void {
    if (this.hiddenStack.length) {
      // A <style> block's class rules decide what later elements hide (read when it closes).
      if (this.hiddenStack[this.hiddenStack.length - 1] === 'style') this.styleText += data;
      return;
    }
    if (this.visibility.concealing) { this.visibility.addText(data); return; }
    let from = this.parser.startIndex;
    const to = this.parser.endIndex + 1;
    if (this.header) {
      // "<TYPE>EX-31.1\n": the value is the rest of the line, not text of the document.
      const nl = data.indexOf('\n');
      const value = (nl < 0 ? data : data.slice(0, nl)).trim();
      if (this.header === 'type' && value && !this.documentType) this.documentType = value.toUpperCase();
      if (nl < 0) return;
      this.header = null;
      data = data.slice(nl + 1);
      from += nl + 1;
      if (!data) return;
    }
    // In HTML a line break in the source is a space; only <pre> keeps it, and there a CR-only line
    // end is a line end too (CRLF keeps its LF) and a tab a space.
    const text = this.pre ? data.replace(/\r\n/g, ' \n').replace(/[\t\r]/g, (c) => (c === '\r' ? '\n' : ' '))
      : HTML_SPACE.test(data) ? data.replace(HTML_SPACES, ' ') : data;
    if (to - from === text.length) this.out.addMapped(text, from);
    else this.out.addSpan(text, from, to);
  }
}

/** HTML (EDGAR HTML included) as Extracted: the visible text, each character mapped to its source range. */
export function extractHtml(source: string): Extracted {
  const reader = new HtmlReader(source);
  reader.parser.write(source);
  reader.parser.end();
  const { text, start, end } = reader.out.done();
  return { kind: 'html', source, text, start, end, documentType: reader.documentType, hidden: reader.visibility.found };
}
