// Reports differences of punctuation only or letter case only: one finding for each run of adjacent
// ones in a paragraph, after the specific rules have claimed theirs.
import type { ChangeKind } from '../changes.js';
import type { Certification } from '../certification.js';
import { absentParagraphs } from './shared/certification.js';
import type { RuleContext } from './rule.js';
import { claimAll, groupAdjacent, quoteGroup, trimShared, unclaimed } from './differences.js';

export function reportCosmetic(cert: Certification, kind: Exclude<ChangeKind, 'wording'>, context: RuleContext): void {
  const absent = absentParagraphs(cert);
  const pieces = unclaimed(cert, kind).filter((p) => !absent.has(cert.paraId(p.para)));
  for (const g of groupAdjacent(cert, pieces)) {
    claimAll(cert, g);
    const q = quoteGroup(cert, g);
    const para = cert.paraId(g.para);
    const what = kind === 'punctuation' ? 'punctuation differs' : 'letter case differs';
    const [expected, actual] = trimShared(q.expected, q.actual);
    const message = expected !== null && actual !== null
      ? `Paragraph ${para}: ${what}: "${actual}" where the form has "${expected}"`
      : `Paragraph ${para}: ${what}: "${actual ?? expected}"`;
    context.report({ message, paragraph: para, range: q.range, expected: q.expected, actual: q.actual });
  }
}
