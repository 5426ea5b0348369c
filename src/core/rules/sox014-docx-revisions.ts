import { docsPath, type FileRule } from './rule.js';

// Reported by the .docx reader: what Word shows with changes unaccepted may not be what is filed.
export const docxRevisions: FileRule = {
  id: 'SOX014',
  name: 'docx-revisions',
  severity: 'warning',
  description: 'Unaccepted tracked changes or comments in a .docx.',
  docs: docsPath('SOX014', 'docx-revisions'),
  scope: 'file',
};
