// Offsets in a text to 1-based line and column.
import type { Position } from './types.js';

/**
 * Lines of a text, found only as far as positions are asked: a lint mostly asks for a
 * certification's first line, near the top, and finding every line of the file cost ~1.5% of a text
 * lint. A line ends at LF, CRLF, or a lone CR as old Mac files have.
 */
export class LineIndex {
  /** Offsets where lines start: every one at or before `scanned`. */
  private readonly starts = [0];
  /** Characters read for line breaks so far. */
  private scanned = 0;
  private readonly hasCr: boolean;

  constructor(private readonly source: string) {
    this.hasCr = source.indexOf('\r') >= 0;
  }

  /** Line and column of an offset. */
  position(offset: number): Position {
    if (offset > this.scanned) this.scan(offset);
    return positionAt(this.starts, offset);
  }

  /** Reads the line breaks before `to`. */
  private scan(to: number): void {
    const s = this.source;
    const end = Math.min(to, s.length);
    if (!this.hasCr) {
      for (let i = s.indexOf('\n', this.scanned); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) this.starts.push(i + 1);
    } else {
      for (let i = this.scanned; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x0a || (c === 0x0d && s.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
      }
    }
    if (end > this.scanned) this.scanned = end;
  }
}

/** Line and column of an offset, given the line starts up to it (binary search). */
function positionAt(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
