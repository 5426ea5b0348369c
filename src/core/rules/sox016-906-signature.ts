import { docsPath, type FileRule } from './rule.js';

// Checked on Section 906 certifications (src/core/section906.ts).
export const signature906: FileRule = {
  id: 'SOX016',
  name: '906-signature',
  severity: 'error',
  description: 'A Section 906 certification (Exhibit 32) is not signed (/s/ name) or not dated.',
  docs: docsPath('SOX016', '906-signature'),
  scope: 'file',
};
