// The core's one entry point: extracted text in, findings out. Browser-safe.
//
// Flow: find the passages that open like a certification (segment.ts), compare each with its form
// (compare.ts), run the certification rules on it; read the Section 906 certifications in what is
// left (section906.ts) and run theirs; then the document rules. Every report goes through one
// message pipeline (messages.ts).
import type { Certification } from './certification.js';
import { MIN_SIMILARITY, compareRegion } from './compare.js';
import { Doc } from './document.js';
import { FILE_WORK, WorkBudget } from './budget.js';
import { InputError } from './extract/errors.js';
import { DocumentMessages, sortAndCount } from './messages.js';
import { placeInParagraphs } from './paragraph-places.js';
import { buildRedline } from './redline.js';
import { certificationRules, documentRules, section906Rules } from './rules/index.js';
import { findSection906 } from './section906.js';
import { findRegions, type Region } from './segment.js';
import { DEFAULT_PROFILE } from './profile.js';
import { readSignature } from './signature.js';
import { headingBefore, summarize302, summarize906, type CertificationSpans, type Summary } from './summary.js';
import { templateFor } from './templates/index.js';
import type { CertificationInfo, Extracted, LintInputOptions, LintOptions, LintResult, Position } from './types.js';

/** At most this many passages that open like a certification per file. */
const MAX_REGIONS = 200;
/**
 * A guard against a machine far slower than any measured: comparing is bounded by counted work
 * (budget.ts), which real input never comes near; this only stops a run that would hang.
 */
const WALL_CLOCK_GUARD_MS = 120_000;
/** The longest form (N-CSR) has under 500 words... */
const LONGEST_FORM_WORDS = 500;
/** ...so a region longer than this, with room for a filer's additions (1.6 times the form's words
 * and 200 more), is a certification followed by something else. */
const MAX_REGION_TOKENS = Math.ceil(LONGEST_FORM_WORDS * 1.6) + 200;

/** One document linted: its result, and what the filing rules need beyond it. */
export interface LintedDocument {
  result: LintResult;
  /** For each of `result.certifications`, in the same order: where its parts stand. */
  spans: CertificationSpans[];
  /** Line and column (in the file, as messages give them) of an offset in `Extracted.source`. */
  position(offset: number): Position;
}

/** Sees each Section 302 certification after its rules ran (the fix writer plans its corrections from it). */
export type OnCertification = (cert: Certification) => void;

/** The name a result carries when the caller gives none. */
export const UNNAMED = '<text>';

/**
 * Lints text a reader extracted (`extract`, `extractString`, `extractText`): its certifications and
 * every rule's findings. The file's name goes in `options.filePath`.
 */
export function lintExtracted(ext: Extracted, options?: LintInputOptions): LintResult;
/** @deprecated Give the file's name as `options.filePath`, as every other lint function takes it. */
export function lintExtracted(ext: Extracted, filePath: string, options?: LintOptions, onCertification?: OnCertification): LintResult;
export function lintExtracted(
  ext: Extracted, nameOrOptions?: string | LintInputOptions, options: LintOptions = {}, onCertification?: OnCertification,
): LintResult {
  if (typeof nameOrOptions === 'string') return lintDocument(ext, nameOrOptions, options, onCertification).result;
  const { filePath = UNNAMED, ...rest } = nameOrOptions ?? {};
  return lintDocument(ext, filePath, rest).result;
}

/** Lints extracted text and keeps, beside the result, where each certification's parts stand. */
export function lintDocument(ext: Extracted, filePath: string, options: LintOptions = {}, onCertification?: OnCertification): LintedDocument {
  const profile = options.profile ?? DEFAULT_PROFILE;
  if (options.form) templateFor(options.form); // an unknown form is the caller's error, said early
  const doc = new Doc(ext, options.embeddedAt);
  const messages = new DocumentMessages(ext.source.length, (offset) => doc.position(offset), options.rules, options.embeddedAt?.document);
  const found = find302(doc, ext, options, messages, onCertification);
  const summaries = [...found.summaries];
  // Section 906 certifications (Exhibit 32) in what the Section 302 ones leave. Plain loops in this
  // function and find302: see there.
  const found906 = doc.mayCertify ? findSection906(doc, found.taken) : [];
  for (let n = 0; n < found906.length; n++) {
    const s = found906[n];
    for (let k = 0; k < section906Rules.length; k++) section906Rules[k].check(s, messages.contextFor(section906Rules[k]));
    summaries.push(summarize906(s, profile, () => headingBefore(doc, found.taken, s.start)));
  }
  summaries.sort((a, b) => a.info.line - b.info.line);
  const certifications: CertificationInfo[] = []; // pushed: see Alignment.moved in align.ts
  for (let n = 0; n < summaries.length; n++) certifications.push(summaries[n].info);

  const facts = {
    ext,
    certifications: certifications.length,
    firstMiss: found.firstMiss >= 0 ? { from: doc.tokenFrom(found.firstMiss), to: doc.tokenFrom(found.firstMiss) } : null,
    minSimilarity: MIN_SIMILARITY,
    requireCertification: options.requireCertification !== false,
  };
  for (let k = 0; k < documentRules.length; k++) documentRules[k].check(facts, messages.contextFor(documentRules[k]));
  const result: LintResult = sortAndCount({ filePath, certifications, messages: messages.messages, errorCount: 0, warningCount: 0 });
  if (ext.kind === 'docx') placeInParagraphs(ext.source, result);
  // Redlines link their parts to findings by index: built once the messages are in their final order.
  if (options.redline) {
    result.redlines = found.compared.map((c) => buildRedline(c.cert, c.end, certifications.indexOf(c.summary.info), result.messages));
  }
  return new Linted(result, summaries, doc);
}

