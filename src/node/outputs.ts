// Several output formats at once (`--format stylish --format sarif:soxlint.sarif`): a format with
// ":PATH" is written to that file, one without goes to standard output, at most one of them.
import { mkdir, writeFile } from './fs-async.js';
import { dirname, resolve } from 'node:path';
import { formatters, type FormatOptions } from '../core/formatters/index.js';
import type { LintResult } from '../core/types.js';

export interface OutputSpec {
  format: string;
  /** File to write, as given; null for standard output. */
  path: string | null;
}

/** Formats whose every run should leave a whole document, even when soxlint stopped early. */
const DOCUMENT_FORMATS = new Set(['json']);

/** The --format values as output specs; a string (one line) saying what is wrong otherwise. */
export function parseOutputs(values: unknown): OutputSpec[] | string {
  // The same format given twice is asked once.
  const list = [...new Set(values === undefined ? [] : Array.isArray(values) ? values : [values])];
  const specs: OutputSpec[] = [];
  for (const v of list) {
    if (typeof v !== 'string' || v === '') return '--format takes a format name, optionally with :PATH';
    const colon = v.indexOf(':');
    const format = colon < 0 ? v : v.slice(0, colon);
    const path = colon < 0 ? null : v.slice(colon + 1);
    if (!Object.hasOwn(formatters, format)) return `--format: unknown format ${JSON.stringify(format)} (choose from ${Object.keys(formatters).join(', ')})`;
    if (path === '') return `--format ${format}: give a file after ":", or no ":" for standard output`;
    specs.push({ format, path });
  }
  if (specs.filter((s) => s.path === null).length > 1) return '--format: at most one format can go to standard output; give the others a file (e.g. sarif:soxlint.sarif)';
  const paths = specs.flatMap((s) => (s.path === null ? [] : [s.path]));
  if (new Set(paths).size < paths.length) return '--format: two formats name the same file';
  return specs.length ? specs : [{ format: 'stylish', path: null }];
}

/**
 * Writes every output; returns the files that could not be written with the reason. A file output
 * is never coloured.
 */
export async function writeOutputs(
  results: LintResult[],
  specs: OutputSpec[],
  stdout: { write(s: string): unknown },
  options: FormatOptions,
  cwd: string,
): Promise<[string, string][]> {
  const failed: [string, string][] = [];
  for (const spec of specs) {
    if (spec.path === null) {
      stdout.write(formatters[spec.format](results, options));
      continue;
    }
    const text = formatters[spec.format](results, { ...options, color: false });
    const abs = resolve(cwd, spec.path);
    try {
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, text);
    } catch (err) {
      failed.push([spec.path, cannotWrite(spec.format, err)]);
    }
  }
  return failed;
}

/** The reason an output file could not be written. */
export function cannotWrite(format: string, err: unknown): string {
  return `cannot write ${format} output: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
}

/** Whether some output needs the rules' metadata and the tool's version (read from disk). */
export function needsContext(specs: OutputSpec[]): boolean {
  return specs.some((s) => s.format === 'sarif');
}

/**
 * For an error found before the outputs were settled (usage, config, git): what --format asked of
 * standard output, read from the raw arguments, so that `-f json` still prints a JSON document.
 */
export function stdoutDocumentFormat(argv: string[]): string | null {
  let found: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    let v: string | undefined;
    if (a === '-f' || a === '--format') v = argv[++i];
    else if (a.startsWith('--format=')) v = a.slice(9);
    else if (a.startsWith('-f=')) v = a.slice(3);
    else if (/^-f[a-z]/.test(a)) v = a.slice(2);
    if (v !== undefined && !v.includes(':')) found = v;
  }
  return found !== null && DOCUMENT_FORMATS.has(found) ? found : null;
}
