// Reports differences of punctuation only or letter case only: one finding for each run of adjacent
// ones in a paragraph, after the specific rules have claimed theirs.
import type { ChangeKind } from '../changes.js';
import type { Certification } from '../certification.js';
import { absentParagraphs } from './shared/certification.js';
import type { RuleContext } from './rule.js';
import { claimAll, groupAdjacent, quoteGroup, trimShared, unclaimed, type Piece } from './differences.js';

export function reportCosmetic(cert: Certification, kind: Exclude<ChangeKind, 'wording'>, context: RuleContext): void {
  const absent = absentParagraphs(cert);
  const pieces: Piece[] = [];
  const found = unclaimed(cert, kind);
  for (let k = 0; k < found.length; k++) if (!absent.has(cert.paraId(found[k].para))) pieces.push(found[k]);
  // Plain loops and no array pattern: see alteredWording.
  const groups = groupAdjacent(cert, pieces);
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    claimAll(cert, g);
    const q = quoteGroup(cert, g);
    const para = cert.paraId(g.para);
    const what = kind === 'punctuation' ? 'punctuation differs' : 'letter case differs';
    const trimmed = trimShared(q.expected, q.actual);
    const expected = trimmed[0];
    const actual = trimmed[1];
    const message = expected !== null && actual !== null
      ? `Paragraph ${para}: ${what}: "${actual}" where the form has "${expected}"`
      : `Paragraph ${para}: ${what}: "${actual ?? expected}"`;
    context.report({ message, paragraph: para, range: q.range, expected: q.expected, actual: q.actual });
  }
}
