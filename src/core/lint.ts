// The core's one entry point: extracted text in, findings out. Browser-safe.
import { align, type Alignment } from './align.js';
import { Certification } from './certification.js';
import { computeChanges } from './changes.js';
import { classifyChanges } from './classify.js';
import { Doc } from './document.js';
import { InputError } from './extract/errors.js';
import { tokenize } from './tokenize.js';
import { DocumentMessages, sortAndCount } from './messages.js';
import { splitOfficer } from './officer.js';
import { certificationRules, documentRules, section906Rules } from './rules/index.js';
import { buildRedline } from './redline.js';
import { findSection906 } from './section906.js';
import { findRegions, type Region } from './segment.js';
import { buildSequence, type Sequence } from './sequence.js';
import { readSignature } from './signature.js';
import { variantsOf, type Template } from './template.js';
import { DEFAULT_FORM, hasForm, templateFor } from './templates/index.js';
import type { CertificationInfo, Extracted, LintOptions, LintResult } from './types.js';

/** Below this share of the form's words a text is not taken for a certification... */
const MIN_SIMILARITY = 0.4;
/** ...unless it opens as one and has this share of the opening and paragraphs 1 and 2. */
const MIN_OPENING_SHARE = 0.6;
/** Time budget for comparing one certification with its form (all versions, all diffs), in ms. */
const REGION_BUDGET_MS = 2_000;
/** At most this many passages that open like a certification, and this long comparing them, per file. */
const MAX_REGIONS = 200;
const TIME_BUDGET_MS = 10_000;

/** First words of a signature block's lines. */
const SIGNATURE_START = /^(?:dated?:?|date:|by:?|\/s\/.*|name:|title:|signature:?|\[signature\]|_{3,}.*)$/i;
const MAY_CERTIFY = /certif|reviewed|1350/i;
const EMPTY_TOKENS = tokenize('');

/** The words above a certification, after the certification before it (at most 60 of them). */
function headingBefore(doc: Doc, taken: Region[], start: number): string {
  let from = 0;
  for (const r of taken) if (r.end <= start) from = Math.max(from, r.end);
  from = Math.max(from, start - 60);
  return start > from ? doc.words(from, start - 1) : '';
}

/** Share of the opening's and paragraphs 1 and 2's words that matched. */
function openingShare(template: Template, tMatch: Int32Array): number {
  let n = 0;
  let m = 0;
  for (const p of template.paragraphs) {
    if (!['intro', '1', '2'].includes(p.id)) continue;
    for (let i = p.tokenStart; i < p.tokenEnd; i++) { n++; if (tMatch[i] >= 0) m++; }
  }
  return n ? m / n : 0;
}

/**
 * The form a certification follows: as asked; else from the EDGAR document type; else from the
 * report paragraph 1 names; else the 10-K/10-Q form.
 */
export function chooseForm(doc: Doc, region: Region, documentType: string | undefined, asked: string | undefined): string {
  const pick = (form: string) => (hasForm(form) ? form : DEFAULT_FORM);
  if (asked) return asked;
  const type = (documentType ?? '').toUpperCase();
  if (/^EX-12\b/.test(type)) return pick('20-F');
  if (/^EX-99\.?(?:30[2-9])?CERT/.test(type)) return pick('N-CSR');
  const t = doc.tokens;
  let k = region.start;
  const limit = Math.min(region.end, region.start + 80);
  while (k < limit && t.key[k] !== 'reviewed') k++;
  const p1 = k < limit ? doc.words(k, Math.min(region.end - 1, k + 45)) : '';
  if (/Form 10-D\b/i.test(p1)) return pick('601b31ii');
  if (/Form 20-F\b/i.test(p1)) return pick('20-F');
  if (/Form 40-F\b/i.test(p1)) return pick('40-F');
  if (/Form N-CSRS?\b/i.test(p1)) return pick('N-CSR');
  return DEFAULT_FORM;
}

interface Compared { template: Template; seq: Sequence; al: Alignment; isBoundary: (j: number) => boolean }

/** Aligns a region with each version of its template and keeps the closest. */
function compare(doc: Doc, region: Region, template: Template, deadline: number): Compared | null {
  const t = doc.tokens;
  let best: Compared | null = null;
  let bestScore = -Infinity;
  for (const v of variantsOf(template)) {
    const seq = buildSequence(t, doc.norm.text, region, v);
    // A paragraph starts after a blank line or after its label.
    const isBoundary = (j: number) => {
      const k = seq.first[j];
      return t.lineStart[k] === 2 || (k > 0 && t.label[k - 1] === 1);
    };
    const al = align(v, seq.keys, isBoundary, { minSimilarity: 0.1, deadline });
    if (Date.now() > deadline) {
      throw new InputError(`comparing the certification at line ${doc.position(doc.tokenFrom(region.start)).line} took longer than soxlint allows; it is not a certification a filer would write`);
    }
    if (!al) continue;
    const matched = al.similarity * v.keys.length;
    const score = 2 * matched - v.keys.length;
    if (score > bestScore) { bestScore = score; best = { template: v, seq, al, isBoundary }; }
  }
  return best;
}

/**
 * `onCertification` sees each Section 302 certification after its rules ran (the fix writer plans
 * its corrections from it).
 */
