// `soxlint fix FILE... [-o OUT | --out-dir DIR] [--diff] [--force]`: writes each corrected
// certification beside its input (NAME.fixed.EXT), or prints a patch. The input is never written;
// an existing output only with --force. Exit 0 when nothing is left, 1 while errors remain (what a
// person must do), 2 for bad input or usage.
import { createTwoFilesPatch } from 'diff';
import { realpath, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { decodeText, detectEncoding } from '../core/extract/decode.js';
import { InputError } from '../core/extract/errors.js';
import { fix, fixedName, readSlots, type FixResult, type Slots } from '../core/fix/index.js';
import { templateForForm } from '../core/templates/index.js';
import { forTerminal, quotedForTerminal } from '../core/terminal.js';
import type { LintOptions, Profile } from '../core/types.js';
import { ConfigError, loadConfig } from './config.js';
import { DEFAULT_MAX_BYTES, exists, readInputFile } from './files.js';
import type { Io } from './cli.js';
import { helpText, parseArgs, type HelpPage } from './args.js';
import { FIX_OPTIONS } from './options.js';

/** `soxlint fix --help`: the flags come from FIX_OPTIONS. */
const FIX_HELP: HelpPage = {
  scriptName: 'soxlint fix',
  positional: { usage: '<files..>', describe: 'Certifications to correct (.docx, .htm, .html, .txt)' },
  about: 'Writes each certification corrected to the form: a .docx with every correction as a tracked change\n' +
    '(author "soxlint"), text and HTML corrected in place. The output goes beside the input as\n' +
    'NAME.fixed.EXT; the input is never written.',
  table: FIX_OPTIONS,
  version: false,
};

interface FixArgs {
  files: string[];
  output?: string;
  outDir?: string;
  diff: boolean;
  force: boolean;
  profile?: Profile;
  form?: string;
}

/** The command line read with fix's table, and the combinations of flags fix does not take. */
async function parseFixArgs(argv: string[]): Promise<FixArgs | { kind: 'help' } | { usage: string }> {
  const parsed = await parseArgs(argv, FIX_OPTIONS);
  if (parsed.kind === 'usage') return { usage: parsed.message };
  if (parsed.kind !== 'run') return { kind: 'help' };
  const a = parsed.args as unknown as FixArgs; // the table's rows, checked by parseArgs
  if (a.files.length === 0) return { usage: 'name the files to fix' };
  if (a.output && a.outDir) return { usage: '-o and --out-dir do not go together' };
  if (a.output && a.files.length > 1) return { usage: '-o names one output: give one FILE, or use --out-dir' };
  if (a.diff && (a.output || a.outDir)) return { usage: '--diff prints to standard output: no -o or --out-dir with it' };
  return a;
}

/** Where a file's correction goes. */
function outputPath(input: string, args: FixArgs, cwd: string): string {
  if (args.output) return resolve(cwd, args.output);
  if (args.outDir) return join(resolve(cwd, args.outDir), basename(input));
  return join(dirname(input), fixedName(basename(input)));
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return forTerminal(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path);
}

function report(io: Io, name: string, r: FixResult, target: string | null): void {
  const out = target ? `${name} -> ${target}` : name;
  io.stderr.write(`${out}: ${r.fixed.length} fixed, ${r.notFixed.length} not fixed\n`);
  for (const n of r.notFixed) {
    const level = n.severity === 2 ? 'error' : 'warning';
    io.stderr.write(`  ${n.line}:${n.column}  ${level}  ${n.ruleId} ${n.paragraph ?? '-'}  ${quotedForTerminal(n.message)}\n    not fixed: ${n.reason}\n`);
  }
}

/**
 * The date of a run's tracked changes (.docx): now, or SOURCE_DATE_EPOCH when set, the reproducible-builds
 * convention (https://reproducible-builds.org/specs/source-date-epoch/), so that a fix kept in git can be
 * made again byte for byte. null when that variable is malformed.
 */
function changeDate(env: Record<string, string | undefined>): Date | null {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  return /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
}

export async function fixMain(argv: string[], io: Io): Promise<number> {
  const args = await parseFixArgs(argv);
  if ('usage' in args) {
    io.stderr.write(`soxlint fix: ${args.usage}\nRun "soxlint fix --help" for usage.\n`);
    return 2;
  }
  if ('kind' in args) { io.stdout.write((await helpText('help', FIX_HELP)) + '\n'); return 0; }
  let options: LintOptions;
  try {
    const { config } = await loadConfig(io.cwd);
    options = { rules: config.rules, profile: args.profile ?? config.profile, form: args.form === undefined ? undefined : templateForForm(args.form) ?? undefined };
  } catch (err) {
    if (err instanceof ConfigError) { io.stderr.write(`soxlint fix: ${err.message}\n`); return 2; }
    throw err;
  }
  const date = changeDate(io.env);
  if (date === null) { io.stderr.write('soxlint fix: SOURCE_DATE_EPOCH: not a whole number of seconds since 1970\n'); return 2; }
  let trouble = false;
  let errorsLeft = false;
  const complain = (name: string, why: string) => { trouble = true; io.stderr.write(`soxlint fix: ${name}: ${quotedForTerminal(why)}\n`); };
  // Every file first: a certification without its paragraph 1 takes the report and registrant of another.
  const inputs: Input[] = [];
  for (const f of args.files) {
    const path = resolve(io.cwd, f);
    try {
      inputs.push({ path, name: display(path, io.cwd), bytes: await readInputFile(path, DEFAULT_MAX_BYTES) });
    } catch (err) {
      complain(display(path, io.cwd), err instanceof InputError ? err.message : String(err));
    }
  }
  const slots: Slots = {};
  for (const input of inputs) {
    try {
      for (const [k, v] of Object.entries(await readSlots(input.bytes, { ...options, filePath: input.path }))) slots[k] ??= v;
    } catch {
      // reported when the file itself is fixed
    }
  }
  for (const input of inputs) {
    try {
      const r = await fix(input.bytes, { ...options, filePath: input.path, slots, date });
      if (r.notFixed.some((n) => n.severity === 2)) errorsLeft = true;
      await deliver(input, r, args, io, complain);
    } catch (err) {
      complain(input.name, err instanceof InputError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`);
    }
  }
  return trouble ? 2 : errorsLeft ? 1 : 0;
}

interface Input { path: string; name: string; bytes: Uint8Array }

/** Writes one file's correction where it goes (or prints its patch), and says what was fixed. */
async function deliver(input: Input, r: FixResult, args: FixArgs, io: Io, complain: (name: string, why: string) => void): Promise<void> {
  if (args.diff) {
    if (r.kind === 'docx') return complain(input.name, '--diff is for text and HTML; a .docx gets tracked changes (leave out --diff)');
    const patchName = input.name.split('\\').join('/');
    if (r.changed) io.stdout.write(createTwoFilesPatch(`a/${patchName}`, `b/${patchName}`, decodeSame(input.bytes), decodeSame(r.output), '', ''));
    return report(io, input.name, r, null);
  }
  const target = outputPath(input.path, args, io.cwd);
  // The same file by another name (a symbolic link, "./") is the input too.
  if (target === input.path || (await realpath(target).catch(() => target)) === (await realpath(input.path))) {
    return complain(input.name, 'the output would be the input itself; soxlint fix never writes its input');
  }
  if (!args.force && (await exists(target))) return complain(input.name, `${display(target, io.cwd)} exists; add --force to overwrite it`);
  await writeFile(target, r.output);
  report(io, input.name, r, display(target, io.cwd));
}

/** A file's text for a patch, its byte order mark kept so the first line's context matches. */
function decodeSame(bytes: Uint8Array): string {
  const bom = detectEncoding(bytes).bom > 0 ? '\ufeff' : '';
  return bom + decodeText(bytes).text;
}
