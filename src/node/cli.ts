// The command line: parse arguments, gather inputs, lint, print, and return the exit code
// (0 clean, 1 errors or too many warnings, 2 usage error, bad input or internal failure).
import { resolve } from 'node:path';
import { InputError } from '../core/extract/errors.js';
import { fatalResult } from '../core/formatters/fatal.js';
import type { FormatOptions } from '../core/formatters/index.js';
import { forTerminal } from '../core/terminal.js';
import { helpText, parseArgs } from './args.js';
import type { LintOptions, LintResult } from '../core/types.js';
import { cliOptions, parseConcurrency, readSettings, type CliOptions } from './cli-settings.js';
import { isDirectory, readStream } from './files.js';
import { displayName, gather, withStdin, type Input } from './gather.js';
import type { FilingOptions } from './filing.js';
import { shows as showsProgress, startProgress } from './progress.js';
import { stdWriter } from './std-streams.js';
import { EarlyStart } from './early-start.js';
import { lintAll } from './scheduler.js';
import { ResultSink } from './result-sink.js';
import { needsContext, parseOutputs, stdoutDocumentFormat, writeOutputs, type OutputSpec } from './outputs.js';

export type { CliOptions } from './cli-settings.js';
export type { Input } from './gather.js';

/** Where the command line reads and writes: the process's streams, or a test's. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Standard input, whole; past `maxBytes` reading stops and an InputError says so. */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/** The running process's stdin, stdout, stderr and working directory. */
export function processIo(): Io {
  return {
    stdout: stdWriter(1),
    stderr: stdWriter(2),
    cwd: process.cwd(),
    env: process.env,
    readStdin: (maxBytes = Infinity) => readStream(process.stdin, maxBytes),
  };
}

/** A command line that cannot run: one line, exit 2; `-f json` still gets a whole (empty) document. */
function usage(io: Io, message: string, argv: string[] = []): number {
  io.stderr.write(`soxlint: ${forTerminal(message)} (see "soxlint --help")\n`);
  if (stdoutDocumentFormat(argv) === 'json') io.stdout.write('[]\n');
  return EXIT_TROUBLE;
}

function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force === 'false');
  if (io.env.NO_COLOR) return false;
  return io.stdout.isTTY === true;
}

/** Subcommands, loaded only when asked for: start-up is most of a lint. */
const SUBCOMMANDS = new Map<string, () => Promise<(argv: string[], io: Io) => Promise<number>>>([
  ['page', async () => (await import('./page.js')).pageMain],
  // "hook" first is always the subcommand (a file named hook is linted as ./hook, docs/hook.md).
  ['hook', async () => (await import('./hook.js')).hookMain],
  ['fix', async () => (await import('./fix.js')).fixMain],
]);