export function lintExtracted(
  ext: Extracted, filePath: string, options: LintOptions = {}, onCertification?: (cert: Certification) => void,
): LintResult {
  const profile = options.profile ?? 'standard';
  if (options.form) templateFor(options.form); // an unknown form is the caller's error, said early
  const doc = new Doc(ext);
  // Every certification says "certify" or "certifies", or (without its opening) "I have reviewed".
  const t = MAY_CERTIFY.test(doc.norm.text) ? doc.tokens : EMPTY_TOKENS;
  const messages = new DocumentMessages(ext.source, options.rules);
  const certifications: CertificationInfo[] = [];
  const taken: Region[] = [];
  const compared: { cert: Certification; end: number; info: CertificationInfo }[] = [];

  // A region longer than this is a certification followed by something else (the longest form,
  // N-CSR, has under 500 words).
  const maxRegion = Math.ceil(500 * 1.6) + 200;
  let firstMiss = -1; // a region that looked like a certification's start but did not match the form
  const regions = findRegions(t, maxRegion);
  // A filing's exhibit holds one or two certifications; a file with hundreds of passages that open
  // like one is not a certification, and comparing them all could take minutes.
  if (regions.length > MAX_REGIONS) {
    throw new InputError(`${regions.length} passages open like a certification ("I, ..., certify that:"); soxlint checks at most ${MAX_REGIONS} in one file`);
  }
  const deadline = Date.now() + TIME_BUDGET_MS;
  for (const region of regions) {
    if (Date.now() > deadline) throw new InputError(`comparing its certifications took longer than ${TIME_BUDGET_MS / 1000} s; split the file`);
    const form = chooseForm(doc, region, ext.documentType, options.form);
    const found = compare(doc, region, templateFor(form), Math.min(deadline, Date.now() + REGION_BUDGET_MS));
    if (!found || (found.al.similarity < MIN_SIMILARITY && openingShare(found.template, found.al.tMatch) < MIN_OPENING_SHARE)) {
      if (firstMiss < 0) firstMiss = region.start;
      continue;
    }
    const { template, seq, al, isBoundary } = found;
    const endsBody = (j: number) => SIGNATURE_START.test(seq.keys[j]) && t.lineStart[seq.first[j]] > 0;
    const changes = classifyChanges(template, seq.keys, computeChanges(template, al, seq.keys.length, isBoundary, endsBody));
    const cert = new Certification(doc, template, region, seq, al, changes, profile);
    // Every rule runs, those turned off too (src/core/messages.ts): their claims still count.
    const unverifiedForm = template.verified ? undefined : template.id;
    for (const rule of certificationRules) rule.check(cert, messages.contextFor(rule, unverifiedForm));
    onCertification?.(cert);

    const officer = splitOfficer(cert);
    const last = cert.lastMatched();
    const sb = last >= 0 ? readSignature(doc, seq.last[last] + 1, region.end) : null;
    // What follows the signature block is not this certification's (an Exhibit 32 may come next).
    const end = Math.max(last >= 0 ? seq.last[last] : region.start, sb?.last ?? 0) + 1;
    const heading = headingBefore(doc, taken, region.start);
    taken.push({ ...region, end });
    const info: CertificationInfo = {
      form: template.id,
      officer: officer?.name ?? null,
      report: seq.slots.report?.value ?? null,
      registrant: seq.slots.registrant?.value ?? null,
      profile,
      line: doc.position(doc.tokenFrom(region.start)).line,
      kind: '302',
      title: (officer?.title ? doc.words(officer.title[0], officer.title[1]).replace(/,$/, '') : null) ?? sb?.title ?? null,
      signer: sb?.signer ?? null,
      date: sb?.date ?? null,
      verified: template.verified,
      spans: {
        heading,
        signature: sb && sb.last >= sb.from ? doc.words(sb.sig >= 0 ? sb.sig : sb.from, sb.last) : '',
        report: seq.slots.report ? doc.sourceWords(seq.slots.report.first, seq.slots.report.last) : [],
        registrant: seq.slots.registrant ? doc.sourceWords(seq.slots.registrant.first, seq.slots.registrant.last) : [],
        date: sb && sb.dateFirst >= 0 ? doc.sourceWords(sb.dateFirst, sb.dateLast) : [],
      },
    };
    certifications.push(info);
    if (options.redline) compared.push({ cert, end, info });
  }

  // Section 906 certifications (Exhibit 32) in what the Section 302 ones leave.
  for (const s of t === EMPTY_TOKENS ? [] : findSection906(doc, taken)) {
    for (const rule of section906Rules) rule.check(s, messages.contextFor(rule));
    certifications.push({
      form: '906',
      officer: s.officer,
      report: s.report,
      registrant: null,
      profile,
      line: doc.position(doc.tokenFrom(s.start)).line,
      kind: '906',
      title: s.title,
      signer: s.signer,
      date: s.date,
      verified: true,
      spans: {
        heading: headingBefore(doc, taken, s.start),
        signature: s.signature.sig >= 0 ? doc.words(s.signature.sig, Math.max(s.signature.sig, s.signature.last)) : '',
        report: s.reportTokens ? doc.sourceWords(s.reportTokens[0], s.reportTokens[1]) : [],
        registrant: [],
        date: s.signature.dateFirst >= 0 ? doc.sourceWords(s.signature.dateFirst, s.signature.dateLast) : [],
      },
    });
  }
  certifications.sort((a, b) => a.line - b.line);

  const facts = {
    ext,
    certifications: certifications.length,
    firstMiss: firstMiss >= 0 ? { from: doc.tokenFrom(firstMiss), to: doc.tokenFrom(firstMiss) } : null,
    minSimilarity: MIN_SIMILARITY,
    requireCertification: options.requireCertification !== false,
  };
  for (const rule of documentRules) rule.check(facts, messages.contextFor(rule));
  const result: LintResult = sortAndCount({ filePath, certifications, messages: messages.messages, errorCount: 0, warningCount: 0 });
  // Redlines link their parts to findings by index: built once the messages are in their final order.
  if (options.redline) result.redlines = compared.map((c) => buildRedline(c.cert, c.end, certifications.indexOf(c.info), result.messages));
  return result;
}
