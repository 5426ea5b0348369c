// The JSON output: an array of results, the shape CI scripts read (see README "JSON output"). A file
// that could not be read holds one fatal message, as ESLint reports one it could not parse.
import type { LintResult } from '../types.js';
import { fatalMessage } from './fatal.js';

export function formatJson(results: LintResult[]): string {
  return JSON.stringify(results.map((r) => ({
    filePath: r.filePath,
    certifications: r.certifications,
    messages: r.fatal !== undefined ? [fatalMessage(r.fatal)] : r.messages,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
  })), null, 2) + '\n';
}
