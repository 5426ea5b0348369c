// Why a finding is left for a person: what soxlint cannot know or must not invent. Each rule says
// it in its metadata (notFixedReason); these are the cases that depend on the finding.
import { rulesById } from '../rules/index.js';
import { reportWording } from '../rules/sox005-report-wording.js';

export function notFixableReason(ruleId: string | null): string {
  return (ruleId && rulesById.get(ruleId)?.notFixedReason) || 'not a correction soxlint writes';
}

/** SOX005 in paragraph 1: an amendment's certification must name the amended report, which only the filer knows. */
export function namesWrongReport(ruleId: string | null, paragraph: string | null): boolean {
  return ruleId === reportWording.id && paragraph === '1';
}

export const WRONG_REPORT = 'paragraph 1 must name the report being filed; only the filer knows which';

export function unverifiedReason(form: string): string {
  return `the ${form} template is not verified against an official text: compare it with the form by hand`;
}
