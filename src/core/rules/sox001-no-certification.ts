import { docsPath, type FileRule } from './rule.js';

export const noCertification: FileRule = {
  id: 'SOX001',
  name: 'no-certification',
  severity: 'error',
  description: 'A file given by name holds no Section 302 or Section 906 certification.',
  docs: docsPath('SOX001', 'no-certification'),
  scope: 'file',
};
