// htmlparser2's Parser, reading only what the HTML reader uses. Two of its costs per tag are work
// the reader throws away: each tag name is cut from the source and lower-cased into a fresh string
// that every later Set lookup hashes again, and each attribute is stored in an object of its own
// shape (the reader reads six). Here a known tag name comes back as one shared string, and the six
// attributes go into one fixed-shape record; the rest (implied closes, void elements, foreign
// content, offsets) is the Parser's own.
//
// readTagName and the fields read here are private in htmlparser2's types, so they are checked at
// load: if a version renames them, htmlparser2's Parser is used (test/html-parser.test.ts fails).
import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS, CELL_ELEMENTS, EDGAR_HEADER_TAGS, HIDDEN_ELEMENTS, STRUCK_ELEMENTS } from './html-elements.js';

/** The attributes the HTML reader reads (first of each name wins, as in the Parser). */
export class Attributes {
  style: string | undefined = undefined;
  class: string | undefined = undefined;
  bgcolor: string | undefined = undefined;
  hidden: string | undefined = undefined;
  color: string | undefined = undefined;
  name: string | undefined = undefined;

  /** The record of a Parser's attributes object (when htmlparser2's own Parser is in use). */
  static from(attribs: Record<string, string>): Attributes {
    const read = new Attributes();
    for (const name in attribs) read.take(name, attribs[name]);
    return read;
  }

  /** Empties the record for the next tag. */
  clear(): void {
    this.style = this.class = this.bgcolor = this.hidden = this.color = this.name = undefined;
  }

  /** Keeps the value when the name is one read and not yet set. */
  take(name: string, value: string): void {
    switch (name) {
      case 'style': this.style ??= value; break;
      case 'class': this.class ??= value; break;
      case 'bgcolor': this.bgcolor ??= value; break;
      case 'hidden': this.hidden ??= value; break;
      case 'color': this.color ??= value; break;
      case 'name': this.name ??= value; break;
    }
  }
}

/** An element without attributes (the Parser's implied opens); never written to. */
const NONE = new Attributes();
/** The names of the attributes read: the record's fields. */
const READ: readonly string[] = Object.keys(NONE);

/** The attribute name at from..to in `b` when it is one read (ASCII case folded, as the Parser's toLowerCase), else "". */
function readName(b: string, from: number, to: number): string {
  const n = to - from;
  for (const name of READ) {
    if (name.length !== n) continue;
    let i = 0;
    // `| 0x20` folds exactly A-Z onto a-z where the other side is a lower-case letter; of the other
    // characters toLowerCase() maps onto ASCII, only the Kelvin sign (k) does, and no name read has a k.
    // "Exactly" is checked against the Parser's toLowerCase by test/html-parser.test.ts.
    while (i < n && (b.charCodeAt(from + i) | 0x20) === name.charCodeAt(i)) i++;
    if (i === n) return name;
  }
  return '';
}

/** The Parser's private members read here. */
interface Internals {
  attribname: string;
  attribvalue: string;
  buffers: string[];
  bufferOffset: number;
  foreignContext: unknown[];
  readTagName(start: number, endIndex: number): string;
}

/** Tag names of up to five letters or digits as a number (base 37, case folded), or -1. */
function nameKey(s: string, from: number, to: number): number {
  if (to - from > 5 || to <= from) return -1;
  let key = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 0x61 && c <= 0x7a ? c - 0x56 : c >= 0x41 && c <= 0x5a ? c - 0x36 : c >= 0x30 && c <= 0x39 ? c - 0x2f : -1;
    if (d < 0) return -1;
    key = key * 37 + d;
  }
  return key;
}

/** Common EDGAR tags with the lists the reader looks names up in. */
const COMMON = ['span', 'font', 'b', 'i', 'u', 'a', 'br', 'img', 'sup', 'sub', 'em', 'small', 'big', 'meta', 'link', 'hr', 'col'];
const KNOWN = new Map<number, string>();
for (const name of [...COMMON, ...BLOCK_ELEMENTS, ...CELL_ELEMENTS, ...HIDDEN_ELEMENTS, ...STRUCK_ELEMENTS, ...EDGAR_HEADER_TAGS]) {
  const key = nameKey(name, 0, name.length);
  if (key >= 0) KNOWN.set(key, name);
}

const plain = Parser.prototype as unknown as Internals;

/** The Parser with shared tag names and the attributes of each open tag read into one record (`read`). */
export class ReadingParser extends Parser {
  /** The attributes of the tag last opened: valid until the next tag (nothing keeps them longer). */
  read: Attributes = NONE;
  private readonly record = new Attributes();
  /** The name isVoidElement last answered for: the Parser asks up to three times per tag. */
  private voidName = '';
  private voidIs = false;

  override onopentagname(start: number, endIndex: number): void {
    this.record.clear();
    this.read = this.record;
    super.onopentagname(start, endIndex);
  }

  override isVoidElement(name: string): boolean {
    if (name !== this.voidName) {
      this.voidName = name;
      this.voidIs = super.isVoidElement(name);
    }
    return this.voidIs;
  }

  override onclosetag(start: number, endIndex: number): void {
    this.read = NONE; // `</p>` and `</br>` open an element without attributes
    super.onclosetag(start, endIndex);
  }

  // A name in the current buffer is matched there: no slice, no lower-casing; one not read is "".
  override onattribname(start: number, endIndex: number): void {
    const self = this as unknown as Internals;
    const b = self.buffers[0];
    const from = start - self.bufferOffset;
    if (from < 0 || endIndex - self.bufferOffset > b.length) { super.onattribname(start, endIndex); return; }
    this.startIndex = start;
    self.attribname = readName(b, from, endIndex - self.bufferOffset);
  }

  // The value of an attribute not read is not collected.
  override onattribdata(start: number, endIndex: number): void {
    if ((this as unknown as Internals).attribname !== '') super.onattribdata(start, endIndex);
  }

  override onattribentity(cp: number): void {
    if ((this as unknown as Internals).attribname !== '') super.onattribentity(cp);
  }

  // As the Parser's, but into `read` only: the Parser's own attributes object stays empty, unread.
  override onattribend(_quote: unknown, endIndex: number): void {
    const self = this as unknown as Internals;
    this.endIndex = endIndex;
    this.read.take(self.attribname, self.attribvalue);
    self.attribvalue = '';
  }
}

/** A known name outside foreign content, read from the current buffer: no slice, no lower-casing. */
function readTagName(this: Internals, start: number, endIndex: number): string {
  const b = this.buffers[0];
  const from = start - this.bufferOffset;
  if (this.foreignContext.length === 1 && from >= 0 && endIndex - this.bufferOffset <= b.length) {
    const name = KNOWN.get(nameKey(b, from, endIndex - this.bufferOffset));
    if (name !== undefined) return name;
  }
  return plain.readTagName.call(this, start, endIndex);
}

/** Whether this version of htmlparser2 has the members relied on here. */
function fits(): boolean {
  if (typeof plain.readTagName !== 'function') return false;
  const probe = new Parser({}) as unknown as Internals;
  return typeof probe.attribname === 'string' && typeof probe.attribvalue === 'string' && Array.isArray(probe.buffers)
    && typeof probe.bufferOffset === 'number' && Array.isArray(probe.foreignContext);
}

/** True when ReadingParser is in use (false: htmlparser2's Parser, after a change in its internals). */
export const reads = fits();
if (reads) Object.assign(ReadingParser.prototype, { readTagName });
