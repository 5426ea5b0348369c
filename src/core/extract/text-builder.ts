// Text with a source range for every character, built piece by piece by the HTML reader.
import type { VisibleTextSink } from './html-walk.js';

/** How many line breaks (0, 1, 2) text ends with, given how many came before it (text may be only breaks). */
export function breaksAfter(before: number, text: string): number {
  let t = 0;
  while (t < 2 && t < text.length && text.charCodeAt(text.length - 1 - t) === 0x0a) t++;
  return t === text.length ? Math.min(2, before + t) : t;
}

export class TextBuilder implements VisibleTextSink {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  length = 0;
  /** How many line breaks the text ends with (0, 1, 2), to avoid piling up breaks. */
  private breaks = 2;

  /** `capacity`: a first guess at the text's length (it grows as needed). */
  constructor(capacity: number) {
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
    this.breaks = breaksAfter(this.breaks, text);
  }

  /** Text standing for source offsets from..to: one to one when as long, else all of it for the range (an entity). */
  addText(text: string, from: number, to: number): void {
    if (to - from === text.length) this.addMapped(text, from);
    else this.addSpan(text, from, to);
  }

  addCell(at: number): void {
    this.addSpan(' ', at, at);
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
