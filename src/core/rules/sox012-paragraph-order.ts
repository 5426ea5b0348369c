import type { CertificationRule, Declared } from './rule.js';

export const paragraphOrder: Declared<CertificationRule> = {
  id: 'SOX012',
  name: 'paragraph-order',
  severity: 'error',
  notFixedReason: 'move the paragraph into its place by hand (its wording is corrected where it stands)',
  description: 'Paragraphs present but out of order.',
  scope: 'certification',
  wording: true,
  check(cert, context) {
    const { templateToSubmitted, moved } = cert.alignment;
    for (let k = 0; k < moved.length; k++) {
      const m = moved[k];
      const p = cert.template.paragraphs[m];
      const js: number[] = [];
      for (let i = p.tokenStart; i < p.tokenEnd; i++) if (templateToSubmitted[i] >= 0) js.push(templateToSubmitted[i]);
      if (js.length === 0) continue;
      // The in-place paragraphs it now stands between, in the filer's text.
      let follows = -1;
      let precedes = -1;
      for (let i = 0; i < cert.template.keys.length; i++) {
        const para = cert.template.para[i];
        if (templateToSubmitted[i] < 0 || cert.alignment.moved.includes(para)) continue;
        if (templateToSubmitted[i] < js[0]) follows = para;
        else if (templateToSubmitted[i] > js[js.length - 1] && precedes < 0) precedes = para;
      }
      // Name the neighbour it has jumped over: "5(b) stands before 5(a)".
      const where = precedes >= 0 && precedes < m ? `stands before ${cert.paraId(precedes)}`
        : follows >= 0 && follows > m ? `stands after ${cert.paraId(follows)}`
          : follows >= 0 ? `stands after ${cert.paraId(follows)}` : 'stands first';
      context.report({
        message: `Paragraph ${p.id} is out of order: ${p.id} ${where}`,
        paragraph: p.id,
        range: cert.seqRange(js[0], js[js.length - 1]),
        expected: null,
        actual: null,
      });
    }
  },
};
