// htmlparser2's Tokenizer reads a character at a time: per character a state switch and a call,
// about a hundred instructions, though in text, quoted attribute values and names nearly every
// character changes nothing but the position. This subclass (the Parser's documented `Tokenizer`
// option) moves past a run of such characters at once and hands the one that ends it to the
// original state function: the same events at the same offsets, in a third of the time.
//
// The state functions and fields it uses are private in htmlparser2's types, so they are checked
// at load: if a version renames them, the original Tokenizer is used (test/html-tokenizer.test.ts
// fails, so the loss is seen).
import { Tokenizer } from 'htmlparser2';

/** The Tokenizer's private members read and written here. */
interface Internals {
  buffer: string;
  index: number;
  offset: number;
}

/** The skipping tokenizer's own fields (SkippingTokenizer). */
interface Scanning extends Internals {
  ltFrom: number;
  ltAt: number;
  ampFrom: number;
  ampAt: number;
}

/** The Tokenizer's private members an entity's events are made with. */
interface Entities extends Internals {
  decodeEntities: boolean;
  xmlMode: boolean;
  sectionStart: number;
  cbs: { ontext(start: number, endIndex: number): void; ontextentity(cp: number, endIndex: number): void };
}

type StateFunction = (this: Internals, c: number, quote: number) => void;

const LT = 0x3c;
const AMP = 0x26;
const EQ = 0x3d;

/** `/`, `>` or HTML whitespace: where a tag or attribute name ends. */
function endsName(c: number): boolean {
  return c === 0x2f || c === 0x3e || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

const original = Tokenizer.prototype as unknown as Record<string, StateFunction | undefined>;
const text = original.stateText as StateFunction;
const attributeValue = original.handleInAttributeValue as StateFunction;
const tagName = original.stateInTagName as StateFunction;
const closingTagName = original.stateInClosingTagName as StateFunction;
const attributeName = original.stateInAttributeName as StateFunction;

// Each: the characters its state acts on go to the original; on any other it skips ahead to just
// before the next one it acts on (or the buffer's end), where the parse loop's step lands.
// Written out one by one: a shared loop calling a predicate is several times slower.
const OVERRIDES: Record<string, StateFunction> = {
  stateText(c) {
    if (c === AMP && nbsp(this as Entities)) return;
    if (c === LT || c === AMP) return text.call(this, c, 0);
    this.index = this.offset + textEnd(this as Scanning, this.index - this.offset + 1) - 1;
  },
  handleInAttributeValue(c, quote) {
    if (c === quote || c === AMP) return attributeValue.call(this, c, quote);
    const b = this.buffer;
    let i = this.index - this.offset + 1;
    for (let d; i < b.length && (d = b.charCodeAt(i)) !== quote && d !== AMP;) i++;
    this.index = this.offset + i - 1;
  },
  stateInTagName(c) {
    if (endsName(c)) return tagName.call(this, c, 0);
    this.index = this.offset + nameEnd(this.buffer, this.index - this.offset + 1, false) - 1;
  },
  stateInClosingTagName(c) {
    if (endsName(c)) return closingTagName.call(this, c, 0);
    this.index = this.offset + nameEnd(this.buffer, this.index - this.offset + 1, false) - 1;
  },
  stateInAttributeName(c) {
    if (c === EQ || endsName(c)) return attributeName.call(this, c, 0);
    this.index = this.offset + nameEnd(this.buffer, this.index - this.offset + 1, true) - 1;
  },
};

/** `&nbsp;` in text, whole in the buffer (EDGAR's commonest entity): as the entity decoder's emitCodePoint gives it, without the decoder. */
function nbsp(t: Entities): boolean {
  if (!t.decodeEntities || t.xmlMode || !t.buffer.startsWith('&nbsp;', t.index - t.offset)) return false;
  if (t.sectionStart < t.index) t.cbs.ontext(t.sectionStart, t.index);
  t.sectionStart = t.index + 6;
  t.index = t.sectionStart - 1;
  t.cbs.ontextentity(0xa0, t.sectionStart);
  return true;
}

/** Where text from `i` ends in the buffer: at the next `<` or `&`, or the buffer's end. */
function textEnd(t: Scanning, i: number): number {
  const b = t.buffer;
  if (i >= b.length) return b.length;
  // Half of EDGAR's text runs are the line break between two tags: no search for those.
  const d = b.charCodeAt(i);
  if (d === LT || d === AMP) return i;
  // A long run: the builtin search, remembered until passed (a text run often has no `&`).
  if (!(t.ltFrom <= i && i <= t.ltAt)) { t.ltFrom = i; t.ltAt = indexIn(b, '<', i); }
  if (!(t.ampFrom <= i && i <= t.ampAt)) { t.ampFrom = i; t.ampAt = indexIn(b, '&', i); }
  return Math.min(t.ltAt, t.ampAt);
}

function indexIn(b: string, c: string, i: number): number {
  const at = b.indexOf(c, i);
  return at < 0 ? b.length : at;
}

/** Where a name from `i` ends in `b`: at `/`, `>`, whitespace, `=` (an attribute's name), or the end. */
function nameEnd(b: string, i: number, attribute: boolean): number {
  for (let c; i < b.length; i++) if (endsName(c = b.charCodeAt(i)) || (attribute && c === EQ)) break;
  return i;
}

/** Whether this version of htmlparser2 has the members the skipping tokenizer relies on. */
function fits(): boolean {
  if (!Object.keys(OVERRIDES).every((name) => typeof original[name] === 'function')) return false;
  const probe = new Tokenizer({}, {} as ConstructorParameters<typeof Tokenizer>[1]) as unknown as Internals;
  const entities = probe as unknown as Entities;
  return typeof probe.buffer === 'string' && typeof probe.index === 'number' && typeof probe.offset === 'number'
    && typeof entities.decodeEntities === 'boolean' && typeof entities.xmlMode === 'boolean' && typeof entities.sectionStart === 'number'
    && typeof original.emitCodePoint === 'function';
}

class SkippingTokenizer extends Tokenizer {
  // The next `<` and `&` in the buffer as last searched for from ltFrom and ampFrom (buffer.length: none).
  ltFrom = 0;
  ltAt = -1;
  ampFrom = 0;
  ampAt = -1;

  override write(chunk: string): void {
    this.ltAt = this.ampAt = -1; // positions in the last buffer
    super.write(chunk);
  }
}

/** True when the skipping tokenizer is in use (false: htmlparser2's own, after a change in its internals). */
export const skips = fits();
if (skips) Object.assign(SkippingTokenizer.prototype, OVERRIDES);

/** The Tokenizer for htmlparser2's Parser (its `Tokenizer` option). */
export const FastTokenizer: typeof Tokenizer = skips ? SkippingTokenizer : Tokenizer;
