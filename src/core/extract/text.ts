// Plain text: every character is its own source position.
import type { Extracted } from '../types.js';

// One shared 0, 1, 2, ... array: plain text needs no map of its own, only views of this one.
let identity = new Int32Array(0);

function counting(n: number): Int32Array {
  if (identity.length < n) {
    const size = Math.max(n, identity.length * 2, 65536);
    identity = new Int32Array(size);
    for (let i = 0; i < size; i++) identity[i] = i;
  }
  return identity;
}

export function extractText(source: string): Extracted {
  const n = source.length;
  const ids = counting(n + 1);
  return { kind: 'text', source, text: source, start: ids.subarray(0, n), end: ids.subarray(1, n + 1) };
}
