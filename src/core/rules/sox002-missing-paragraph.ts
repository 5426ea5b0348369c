import { absentParagraphs, clip, indexes, permittedOmissions } from './shared/certification.js';
import { docsPath, type CertificationRule } from './rule.js';

export const missingParagraph: CertificationRule = {
  id: 'SOX002',
  name: 'missing-paragraph',
  severity: 'error',
  fixable: true,
  description: 'A required paragraph of the certification is absent.',
  docs: docsPath('SOX002', 'missing-paragraph'),
  scope: 'certification',
  wording: true,
  check(cert, context) {
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
      const expected = cert.templateWords(indexes(p.tokenStart, p.tokenEnd));
      context.report({
        message: `Paragraph ${p.id} is missing: "${clip(expected)}"`,
        paragraph: p.id,
        range: ins.length ? cert.seqRange(ins[0], ins[ins.length - 1]) : cert.insertionPoint(before),
        expected,
        actual: ins.length ? cert.seqWords(ins[0], ins[ins.length - 1]) : null,
      });
    });
  },
};
