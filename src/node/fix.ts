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
import { PROFILES, isProfile } from '../core/profile.js';
import { forTerminal, quotedForTerminal } from '../core/terminal.js';
import type { LintOptions, Profile } from '../core/types.js';
import { ConfigError, loadConfig } from './config.js';
import { DEFAULT_MAX_BYTES, exists, readInputFile } from './files.js';
import type { Io } from './cli.js';

const USAGE = `Usage: soxlint fix FILE... [-o OUT | --out-dir DIR] [--diff] [--force] [--profile P] [--form F]

Writes each certification corrected to the form: a .docx with every correction as a tracked change
(author "soxlint"), text and HTML corrected in place. The output goes beside the input as
NAME.fixed.EXT; the input is never written.

  -o, --output OUT   Output file (one FILE only)
  --out-dir DIR      Write each output into DIR under its input's name
  --diff             Print a unified diff (text and HTML) instead of writing files
  --force            Overwrite an existing output
  --profile P        standard | transition | amendment (as for linting)
  --form F           Compare with this form instead of choosing one per certification
`;

interface FixArgs {
  files: string[];
  output?: string;
  outDir?: string;
  diff: boolean;
  force: boolean;
  profile?: Profile;
  form?: string;
}

class UsageError extends Error {}

async function parseArgs(argv: string[]): Promise<FixArgs | 'help'> {
  const { default: parse } = await import('yargs-parser');
  const a = parse(argv, {
    alias: { output: ['o'], help: ['h'] },
    boolean: ['diff', 'force', 'help'],
    string: ['output', 'out-dir', 'profile', 'form'],
    configuration: { 'strip-aliased': true, 'strip-dashed': true, 'parse-positional-numbers': false },
  });
  if (a.help) return 'help';
  const known = new Set(['_', 'output', 'outDir', 'diff', 'force', 'profile', 'form', 'help']);
  for (const k of Object.keys(a)) if (!known.has(k)) throw new UsageError(`unknown option "${k}"`);
  for (const k of ['output', 'outDir', 'profile', 'form']) {
    if (Array.isArray(a[k])) throw new UsageError(`--${k} given more than once`);
    if (a[k] === '') throw new UsageError(`--${k} needs a value`);
  }
  if (a.profile !== undefined && !isProfile(a.profile)) throw new UsageError(`--profile is ${PROFILES.slice(0, -1).join(', ')} or ${PROFILES[PROFILES.length - 1]}`);
  const files = a._.map(String);
  if (files.length === 0) throw new UsageError('name the files to fix');
  if (a.output && a.outDir) throw new UsageError('-o and --out-dir do not go together');
  if (a.output && files.length > 1) throw new UsageError('-o names one output: give one FILE, or use --out-dir');
  if (a.diff && (a.output || a.outDir)) throw new UsageError('--diff prints to standard output: no -o or --out-dir with it');
  return { files, output: a.output, outDir: a.outDir, diff: a.diff, force: a.force, profile: a.profile as Profile | undefined, form: a.form };
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

export async function fixMain(argv: string[], io: Io): Promise<number> {
  let args: FixArgs | 'help';
  try {
    args = await parseArgs(argv);
  } catch (err) {
    io.stderr.write(`soxlint fix: ${(err as Error).message}\nRun "soxlint fix --help" for usage.\n`);
    return 2;
  }
  if (args === 'help') { io.stdout.write(USAGE); return 0; }
  let options: LintOptions;
  try {
    const { config } = await loadConfig(io.cwd);
    options = { rules: config.rules, profile: args.profile ?? config.profile, form: args.form };
  } catch (err) {
    if (err instanceof ConfigError) { io.stderr.write(`soxlint fix: ${err.message}\n`); return 2; }
    throw err;
  }
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
      const r = await fix(input.bytes, { ...options, filePath: input.path, slots });
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
