// A result turned into what the run keeps of it: each streamed output's text for it (the formatters'
// `piece`, stream.ts) and its counts (a Tally, and its rules for --stats). A pool worker hands this
// back instead of the result: a few strings to copy between threads rather than a tree of objects
// to copy and then format in the CLI's one thread, which every worker's results go through.
import { pieceFormatters, tallyOf, type Tally } from '../core/formatters/index.js';
import { relinked } from '../core/messages.js';
import type { LintResult } from '../core/types.js';

/** What the streamed outputs need to render a result anywhere (plain data: it goes to workers). */
export interface RenderSpec {
  outputs: { format: string; color: boolean }[];
  /** --quiet: the outputs list errors only (counts keep the warnings). */
  quiet: boolean;
}

/** [`"SOXnnn rule-name"`, severity] for each message of a result, as --stats counts them. */
export type RuleCount = [string, 1 | 2];

export interface Rendered {
  /** One text per output of the spec, in its order. */
  pieces: string[];
  tally: Tally;
  rules: RuleCount[];
}

/** The renderer of a spec (a stream's `piece` is pure: any instance of it gives the same text). */
export function renderer(spec: RenderSpec): (r: LintResult) => Rendered {
  const streams = spec.outputs.map((o) => pieceFormatters[o.format]({ color: o.color }));
  return (r) => {
    const shown = spec.quiet ? errorsOnly(r) : r;
    return { pieces: streams.map((s) => s.piece(shown)), tally: tallyOf(shown), rules: rulesOf(r) };
  };
}

export function rulesOf(r: LintResult): RuleCount[] {
  return r.messages.map((m) => [`${m.ruleId} ${m.ruleName}`, m.severity]);
}

/** --quiet lists errors only; the warnings stay counted, so the summary and --max-warnings agree. */
export function errorsOnly(r: LintResult): LintResult {
  const messages = r.messages.filter((m) => m.severity === 2);
  return { ...r, messages, ...(r.redlines ? { redlines: relinked(r.redlines, r.messages, messages) } : {}) };
}
