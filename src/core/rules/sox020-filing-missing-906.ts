import { docsPath, type FileRule } from './rule.js';

// Checked over a whole filing (src/core/filing/), not within one certification.
export const filingMissing906: FileRule = {
  id: 'SOX020',
  name: 'filing-missing-906',
  severity: 'error',
  description: 'A 10-K, 10-Q or 20-F with financial statements has no Section 906 certification.',
  docs: docsPath('SOX020', 'filing-missing-906'),
  scope: 'file',
};
