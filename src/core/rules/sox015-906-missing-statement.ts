import { docsPath, type FileRule } from './rule.js';

// Checked on Section 906 certifications (src/core/section906.ts).
export const missing906Statement: FileRule = {
  id: 'SOX015',
  name: '906-missing-statement',
  severity: 'error',
  description: 'A Section 906 certification (Exhibit 32) lacks one of the two statements 18 U.S.C. 1350(b) requires.',
  docs: docsPath('SOX015', '906-missing-statement'),
  scope: 'file',
};
