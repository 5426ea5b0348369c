import type { Certification } from '../certification.js';
import { absentParagraphs } from './shared/certification.js';
import type { CertificationRule, Declared } from './rule.js';

/**
 * Wording of the August 2002 form (Release 33-8124) and of the Regulation S-B form. `rewrites`:
 * the paragraph of today's form that the 2002 wording stands in for, as a whole.
 */
const MARKER_TEXTS: { re: RegExp; what: string; rewrites?: string }[] = [
  { re: /Rules 13a-14 and 15d-14\)/g, what: 'the 2002 definition "(as defined in Exchange Act Rules 13a-14 and 15d-14)"; today\'s form cites Rules 13a-15(e) and 15d-15(e)' },
  { re: /within 90 days prior to the filing date/g, what: 'the 2002 evaluation "within 90 days prior to the filing date"', rewrites: '4(c)' },
  { re: /the "?Evaluation Date"?/g, what: 'the 2002 "Evaluation Date"', rewrites: '4(c)' },
  { re: /significant changes in internal controls/g, what: 'the 2002 paragraph 6 on "significant changes in internal controls"' },
  { re: /our most recent evaluation, to the/g, what: 'the 2002 wording "based on our most recent evaluation," without "of internal control over financial reporting"' },
  { re: /report financial data/g, what: 'the 2002 wording "financial data" (today: "financial information")' },
  { re: /Form 10-[KQ]SB\b/gi, what: 'a Regulation S-B form (Forms 10-QSB and 10-KSB were abolished in 2008-2009)' },
  { re: /small business issuer/gi, what: 'the Regulation S-B term "small business issuer" (Forms 10-QSB and 10-KSB were abolished in 2008-2009)' },
];

/** The markers as matched: any spacing or line break between their words, any case. */
const MARKERS = MARKER_TEXTS.map((m) => ({ ...m, re: new RegExp(m.re.source.replace(/ /g, '\\s+'), 'gi') }));
/** Any marker at all: most certifications have none, and are done with after one scan. */
const ANY = new RegExp(MARKERS.map((m) => m.re.source).join('|'), 'i');
/**
 * A part of each marker, in the order of MARKER_TEXTS, that no certification of today's form has:
 * a scan for these costs half of one for ANY, whose alternatives start with common words ("the", "our").
 */
