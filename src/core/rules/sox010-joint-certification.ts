import type { CertificationRule, Declared } from './rule.js';

const FIRST_PERSON = new Set(['i', 'my', 'me']);
const PLURAL = new Set(['we', 'our', 'us']);

export const jointCertification: Declared<CertificationRule> = {
  id: 'SOX010',
  name: 'joint-certification',
  severity: 'error',
  notFixedReason: 'a joint certification must become separate certifications, one signed by each officer',
  description: 'One Section 302 certification made by two officers ("We, ...").',
  scope: 'certification',
  wording: true,
  check(cert, context) {
    if (!cert.region.plural) return;
    // "I" -> "We", "my" -> "our": consequences of the joint form, reported once here.
    for (const c of cert.changes) {
      const del = cert.delWords(c);
      const ins = cert.insWords(c);
      if (del.length && del.every((w) => FIRST_PERSON.has(w)) && ins.every((w) => PLURAL.has(w) || w === 'and')) cert.claim(c);
      if (cert.paraId(c.para) === 'intro') cert.claim(c);
    }
    const opening = cert.region.start;
    context.report({
      message: 'A joint certification ("We, ... certify"): each principal executive and principal financial officer must sign a separate certification (Rule 13a-14(a))',
      paragraph: 'intro',
      range: cert.tokenRange(opening, cert.region.certify >= 0 ? cert.region.certify : opening),
      expected: 'I, [identify the certifying individual], certify that:',
      actual: cert.doc.words(opening, cert.region.certify >= 0 ? cert.region.certify + 1 : opening),
    });
  },
};
