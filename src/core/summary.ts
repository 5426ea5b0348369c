// What a result says about each certification found (CertificationInfo), and, kept apart from it,
// where its parts stand in the source (CertificationSpans) for the filing rules. Browser-safe.
import type { Certification } from './certification.js';
import type { Doc, SourceWord } from './document.js';
import { splitOfficer } from './officer.js';
import type { Section906 } from './section906.js';
import type { SignatureBlock } from './signature.js';
import type { CertificationInfo, Profile } from './types.js';

/** Most words of a heading kept above a certification. */
const MAX_HEADING_WORDS = 60;

/** Where a certification's parts stand in the source: what the filing rules read beyond CertificationInfo. */
export interface CertificationSpans {
  /** Text above the certification, after the one before it ("CERTIFICATION OF CHIEF FINANCIAL OFFICER"). */
  heading: string;
  /** The signature block's words (signature, name, title, date). */
  signature: string;
  /** The words of paragraph 1's report and registrant, and of the date, with their places. */
  report: SourceWord[];
  registrant: SourceWord[];
  date: SourceWord[];
}

export interface Summary {
  info: CertificationInfo;
  /** Read on demand: only the filing rules ask (filing/record.ts), and a file on its own never does. */
  spans(): CertificationSpans;
}

/** The words above a certification, after the certification before it. */
export function headingBefore(doc: Doc, taken: { end: number }[], start: number): string {
  let from = 0;
  for (const r of taken) if (r.end <= start) from = Math.max(from, r.end);
  from = Math.max(from, start - MAX_HEADING_WORDS);
  return start > from ? doc.words(from, start - 1) : '';
}

/** A Section 302 certification's summary; `signature` is its block, read after the body. */
export function summarize302(cert: Certification, signature: SignatureBlock | null, heading: () => string): Summary {
  const { doc, seq, template, region } = cert;
  const officer = splitOfficer(cert);
  const block = signature;
  const openingTitle = officer?.title ? doc.words(officer.title[0], officer.title[1]).replace(/,$/, '') : null;
  const info: CertificationInfo = {
    form: template.id,
    officer: officer?.name ?? null,
    report: seq.slots.report?.value ?? null,
    registrant: seq.slots.registrant?.value ?? null,
    profile: cert.profile,
    line: doc.position(doc.tokenFrom(region.start)).line,
    kind: '302',
    title: openingTitle ?? block?.title ?? null,
    signer: block?.signer ?? null,
    date: block?.date ?? null,
    verified: template.verified,
  };
  if (doc.embeddedAt) info.document = doc.embeddedAt.document;
  const spans = (): CertificationSpans => ({
    heading: heading(),
    signature: block && block.last >= block.from ? doc.words(block.sig >= 0 ? block.sig : block.from, block.last) : '',
    report: seq.slots.report ? doc.sourceWords(seq.slots.report.first, seq.slots.report.last) : [],
    registrant: seq.slots.registrant ? doc.sourceWords(seq.slots.registrant.first, seq.slots.registrant.last) : [],
    date: block && block.dateFirst >= 0 ? doc.sourceWords(block.dateFirst, block.dateLast) : [],
  });
  return { info, spans };
}

/** A Section 906 certification's summary. */
export function summarize906(s: Section906, profile: Profile, heading: () => string): Summary {
  const { doc, signature: block } = s;
  const info: CertificationInfo = {
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
  };
  if (doc.embeddedAt) info.document = doc.embeddedAt.document;
  const spans = (): CertificationSpans => ({
    heading: heading(),
    signature: block.sig >= 0 ? doc.words(block.sig, Math.max(block.sig, block.last)) : '',
    report: s.reportTokens ? doc.sourceWords(s.reportTokens[0], s.reportTokens[1]) : [],
    registrant: [],
    date: block.dateFirst >= 0 ? doc.sourceWords(block.dateFirst, block.dateLast) : [],
  });
  return { info, spans };
}
