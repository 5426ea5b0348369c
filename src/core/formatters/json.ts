// The JSON output: an array of results, the shape CI scripts read (see README "JSON output"). A file
// that could not be read holds one fatal message, as ESLint reports one it could not parse.
// Printed element by element (stream.ts), byte for byte what JSON.stringify(array, null, 2) gives.
import type { LintResult } from '../types.js';
import { fatalMessage } from './fatal.js';
import { joined, wholeOutput, type PieceStream } from './stream.js';

function entry(r: LintResult) {
  return {
    filePath: r.filePath,
    certifications: r.certifications,
    messages: r.fatal !== undefined ? [fatalMessage(r.fatal)] : r.messages,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
  };
}

/** The results as the elements of the JSON array, joined by ",\n" (the array's text without "[\n" and "\n]"):
 * one JSON.stringify for a run of results, rather than one per result and its lines indented after. */
function elements(results: readonly LintResult[]): string {
  if (results.length === 0) return '';
  const entries: ReturnType<typeof entry>[] = new Array(results.length);
  for (let k = 0; k < results.length; k++) entries[k] = entry(results[k]);
  return JSON.stringify(entries, null, 2).slice(2, -2);
}

export function piecesJson(): PieceStream {
  let count = 0;
  return {
    piece: (r) => elements([r]),
    pieces: elements,
    between: ',\n',
    lead: () => (count++ === 0 ? '[\n' : ',\n'),
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
}

export const streamJson = joined(piecesJson);

export const formatJson: (results: LintResult[]) => string = (results) => wholeOutput(streamJson)(results, { color: false });
