// A file that could not be read is a result with one fatal message, as ESLint reports a file it
// could not parse. Only the command line makes these; the formatters render them.
import type { LintResult } from '../types.js';

export interface FatalMessage {
  ruleId: null;
  fatal: true;
  severity: 2;
  message: string;
}

export function fatalResult(filePath: string, reason: string): LintResult {
  return { filePath, certifications: [], messages: [], errorCount: 1, warningCount: 0, fatal: reason };
}

export function fatalMessage(reason: string): FatalMessage {
  return { ruleId: null, fatal: true, severity: 2, message: reason };
}
