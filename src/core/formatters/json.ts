// The JSON output: an array of results, the shape CI scripts read (see README "JSON output").
import type { LintResult } from '../types.js';

export function formatJson(results: LintResult[]): string {
  return JSON.stringify(results.map((r) => ({
    filePath: r.filePath,
    certifications: r.certifications.map(({ spans: _spans, ...c }) => c),
    messages: r.messages,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
  })), null, 2) + '\n';
}