/** Runs the command line with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const subcommand = SUBCOMMANDS.get(argv[0]);
  if (subcommand) return (await subcommand())(argv.slice(1), io);
  const answer = await parseArgs(argv);
  if (answer.kind === 'usage') return usage(io, answer.message, argv);
  if (answer.kind !== 'run') {
    io.stdout.write((await helpText(answer.kind)) + '\n');
    return EXIT_OK;
  }
  const parsed = answer.args;
  const outputs = parseOutputs(parsed.format);
  if (typeof outputs === 'string') return usage(io, outputs, argv);
  const concurrency = parseConcurrency(parsed.concurrency);
  if (concurrency === null) return usage(io, `--concurrency takes a number of workers, "auto" or "off", not ${JSON.stringify(parsed.concurrency)}`);
  const settings = await readSettings(parsed.staged === true, io);
  if ('problem' in settings) {
    io.stderr.write(`soxlint: ${forTerminal(settings.problem)}\n`);
    // Machine-readable outputs still get a whole document, naming what stopped the run.
    await emit([settings.fatal], outputs, io, parsed.color as boolean | undefined);
    return EXIT_TROUBLE;
  }
  const config = settings.loaded.config;
  const opts = cliOptions(parsed, outputs, config, concurrency);
  const lintOptions: LintOptions = config.rules ? { rules: config.rules } : {};
  const { staged, tree } = settings;
  if (staged && tree) {
    if (opts.files.length > 0) {
      return usage(io, '--staged lints the staged files: name no files with it', argv);
    }
    const maxBytes = Math.max(1, opts.maxFileSize) * 1048576;
    const counts = { staged: 0, checked: 0, byContent: 0 };
    const code = await run(opts, io, lintOptions, (complain) => staged.stagedInputs(tree, config, maxBytes, complain, io.env, counts));
    io.stderr.write(staged.closingLine(counts));
    return code;
  }
  if (opts.files.length === 0 && !opts.filing?.length) {
    return usage(io, 'no input: name files or folders, or "-" for standard input', argv);
  }
  return run(opts, io, lintOptions);
}

/** Lints the inputs the command line named and prints the results; returns the exit code. */
export async function run(
  opts: CliOptions,
  io: Io,
  lintOptions: LintOptions = {},
  source?: (complain: (name: string, why: string) => void) => Promise<Input[]>,
): Promise<number> {
  const parsedOutputs = parseOutputs(opts.format);
  if (typeof parsedOutputs === 'string') return usage(io, parsedOutputs);
  const outputs = parsedOutputs.map((o) => (o.path === null && opts.outputFile ? { ...o, path: opts.outputFile } : o)); // -o FILE for standard output
  const began = process.hrtime.bigint(); // not performance.now(): the global loads perf_hooks
  let trouble = false;
  // Printed as linted, unless a progress bar shares the terminal with standard output.
  const stream = !(showsProgress(io) && io.stdout.isTTY === true && outputs.some((o) => o.path === null));
  const sink = new ResultSink({ specs: outputs, stdout: io.stdout, cwd: io.cwd, quiet: opts.quiet, stream }, { cwd: io.cwd, color: useColor(io, opts.color) });
  let say = (line: string) => io.stderr.write(line); // above the progress bar while one is shown
  // An input's notes and the reason it could not be linted, on stderr (its fatal result is in the output).
  const tell = (name: string, notes: string[], problem?: string) => {
    for (const note of notes) say(`soxlint: ${forTerminal(name)}: ${forTerminal(note)}\n`);
    if (problem === undefined) return;
    trouble = true;
    say(`soxlint: ${forTerminal(name)}: ${forTerminal(problem)}\n`);
  };
  const complain = (name: string, why: string) => {
    tell(name, [], why);
    sink.add(fatalResult(name, why));
  };
  const maxBytes = Math.max(1, opts.maxFileSize) * 1048576;
  const redline = outputs.some((o) => o.format === 'html');
  // One task for every batch, whether sent while the folders are still walked (early) or after.
  const task = { options: { ...lintOptions, profile: opts.profile, form: opts.form, maxBytes, ...(redline ? { redline } : {}) }, render: sink.renderSpec };
  const early = new EarlyStart(opts.concurrency ?? 'auto', io.env, task);
  const items = await closingOnError(early, async () => {
    const inputs = source ? await source(complain) : await gather(opts.files, io, complain, (found, from) => early.found(found, from));
    for (const dir of opts.filing ?? []) for (const r of await lintFiling(dir, task.options, io, complain)) sink.add(r);
    return withStdin(inputs, opts.stdinFilename ?? '<stdin>', maxBytes, io, complain);
  });
  const progress = startProgress(io, items.length);
  say = progress.write;
  await lintAll(items, task.options, {
    concurrency: opts.concurrency ?? 'auto',
    env: io.env,
    onOutcome(item, outcome) {
      tell(item.name, outcome.notes);
      if (outcome.problem !== undefined) complain(item.name, outcome.problem);
      if (outcome.result) sink.add(outcome.result);
    },
    onRun(items, run) {
      for (const t of run.told) tell(items[t.index].name, t.notes, t.problem);
      sink.addRun(run);
    },
    onProgress: progress.update,
    render: task.render,
    early,
  }).finally(progress.stop);
  say = (line: string) => io.stderr.write(line);
  const failed = await sink.finish(await formatOptions(outputs, io, opts.color));
  for (const [path, why] of failed) io.stderr.write(`soxlint: ${forTerminal(path)}: ${why}\n`);
  if (opts.stats) io.stderr.write(sink.stats.table(Number(process.hrtime.bigint() - began) / 1e6));
  return trouble || failed.length > 0 ? EXIT_TROUBLE : findingsExit(sink.stats, opts.maxWarnings, io);
}

/** `find`'s answer; if it fails, the workers started early are closed first (until lintAll takes them over, they keep the process alive). */
async function closingOnError<T>(early: EarlyStart, find: () => Promise<T>): Promise<T> {
  try {
    return await find();
  } catch (err) {
    await early.close();
    throw err;
  }
}

/** --filing DIR: the folder linted as one filing (filing.ts is loaded only then); its problems told through `complain`. */
async function lintFiling(dir: string, options: FilingOptions, io: Io, complain: (name: string, why: string) => void): Promise<LintResult[]> {
  try {
    if (!(await isDirectory(resolve(io.cwd, dir)))) throw new InputError('--filing takes a folder holding one filing');
    const { lintFilingFolder } = await import('./filing.js');
    const found = await lintFilingFolder(resolve(io.cwd, dir), {
      ...options, onError: (path, why) => complain(displayName(path, io.cwd), why),
    });
    return found.map((r) => ({ ...r, filePath: displayName(r.filePath, io.cwd) }));
  } catch (err) {
    complain(dir, err instanceof InputError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`);
    return [];
  }
}

/** The inputs as work for the linter, standard input ("-") read now under `name`. */
/** 1 when there are errors, or more warnings than --max-warnings allows (said on stderr); else 0. */
function findingsExit({ errors, warnings }: { errors: number; warnings: number }, maxWarnings: number, io: Io): number {
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`soxlint: too many warnings (${warnings}); --max-warnings is ${maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** What the formatters are given: colour, and for SARIF and the HTML report the rules' docs and the tool. */
async function formatOptions(outputs: OutputSpec[], io: Io, color: boolean | undefined): Promise<FormatOptions> {
  const { formatContext } = needsContext(outputs) ? await import('./rule-docs.js') : { formatContext: null };
  const { loadRuleDocs } = outputs.some((o) => o.format === 'html') ? await import('./rule-docs-html.js') : { loadRuleDocs: null };
  return {
    ...(formatContext ? formatContext(io.cwd) : { cwd: io.cwd }), color: useColor(io, color), ...(loadRuleDocs ? { ruleDocs: await loadRuleDocs() } : {}),
  };
}

/** Prints every output of a run stopped before linting; true when one could not be written (said on stderr). */
async function emit(results: LintResult[], outputs: OutputSpec[], io: Io, color: boolean | undefined): Promise<boolean> {
  const failed = await writeOutputs(results, outputs, io.stdout, await formatOptions(outputs, io, color), io.cwd);
  for (const [path, why] of failed) io.stderr.write(`soxlint: ${forTerminal(path)}: ${why}\n`);
  return failed.length > 0;
}
