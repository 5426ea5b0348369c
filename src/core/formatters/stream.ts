// A formatter that can print each result as it comes: its text for one result, then a closing text
// once all are in. The whole-array formatter is the same stream run over an array, so a run printed
// as it goes and one printed at the end are the same bytes. Results in their thousands (a year of
// EDGAR exhibits) are then never all held in memory at once.
//
// Each stream is made of two halves: the text of one result on its own (`piece`, a pure function, so
// a worker thread can make it beside the lint and hand back text instead of the result), and what
// goes before that text in the run (`lead`: separators, running counts), made in order from the
// result's counts (its Tally). Tallies add up, and pieces join with `between`, so a run of results
// (a worker's batch) is placed as one text with one lead: the same bytes as result by result.
import type { LintResult } from '../types.js';
import type { FormatOptions } from './options.js';

/** One run's output, built result by result. */
export interface OutputStream {
  /** The text for the next result, in order. */
  result(r: LintResult): string;
  /** The text after the last result. */
  end(): string;
}

/** Starts one run's stream. */
export type StreamFormatter = (options: FormatOptions) => OutputStream;

/** What a stream's running state needs of one result or a run of them (messages as shown: under --quiet, errors only). */
export interface Tally {
  files: number;
  /** Files that could not be read (fatal results); the counts below are the other files'. */
  fatal: number;
  certifications: number;
  errors: number;
  warnings: number;
  /** Warnings among the messages shown. */
  shownWarnings: number;
}

export function tallyOf(r: LintResult): Tally {
  if (r.fatal !== undefined) return { files: 1, fatal: 1, certifications: 0, errors: 0, warnings: 0, shownWarnings: 0 };
  let shownWarnings = 0;
  for (const m of r.messages) if (m.severity === 1) shownWarnings++;
  return { files: 1, fatal: 0, certifications: r.certifications.length, errors: r.errorCount, warnings: r.warningCount, shownWarnings };
}

/** Adds `t` into `sum`. */
export function addTally(sum: Tally, t: Tally): void {
  sum.files += t.files;
  sum.fatal += t.fatal;
  sum.certifications += t.certifications;
  sum.errors += t.errors;
  sum.warnings += t.warnings;
  sum.shownWarnings += t.shownWarnings;
}

/** A stream in its two halves. */
export interface PieceStream {
  /** The text of one result on its own; depends on nothing else in the run. */
  piece(r: LintResult): string;
  /** Between the pieces of two results that follow one another. */
  between: string;
  /** The pieces of consecutive results joined by `between`, when the stream makes them faster at once. */
  pieces?(results: readonly LintResult[]): string;
  /** What goes before the next text in the run: one piece, or a run's pieces joined by `between`
   * (`empty`: that text is ''; `tally`: its results' counts). Called in order. */
  lead(tally: Tally, empty: boolean): string;
  end(): string;
}

/** The pieces of consecutive results joined by `between` (a worker's batch): what `place` takes for a run. */
export function joinedPieces(stream: PieceStream, results: readonly LintResult[]): string {
  if (stream.pieces) return stream.pieces(results);
  const pieces: string[] = new Array(results.length);
  for (let k = 0; k < results.length; k++) pieces[k] = stream.piece(results[k]);
  return pieces.join(stream.between);
}

/** A piece (or a run's joined pieces) where it goes in the run. */
export function place(stream: PieceStream, piece: string, tally: Tally): string {
  return stream.lead(tally, piece === '') + piece;
}

export type PieceFormatter = (options: FormatOptions) => PieceStream;

/** The stream a pair of halves makes. */
export function joined(pieces: PieceFormatter): StreamFormatter {
  return (options) => {
    const p = pieces(options);
    return { result: (r) => place(p, p.piece(r), tallyOf(r)), end: () => p.end() };
  };
}

/** The whole-array formatter a stream formatter stands for. */
export function wholeOutput(stream: StreamFormatter): (results: LintResult[], options: FormatOptions) => string {
  return (results, options) => {
    const s = stream(options);
    let out = '';
    for (const r of results) out += s.result(r);
    return out + s.end();
  };
}
