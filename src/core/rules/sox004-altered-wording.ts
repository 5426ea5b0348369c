import type { Change } from '../changes.js';
import type { Certification } from '../certification.js';
import { clip } from './sox002-missing-paragraph.js';
import { docsPath, type CertificationRule } from './rule.js';

/** Page numbers and "<PAGE>" markers that page breaks leave between paragraphs. */
const PAGE_FURNITURE = /^(?:-?\(?\d{1,3}\)?-?|-|page|<page>|of)$/i;

function isPageFurniture(cert: Certification, c: Change, ins: number[]): boolean {
  return c.del.length === 0 && ins.every((j) => PAGE_FURNITURE.test(cert.seq.keys[j]));
}

/** Splits a list of sequence indexes into runs of consecutive ones. */
function runs(idx: number[]): number[][] {
  const out: number[][] = [];
  for (const j of idx) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === j - 1) last.push(j); else out.push([j]);
  }
  return out;
}

export const alteredWording: CertificationRule = {
  id: 'SOX004',
  name: 'altered-wording',
  severity: 'error',
  description: 'Words inserted, deleted or replaced in a paragraph that is present.',
  docs: docsPath('SOX004', 'altered-wording'),
  scope: 'certification',
  check(cert) {
    for (const c of cert.changes) {
      const del = c.del.filter((i) => !cert.claimedT[i]);
      const insAll = c.ins.filter((j) => !cert.claimedS[j]);
      if (del.length === 0 && insAll.length === 0) continue;
      if (isPageFurniture(cert, c, insAll)) continue;
      // Inserted words split by claimed ones are reported as separate runs, the omission with the first.
      const insRuns = insAll.length ? runs(insAll) : [[]];
      insRuns.forEach((ins, n) => {
        const d = n === 0 ? del : [];
        if (d.length === 0 && ins.length === 0) return;
        const expected = d.length ? cert.templateWords(d) : null;
        const actual = ins.length ? cert.seqWords(ins[0], ins[ins.length - 1]) : null;
        const para = cert.paraId(c.para);
        let message: string;
        if (expected && actual) message = `Paragraph ${para}: "${clip(expected)}" replaced by "${clip(actual)}"`;
        else if (expected) message = `Paragraph ${para}: "${clip(expected)}" omitted`;
        else message = `Paragraph ${para}: "${clip(actual!)}" inserted`;
        cert.report({ ruleId: 'SOX004', message, paragraph: para, range: cert.changeRange(c, ins), expected, actual });
      });
    }
  },
};
