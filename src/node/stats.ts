// --stats: a closing table on stderr, so that it never mixes with a format's output: files,
// certifications, time, and errors and warnings by rule.
import type { LintResult } from '../core/types.js';

export function statsTable(results: LintResult[], ms: number): string {
  const certifications = results.reduce((n, r) => n + r.certifications.length, 0);
  const unreadable = results.filter((r) => r.fatal !== undefined).length;
  const byRule = new Map<string, [number, number]>();
  for (const r of results) {
    for (const m of r.messages) {
      const key = `${m.ruleId} ${m.ruleName}`;
      const row = byRule.get(key) ?? [0, 0];
      row[m.severity === 2 ? 0 : 1]++;
      byRule.set(key, row);
    }
  }
  const n = (x: number) => x.toLocaleString('en-US');
  const seconds = Math.max(ms, 1) / 1000;
  const rows = [...byRule.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const total = rows.reduce(([e, w], [, [re, rw]]) => [e + re, w + rw], [0, 0]);
  const width = Math.max('could not be linted'.length, ...rows.map(([k]) => k.length));
  const line = (what: string, errors: string, warnings: string) => `${what.padEnd(width)}  ${errors.padStart(8)}  ${warnings.padStart(8)}`;
  return [
    `files            ${n(results.length)}`,
    `certifications   ${n(certifications)}`,
    `time             ${seconds.toFixed(2)} s (${n(Math.round(certifications / seconds))} certifications/s)`,
    '',
    line('rule', 'errors', 'warnings'),
    ...rows.map(([key, [e, w]]) => line(key, n(e), n(w))),
    ...(unreadable ? [line('could not be linted', n(unreadable), '')] : []),
    line('total', n(total[0] + unreadable), n(total[1])),
    '',
  ].join('\n');
}
