import type { Change } from '../changes.js';
import { absentParagraphs, clip } from './shared/certification.js';
import { ICFR_PART } from '../template.js';
import type { Certification } from '../certification.js';
import type { CertificationRule, Declared, RuleContext } from './rule.js';

/** Below this share of the clause's words matched, the clause is missing; above, it is altered wording. */
const CLAUSE_PRESENT_SHARE = 0.5;


export const missingIcfrClause: Declared<CertificationRule> = {
  id: 'SOX003',
  name: 'missing-icfr-clause',
  severity: 'error',
  fixable: true,
  description: "Paragraph 4's introduction lacks the internal control over financial reporting words.",
  scope: 'certification',
  wording: true,
  check(cert, context) {
    const first = cert.template.part.indexOf(ICFR_PART);
    if (first < 0) return; // a form without the clause
    const index = cert.template.para[first];
    const p = cert.template.paragraphs[index];
    if (absentParagraphs(cert).has(p.id)) return; // SOX002 reports the whole paragraph
    if (cert.matchedShare(index, ICFR_PART) >= CLAUSE_PRESENT_SHARE) return; // small slips are altered wording
    // Its own function: called for few certifications, it is not compiled into this check.
    claimAndReport(cert, context, index);
  },
};

/** The clause is missing from paragraph `index`: its changes claimed and, but under the transition profile, reported. */
function claimAndReport(cert: Certification, context: RuleContext, index: number): void {
  const p = cert.template.paragraphs[index];
  const { part } = cert.template;
  const partTokens: number[] = [];
  for (let i = p.tokenStart; i < p.tokenEnd; i++) if (part[i] === ICFR_PART) partTokens.push(i);
  // Pushed, not filter()ed: TurboFan's inlined filter() hands back an array of another map than
  // the interpreter's, and this check deopted on it in every worker (see Alignment.moved in align.ts).
  // Plain loops: each for-of and callback adds an iterator protocol or an inlined builtin to the
  // graph TurboFan compiles.
  const touched: Change[] = [];
  const { changes, claimedT, claimedS } = cert;
  for (let k = 0; k < changes.length; k++) {
    const { para, del, ins } = changes[k];
    if (para !== index) continue;
    let inClause = false;
    for (let m = 0; m < del.length; m++) if (part[del[m]] === ICFR_PART) { claimedT[del[m]] = 1; inClause = true; }
    if (!inClause) continue;
    touched.push(changes[k]);
    for (let m = 0; m < ins.length; m++) claimedS[ins[m]] = 1;
  }
  if (cert.profile === 'transition') return; // Rule 13a-14(a), last sentence
  const at = touched[0];
  const ins = at ? at.ins : [];
  const expected = cert.templateWords(partTokens);
  context.report({
    message: `Paragraph ${p.id} omits the internal control over financial reporting clause "${clip(expected, 60)}"`,
    paragraph: p.id,
    range: at ? cert.changeRange(at) : cert.insertionPoint(-1),
    expected,
    actual: ins.length ? cert.seqQuote(ins[0], ins[ins.length - 1]) : null,
  });
}
