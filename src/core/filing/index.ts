// Filing-level checks: a whole filing (a complete submission, or a folder of a main document and
// its exhibits) rather than one certification. Browser-safe: no node:* imports.
import type { LintOptions, LintResult } from '../types.js';
import { checkFiling, toLintMessage, type FilingFinding, type FilingInput } from './check.js';

export { checkFiling, toLintMessage, MAX_DAYS_BEFORE } from './check.js';
export type { FilingCertification, FilingDocument, FilingFinding, FilingInput } from './check.js';
export { certificationContexts, type CertificationContext } from './context.js';
export { readCover, periodOnCover, periodInReport, registrantOnCover, signatureDate, type Cover, type DeiFacts } from './cover.js';
export { parseDate, findDates, formatDay, type Day } from './dates.js';
export { parseFormType, formInReport, formOnCover, formInName, isCertificationType, requiresCertification, type FormName } from './forms.js';
export { rolesIn, officerRoles, foldName, sameRegistrant, type Roles } from './roles.js';

/** Sorts a result's messages and counts them again, after messages were added. */
export function recount(result: LintResult): LintResult {
  result.messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  result.errorCount = result.messages.filter((m) => m.severity === 2).length;
  result.warningCount = result.messages.filter((m) => m.severity === 1).length;
  return result;
}

/**
 * Adds findings to the results they belong to (by filePath); a finding whose file has no result
 * gets one. Returns the results, sorted and counted.
 */
export function addFindings(results: LintResult[], findings: FilingFinding[], options: LintOptions = {}): LintResult[] {
  for (const f of findings) {
    const m = toLintMessage(f, options);
    if (!m) continue;
    let r = results.find((x) => x.filePath === f.filePath);
    if (!r) {
      r = { filePath: f.filePath, certifications: [], messages: [], errorCount: 0, warningCount: 0 };
      results.push(r);
    }
    r.messages.push(m);
  }
  for (const r of results) recount(r);
  return results;
}

/** Runs the filing rules and adds their findings to the results. */
export function lintFiling(results: LintResult[], input: FilingInput, options: LintOptions = {}): LintResult[] {
  return addFindings(results, checkFiling(input), options);
}
