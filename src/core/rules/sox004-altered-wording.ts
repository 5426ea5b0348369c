import { clip } from './shared/certification.js';
import { groupAdjacent, quoteGroup, trimShared, unclaimed, type Piece } from './differences.js';
import type { CertificationRule, Declared } from './rule.js';

/** Splits a piece's inserted words into runs of consecutive ones (claimed words split them). */
function runs(p: Piece): Piece[] {
  if (p.ins.length === 0) return [p];
  const out: Piece[] = [];
  for (const j of p.ins) {
    const last = out[out.length - 1];
    if (last && last.ins[last.ins.length - 1] === j - 1) last.ins.push(j);
    else out.push({ ...p, del: out.length ? [] : p.del, ins: [j] });
  }
  return out;
}

export const alteredWording: Declared<CertificationRule> = {
  id: 'SOX004',
  name: 'altered-wording',
  severity: 'error',
  fixable: true,
  description: 'Words inserted, deleted or replaced in a paragraph that is present.',
  scope: 'certification',
  wording: true,
  check(cert, context) {
    const pieces = unclaimed(cert, 'wording').flatMap(runs).filter((p) => p.del.length || p.ins.length);
    for (const g of groupAdjacent(cert, pieces)) {
      const q = quoteGroup(cert, g);
      const [expected, actual] = trimShared(q.expected, q.actual);
      const para = cert.paraId(g.para);
      const omitted = g.pieces.every((p) => p.ins.length === 0);
      const inserted = g.pieces.every((p) => p.del.length === 0);
      let message: string;
      if (omitted) message = `Paragraph ${para}: "${clip(expected!)}" omitted`;
      else if (inserted) message = `Paragraph ${para}: "${clip(actual!)}" inserted`;
      else message = `Paragraph ${para}: "${clip(expected ?? '')}" replaced by "${clip(actual ?? '')}"`;
      context.report({ message, paragraph: para, range: q.range, expected: q.expected, actual: q.actual });
    }
  },
};
