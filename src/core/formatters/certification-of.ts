// Which certification of a file a finding belongs to: the last one that starts at or before the
// finding's line (in the same EDGAR document when the file is a submission), else the first.
import type { CertificationInfo, LintMessage } from '../types.js';

export function certificationIndex(certs: CertificationInfo[], m: LintMessage): number {
  let best = -1;
  certs.forEach((c, i) => {
    if (m.document !== undefined && c.document !== undefined && c.document !== m.document) return;
    if (c.line <= m.line && (best < 0 || c.line >= certs[best].line)) best = i;
  });
  if (best >= 0) return best;
  const sameDoc = certs.findIndex((c) => m.document === undefined || c.document === m.document);
  return sameDoc >= 0 ? sameDoc : 0;
}
