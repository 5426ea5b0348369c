import type { LintResult } from '../types.js';
import { formatGithub, piecesGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson, piecesJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FormatOptions } from './options.js';
import { formatSarif } from './sarif.js';
import type { PieceFormatter } from './stream.js';
import { formatStylish, piecesStylish } from './stylish.js';

/** A formatter: a pure function from results to the text to print or write. */
export type Formatter = (results: LintResult[], options: FormatOptions) => string;

/** The formatters by name, as --format takes them. */
export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: (results) => formatJson(results),
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  html: (results, options) => formatHtml(results, { ruleDocs: options.ruleDocs }),
};

/** The formatters that can print each result as it comes (the same bytes as `formatters`' at the end),
 * in their two halves (stream.ts): a result's own text, and its place in the run. */
export const pieceFormatters: Record<string, PieceFormatter> = {
  stylish: piecesStylish,
  json: piecesJson,
  github: piecesGithub,
};

export { addTally, joinedPieces, place, tallyOf } from './stream.js';
export type { OutputStream, PieceFormatter, PieceStream, StreamFormatter, Tally } from './stream.js';
export type { FormatOptions, RuleDescription, ToolInfo } from './options.js';
