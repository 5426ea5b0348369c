// ESLint's "stylish" shape: a header per file, one line per finding, a summary. A pure function:
// colour is decided by the caller.
import { Chalk } from 'chalk';
import { forTerminal, quotedForTerminal as printable } from '../terminal.js';
import type { LintResult } from '../types.js';

export interface FormatOptions {
  color: boolean;
}


function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function formatStylish(results: LintResult[], options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    if (r.messages.length === 0) continue;
    out += `\n${c.underline(forTerminal(r.filePath))}\n`;
    for (const cert of r.certifications) {
      const who = [cert.officer, cert.report && cert.registrant ? `${cert.report} of ${cert.registrant}` : cert.report]
        .filter(Boolean).join(', ');
      out += c.dim(`  certification at line ${cert.line}${cert.document ? ` (${printable(cert.document)})` : ''}: form ${cert.form}${cert.profile !== 'standard' ? ` (profile ${cert.profile})` : ''}${who ? `; ${printable(who)}` : ''}`) + '\n';
    }
    const rows = r.messages.map((m) => [
      `${m.line}:${m.column}`,
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
  }
  const total = errors + warnings;
  if (total > 0) {
    const summary = `\u2716 ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    out += `\n${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
  }
  return out;
}
