// --stats: a closing table on stderr, so that it never mixes with a format's output: files,
// certifications, time, and errors and warnings by rule. Counted result by result, so that the
// results need not be held for it.
import type { Tally } from '../core/formatters/index.js';
import type { RuleCount } from './render.js';

export class RunStats {
  files = 0;
  certifications = 0;
  unreadable = 0;
  errors = 0;
  warnings = 0;
  /** "SOX001 rule-name" to [errors, warnings]. */
  private byRule = new Map<string, [number, number]>();

  /** One result or a run of them, by their counts (render.ts). */
  add(t: Tally, rules: RuleCount[]): void {
    this.files += t.files;
    this.certifications += t.certifications;
    this.unreadable += t.fatal;
    // A file that could not be read is one error (its fatal result's errorCount).
    this.errors += t.errors + t.fatal;
    this.warnings += t.warnings;
    for (const [key, errors, warnings] of rules) {
      const row = this.byRule.get(key);
      if (row) {
        row[0] += errors;
        row[1] += warnings;
      } else {
        this.byRule.set(key, [errors, warnings]);
      }
    }
  }

  /** The table, for a run that took `ms`. */
  table(ms: number): string {
    const n = (x: number) => x.toLocaleString('en-US');
    const seconds = Math.max(ms, 1) / 1000;
    const rows = [...this.byRule.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const total = rows.reduce(([e, w], [, [re, rw]]) => [e + re, w + rw], [0, 0]);
    const width = Math.max('could not be linted'.length, ...rows.map(([k]) => k.length));
    const line = (what: string, errors: string, warnings: string) => `${what.padEnd(width)}  ${errors.padStart(8)}  ${warnings.padStart(8)}`;
    return [
      `files            ${n(this.files)}`,
      `certifications   ${n(this.certifications)}`,
      `time             ${seconds.toFixed(2)} s (${n(Math.round(this.certifications / seconds))} certifications/s)`,
      '',
      line('rule', 'errors', 'warnings'),
      ...rows.map(([key, [e, w]]) => line(key, n(e), n(w))),
      ...(this.unreadable ? [line('could not be linted', n(this.unreadable), '')] : []),
      line('total', n(total[0] + this.unreadable), n(total[1])),
      '',
    ].join('\n');
  }
}
