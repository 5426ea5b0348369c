// EDGAR HTML to text with a source offset for every character, leaving out what a reader does not
// see (kept in `hidden`). htmlparser2 reports each text run and each entity separately with its
// source range, so "&#146;" maps back to its six characters.
import { Parser } from 'htmlparser2';
import type { Extracted, HiddenText } from '../types.js';
import { InputError } from './errors.js';
import { concealment, declarations, paintsBackground, type Concealment } from './html-visibility.js';

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

class TextBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  length = 0;
  /** How many line breaks the text ends with (0, 1, 2), to avoid piling up breaks. */
  private breaks = 2;

  constructor(capacity: number) {
    // The text is never longer than its source, but for the breaks added at tags.
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  private grow(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    let size = this.starts.length * 2 + 16;
    while (size < need) size *= 2;
    const s = new Int32Array(size); s.set(this.starts); this.starts = s;
    const e = new Int32Array(size); e.set(this.ends); this.ends = e;
  }

  private push(text: string): void {
    this.parts.push(text);
    let t = 0;
    while (t < 2 && t < text.length && text.charCodeAt(text.length - 1 - t) === 0x0a) t++;
    this.breaks = t === text.length ? Math.min(2, this.breaks + t) : t;
  }

  /** Characters that map one to one onto source offsets from..from+text.length. */
  addMapped(text: string, from: number): void {
    this.grow(text.length);
    const s = this.starts;
    const e = this.ends;
    let at = this.length;
    for (let i = 0; i < text.length; i++, at++) { s[at] = from + i; e[at] = from + i + 1; }
    this.length = at;
    this.push(text);
  }

  /** Characters that all stand for the source range from..to (an entity). */
  addSpan(text: string, from: number, to: number): void {
    this.grow(text.length);
    for (let i = 0; i < text.length; i++) {
      this.starts[this.length] = from;
      this.ends[this.length] = to;
      this.length++;
    }
    this.push(text);
  }

  /** A line break ("\n") or paragraph break ("\n\n") at a source offset. */
  addBreak(kind: '\n' | '\n\n', at: number): void {
    const want = kind.length;
    if (this.breaks >= want) return;
    this.addSpan('\n'.repeat(want - this.breaks), at, at);
  }

  done(): { text: string; start: Int32Array; end: Int32Array } {
    return { text: this.parts.join(''), start: this.starts.subarray(0, this.length), end: this.ends.subarray(0, this.length) };
  }
}

const HTML_SPACE = /[\t\r\n]/;
const HTML_SPACES = /[\t\r\n]/g;

/** Deeper than any real document; htmlparser2's cost grows with the square of the depth. */
const MAX_DEPTH = 2000;

/** An open element: whether it paints a non-white background (it or an ancestor). */
interface Frame {
  name: string;
  onColor: boolean;
}

/** Text an element hides or strikes, collected until the element closes. */
interface Concealed extends Concealment {
  /** Index in `frames` of the element that conceals. */
  frame: number;
  from: number;
  at: number;
  text: string;
}

/** Text that says something (not a hidden spacer or a row of dots). */
const HAS_WORDS = /[\p{L}\p{N}]/u;

export function extractHtml(source: string): Extracted {
  const out = new TextBuilder(source.length + 1024);
  let depth = 0;
  let hidden = 0;
  let pre = 0;
  let header: string | null = null;
  let documentType: string | undefined;
  const hiddenStack: string[] = [];
  const frames: Frame[] = [];
  let concealed: Concealed | null = null;
  const hiddenText: HiddenText[] = [];
  const open = (name: string, attribs: Record<string, string>) => {
    const style = declarations(attribs.style);
    const onColor = (frames.length > 0 && frames[frames.length - 1].onColor) || paintsBackground(attribs, style);
    frames.push({ name, onColor });
    if (concealed || hidden) return;
    const c = concealment(name, attribs, style, onColor);
    if (c) concealed = { ...c, frame: frames.length - 1, from: parser.startIndex, at: out.length, text: '' };
  };
  const close = (name: string) => {
    let at = frames.length - 1;
    while (at >= 0 && frames[at].name !== name) at--;
    if (at < 0) return;
    frames.length = at;
    if (concealed && concealed.frame >= at) {
      const { kind, how, from, text } = concealed;
      if (HAS_WORDS.test(text)) hiddenText.push({ kind, how, text: text.replace(/\s+/g, ' ').trim(), from, to: parser.endIndex + 1, at: concealed.at });
      concealed = null;
    }
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++depth > MAX_DEPTH) throw new InputError(`HTML nested more than ${MAX_DEPTH} elements deep`);
        open(name, attribs);
        if (HEADER.has(name) && !concealed && !hidden) { header = name; return; }
        header = null; // an EDGAR header value ends where another tag starts
        if (HIDDEN.has(name)) { hidden++; hiddenStack.push(name); return; }
        if (hidden) return;
        if (concealed) {
          // Hidden cells and blocks are words apart in the message too.
          if (name === 'br' || name === 'td' || name === 'th' || BLOCK.has(name)) concealed.text += ' ';
          return;
        }
        if (name === 'br') out.addBreak('\n', parser.startIndex);
        else if (name === 'td' || name === 'th') out.addSpan(' ', parser.startIndex, parser.startIndex);
        else if (BLOCK.has(name)) out.addBreak('\n\n', parser.startIndex);
        if (name === 'pre') pre++;
      },
      onclosetag(name) {
        depth--;
        header = null;
        close(name);
        if (HIDDEN.has(name)) {
          const at = hiddenStack.lastIndexOf(name);
          if (at >= 0) { hiddenStack.length = at; hidden = at; }
          return;
        }
        if (hidden || concealed) return;
        if (name === 'pre' && pre > 0) pre--;
        if (BLOCK.has(name)) out.addBreak('\n\n', parser.startIndex);
      },
      ontext(data) {
        if (hidden) return;
        if (concealed) { concealed.text += data; return; }
        let from = parser.startIndex;
        const to = parser.endIndex + 1;
        if (header) {
          // "<TYPE>EX-31.1\n": the value is the rest of the line, not text of the document.
          const nl = data.indexOf('\n');
          const value = (nl < 0 ? data : data.slice(0, nl)).trim();
          if (header === 'type' && value && !documentType) documentType = value.toUpperCase();
          header = nl < 0 ? header : null;
          if (nl < 0) return;
          data = data.slice(nl + 1);
          from += nl + 1;
          if (!data) return;
        }
        // In HTML a line break in the source is a space; only <pre> keeps it.
        // In <pre> a CR-only line end is a line end too (CRLF keeps its LF); a tab is a space.
        const text = pre ? data.replace(/\r\n/g, ' \n').replace(/[\t\r]/g, (c) => (c === '\r' ? '\n' : ' ')) : HTML_SPACE.test(data) ? data.replace(HTML_SPACES, ' ') : data;
        if (to - from === text.length) out.addMapped(text, from);
        else out.addSpan(text, from, to);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  const { text, start, end } = out.done();
  return { kind: 'html', source, text, start, end, documentType, hidden: hiddenText };
}
