import { docsPath, type FileRule } from './rule.js';

// Checked over a whole filing (src/core/filing/), not within one certification.
export const filingReportMismatch: FileRule = {
  id: 'SOX018',
  name: 'filing-report-mismatch',
  severity: 'error',
  description: "Paragraph 1 names a different form or period than the filing's.",
  docs: docsPath('SOX018', 'filing-report-mismatch'),
  scope: 'file',
};
