import { clip } from './shared/certification.js';
import { groupAdjacent, quoteGroup, trimShared, unclaimed, type Piece } from './differences.js';
import type { CertificationRule, Declared } from './rule.js';

/** Splits a piece's inserted words into runs of consecutive ones (claimed words split them). */
function runs(p: Piece): Piece[] {
  if (p.ins.length === 0) return [p];
  const out: Piece[] = [];
  for (let k = 0; k < p.ins.length; k++) {
    const j = p.ins[k];
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
  // Plain loops, no destructuring of trimShared's pair: each for-of, callback and array pattern adds
  // an iterator protocol or an inlined builtin to the graph TurboFan compiles in every worker.
  check(cert, context) {
    const pieces: Piece[] = [];
    const found = unclaimed(cert, 'wording');
    for (let k = 0; k < found.length; k++) {
      const split = runs(found[k]);
      for (let m = 0; m < split.length; m++) if (split[m].del.length || split[m].ins.length) pieces.push(split[m]);
    }
    const groups = groupAdjacent(cert, pieces);
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k];
      const q = quoteGroup(cert, g);
      const trimmed = trimShared(q.expected, q.actual);
      const expected = trimmed[0];
      const actual = trimmed[1];
      const para = cert.paraId(g.para);
      let omitted = true;
      let inserted = true;
      for (let m = 0; m < g.pieces.length; m++) {
        if (g.pieces[m].ins.length !== 0) omitted = false;
        if (g.pieces[m].del.length !== 0) inserted = false;
      }
      let message: string;
      if (omitted) message = `Paragraph ${para}: "${clip(expected!)}" omitted`;
      else if (inserted) message = `Paragraph ${para}: "${clip(actual!)}" inserted`;
      else message = `Paragraph ${para}: "${clip(expected ?? '')}" replaced by "${clip(actual ?? '')}"`;
      context.report({ message, paragraph: para, range: q.range, expected: q.expected, actual: q.actual });
    }
  },
};
