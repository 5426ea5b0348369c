// What an omitted paragraph leaves behind belongs to the omission: the list glue of the paragraph
// before it ("; and", or that paragraph ending "." instead), and under the standard profile the
// shape of an amendment's certification (paragraphs 3-5 absent, paragraph 1 naming "Form 10-K/A").
import type { Certification } from '../certification.js';
import { lettersOf } from '../classify.js';

/**
 * Claims the changes at the end of each present paragraph that an absent one follows: "; and" left
 * on it, dropped from it, or its ";" written "." ("information." when 5(b) is omitted).
 */
export function claimGlue(cert: Certification, absent: Set<string>): void {
  if (absent.size === 0) return; // most certifications: no omission, no glue
  const { template } = cert;
  const paras = template.paragraphs;
  for (let n = 0; n < paras.length; n++) {
    const p = paras[n];
    if (!p.compared || absent.has(p.id) || p.tokenEnd === p.tokenStart) continue;
    const next = paras.slice(n + 1).find((q) => q.compared && q.tokenEnd > q.tokenStart);
    if (!next || !absent.has(next.id)) continue;
    // The glue tokens: the paragraph's last word and a closing "and".
    const last = p.tokenEnd - 1;
    const glue = template.keys[last] === 'and' ? [last - 1, last] : [last];
    const word = lettersOf(template.keys[glue[0]]).toLowerCase();
    for (const c of cert.changes) {
      if (c.para !== n || c.del.some((i) => !glue.includes(i))) continue;
      // What was put in is the same last word with other punctuation, or "and".
      const ins = c.ins.map((j) => lettersOf(cert.seq.keys[j]).toLowerCase());
      if (ins.every((w) => w === word || w === 'and') && (c.del.length || ins.length)) cert.claim(c);
    }
  }
}

const AMENDED = /\/A\b|\bamendment\s+no\b|\bamended\b/i;
/** The paragraphs an amendment's certification may leave out, in groups. */
const AMENDMENT_GROUPS = ['3', '4', '5'];

/**
 * Under the standard profile, an amendment's certification (paragraph 1 names an amended report)
 * without paragraphs 3-5: the absent paragraph ids, to be reported once, or null.
 */
export function amendmentShape(cert: Certification, absent: Set<string>): string[] | null {
  if (cert.profile !== 'standard') return null;
  const report = cert.seq.slots.report?.value;
  if (!report || !AMENDED.test(report)) return null;
  const members = cert.template.paragraphs.filter((p) => p.compared && AMENDMENT_GROUPS.includes(p.id.replace(/[(-].*$/, '')));
  if (members.length === 0 || !members.every((p) => absent.has(p.id))) return null;
  const others = [...absent].filter((id) => !members.some((p) => p.id === id));
  return others.length ? null : members.map((p) => p.id);
}
