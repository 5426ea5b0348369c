import { docsPath, type CertificationRule } from './rule.js';

export const paragraphOrder: CertificationRule = {
  id: 'SOX012',
  name: 'paragraph-order',
  severity: 'error',
  notFixedReason: 'move the paragraph into its place by hand (its wording is corrected where it stands)',
  description: 'Paragraphs present but out of order.',
  docs: docsPath('SOX012', 'paragraph-order'),
  scope: 'certification',
  wording: true,
  check(cert, context) {
    const { tMatch } = cert.alignment;
    for (const m of cert.alignment.moved) {
      const p = cert.template.paragraphs[m];
      const js: number[] = [];
      for (let i = p.tokenStart; i < p.tokenEnd; i++) if (tMatch[i] >= 0) js.push(tMatch[i]);
      if (js.length === 0) continue;
      // The paragraph it now follows: the last in-place paragraph matched before it.
      let follows: string | null = null;
      for (let i = 0; i < cert.template.keys.length; i++) {
        const para = cert.template.para[i];
        if (tMatch[i] >= 0 && tMatch[i] < js[0] && !cert.alignment.moved.includes(para)) follows = cert.paraId(para);
      }
      context.report({
        message: `Paragraph ${p.id} is out of order: it stands ${follows ? `after paragraph ${follows}` : 'first'}`,
        paragraph: p.id,
        range: cert.seqRange(js[0], js[js.length - 1]),
        expected: null,
        actual: null,
      });
    }
  },
};
