// Offsets in a text to 1-based line and column.
import type { Position } from './types.js';

/** Offset where each line starts (after LF, CRLF, or a lone CR as old Mac files have). */
export function lineStarts(source: string): number[] {
  const starts = [0];
  if (source.indexOf('\r') < 0) {
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** Line and column of an offset, given the line starts (binary search). */
export function positionAt(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
