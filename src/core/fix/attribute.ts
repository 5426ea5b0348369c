// Which rule owns each difference of a certification. Rules claim differences without naming
// themselves, so they are run again, one at a time, on a fresh copy and each one's new claims and
// findings noted. Browser-safe.
import { Certification } from '../certification.js';
import type { Report } from '../rules/rule.js';
import { certificationRules } from '../rules/index.js';
import { alteredWording } from '../rules/sox004-altered-wording.js';

export interface Attribution {
  /** Per template token, per sequence element: the rule that claimed it, or null. */
  ownerT: (string | null)[];
  ownerS: (string | null)[];
  /** Each rule's findings, as it reported them. */
  findings: Map<string, Finding[]>;
}

export interface Finding extends Report {
  ruleId: string;
}

/** The rule that reports whatever no other rule claimed. */
export const CATCH_ALL = alteredWording.id;

export function attribute(cert: Certification): Attribution {
  const fresh = new Certification(cert.doc, cert.template, cert.region, cert.seq, cert.alignment, cert.changes, cert.profile);
  const ownerT: (string | null)[] = new Array(fresh.claimedT.length).fill(null);
  const ownerS: (string | null)[] = new Array(fresh.claimedS.length).fill(null);
  const findings = new Map<string, Finding[]>();
  for (const rule of certificationRules) {
    const mine: Finding[] = [];
    rule.check(fresh, { report: (r) => { mine.push({ ...r, ruleId: rule.id }); } });
    findings.set(rule.id, mine);
    fresh.claimedT.forEach((v, i) => { if (v && ownerT[i] === null) ownerT[i] = rule.id; });
    fresh.claimedS.forEach((v, j) => { if (v && ownerS[j] === null) ownerS[j] = rule.id; });
  }
  // What is left of the wording changes is altered wording (SOX004 reports it without claiming),
  // run by run as SOX004 splits it (page furniture never reaches the comparison: core/furniture.ts).
  for (const c of fresh.changes) {
    if (c.kind !== 'wording') continue;
    const del = c.del.filter((i) => ownerT[i] === null);
    const ins = c.ins.filter((j) => ownerS[j] === null);
    const runs: number[][] = [];
    for (const j of ins) {
      const last = runs[runs.length - 1];
      if (last && last[last.length - 1] === j - 1) last.push(j); else runs.push([j]);
    }
    if (runs.length === 0) runs.push([]);
    runs.forEach((run, n) => {
      const piece = { ...c, del: n === 0 ? del : [], ins: run };
      if (piece.del.length === 0 && run.length === 0) return;
      for (const i of piece.del) ownerT[i] = CATCH_ALL;
      for (const j of run) ownerS[j] = CATCH_ALL;
    });
  }
  return { ownerT, ownerS, findings };
}
