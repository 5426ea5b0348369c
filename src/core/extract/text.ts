// Plain text: every character is its own source position.
import { identityIndexes } from '../identity.js';
import type { Extracted } from '../types.js';

/** Plain text as Extracted: every character its own source position. */
export function extractText(source: string): Extracted {
  const n = source.length;
  const ids = identityIndexes(n + 1);
  return { kind: 'text', source, text: source, start: ids.subarray(0, n), end: ids.subarray(1, n + 1) };
}
