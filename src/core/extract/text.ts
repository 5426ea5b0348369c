// Plain text: every character is its own source position.
import type { Extracted } from '../types.js';

export function extractText(source: string): Extracted {
  const n = source.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) { start[i] = i; end[i] = i + 1; }
  return { kind: 'text', source, text: source, start, end, notices: [] };
}
