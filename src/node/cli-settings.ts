// What a lint command line asks for: its flags over the settings file's defaults (CliOptions), and
// the settings file itself (looked for from the working folder, or at the repository root for
// --staged, which also needs git's work tree).
import { fatalResult } from '../core/formatters/fatal.js';
import { templateForForm } from '../core/templates/index.js';
import type { LintResult, Profile } from '../core/types.js';
import type { Io } from './cli.js';
import { ConfigError, loadConfig, loadConfigAt, type LoadedConfig, type SoxlintConfig } from './config.js';
import type { OutputSpec } from './outputs.js';
import type { Concurrency } from './early-start.js';
import type { WorkTree } from './staged.js';

/** The command line's options, parsed. */
export interface CliOptions {
  files: string[];
  /** Output formats: "stylish", "json", "sarif", "junit", "github"; "sarif:PATH" writes a file. */
  format: string | string[];
  /** As asked; unset, certifications are linted under "standard" (an amended filing's under "amendment"). */
  profile?: Profile;
  quiet: boolean;
  maxWarnings: number;
  stdinFilename?: string;
  color?: boolean;
  maxFileSize: number;
  /** Compare with this form ("601b31i", "20-F", ...) instead of choosing one per certification. */
  form?: string;
  /** Folders each holding one filing. */
  filing?: string[];
  /** Worker threads for linting: a number, 'off' (none), or 'auto' (by the amount of work; the default). */
  concurrency?: Concurrency;
  /** A closing table on stderr: files, certifications, time, findings by rule. */
  stats?: boolean;
  /** Write the report to this file instead of standard output. */
  outputFile?: string;
}

/** --concurrency's value: a number of workers, 'auto' or 'off'; null for anything else. */
export function parseConcurrency(v: unknown): Concurrency | null {
  if (v === undefined || v === 'auto' || v === 'off') return v ?? 'auto';
  return typeof v === 'string' && /^[1-9]\d{0,2}$/.test(v) ? Number(v) : null;
}

/** The parsed flags (args.ts, from the option table), with the settings file's values where a flag is not given. */
export function cliOptions(
  parsed: Record<string, unknown> & { files: string[] }, outputs: OutputSpec[], config: SoxlintConfig, concurrency: Concurrency,
): CliOptions {
  return {
    files: parsed.files,
    format: outputs.map((o) => (o.path === null ? o.format : `${o.format}:${o.path}`)),
    profile: (parsed.profile as Profile | undefined) ?? config.profile,
    quiet: parsed.quiet as boolean,
    maxWarnings: (parsed.maxWarnings as number | undefined) ?? config.maxWarnings ?? -1,
    stdinFilename: parsed.stdinFilename as string | undefined,
    color: parsed.color as boolean | undefined,
    maxFileSize: parsed.maxFileSize as number,
    form: parsed.form === undefined ? undefined : templateForForm(parsed.form as string) ?? undefined,
    filing: ((parsed.filing as string[] | undefined) ?? []).map(String),
    concurrency,
    stats: parsed.stats === true,
    outputFile: parsed.outputFile as string | undefined,
  };
}

/** The settings file that applies, and for --staged the work tree and the staged-file reader. */
export type Settings =
  | { loaded: LoadedConfig; tree: WorkTree | null; staged: typeof import('./staged.js') | null }
  /** What stopped the run (one line), and the result machine-readable outputs still print. */
  | { problem: string; fatal: LintResult };

/** Reads the settings (git is loaded only for --staged: start-up is most of a lint). */
export async function readSettings(staged: boolean, io: Io): Promise<Settings> {
  const gitModule = staged ? await import('./git.js') : null;
  const stagedModule = staged ? await import('./staged.js') : null;
  try {
    if (!stagedModule) return { loaded: await loadConfig(io.cwd), tree: null, staged: null };
    const tree = await stagedModule.workTree(io.cwd, io.env, true);
    return { loaded: await loadConfigAt(tree.root), tree, staged: stagedModule }; // the repository root's .soxlintrc.json
  } catch (err) {
    if (err instanceof ConfigError) {
      return { problem: err.message, fatal: fatalResult(err.file, err.message.slice(err.file.length + 2)) };
    }
    if (gitModule !== null && err instanceof gitModule.GitError) {
      return { problem: `--staged: ${err.message}`, fatal: fatalResult('.', `--staged: ${err.message}`) };
    }
    throw err;
  }
}
