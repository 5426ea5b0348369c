// A formatter that can print each result as it comes: its text for one result, then a closing text
// once all are in. The whole-array formatter is the same stream run over an array, so a run printed
// as it goes and one printed at the end are the same bytes. Results in their thousands (a year of
// EDGAR exhibits) are then never all held in memory at once.
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

/** The whole-array formatter a stream formatter stands for. */
export function wholeOutput(stream: StreamFormatter): (results: LintResult[], options: FormatOptions) => string {
  return (results, options) => {
    const s = stream(options);
    let out = '';
    for (const r of results) out += s.result(r);
    return out + s.end();
  };
}
