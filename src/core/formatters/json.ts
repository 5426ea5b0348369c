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

export function piecesJson(): PieceStream {
  let count = 0;
  return {
    // An array element is indented one level deeper; JSON text holds no raw line breaks but its own.
    piece: (r) => `  ${JSON.stringify(entry(r), null, 2).replace(/\n/g, '\n  ')}`,
    between: ',\n',
    lead: () => (count++ === 0 ? '[\n' : ',\n'),
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
}

export const streamJson = joined(piecesJson);

export const formatJson: (results: LintResult[]) => string = (results) => wholeOutput(streamJson)(results, { color: false });