const ANY_PART = /15d-14\)|90\s+days|evaluation(?:"?\s+date|,\s+to)|changes\s+in\s+internal|financial\s+data|0-[KQ]SB\b|business\s+issuer/i;

/** Two characters in lower case as one number ("On" is 0x6f6e; other characters get bit 0x20 set). */
const pair = (text: string, at: number): number => ((text.charCodeAt(at) << 8) | text.charCodeAt(at + 1)) | 0x2020;

/**
 * Whether the region may hold ANY_PART, judged from its tokens' first letters, where a scan of its
 * text costs ~46k instructions a certification. The normalised text's only white space is " " and
 * line breaks, where tokens split, so each part with a space in it has a token that starts with its
 * word after the space ("da"ys, "da"te, "to", "in", "is"suer) after one that ends as its word before
 * the space does (9"0", evaluati"on", evaluatio"n\"", financi"al", evaluatio"n,", chang"es",
 * busine"ss"). The other two lie within a word: "-14)" and "0-KSB".
 */
function mayHoldPart(cert: Certification, text: string): boolean {
  const { start, end, lead } = cert.doc.tokens;
  const norm = cert.doc.norm.text;
  const last = cert.region.end - 1;
  for (let k = cert.region.start + 1; k <= last; k++) {
    const c = lead[k] | 0x20;
    if (c !== 0x64 && c !== 0x74 && c !== 0x69) continue; // d, t, i
    const head = pair(norm, start[k]);
    if (head !== 0x6461 && head !== 0x746f && head !== 0x696e && head !== 0x6973) continue;
    const tail = pair(norm, end[k - 1] - 2);
    if (head === 0x6461 ? tail === 0x3930 || tail === 0x6f6e || tail === 0x6e22 || tail === 0x616c
      : head === 0x746f ? tail === 0x6e2c && pair(norm, end[k - 1] - 5) === 0x7469 // evalua"ti"on, (not supervision,)
      : head === 0x6973 ? tail === 0x7373
      : tail === 0x6573 && k < last && pair(norm, start[k + 1]) === 0x696e) return true;
  }
  if (text.indexOf('-14)') >= 0) return true;
  for (let p = text.indexOf('0-'); p >= 0; p = text.indexOf('0-', p + 2)) {
    const k = text.charCodeAt(p + 2) | 0x20;
    if ((k === 0x6b || k === 0x71) && pair(text, p + 3) === 0x7362) return true;
  }
  return false;
}

/**
 * The 2002 paragraphs that stand where today's `id` does (its evaluation "within 90 days", its
 * "Evaluation Date"): when today's paragraph is absent, every difference in its place is this
 * finding's, not altered wording or a missing paragraph. Returns whether it was absent.
 */
function claimRewritten(cert: Certification, id: string): boolean {
  const index = cert.template.paragraphs.findIndex((p) => p.id === id);
  if (index < 0 || !absentParagraphs(cert).has(id)) return false;
  const p = cert.template.paragraphs[index];
  const { templateToSubmitted } = cert.alignment;
  let j0 = -1;
  let j1 = Infinity;
  for (let i = 0; i < p.tokenStart; i++) if (templateToSubmitted[i] >= 0) j0 = Math.max(j0, templateToSubmitted[i]);
  for (let i = p.tokenEnd; i < templateToSubmitted.length; i++) if (templateToSubmitted[i] >= 0) j1 = Math.min(j1, templateToSubmitted[i]);
  for (const c of cert.changes) {
    if (c.para === index || (c.ins.length && c.ins.every((j) => j > j0 && j < j1))) cert.claim(c);
  }
  return true;
}

export const outdatedForm: Declared<CertificationRule> = {
  id: 'SOX008',
  name: 'outdated-form',
  severity: 'error',
  fixable: true,
  description: 'Wording of the 2002 form or of the small business issuer form.',
  scope: 'certification',
  wording: true,
  check(cert, context) {
    const { doc, region } = cert;
    const t = doc.tokens;
    const lastToken = region.end - 1;
    if (lastToken < region.start) return;
    const from = t.start[region.start];
    const text = doc.norm.text.slice(from, t.end[lastToken]);
    if (!mayHoldPart(cert, text) || !ANY_PART.test(text) || !ANY.test(text)) return;
    // Token index of each character, to turn a match back into tokens.
    const tokenAt = (offset: number): number => {
      let lo = region.start;
      let hi = lastToken;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (t.start[mid] - from <= offset) lo = mid; else hi = mid - 1;
      }
      return lo;
    };
    const seqOf = new Map<number, number>();
    for (let j = 0; j < cert.seq.keys.length; j++) {
      for (let k = cert.seq.first[j]; k <= cert.seq.last[j]; k++) seqOf.set(k, j);
    }
    const formText = cert.template.words.join(' ');
    // One finding per paragraph, naming every marker found in it.
    const found = new Map<string | null, { what: string[]; span: readonly [number, number] }>();
    for (const marker of MARKERS) {
      // A form that itself says it (N-CSR evaluates "within 90 days prior to the filing date") is not outdated.
      marker.re.lastIndex = 0;
      if (marker.re.test(formText)) { marker.re.lastIndex = 0; continue; }
      marker.re.lastIndex = 0;
      const hits = [...text.matchAll(marker.re)];
      if (hits.length === 0) continue;
      const spans = hits.map((h) => [tokenAt(h.index!), tokenAt(h.index! + h[0].length - 1)] as const);
      // Claim every change that put these words in, or whose gap they stand beside.
      for (const c of cert.changes) {
        const touches = (j: number) => spans.some(([a, b]) => cert.seq.first[j] <= b && cert.seq.last[j] >= a);
        if (c.ins.some(touches) || (c.ins.length === 0 && c.before >= 0 && touches(c.before))) cert.claim(c);
      }
      const [a] = spans[0];
      const j = seqOf.get(a);
      const rewritten = marker.rewrites !== undefined && claimRewritten(cert, marker.rewrites);
      const para = rewritten ? marker.rewrites! : j === undefined || cert.paraOfSeq(j) < 0 ? null : cert.paraId(cert.paraOfSeq(j));
      const more = hits.length > 1 ? ` (${hits.length} places; the first is shown)` : '';
      const entry = found.get(para) ?? { what: [], span: spans[0] };
      entry.what.push(marker.what + more);
      if (spans[0][0] < entry.span[0]) entry.span = spans[0];
      found.set(para, entry);
    }
    for (const [para, { what, span: [a, b] }] of found) {
      context.report({
        message: `Outdated form: ${what.join('; ')}`,
        paragraph: para,
        range: cert.tokenRange(a, b),
        expected: null,
        actual: doc.words(a, b),
      });
    }
  },
};
