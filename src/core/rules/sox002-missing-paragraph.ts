import { ABSENT_BELOW } from '../align.js';
import type { Certification } from '../certification.js';
import { ICFR_PART } from '../template.js';
import { docsPath, type CertificationRule } from './rule.js';

/** Paragraphs the profile lets a filer leave out, given which ones are absent. */
export function permittedOmissions(cert: Certification, absent: Set<string>): Set<string> {
  const ok = new Set<string>();
  // Rule 13a-14(a)'s transition covers the forms with its ICFR clause, not Rule 30a-2 (N-CSR).
  if (cert.profile === 'transition' && cert.template.part.includes(ICFR_PART)) ok.add('4(b)');
  if (cert.profile === 'amendment') {
    // Whole paragraphs 3, 4 and 5 with their sub-paragraphs, never a part of one.
    for (const group of ['3', '4', '5']) {
      const members = cert.template.paragraphs.filter((p) => p.compared && p.id.replace(/[(-].*$/, '') === group);
      if (members.length && members.every((p) => absent.has(p.id))) for (const p of members) ok.add(p.id);
    }
  }
  return ok;
}

const absentCache = new WeakMap<Certification, Set<string>>();

export function absentParagraphs(cert: Certification): Set<string> {
  const cached = absentCache.get(cert);
  if (cached) return cached;
  const absent = new Set<string>();
  absentCache.set(cert, absent);
  cert.template.paragraphs.forEach((p, index) => {
    if (p.compared && p.tokenEnd > p.tokenStart && cert.matchedShare(index) < ABSENT_BELOW) absent.add(p.id);
  });
  return absent;
}

export const missingParagraph: CertificationRule = {
  id: 'SOX002',
  name: 'missing-paragraph',
  severity: 'error',
  description: 'A required paragraph of the certification is absent.',
  docs: docsPath('SOX002', 'missing-paragraph'),
  scope: 'certification',
  check(cert) {
    const absent = absentParagraphs(cert);
    const permitted = permittedOmissions(cert, absent);
    const paras = cert.template.paragraphs;
    paras.forEach((p, index) => {
      if (!absent.has(p.id)) return;
      const own = cert.changes.filter((c) => c.para === index);
      for (const c of own) cert.claim(c);
      if (permitted.has(p.id)) return;
      // It belongs before the next paragraph that is present (its label included).
      let before = -1;
      for (let i = p.tokenEnd; i < cert.template.keys.length && before < 0; i++) {
        if (!absent.has(paras[cert.template.para[i]].id) && cert.alignment.tMatch[i] >= 0) before = cert.alignment.tMatch[i];
      }
      const ins = own.flatMap((c) => c.ins);
      const expected = cert.templateWords(range(p.tokenStart, p.tokenEnd));
      cert.report({
        ruleId: 'SOX002',
        message: `Paragraph ${p.id} is missing: "${clip(expected)}"`,
        paragraph: p.id,
        range: ins.length ? cert.seqRange(ins[0], ins[ins.length - 1]) : cert.insertionPoint(before),
        expected,
        actual: ins.length ? cert.seqWords(ins[0], ins[ins.length - 1]) : null,
      });
    });
  },
};

export function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

/** Shortens a long quotation for a one-line message. */
export function clip(s: string, max = 90): string {
  return s.length <= max ? s : s.slice(0, max - 1).replace(/\s+\S*$/, '') + ' ...';
}
