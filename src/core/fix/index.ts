// fix(bytes, options): the corrected certification in the input's own format, with the findings it
// fixed and those left for a person. Browser-safe: the page builds its downloads with it.
import type { Certification } from '../certification.js';
import { decodeText } from '../extract/decode.js';
import { extract } from '../extract/index.js';
import { UNNAMED, lintExtracted } from '../lint.js';
import type { Extracted, LintInputOptions, LintMessage, LintOptions, LintResult, SourceKind } from '../types.js';
import { encode, encodingOf } from './encode.js';
import { writeHtml } from './html-writer.js';
import { isFixable, planCertification, type CertPlan } from './plan.js';
import { namesWrongReport, notFixableReason, unverifiedReason, WRONG_REPORT } from './reasons.js';
import { BLANKS, type Slots } from './render.js';
import type { Declined, Op } from './splice.js';
import { writeText } from './text-writer.js';
import { findingKey, type FixFinding, type FixPlan, type NotFixed } from './types.js';

export type { FixFinding, NotFixed } from './types.js';
export type { Slots } from './render.js';

/**
 * Options of `fix`: the lint options with the file's path in `filePath` (as `lintText`, `lintBytes`
 * and `lintExtracted` take it), and slot values from elsewhere in the filing.
 */
export interface FixOptions extends LintInputOptions {
  /** @deprecated Give the file's path as `filePath`, as every lint function takes it. */
  fileName?: string;
  /** Slot values from another certification of the same filing (officer, report, registrant). */
  slots?: Slots;
  /** Date stamped on tracked changes (default: now). */
  date?: Date;
}

/** Media types of the corrected files, for a download (the page's "Download corrected .docx"). */
export const MIME_TYPES: Record<SourceKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
};

/** What `fix` gives: the corrected bytes and what it fixed and left (see the fields). */
export interface FixResult {
  kind: SourceKind;
  /** The corrected file (the input's bytes when nothing was fixed). */
  output: Uint8Array;
  /** Whether any correction was written. */
  changed: boolean;
  fixed: FixFinding[];
  notFixed: NotFixed[];
  /** The input's lint result. */
  lint: LintResult;
}

/** What a writer did with a plan. */
export interface Written {
  output: Uint8Array;
  applied: Op[];
  declined: Declined[];
}

/** The name a corrected file gets: "ex31.docx" -> "ex31.fixed.docx" (the CLI's default, the page's download). */
export function fixedName(fileName: string): string {
  const m = /^(.*?)(\.[A-Za-z0-9]+)?$/.exec(fileName)!;
  return `${m[1]}.fixed${m[2] ?? ''}`;
}

/** Slot values a certification fills in paragraph 1, for a sibling that lacks its paragraph 1. */
export function slotsOf(certs: Certification[]): Slots {
  const out: Slots = {};
  for (const c of certs) {
    for (const name of ['report', 'registrant']) {
      const v = c.seq.slots[name]?.value;
      if (v && out[name] === undefined) out[name] = v;
    }
  }
  return out;
}

/** The report and registrant a file's certifications name, for a certification of the same filing that lacks paragraph 1. */
export async function readSlots(bytes: Uint8Array, options: FixOptions): Promise<Slots> {
  const { filePath, lintOptions } = splitOptions(options);
  const extracted = await extract(bytes, filePath);
  const certs: Certification[] = [];
  lintExtracted(extracted, filePath, lintOptions, (c) => certs.push(c));
  return slotsOf(certs);
}

/** The file's path (`filePath`, else the deprecated `fileName`) and the options that are the linter's. */
function splitOptions(options: FixOptions): { filePath: string; lintOptions: LintOptions } {
  const { filePath, fileName, slots: _, date: __, ...lintOptions } = options;
  return { filePath: filePath ?? fileName ?? UNNAMED, lintOptions };
}

async function read(bytes: Uint8Array, filePath: string): Promise<{ ext: Extracted; encoding?: ReturnType<typeof encodingOf> }> {
  const ext = await extract(bytes, filePath);
  if (ext.kind === 'docx') return { ext };
  const { encoding } = decodeText(bytes);
  return { ext, encoding: encodingOf(bytes, encoding) };
}

