// Where a run's results go as they are linted, in input order. When every output can be printed as
// it goes (stylish, json, github), each result is formatted and written at once and then dropped,
// so a run over a year of EDGAR exhibits holds counts, not results; otherwise (sarif, junit, html:
// documents that need every result first) the results are held and formatted at the end.
import { mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pieceFormatters, place, tallyOf, type FormatOptions, type PieceStream } from '../core/formatters/index.js';
import type { LintResult } from '../core/types.js';
import { closeQuietly } from './files.js';
import { cannotWrite, writeOutputs, type OutputSpec } from './outputs.js';
import { freeSlot, outputSlots, slotBytes } from './output-slots.js';
import { errorsOnly, renderedOne, rulesOf, type RenderedRun, type RenderSpec } from './render.js';
import { RunStats } from './stats.js';

export interface SinkOptions {
  specs: OutputSpec[];
  stdout: { write(s: string): unknown; writeBytes?(bytes: Uint8Array): unknown };
  cwd: string;
  /** --quiet: the outputs list errors only (counts keep the warnings). */
  quiet: boolean;
  /** Print as results come when the outputs allow it (not while a progress bar shares the terminal). */
  stream: boolean;
}

/** An output printed as results come: its stream and where its text goes. */
interface Streaming {
  spec: OutputSpec;
  stream: PieceStream;
  /** Its place in the render spec (outputs that fail are dropped; the others keep their index). */
  index: number;
  write(text: string): void;
  /** Writes bytes at once (they may be reused after); where an output has it, workers put their texts in slots. */
  writeBytes?(bytes: Uint8Array): void;
  fd?: number;
  /** Text not yet written: one write per FLUSH_CHARS, not one system call per result. */
  pending: string;
}

const FLUSH_CHARS = 64 * 1024;
/** A run's text at least this long is written on its own (a worker's batch as JSON: ~20,000 characters). */
const DIRECT_CHARS = 16 * 1024;

export class ResultSink {
  readonly stats = new RunStats();
  private held: LintResult[] | null = null;
  private streaming: Streaming[] = [];
  private failed: [string, string][] = [];
  /** How a streamed result is rendered, here or in a worker; null when the results are held. */
  readonly renderSpec: RenderSpec | null = null;

  constructor(private options: SinkOptions, private format: FormatOptions) {
    if (options.stream && options.specs.every((s) => Object.hasOwn(pieceFormatters, s.format))) {
      options.specs.forEach((spec, index) => this.open(spec, index));
      const outputs = options.specs.map((spec) => ({ format: spec.format, color: spec.path === null && format.color }));
      const bytes = this.streaming.length > 0 && this.streaming.every((s) => s.writeBytes);
      this.renderSpec = { outputs, quiet: options.quiet, ...(bytes ? { slots: outputSlots() } : {}) };
    } else {
      this.held = [];
    }
  }

  /** The next result, in input order. */
  add(r: LintResult): void {
    if (this.renderSpec) return this.addRun(renderedOne(this.renderSpec, r));
    this.stats.add(tallyOf(r), rulesOf(r));
    this.held!.push(r);
  }

  /** The next results as a worker rendered them (a batch, render.ts), in input order. */
  addRun(run: RenderedRun): void {
    this.stats.add(run.tally, run.rules);
    const slots = this.renderSpec?.slots;
    for (const s of this.streaming) {
      const placed = slots ? run.placed?.[s.index] : undefined;
      const text = run.texts[s.index];
      if (!placed && text.length < DIRECT_CHARS) {
        s.pending += place(s.stream, text, run.tally);
        if (s.pending.length >= FLUSH_CHARS) flush(s);
        continue;
      }
      // Written on its own after its lead, from its slot or as it came: joined to the pending text, it
      // would be copied once more (the join flattened into a new string), ~13 MB for 20,000 files as JSON.
      s.pending += s.stream.lead(run.tally, false);
      flush(s);
      if (placed) s.writeBytes!(slotBytes(slots!, placed));
      else s.write(text);
    }
    // Every slot goes back, also one whose output has failed since.
    if (slots && run.placed) for (const placed of run.placed) if (placed) freeSlot(slots, placed);
  }

  /** Ends every output (`format`: what held outputs are formatted with); returns the files that could not be written, with the reason. */
  async finish(format: FormatOptions): Promise<[string, string][]> {
    if (this.held) {
      const shown = this.options.quiet ? this.held.map(errorsOnly) : this.held;
      return writeOutputs(shown, this.options.specs, this.options.stdout, format, this.options.cwd);
    }
    for (const s of [...this.streaming]) {
      s.pending += s.stream.end();
      flush(s);
      if (s.fd !== undefined) closeQuietly(s.fd);
    }
    return this.failed;
  }

  private open(spec: OutputSpec, index: number): void {
    const stream = pieceFormatters[spec.format](spec.path === null ? this.format : { ...this.format, color: false });
    if (spec.path === null) {
      const { stdout } = this.options;
      const writeBytes = stdout.writeBytes && ((bytes: Uint8Array) => void stdout.writeBytes!(bytes));
      this.streaming.push({ spec, stream, index, pending: '', write: (text) => stdout.write(text), ...(writeBytes ? { writeBytes } : {}) });
      return;
    }
    const abs = resolve(this.options.cwd, spec.path);
    try {
      mkdirSync(dirname(abs), { recursive: true });
      const fd = openSync(abs, 'w');
      const out: Streaming = { spec, stream, index, fd, pending: '', write: (text) => this.writeFile(out, fd, text), writeBytes: (bytes) => this.writeFile(out, fd, bytes) };
      this.streaming.push(out);
    } catch (err) {
      this.fail(spec, err);
    }
  }

  /** A file output that fails is closed and dropped (named once: a run's text may follow its lead); the others go on. */
  private writeFile(out: Streaming, fd: number, text: string | Uint8Array): void {
    if (!this.streaming.includes(out)) return;
    try {
      // Two calls of one function: writeSync's overloads take a string or bytes, not either.
      if (typeof text === 'string') writeSync(fd, text);
      else writeSync(fd, text);
    } catch (err) {
      closeQuietly(fd);
      this.streaming = this.streaming.filter((s) => s !== out);
      this.fail(out.spec, err);
    }
  }

  private fail(spec: OutputSpec, err: unknown): void {
    this.failed.push([spec.path!, cannotWrite(spec.format, err)]);
  }
}

function flush(s: Streaming): void {
  if (s.pending) s.write(s.pending);
  s.pending = '';
}
