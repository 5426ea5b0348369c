import type { Change } from '../changes.js';
import type { Certification } from '../certification.js';
import { trimShared } from './differences.js';
import type { CertificationRule, Declared } from './rule.js';

const ADJECTIVES = new Set(['annual', 'quarterly', 'amended', 'transition', 'periodic']);
const REPORT_NAME = /\b(?:form|10-k|10-q|20-f|40-f|n-csr|annual|quarterly)\b/i;

/** "this annual report": an adjective put in before a "report" that stands. */
function adjectiveBeforeReport(cert: Certification, c: Change): boolean {
  if (c.del.length || c.ins.length === 0 || c.before < 0) return false;
  if (!/^report[.,;:]?$/.test(cert.seq.keys[c.before])) return false;
  return cert.insWords(c).every((w) => ADJECTIVES.has(w));
}

/** "this Form 10-K": "report" itself replaced by the report's name. */
function reportReplaced(cert: Certification, c: Change): boolean {
  if (c.del.length === 0 || c.ins.length === 0) return false;
  const del = cert.delWords(c);
  if (!del.includes('report') || !del.every((w) => w === 'report' || w === 'this')) return false;
  return REPORT_NAME.test(cert.seqWords(c.ins[0], c.ins[c.ins.length - 1]));
}

export const reportWording: Declared<CertificationRule> = {
  id: 'SOX005',
  name: 'report-wording',
  severity: 'error',
  fixable: true,
  description: '"report" rewritten ("annual report", "quarterly report", "Form 10-K") outside paragraph 1.',
  scope: 'certification',
  wording: true,
  check(cert, context) {
    // An amendment's certification must name the amended report (e.g. "Form 10-K/A").
    const report = cert.seq.slots.report;
    if (cert.profile === 'amendment' && report && !/\/A\b|amend/i.test(report.value)) {
      context.report({
        message: `Paragraph 1 names "${report.value}"; an amendment's certification names the amended report (e.g. "Form 10-K/A")`,
        paragraph: '1',
        range: cert.tokenRange(report.first, report.last),
        expected: null,
        actual: report.value,
      });
    }
    for (let k = 0; k < cert.changes.length; k++) {
      const c = cert.changes[k];
      const para = cert.paraId(c.para);
      if (c.kind !== 'wording' || para === '1' || para === 'intro' || cert.isClaimed(c)) continue;
      const adjective = adjectiveBeforeReport(cert, c);
      if (!adjective && !reportReplaced(cert, c)) continue;
      cert.claim(c);
      const actual = adjective
        ? cert.seqQuote(c.ins[0], c.before)
        : cert.seqQuote(c.ins[0], c.ins[c.ins.length - 1]);
      const expected = adjective ? 'report' : cert.templateWords(c.del);
      context.report({
        message: `Paragraph ${para}: "${trimShared(expected, actual).join('" rewritten as "')}"; the form says "this report"`,
        paragraph: para,
        range: adjective ? cert.seqRange(c.ins[0], c.before) : cert.changeRange(c),
        expected,
        actual,
      });
    }
  },
};