/** A lint's result, and the spans worked out only when the filing rules ask for them. (A class: with
 * a getter in an object literal, each lint's document outlived young-generation collections until a
 * full one, ~30 MB kept instead of ~6 over 3,000 bench files; V8 seems to give each such closure a map.) */
class Linted implements LintedDocument {
  private cached: CertificationSpans[] | undefined;
  readonly position = (offset: number) => this.doc.position(offset);

  constructor(readonly result: LintResult, private readonly summaries: Summary[], private readonly doc: Doc) {}

  get spans(): CertificationSpans[] {
    return (this.cached ??= this.summaries.map((s) => s.spans()));
  }
}

interface Found302 {
  summaries: Summary[];
  /** Token ranges the Section 302 certifications take, signature blocks included. */
  taken: Region[];
  compared: { cert: Certification; end: number; summary: Summary }[];
  /** A region that looked like a certification's start but did not match the form, or -1. */
  firstMiss: number;
}

/** The Section 302 certifications: each region compared with its form, and its rules run. */
function find302(doc: Doc, ext: Extracted, options: LintOptions, messages: DocumentMessages, onCertification?: OnCertification): Found302 {
  const out: Found302 = { summaries: [], taken: [], compared: [], firstMiss: -1 };
  const regions = findRegions(doc.tokens, MAX_REGION_TOKENS);
  // A filing's exhibit holds one or two certifications; a file with hundreds of passages that open
  // like one is not a certification, and comparing them all could take minutes.
  if (regions.length > MAX_REGIONS) {
    throw new InputError(`${regions.length} passages open like a certification ("I, ..., certify that:"); soxlint checks at most ${MAX_REGIONS} in one file`);
  }
  const budget = new WorkBudget(FILE_WORK);
  const guard = Date.now() + WALL_CLOCK_GUARD_MS;
  const profile = options.profile ?? DEFAULT_PROFILE;
  // Plain loops here: a for-of's iterator protocol wraps the body in a try/finally, and every call
  // TurboFan inlines into it gets an exception edge (find302 was a worker's costliest compile).
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r];
    if (budget.exhausted || Date.now() > guard) throw new InputError('comparing its certifications needs more work than soxlint allows in one file; split the file');
    const cert = compareRegion(doc, region, { documentType: ext.documentType, form: options.form, profile, budget });
    if (!cert) {
      if (out.firstMiss < 0) out.firstMiss = region.start;
      continue;
    }
    // Every rule runs, those turned off too (src/core/messages.ts): their claims still count.
    const unverifiedForm = cert.template.verified ? undefined : cert.template.id;
    for (let k = 0; k < certificationRules.length; k++) {
      const rule = certificationRules[k];
      rule.check(cert, messages.contextFor(rule, unverifiedForm));
    }
    onCertification?.(cert);

    const last = cert.lastMatched();
    const signature = last >= 0 ? readSignature(doc, cert.seq.last[last] + 1, region.end) : null;
    // What follows the signature block is not this certification's (an Exhibit 32 may come next).
    const end = Math.max(last >= 0 ? cert.seq.last[last] : region.start, signature?.last ?? 0) + 1;
    // The heading is read only with the spans, from the certifications taken before this one.
    const before = out.taken.slice();
    out.taken.push({ ...region, end });
    const summary = summarize302(cert, signature, () => headingBefore(doc, before, region.start));
    out.summaries.push(summary);
    if (options.redline) out.compared.push({ cert, end, summary });
  }
  return out;
}
