import { docsPath, type FileRule } from './rule.js';

// Checked over a whole filing (src/core/filing/), not within one certification.
export const filingMissingOfficer: FileRule = {
  id: 'SOX017',
  name: 'filing-missing-officer',
  severity: 'error',
  description: 'A filing lacks a separate Section 302 certification by its principal executive officer or its principal financial officer.',
  docs: docsPath('SOX017', 'filing-missing-officer'),
  scope: 'file',
};
