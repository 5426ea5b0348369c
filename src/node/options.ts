// The command line's options, once: these tables (one per command: lint, fix) drive the fast parser
// (yargs-parser) that reads every command line, and the yargs instance that only renders --help.
// Add a row to add a flag.
import { formatters } from '../core/formatters/index.js';
import { PROFILES } from '../core/profile.js';
import { builtinForms, formAliases } from '../core/templates/index.js';
import { DEFAULT_MAX_BYTES } from './files.js';

export interface OptionSpec {
  /** The flag without dashes, kebab-case ("max-warnings"); parsed values are keyed camelCase. */
  name: string;
  /** One-letter aliases ("f" for -f). */
  alias?: string[];
  type: 'string' | 'number' | 'boolean';
  /** Takes several values (`--filing a b`, or the flag given again). */
  array?: boolean;
  /** May be given again, one value each time (`-f stylish -f sarif:out.sarif`); read as a list. */
  repeatable?: boolean;
  choices?: readonly string[];
  default?: string | number | boolean;
  /** Shown in --help instead of the default (when a config file may set it). */
  defaultDescription?: string;
  /** Numbers: the smallest allowed and whether only whole numbers are. */
  min?: number;
  integer?: boolean;
  /** Help and version are answered by yargs, not run. */
  action?: 'help' | 'version';
  describe: string;
}

// Rows both commands take.
const PROFILE: OptionSpec = {
  name: 'profile', type: 'string', choices: [...PROFILES], defaultDescription: '"standard"',
  describe: 'standard; transition (ICFR clause and 4(b) may be absent); amendment (whole paragraphs 3-5 may be absent)',
};
const FORM: OptionSpec = {
  name: 'form', type: 'string', choices: [...builtinForms, ...formAliases],
  describe: 'Compare with this form instead of choosing one per certification: a template (601b31i, 601b31ii, 20-F, 40-F, N-CSR) or the form filed (10-K, 10-Q/A, 10-KT ...)',
};
const HELP: OptionSpec = { name: 'help', alias: ['h'], type: 'boolean', action: 'help', describe: 'Show help' };

/** `soxlint [files..]`: lint. */
export const OPTIONS: OptionSpec[] = [
  {
    name: 'format', alias: ['f'], type: 'string', repeatable: true, defaultDescription: '"stylish"',
    describe: `Output format: ${Object.keys(formatters).join(', ')}; FORMAT:PATH writes a file (repeat for several, at most one to standard output)`,
  },
  PROFILE,
  { name: 'quiet', type: 'boolean', default: false, describe: 'Report errors only' },
  { name: 'max-warnings', type: 'number', integer: true, min: -1, defaultDescription: '-1', describe: 'Exit 1 when there are more warnings than this' },
  { name: 'stdin-filename', type: 'string', describe: 'Name to give standard input ("-") in output and for choosing its reader' },
  { name: 'color', type: 'boolean', describe: 'Force colour on or off (default: on for a terminal; NO_COLOR and FORCE_COLOR are honoured)' },
  { name: 'max-file-size', type: 'number', min: 1, default: DEFAULT_MAX_BYTES / 1048576, describe: 'Largest file to read, in MB' },
  FORM,
  { name: 'output-file', alias: ['o'], type: 'string', describe: 'Write the report to this file instead of standard output' },
  { name: 'filing', type: 'string', array: true, describe: 'A folder holding one filing (main document and exhibits): also check it as a whole' },
  { name: 'stats', type: 'boolean', default: false, describe: 'Print a closing table on stderr: files, certifications, time, errors and warnings by rule' },
  { name: 'concurrency', type: 'string', defaultDescription: '"auto"', describe: 'Worker threads for linting: a number, "auto" (by the amount of work) or "off" (none)' },
  {
    name: 'staged', type: 'boolean', default: false,
    describe: 'Lint the staged (index) version of the staged files that .soxlintrc.json "files" (default: exhibit 31/32 names) selects, as the pre-commit hook does',
  },
  HELP,
  { name: 'version', alias: ['v'], type: 'boolean', action: 'version', describe: "Show soxlint's version" },
];

/** `soxlint fix FILE...`: write corrections. */
export const FIX_OPTIONS: OptionSpec[] = [
  { name: 'output', alias: ['o'], type: 'string', describe: 'Output file (one FILE only)' },
  { name: 'out-dir', type: 'string', describe: "Write each output into this folder under its input's name" },
  { name: 'diff', type: 'boolean', default: false, describe: 'Print a unified diff (text and HTML) instead of writing files' },
  { name: 'force', type: 'boolean', default: false, describe: 'Overwrite an existing output' },
  PROFILE,
  FORM,
  HELP,
];

export function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A flag for messages: "--max-warnings". */
export function flag(spec: OptionSpec): string {
  return `--${spec.name}`;
}
