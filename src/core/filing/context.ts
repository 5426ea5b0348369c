// What the filing rules need to know about each certification beyond its CertificationInfo: the
// heading above it, its signature block, and where in the file its paragraph 1 names the report,
// period and registrant and where it is dated. All of it comes from the positions the linter
// carried through reading and comparing (CertificationInfo.spans); nothing is searched for again
// in the file. Browser-safe.
import { lineStarts, positionAt } from '../position.js';
import type { CertificationInfo, Extracted, Position, SourceWord } from '../types.js';

export interface CertificationContext {
  /** Text between the previous certification (or the file's start) and this one: "Exhibit 31.2 CERTIFICATION OF CHIEF FINANCIAL OFFICER". */
  heading: string;
  /** The signature block: from "/s/" on. */
  signature: string;
  /** Where some of its words stand in the file (1-based lines and columns): in paragraph 1's report
   * and registrant ('report'), or in its date ('signature'). */
  find(needle: string, where: 'report' | 'signature'): { start: Position; end: Position } | null;
}

/** Words compared loosely: case, quote and dash styles, punctuation at either end. */
function fold(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2010-\u2015]/g, '-').replace(/^[("'[]+|[)"'\].,;:]+$/g, '');
}

/** The first run of `words` that spells `needle` word for word (loosely). */
function locate(words: SourceWord[], needle: string): SourceWord[] | null {
  const want = needle.trim().split(/\s+/).map(fold).filter(Boolean);
  if (want.length === 0) return null;
  const have = words.map((w) => fold(w.text));
  for (let i = 0; i + want.length <= have.length; i++) {
    if (want.every((w, k) => have[i + k] === w)) return words.slice(i, i + want.length);
  }
  return null;
}

/** Contexts of a file's certifications, in the order of `certs` (lines as in the file linted). */
export function certificationContexts(ext: Extracted, certs: CertificationInfo[]): CertificationContext[] {
  let starts: number[] | null = null;
  return certs.map((c) => ({
    heading: c.spans?.heading ?? '',
    signature: c.spans?.signature ?? '',
    find(needle, where) {
      const spans = c.spans;
      if (!spans) return null;
      const words = where === 'report' ? [...spans.report, ...spans.registrant] : spans.date;
      const found = locate(words, needle);
      if (!found) return null;
      starts ??= lineStarts(ext.source);
      return { start: positionAt(starts, found[0].from), end: positionAt(starts, found[found.length - 1].to) };
    },
  }));
}
