// Text with a source range for every character, built piece by piece by the HTML reader.
import type { VisibleTextSink } from './html-walk.js';

/** How many line breaks (0, 1, 2) text ends with, given how many came before it (text may be only breaks). */
export function breaksAfter(before: number, text: string): number {
  let t = 0;
  while (t < 2 && t < text.length && text.charCodeAt(text.length - 1 - t) === 0x0a) t++;
  return t === text.length ? Math.min(2, before + t) : t;
}

/** A run's `to` when its characters map one to one onto the source (no source offset is negative). */
const MAPPED = -1;

export class TextBuilder implements VisibleTextSink {
  private parts: string[] = [];
  /** Per piece of text: its length, its source offset `from`, and `to` (or MAPPED). */
  private runs: number[] = [];
  length = 0;
  /** How many line breaks the text ends with (0, 1, 2), to avoid piling up breaks. */
  private breaks = 2;

  private push(text: string, from: number, to: number): void {
    const n = text.length;
    if (n === 0) return;
    this.parts.push(text);
    this.runs.push(n, from, to);
    this.length += n;
    this.breaks = text.charCodeAt(n - 1) === 0x0a ? breaksAfter(this.breaks, text) : 0;
  }

  /** Text standing for source offsets from..to: one to one when as long, else all of it for the range (an entity). */
  addText(text: string, from: number, to: number): void {
    this.push(text, from, to - from === text.length ? MAPPED : to);
  }

  addCell(at: number): void {
    this.push(' ', at, at);
  }

  /** A line break ("\n") or paragraph break ("\n\n") at a source offset. */
  addBreak(kind: '\n' | '\n\n', at: number): void {
    const want = kind.length;
    if (this.breaks >= want) return;
    this.push(want - this.breaks === 2 ? '\n\n' : '\n', at, at);
  }

  /** The text and each character's source range, laid out once at the end (its length is known only then). */
  done(): { text: string; start: Int32Array; end: Int32Array } {
    const start = new Int32Array(this.length);
    const end = new Int32Array(this.length);
    const runs = this.runs;
    let at = 0;
    for (let r = 0; r < runs.length; r += 3) {
      const n = runs[r];
      const from = runs[r + 1];
      const to = runs[r + 2];
      if (to === MAPPED) for (let i = 0; i < n; i++, at++) { start[at] = from + i; end[at] = from + i + 1; }
      else for (let i = 0; i < n; i++, at++) { start[at] = from; end[at] = to; }
    }
    return { text: this.parts.join(''), start, end };
  }
}
