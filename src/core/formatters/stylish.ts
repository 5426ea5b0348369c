// ESLint's "stylish" shape: a header per file, one line per finding, a summary. A pure function:
// colour is decided by the caller.
import { Chalk } from 'chalk';
import { forTerminal, quotedForTerminal as printable } from '../terminal.js';
import type { LintResult } from '../types.js';
import type { FormatOptions } from './options.js';
import { joined, wholeOutput, type PieceStream } from './stream.js';

export type { FormatOptions };

/** The styles used here. Without colour they are the identity, as chalk's level 0 is, so that a run
 * printing to a pipe does not make chalk's style tables (the CLI's bundle loads chalk when first used:
 * scripts/bundle.js). */
type Style = (s: string) => string;
interface Styles {
  red: Style & { bold: Style };
  yellow: Style & { bold: Style };
  green: Style;
  dim: Style;
  underline: Style;
}
const same = Object.assign((s: string) => s, { bold: (s: string) => s });
const PLAIN: Styles = { red: same, yellow: same, green: same, dim: same, underline: same };

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** Stylish, result by result: the findings of each file as it comes, the summary at the end. */
export function piecesStylish(options: FormatOptions): PieceStream {
  const c: Styles = options.color ? new Chalk({ level: 1 }) : PLAIN;
  let printed = false;
  let files = 0;
  let errors = 0;
  let warnings = 0;
  let shownWarnings = 0;
  let certifications = 0;
  let unread = 0;
  return {
    // A file that could not be read has had its one line on stderr already.
    piece: (r) => (r.fatal === undefined && r.messages.length > 0 ? fileBlock(r, c) : ''),
    between: '',
    lead(t, empty) {
      files += t.files;
      unread += t.fatal;
      errors += t.errors;
      warnings += t.warnings;
      certifications += t.certifications;
      shownWarnings += t.shownWarnings;
      if (!empty) printed = true;
      return '';
    },
    end() {
      const total = errors + warnings;
      if (total > 0) {
        // Under --quiet the warnings are counted but not listed: the line says so.
        const hidden = warnings - shownWarnings;
        const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${hidden > 0 ? `; ${hidden} not shown (--quiet)` : ''})`;
        return `\n${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
      }
      if (unread > 0) return '';
      return `${printed ? '\n' : ''}${c.green(`\u2714 ${plural(files, 'file')}, ${plural(certifications, 'certification')}, no problems`)}\n`;
    },
  };
}

export const streamStylish = joined(piecesStylish);

/** The whole stylish output of a run. */
export const formatStylish: (results: LintResult[], options: FormatOptions) => string = wholeOutput(streamStylish);

/** One file's header, its certifications, and a row per finding, columns aligned within the file. */
function fileBlock(r: LintResult, c: Styles): string {
  let out = `\n${c.underline(forTerminal(r.filePath))}\n`;
  for (const cert of r.certifications) {
    const who = [cert.officer, cert.report && cert.registrant ? `${cert.report} of ${cert.registrant}` : cert.report]
      .filter(Boolean).join(', ');
    out += c.dim(`  certification at ${r.lineUnit ?? 'line'} ${cert.line}${cert.document ? ` (${printable(cert.document)})` : ''}: form ${cert.form}${cert.profile !== 'standard' ? ` (profile ${cert.profile})` : ''}${who ? `; ${printable(who)}` : ''}`) + '\n';
  }
  const rows = r.messages.map((m) => [
    // In a .docx: the paragraph as Word users find it, by its number and opening words.
    m.excerpt !== undefined ? `paragraph ${m.line} "${printable(m.excerpt)}"` : `${m.line}:${m.column}`,
    m.severity === 2 ? 'error' : 'warning',
    (m.document && !m.message.includes(m.document) ? `[${forTerminal(m.document)}] ` : '') + printable(m.message),
    m.ruleName,
  ]);
  const w0 = rows.reduce((w, x) => Math.max(w, x[0].length), 0);
  const w2 = rows.reduce((w, x) => Math.max(w, x[2].length), 0);
  for (const [pos, sev, msg, rule] of rows) {
    const sevText = sev === 'error' ? c.red(pad(sev, 7)) : c.yellow(pad(sev, 7));
    out += `  ${c.dim(pad(pos, w0))}  ${sevText}  ${pad(msg, w2)}  ${c.dim(rule)}\n`;
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
