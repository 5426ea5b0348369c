import { absentParagraphs, clip, indexes, permittedOmissions } from './shared/certification.js';
import { amendmentShape, claimGlue } from './omissions.js';
import type { Change } from '../changes.js';
import type { CertificationRule, Declared } from './rule.js';

export const missingParagraph: Declared<CertificationRule> = {
  id: 'SOX002',
  name: 'missing-paragraph',
  severity: 'error',
  fixable: true,
  description: 'A required paragraph of the certification is absent.',
  scope: 'certification',
  wording: true,
  check(cert, context) {
    const absent = absentParagraphs(cert);
    const permitted = permittedOmissions(cert, absent);
    claimGlue(cert, absent);
    const amendment = amendmentShape(cert, absent);
    const paras = cert.template.paragraphs;
    // Plain loops: a callback or for-of adds an inlined builtin or an iterator protocol to the graph
    // TurboFan compiles in every worker.
    for (let index = 0; index < paras.length; index++) {
      const p = paras[index];
      if (!absent.has(p.id)) continue;
      const own: Change[] = [];
      for (let k = 0; k < cert.changes.length; k++) if (cert.changes[k].para === index) own.push(cert.changes[k]);
      // Differences an earlier rule reported (the 2002 form's 4(c), as outdated-form) are not reported again.
      let reported = own.length > 0;
      for (let k = 0; k < own.length && reported; k++) reported = cert.isClaimed(own[k]);
      for (let k = 0; k < own.length; k++) cert.claim(own[k]);
      if (permitted.has(p.id) || reported || (amendment && p.id !== amendment[0])) continue;
      // It belongs before the next paragraph that is present (its label included).
      let before = -1;
      for (let i = p.tokenEnd; i < cert.template.keys.length && before < 0; i++) {
        if (!absent.has(paras[cert.template.para[i]].id) && cert.alignment.templateToSubmitted[i] >= 0) before = cert.alignment.templateToSubmitted[i];
      }
      const ins: number[] = [];
      for (let k = 0; k < own.length; k++) for (let m = 0; m < own[k].ins.length; m++) ins.push(own[k].ins[m]);
      const expected = cert.templateWords(indexes(p.tokenStart, p.tokenEnd));
      const report = cert.seq.slots.report?.value;
      context.report({
        message: amendment
          ? `Paragraphs ${amendment.join(', ')} are missing; paragraph 1 names an amended report ("${report}"): if the amendment holds no financial statements, lint it with --profile amendment`
          : `Paragraph ${p.id} is missing: "${clip(expected)}"`,
        paragraph: p.id,
        range: ins.length ? cert.seqRange(ins[0], ins[ins.length - 1]) : cert.insertionPoint(before),
        expected,
        actual: ins.length ? cert.seqQuote(ins[0], ins[ins.length - 1]) : null,
      });
    }
  },
};
