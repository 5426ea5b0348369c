// Argument vectors to options, from a command's table in options.ts (lint's OPTIONS, fix's
// FIX_OPTIONS). Every command line is checked here (names, values, choices, repeats) and read by
// yargs-parser; yargs itself is loaded only to render --help and --version. Whatever the vector, the
// answer is options or one line saying what is wrong.
import { OPTIONS, camelCase, flag, type OptionSpec } from './options.js';
import { ownPackage } from './version.js';

export type Parsed =
  | { kind: 'run'; args: Record<string, unknown> & { files: string[] } }
  | { kind: 'help' | 'version' }
  | { kind: 'usage'; message: string };

/** Every flag and alias of a table as typed ("format", "f"), to its row; a Map, so "constructor" is not a key. */
const byFlagOf = new WeakMap<OptionSpec[], Map<string, OptionSpec>>();
function flagsOf(table: OptionSpec[]): Map<string, OptionSpec> {
  let byFlag = byFlagOf.get(table);
  if (!byFlag) {
    byFlag = new Map();
    for (const spec of table) {
      byFlag.set(spec.name, spec);
      for (const a of spec.alias ?? []) byFlag.set(a, spec);
    }
    byFlagOf.set(table, byFlag);
  }
  return byFlag;
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

class Usage extends Error {}

/** A value as shown in a message: quoted, short, and on one line. */
function shown(v: string): string {
  return JSON.stringify(v.length > 40 ? `${v.slice(0, 39)}\u2026` : v);
}

/** Whether a token is an option's value ("-" is standard input, a file, as yargs-parser reads it; "-1" a number). */
function isValue(token: string | undefined, spec: OptionSpec): boolean {
  if (token === undefined || token === '-') return false;
  if (!token.startsWith('-')) return true;
  return spec.type === 'number' && NUMBER.test(token);
}

/**
 * Checks the option names and that each option that takes a value has one. Returns how many values
 * each option got. Throws Usage for the first problem.
 */
function scan(argv: string[], table: OptionSpec[]): Map<OptionSpec, string[]> {
  const BY_FLAG = flagsOf(table);
  const given = new Map<OptionSpec, string[]>();
  const add = (spec: OptionSpec, value: string) => {
    const list = given.get(spec) ?? [];
    list.push(value);
    given.set(spec, list);
  };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--') break;
    if (!token.startsWith('-') || token === '-' || NUMBER.test(token)) continue;
    const long = token.startsWith('--');
    const eq = token.indexOf('=');
    const name = token.slice(long ? 2 : 1, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : token.slice(eq + 1);
    if (!long && name.length > 1) throw new Usage(`unknown option ${shown(token)} (one letter after a single dash; long options take two)`);
    let spec = BY_FLAG.get(name);
    if (!spec && long && name.startsWith('no-')) {
      const negated = BY_FLAG.get(name.slice(3));
      if (negated?.type === 'boolean' && inline === undefined && !negated.action) { add(negated, 'false'); continue; }
    }
    if (!spec || (long && name.length === 1) || (!long && spec.name === name)) throw new Usage(`unknown option ${shown(token)}`);
    if (spec.type === 'boolean') {
      if (inline !== undefined && inline !== 'true' && inline !== 'false') throw new Usage(`${flag(spec)} takes no value (or =true, =false), not ${shown(inline)}`);
      // yargs-parser reads a following "true" or "false" as the flag's value.
      if (inline === undefined && (argv[i + 1] === 'true' || argv[i + 1] === 'false')) add(spec, argv[++i]);
      else add(spec, inline ?? 'true');
      continue;
    }
    if (inline !== undefined) { add(spec, inline); continue; }
    if (!isValue(argv[i + 1], spec)) throw new Usage(`${flag(spec)} needs a value${spec.choices ? ` (${spec.choices.join(', ')})` : ''}`);
    add(spec, argv[++i]);
    while (spec.array && isValue(argv[i + 1], spec)) add(spec, argv[++i]); // greedy, as yargs reads arrays
  }
  return given;
}

/** The value an option was given, checked against its row. */
function check(spec: OptionSpec, values: string[]): string | number | boolean | string[] {
  if (spec.array || spec.repeatable) {
    for (const v of values) if (v === '') throw new Usage(`${flag(spec)} needs a value`);
    return values;
  }
  const distinct = [...new Set(values)];
  if (distinct.length > 1) throw new Usage(`${flag(spec)} given more than once (${distinct.map(shown).join(', ')}): give it once`);
  const v = distinct[0];
  if (spec.type === 'boolean') return v === 'true';
  if (spec.type === 'number') {
    const n = NUMBER.test(v.trim()) ? Number(v) : NaN;
    if (!Number.isFinite(n) || (spec.integer && !Number.isInteger(n))) throw new Usage(`${flag(spec)} takes ${spec.integer ? 'a whole number' : 'a number'}, not ${shown(v)}`);
    if (spec.min !== undefined && n < spec.min) throw new Usage(`${flag(spec)} must be ${spec.min} or more, not ${shown(v)}`);
    return n;
  }
  if (v === '') throw new Usage(`${flag(spec)} needs a value${spec.choices ? ` (${spec.choices.join(', ')})` : ''}`);
  if (spec.choices && !spec.choices.includes(v)) throw new Usage(`${flag(spec)} must be one of ${spec.choices.join(', ')}, not ${shown(v)}`);
  return v;
}

/** Reads a command line with a command's table (lint's by default). */
export async function parseArgs(argv: string[], table: OptionSpec[] = OPTIONS): Promise<Parsed> {
  let given: Map<OptionSpec, string[]>;
  try {
    given = scan(argv, table);
    for (const [spec] of given) if (spec.action) return { kind: spec.action };
    const args: Record<string, unknown> = {};
    for (const spec of table) {
      const values = given.get(spec);
      if (values) args[camelCase(spec.name)] = check(spec, values);
      else if (spec.default !== undefined) args[camelCase(spec.name)] = spec.default;
    }
    return { kind: 'run', args: { ...args, files: await positionals(argv, table) } };
  } catch (err) {
    if (err instanceof Usage) return { kind: 'usage', message: err.message };
    throw err;
  }
}

/**
 * The files named: yargs-parser's positionals, with the option values taken out. The names were
 * checked by scan(), so nothing it is given is unknown to it.
 */
async function positionals(argv: string[], table: OptionSpec[]): Promise<string[]> {
  // Only names (the usual `soxlint FILE...`): nothing for yargs-parser to take out, and loading it
  // is a part of start-up worth saving.
  if (argv.every((a) => a === '-' || !a.startsWith('-'))) return [...argv];
  const { default: parse } = await import('yargs-parser');
  return parse(argv, yargsParserOptions(table))._.map(String);
}

/** yargs-parser's settings, from a command's table. */
export function yargsParserOptions(table: OptionSpec[] = OPTIONS) {
  const of = (pred: (s: OptionSpec) => boolean) => table.filter(pred).map((s) => s.name);
  return {
    alias: Object.fromEntries(table.filter((s) => s.alias).map((s) => [s.name, s.alias!])),
    boolean: of((s) => s.type === 'boolean'),
    number: of((s) => s.type === 'number'),
    string: of((s) => s.type === 'string'),
    array: of((s) => !!s.array),
    configuration: { 'parse-positional-numbers': false, 'duplicate-arguments-array': true, 'dot-notation': false, 'strip-aliased': true, 'strip-dashed': true },
  };
}

type Yargs = typeof import('yargs').default;

/** What --help shows around a command's table. */
export interface HelpPage {
  /** "soxlint", "soxlint fix". */
  scriptName: string;
  /** The positional arguments, in yargs' notation ("[files..]", "<files..>"), and what they are. */
  positional: { usage: string; describe: string };
  /** What the command does, under the usage line. */
  about: string;
  table: OptionSpec[];
  epilogue?: string;
  /** Whether --version is answered. */
  version: boolean;
}

/** `soxlint --help`. */
export const LINT_HELP: HelpPage = {
  scriptName: 'soxlint',
  positional: { usage: '[files..]', describe: 'Files, folders, or - for standard input' },
  about: 'Lint Section 302 certifications (Exhibit 31) against Regulation S-K Item 601(b)(31)(i).\nFiles may be .htm, .html, .txt or .docx; folders are searched; "-" reads standard input.',
  table: OPTIONS,
  epilogue: 'soxlint fix FILE...   Write each certification corrected to the form (.docx: tracked changes); soxlint fix --help\nsoxlint hook install|uninstall   Install or remove the git pre-commit hook (runs soxlint --staged)\n\nSettings (files, rules, profile, maxWarnings) are read from .soxlintrc.json, looked for from the current folder up to the repository root; flags override them.',
  version: true,
};

/** The yargs instance that renders --help and --version, built from the same table. */
export function helpParser(yargs: Yargs, page: HelpPage = LINT_HELP) {
  const name = page.positional.usage.replace(/[[\]<>.]/g, '');
  let y = yargs([])
    .scriptName(page.scriptName)
    .command(`$0 ${page.positional.usage}`, page.about.split('\n')[0], (c) => c.positional(name, { type: 'string', array: true, describe: page.positional.describe }))
    .usage(`$0 ${page.positional.usage}\n\n${page.about}`);
  for (const spec of page.table) {
    if (spec.action) continue;
    y = y.option(spec.name, {
      alias: spec.alias, type: spec.type, array: spec.array, choices: spec.choices as string[] | undefined,
      default: spec.default, defaultDescription: spec.defaultDescription, describe: spec.describe,
    });
  }
  if (page.epilogue) y = y.epilogue(page.epilogue);
  y = y.exitProcess(false).help().alias('help', 'h');
  // soxlint's own version, not the package.json of the folder it runs in.
  y = page.version ? y.version(ownPackage().version).alias('version', 'v') : y.version(false);
  return y.wrap(100);
}

/** What yargs prints for --help or --version. */
export async function helpText(kind: 'help' | 'version', page: HelpPage = LINT_HELP): Promise<string> {
  if (kind === 'version' && page.version) return ownPackage().version; // what yargs prints, without loading it
  const { default: yargs } = await import('yargs');
  return new Promise((resolve, reject) => {
    helpParser(yargs, page).parse([`--${kind}`], {}, (err, _args, output) => (err ? reject(err) : resolve(output)));
  });
}
