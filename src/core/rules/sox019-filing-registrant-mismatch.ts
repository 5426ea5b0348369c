import { docsPath, type FileRule } from './rule.js';

// Checked over a whole filing (src/core/filing/), not within one certification.
export const filingRegistrantMismatch: FileRule = {
  id: 'SOX019',
  name: 'filing-registrant-mismatch',
  severity: 'warning',
  description: "Paragraph 1's registrant differs from the filer's name.",
  docs: docsPath('SOX019', 'filing-registrant-mismatch'),
  scope: 'file',
};
