// A formatter that can print each result as it comes: its text for one result, then a closing text
// once all are in. The whole-array formatter is the same stream run over an array, so a run printed
// as it goes and one printed at the end are the same bytes. Results in their thousands (a year of
// EDGAR exhibits) are then never all held in memory at once.
//
// Each stream is made of two halves: the text of one result on its own (`piece`, a pure function, so
// a worker thread can make it beside the lint and hand back a string instead of the result), and
// that text's place in the run (`place`: separators, running counts), made in order from the piece
// and the result's counts (its Tally).
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

/** What a stream's running state needs of one result (its messages as shown: under --quiet, errors only). */
export interface Tally {
  certifications: number;
  /** The file could not be read. */
  fatal: boolean;
  errors: number;
  warnings: number;
  /** Warnings among the messages shown. */
  shownWarnings: number;
}

export function tallyOf(r: LintResult): Tally {
  let shownWarnings = 0;
  for (const m of r.messages) if (m.severity === 1) shownWarnings++;
  return { certifications: r.certifications.length, fatal: r.fatal !== undefined, errors: r.errorCount, warnings: r.warningCount, shownWarnings };
}

/** A stream in its two halves. */
export interface PieceStream {
  /** The text of one result on its own; depends on nothing else in the run. */
  piece(r: LintResult): string;
  /** That text where it goes in the run (called in order). */
  place(piece: string, tally: Tally): string;
  end(): string;
}

export type PieceFormatter = (options: FormatOptions) => PieceStream;

/** The stream a pair of halves makes. */
export function joined(pieces: PieceFormatter): StreamFormatter {
  return (options) => {
    const p = pieces(options);
    return { result: (r) => p.place(p.piece(r), tallyOf(r)), end: () => p.end() };
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
