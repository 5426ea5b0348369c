import type { CertificationRule, Declared } from './rule.js';

/** A bracketed blank, possibly wrapped over a line break (not over a blank line). */
const PLACEHOLDER = /\[(?:[^\]\n]|\n(?!\n)){1,80}\]/g;
/** Bracketed words that are a form's blanks, not a filer's own brackets ("[Principal Executive Officer]"). */
const BLANK = /identify|specify|insert|\bname\b|\btitle\b|\bdate\b|signature|registrant|company|issuer|_{2,}|\.{3}|\bx{2,}\b|\?|^\[\w+\/\w+\]$/i;

export const unfilledPlaceholder: Declared<CertificationRule> = {
  id: 'SOX011',
  name: 'unfilled-placeholder',
  severity: 'error',
  notFixedReason: "a placeholder needs the filer's own words",
  description: 'Template brackets left in ("[identify registrant]", "[Name]").',
  scope: 'certification',
  wording: true,
  check(cert, context) {
    const { doc, region } = cert;
    const t = doc.tokens;
    if (region.end <= region.start) return;
    const base = t.start[region.start];
    const text = doc.norm.text.slice(base, t.end[region.end - 1]);
    if (!text.includes('[')) return; // a native search: most certifications have no bracket at all
    for (const m of text.matchAll(PLACEHOLDER)) {
      const blank = m[0].replace(/\s+/g, ' ');
      if (!BLANK.test(blank)) continue;
      const lo = base + m.index!;
      const hi = lo + m[0].length;
      let a = -1;
      let b = -1;
      for (let k = region.start; k < region.end; k++) {
        if (t.end[k] > lo && t.start[k] < hi) { if (a < 0) a = k; b = k; }
      }
      if (a < 0) continue;
      // Changes that put the placeholder in are this finding, not altered wording.
      for (const c of cert.changes) {
        if (c.ins.some((j) => cert.seq.first[j] <= b && cert.seq.last[j] >= a)) cert.claim(c);
      }
      const j = cert.seq.first.findIndex((f, n) => f <= a && cert.seq.last[n] >= a);
      const para = j >= 0 ? cert.paraOfSeq(j) : -1;
      context.report({
        message: `Placeholder "${blank}" left unfilled`,
        paragraph: para >= 0 ? cert.paraId(para) : 'signature',
        range: { from: doc.ext.start[doc.norm.from[lo]], to: doc.ext.end[doc.norm.from[hi - 1]] },
        expected: null,
        actual: blank,
      });
    }
  },
};
