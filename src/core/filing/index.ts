// Filing-level checks: a whole filing (a complete submission, or a folder of a main document and
// its exhibits) rather than one certification. Browser-safe: no node:* imports.
import { emptyResult, sortAndCount } from '../messages.js';
import type { LintOptions, LintResult } from '../types.js';
import { checkFiling, toLintMessage } from './check.js';
import type { FilingFinding, FilingInput } from './types.js';

export { checkFiling, toLintMessage } from './check.js';
export { MAX_DAYS_BEFORE } from '../rules/shared/filing.js';
export type { FilingCertification, FilingDocument, FilingFinding, FilingInput } from './types.js';
export { filingCertifications, type FilingSource } from './record.js';
export { filingProfile } from './profile.js';
export { readCover, readMainDocument, periodOnCover, periodInReport, registrantOnCover, signatureDate, type Cover, type DeiFacts, type MainDocumentInfo } from './cover.js';
export { parseDate, findDates, formatDay, type Day } from '../dates.js';
export { parseFormType, formInReport, formOnCover, formInName, isCertificationType, requiresCertification, type FormName } from './forms.js';
export { rolesIn, officerRoles, foldName, sameRegistrant, type Roles } from './roles.js';

/**
 * Adds findings to the results they belong to (by filePath); a finding whose file has no result
 * gets one. Returns the results, sorted and counted.
 */
export function addFindings(results: LintResult[], findings: FilingFinding[], options: LintOptions = {}): LintResult[] {
  for (const f of findings) {
    const m = toLintMessage(f, options.rules);
    if (!m) continue;
    let r = results.find((x) => x.filePath === f.filePath);
    if (!r) {
      r = emptyResult(f.filePath);
      results.push(r);
    }
    r.messages.push(m);
  }
  for (const r of results) sortAndCount(r);
  return results;
}

/** Runs the filing rules and adds their findings to the results. */
export function lintFiling(results: LintResult[], input: FilingInput, options: LintOptions = {}): LintResult[] {
  return addFindings(results, checkFiling(input), options);
}
