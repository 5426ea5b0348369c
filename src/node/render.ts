// A result turned into what the run keeps of it: each streamed output's text for it (the formatters'
// `piece`, stream.ts) and its counts (a Tally, and its rules for --stats). A pool worker hands back a
// whole batch so (a RenderedRun): per output one text of the batch's pieces, and the batch's summed
// counts. The CLI's one thread, which every worker's results go through, then copies in a few
// strings per batch instead of an object tree per file (or, with the spec's slots, writes the texts'
// bytes from shared memory: output-slots.ts).
import { fatalResult } from '../core/formatters/fatal.js';
import { addTally, joinedPieces, pieceFormatters, tallyOf, type PieceStream, type Tally } from '../core/formatters/index.js';
import { relinked } from '../core/messages.js';
import type { LintResult } from '../core/types.js';
import { placeInSlot, type Placed } from './output-slots.js';

/** What the streamed outputs need to render a result anywhere (plain data: it goes to workers). */
export interface RenderSpec {
  outputs: { format: string; color: boolean }[];
  /** --quiet: the outputs list errors only (counts keep the warnings). */
  quiet: boolean;
  /** Where a worker may put each text's bytes instead of handing back the string (output-slots.ts). */
  slots?: SharedArrayBuffer;
}

/** [`"SOXnnn rule-name"`, errors, warnings]: a rule's messages, as --stats counts them. */
export type RuleCount = [string, number, number];

/** Lines for stderr about one input of a run: its notes, and why it could not be linted. */
export interface Told {
  /** Its place in the run. */
  index: number;
  notes: string[];
  problem?: string;
}

/** Consecutive inputs rendered together (a worker's batch); an input that failed is in it as its fatal result. */
export interface RenderedRun {
  /** Per output of the spec: the inputs' pieces joined as the stream places them (stream.ts); '' when placed. */
  texts: string[];
  /** Per output, when the spec has slots: where its text was put instead (null: it is in `texts`). */
  placed?: (Placed | null)[];
  tally: Tally;
  rules: RuleCount[];
  told: Told[];
}

/** The last spec's streams, for their `piece` only (pure: any instance of a stream gives the same text). */
let made: { key: string; streams: PieceStream[] } | undefined;

function piecesFor(spec: RenderSpec): PieceStream[] {
  const key = JSON.stringify(spec.outputs);
  if (made?.key !== key) made = { key, streams: spec.outputs.map((o) => pieceFormatters[o.format]({ color: o.color })) };
  return made.streams;
}

/** Renders a run input by input: `add` each result (or problem) in order, then `done`. */
export class RunRenderer {
  private streams: PieceStream[];
  /** The results as the outputs show them, rendered together at the end (a stream may do a run at once). */
  private shown: LintResult[] = [];
  private tally: Tally = { files: 0, fatal: 0, certifications: 0, errors: 0, warnings: 0, shownWarnings: 0 };
  private rules = new Map<string, [number, number]>();
  private told: Told[] = [];
  private inputs = 0;

  constructor(private spec: RenderSpec) {
    this.streams = piecesFor(spec);
  }

  /** The next input: its result and what to tell of it. As the CLI's thread does it: a problem is placed
   * as the input's fatal result, before the result when there is one too (a submission checked in part). */
  add(name: string, result: LintResult | undefined, notes: string[], problem?: string): void {
    if (notes.length > 0 || problem !== undefined) this.told.push({ index: this.inputs, notes, ...(problem !== undefined ? { problem } : {}) });
    this.inputs++;
    if (problem !== undefined) this.push(fatalResult(name, problem));
    if (result) this.push(result);
  }

  private push(r: LintResult): void {
    countRules(r, this.rules);
    const shown = this.spec.quiet ? errorsOnly(r) : r;
    addTally(this.tally, tallyOf(shown));
    this.shown.push(shown);
  }

  done(): RenderedRun {
    const texts = this.streams.map((stream) => joinedPieces(stream, this.shown));
    return { texts, tally: this.tally, rules: [...this.rules].map(([key, [e, w]]) => [key, e, w]), told: this.told };
  }
}

/** A worker's run with each text put in the spec's slots where one is free (the CLI's thread writes it from there). */
export function inSlots(run: RenderedRun, slots: SharedArrayBuffer): RenderedRun {
  const placed = run.texts.map((text) => placeInSlot(slots, text));
  return { ...run, texts: run.texts.map((text, k) => (placed[k] ? '' : text)), placed };
}

/** One result rendered as a run of its own (the CLI's thread, linting in place). */
export function renderedOne(spec: RenderSpec, r: LintResult): RenderedRun {
  const run = new RunRenderer(spec);
  run.add(r.filePath, r, []);
  return run.done();
}

function countRules(r: LintResult, into: Map<string, [number, number]>): void {
  // A plain loop: run for every file a worker lints, and a for-of's iterator protocol is compiled too.
  for (let k = 0; k < r.messages.length; k++) {
    const m = r.messages[k];
    const key = `${m.ruleId} ${m.ruleName}`;
    let row = into.get(key);
    if (!row) into.set(key, (row = [0, 0]));
    row[m.severity === 2 ? 0 : 1]++;
  }
}

export function rulesOf(r: LintResult): RuleCount[] {
  const counts = new Map<string, [number, number]>();
  countRules(r, counts);
  return [...counts].map(([key, [e, w]]) => [key, e, w]);
}

/** --quiet lists errors only; the warnings stay counted, so the summary and --max-warnings agree. */
export function errorsOnly(r: LintResult): LintResult {
  const messages = r.messages.filter((m) => m.severity === 2);
  return { ...r, messages, ...(r.redlines ? { redlines: relinked(r.redlines, r.messages, messages) } : {}) };
}