function merge(plans: CertPlan[]): FixPlan {
  return {
    edits: plans.flatMap((p) => p.edits),
    paragraphs: plans.flatMap((p) => p.paragraphs),
    spans: plans.flatMap((p) => p.spans).sort((a, b) => a.from - b.from),
  };
}

function toFinding(m: LintMessage): FixFinding {
  return { ruleId: m.ruleId, paragraph: m.paragraph, message: m.message, line: m.line, column: m.column, severity: m.severity };
}

/** Corrects a certification's fixable findings with the form's own text, in the file's own format. */
export async function fix(bytes: Uint8Array, options: FixOptions): Promise<FixResult> {
  const { slots, date } = options;
  const { filePath, lintOptions } = splitOptions(options);
  const { ext, encoding } = await read(bytes, filePath);
  const certs: Certification[] = [];
  const lint = lintExtracted(ext, filePath, lintOptions, (c) => certs.push(c));
  const fallback = { ...slots, ...slotsOf(certs) };
  const off = (id: string) => lintOptions.rules?.[id] === 'off';
  const plans: CertPlan[] = [];
  for (const cert of certs) {
    if (!cert.template.verified) continue;
    // An opening put back names the officer who signed below (their own words, not an invention).
    const line = cert.doc.position(cert.doc.tokenFrom(cert.region.start)).line;
    const signer = lint.certifications.find((c) => c.kind === '302' && c.line === line)?.signer;
    plans.push(planCertification(cert, { slots: { ...fallback, ...(signer ? { officer: signer } : {}) }, off }));
  }
  const plan = merge(plans);
  let written: Written;
  if (plan.edits.length === 0 && plan.paragraphs.length === 0) {
    written = { output: bytes, applied: [], declined: [] };
  } else if (ext.kind === 'docx') {
    const { writeDocx } = await import('./docx-writer.js');
    written = await writeDocx(bytes, ext, plan, date ?? new Date());
  } else {
    const out = ext.kind === 'html' ? writeHtml(ext.source, plan, plan.spans) : writeText(ext.source, plan);
    written = { output: encode(out.output, encoding!), applied: out.applied, declined: out.declined };
  }
  return { kind: ext.kind, output: written.output, changed: written.applied.length > 0, lint, ...classify(lint, certs, plans, written) };
}

/** Each finding of the input: fixed when every correction serving it was written. */
function classify(lint: LintResult, certs: Certification[], plans: CertPlan[], written: Written): { fixed: FixFinding[]; notFixed: NotFixed[] } {
  const applied = new Set(written.applied.flatMap((o) => o.serves));
  // A slot put back as the form's blank ("[specify report]") is still the filer's to fill.
  const blanks = Object.values(BLANKS);
  const withBlank = new Set(written.applied.filter((o) => blanks.some((b) => o.text.includes(b))).flatMap((o) => o.serves));
  const declined = new Map<string, string>();
  for (const p of plans) for (const [k, why] of p.declined) declined.set(k, why);
  for (const d of written.declined) for (const k of d.serves) declined.set(k, d.reason);
  const unverifiedForms = certs.filter((c) => !c.template.verified).map((c) => c.template.id);
  const fixed: FixFinding[] = [];
  const notFixed: NotFixed[] = [];
  for (const m of lint.messages) {
    const f = toFinding(m);
    const key = findingKey(m.ruleId, m.paragraph, m.line, m.column);
    const unverified = unverifiedForms.find((form) => m.message.includes(`the ${form} template is not verified`));
    if (unverified) notFixed.push({ ...f, reason: unverifiedReason(unverified) });
    else if (namesWrongReport(m.ruleId, m.paragraph)) notFixed.push({ ...f, reason: WRONG_REPORT });
    else if (!isFixable(m.ruleId)) notFixed.push({ ...f, reason: notFixableReason(m.ruleId) });
    else if (declined.has(key)) notFixed.push({ ...f, reason: declined.get(key)! });
    else if (withBlank.has(key)) notFixed.push({ ...f, reason: 'put back with the form\'s blanks ("[specify report]"): fill them in' });
    else if (applied.has(key)) fixed.push(f);
    else notFixed.push({ ...f, reason: 'no correction could be placed for it' });
  }
  return { fixed, notFixed };
}
