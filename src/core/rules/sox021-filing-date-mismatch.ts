import { docsPath, type FileRule } from './rule.js';

// Checked over a whole filing (src/core/filing/), not within one certification.
export const filingDateMismatch: FileRule = {
  id: 'SOX021',
  name: 'filing-date-mismatch',
  severity: 'warning',
  description: 'A certification is dated after the filing date, or long before it.',
  docs: docsPath('SOX021', 'filing-date-mismatch'),
  scope: 'file',
};
