// The core's one entry point: extracted text in, findings out. Browser-safe.
import { align } from './align.js';
import { Certification, type Finding } from './certification.js';
import { computeChanges } from './changes.js';
import { Doc } from './document.js';
import { certificationRules, rulesById } from './rules/index.js';
import { splitOfficer } from './rules/sox007-title-in-opening.js';
import { findRegions } from './segment.js';
import { readSignature } from './signature.js';
import { buildSequence } from './sequence.js';
import type { Template } from './template.js';
import { templateFor } from './templates/index.js';
import type { CertificationInfo, Extracted, LintMessage, LintOptions, LintResult } from './types.js';

/** Below this share of the form's words a text is not taken for a certification. */
const MIN_SIMILARITY = 0.4;
/** jsdiff's time budget for one certification, in ms. */
const DIFF_TIMEOUT = 250;

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

export function lintExtracted(ext: Extracted, filePath: string, options: LintOptions = {}): LintResult {
  const profile = options.profile ?? 'standard';
  const template: Template = templateFor();
  const doc = new Doc(ext);
  const t = doc.tokens;
  const findings: { finding: Finding; doc: Doc }[] = [];
  const certifications: CertificationInfo[] = [];

  // A region longer than this is a certification followed by something else.
  const maxRegion = Math.ceil(template.keys.length * 1.6) + 200;
  let firstMiss = -1; // a region that looked like a certification's start but did not match the form
  for (const region of findRegions(t, maxRegion)) {
    const seq = buildSequence(t, doc.norm.text, region);
    const isBoundary = (j: number) => {
      const k = seq.first[j];
      return t.lineStart[k] === 2 || (k > 0 && t.label[k - 1] === 1);
    };
    // A text that opens as a certification and has its first paragraphs is one, however much of the
    // rest is missing (an amendment may hold only paragraphs 1 and 2).
    const al = align(template, seq.keys, isBoundary, { minSimilarity: 0.1, timeout: DIFF_TIMEOUT });
    if (!al || (al.similarity < MIN_SIMILARITY && openingShare(template, al.tMatch) < 0.6)) {
      if (firstMiss < 0) firstMiss = region.start;
      continue;
    }
    const changes = computeChanges(template, al, seq.keys.length, isBoundary);
    const cert = new Certification(doc, template, region, seq, al, changes, profile);
    // A rule turned off still runs and claims its differences, so they do not turn into altered-wording.
    for (const rule of certificationRules) rule.check(cert);
    for (const f of cert.findings) findings.push({ finding: f, doc });
    const officer = splitOfficer(cert);
    const last = cert.lastMatched();
    const sb = last >= 0 ? readSignature(doc, seq.last[last] + 1, region.end) : null;
    certifications.push({
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
    });
  }

  const messages: LintMessage[] = [];
  const add = (ruleId: string, f: Omit<Finding, 'ruleId'>) => {
    const rule = rulesById.get(ruleId)!;
    const setting = options.rules?.[ruleId];
    if (setting === 'off') return;
    const severity = setting === 'warn' ? 1 : setting === 'error' ? 2 : f.severity ?? (rule.severity === 'error' ? 2 : 1);
    const start = doc.position(f.range.from);
    const end = doc.position(f.range.to);
    messages.push({
      ruleId,
      ruleName: rule.name,
      severity,
      message: f.message,
      paragraph: f.paragraph,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
    });
  };
  for (const { finding } of findings) add(finding.ruleId, finding);
  for (const n of ext.notices) add(n.ruleId, { message: n.message, paragraph: null, range: { from: n.offset, to: n.endOffset } });
  if (certifications.length === 0 && options.requireCertification !== false) {
    const at = firstMiss >= 0 ? doc.tokenFrom(firstMiss) : 0;
    add('SOX001', {
      message: firstMiss >= 0
        ? `No Section 302 certification found: the text starting here matches less than ${MIN_SIMILARITY * 100}% of the form's words`
        : 'No Section 302 certification found: no "I, ..., certify that:" opening and no "I have reviewed this" paragraph',
      paragraph: null,
      range: { from: at, to: at },
    });
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return {
    filePath,
    certifications,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
  };
}
