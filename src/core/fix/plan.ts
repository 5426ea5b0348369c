// Plans the corrections of one certification: each difference a fixable rule reported becomes the
// form's words at its place in the source, and each omitted paragraph a new paragraph beside its
// sibling. Browser-safe; writers put the plan into each format.
import type { Certification } from '../certification.js';
import type { Change } from '../changes.js';
import type { Range } from '../document.js';
import { splitOfficer } from '../officer.js';
import { rulesById } from '../rules/index.js';
import { missingParagraph } from '../rules/sox002-missing-paragraph.js';
import { titleInOpening } from '../rules/sox007-title-in-opening.js';
import { outdatedForm } from '../rules/sox008-outdated-form.js';
import { attribute, type Attribution } from './attribute.js';
import { restyleLabel, relabelEdits } from './labels.js';
import { formWords, styleOf, type Slots, type Style } from './render.js';
import { findingKey, type FixPlan, type NewParagraph, type ParagraphSpan, type WordEdit } from './types.js';

/** Whether a rule's correction is the form's own text (its metadata says so). */
export function isFixable(ruleId: string | null): boolean {
  return ruleId !== null && rulesById.get(ruleId)?.fixable === true;
}

const SOX002 = missingParagraph.id;

export interface PlanOptions {
  /** Slot values from another certification of the same file or filing, for a missing paragraph 1. */
  slots?: Slots;
  /** Rules turned off: their differences are left as they are. */
  off?: (ruleId: string) => boolean;
}

export interface CertPlan extends FixPlan {
  /** Findings that a planned correction serves, by key. */
  planned: Set<string>;
  /** Findings whose correction soxlint declined, with the reason. */
  declined: Map<string, string>;
}

class Planner {
  readonly att: Attribution;
  readonly style: Style;
  readonly slots: Slots;
  readonly paraOf: Int32Array;
  readonly spans: (ParagraphSpan | null)[];
  readonly plan: CertPlan = { edits: [], paragraphs: [], spans: [], planned: new Set(), declined: new Map() };

  constructor(readonly cert: Certification, readonly options: PlanOptions) {
    this.att = attribute(cert);
    this.style = styleOf(cert);
    const own: Slots = {};
    for (const [name, v] of Object.entries(cert.seq.slots)) if (v) own[name] = v.value;
    this.slots = { ...options.slots, ...own };
    this.paraOf = new Int32Array(cert.seq.keys.length).fill(-1);
    cert.seq.keys.forEach((_, j) => { this.paraOf[j] = cert.paraOfSeq(j); });
    this.spans = cert.template.paragraphs.map((_, q) => this.spanOf(q));
  }

  /**
   * Keys of the findings rule `ruleId` reported about paragraph index q. SOX008 reports a marker once
   * for all its places, in whichever paragraph: its findings are matched by place (`near`) instead.
   */
  keysOf(ruleId: string, q: number, near?: Range): string[] {
    const found = this.att.findings.get(ruleId) ?? [];
    const id = this.cert.paraId(q);
    let mine = ruleId !== outdatedForm.id ? found.filter((f) => f.paragraph === id)
      : found.filter((f) => near && f.range.from <= near.to && f.range.to >= near.from);
    // The glue an omission leaves in its neighbour ("; and" of 5(a) when 5(b) is left out) is SOX002's.
    if (mine.length === 0 && ruleId === SOX002) mine = found;
    return [...new Set(mine.map((f) => {
      const at = this.cert.doc.position(f.range.from);
      return findingKey(ruleId, f.paragraph, at.line, at.column);
    }))];
  }

  fixable(ruleId: string): boolean {
    return isFixable(ruleId) && !this.options.off?.(ruleId);
  }

  add(edit: WordEdit): void {
    this.plan.edits.push(edit);
    for (const k of edit.serves) this.plan.planned.add(k);
  }

  decline(keys: string[], reason: string): void {
    for (const k of keys) if (!this.plan.declined.has(k)) this.plan.declined.set(k, reason);
  }

  spanOf(q: number): ParagraphSpan | null {
    const { cert } = this;
    const t = cert.doc.tokens;
    let first = -1;
    let last = -1;
    for (let j = 0; j < this.paraOf.length; j++) {
      if (this.paraOf[j] !== q) continue;
      if (first < 0 || cert.seq.first[j] < first) first = cert.seq.first[j];
      last = Math.max(last, cert.seq.last[j]);
    }
    if (first < 0) return null;
    let lab = first;
    while (lab > cert.region.start && t.label[lab - 1]) lab--;
    const doc = cert.doc;
    return {
      from: doc.tokenFrom(lab),
      textFrom: doc.tokenFrom(first),
      to: doc.tokenTo(last),
      label: lab < first ? doc.ext.source.slice(doc.tokenFrom(lab), doc.tokenTo(first - 1)) : null,
    };
  }

  /** Whether tokens a and b (a < b) stand in the same paragraph of the filer's text. */
  sameBlock(a: number, b: number): boolean {
    const t = this.cert.doc.tokens;
    for (let k = a + 1; k <= b; k++) if (t.lineStart[k] === 2) return false;
    return true;
  }

  /** Source range of tokens a..b widened over the white space on one side, so no double space is left. */
  deletion(a: number, b: number): WordEdit {
    const { doc, region } = this.cert;
    const t = doc.tokens;
    const src = doc.ext.source;
    const from = doc.tokenFrom(a);
    const to = doc.tokenTo(b);
    const space = (s: string) => /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/.test(s) && (doc.ext.kind !== 'docx' || !/[\r\n]/.test(s));
    // A whole paragraph of the filer's (label included): the paragraph break goes too.
    let lab = a;
    while (lab > region.start && t.label[lab - 1]) lab--;
    const wholeStart = t.lineStart[lab] === 2;
    const wholeEnd = b + 1 >= t.count || t.lineStart[b + 1] === 2;
    if (wholeStart && wholeEnd) {
      return { from: doc.tokenFrom(lab), to, text: '', blockTo: b + 1 < t.count ? doc.tokenFrom(b + 1) : undefined, serves: [] };
    }
    if (b + 1 < t.count && this.sameBlock(b, b + 1) && !t.label[b + 1] && space(src.slice(to, doc.tokenFrom(b + 1)))) {
      return { from, to: doc.tokenFrom(b + 1), text: '', serves: [] };
    }
    if (a > 0 && this.sameBlock(a - 1, a) && !t.label[a - 1] && space(src.slice(doc.tokenTo(a - 1), from))) {
      return { from: doc.tokenTo(a - 1), to, text: '', serves: [] };
    }
    return { from, to, text: '', serves: [] };
  }

  /** Runs of the filer's tokens that elements `ins` cover, split where a label or a gap intervenes. */
  tokenRuns(ins: number[]): [number, number][] {
    const { seq } = this.cert;
    const out: [number, number][] = [];
    for (const j of ins) {
      const last = out[out.length - 1];
      if (last && seq.first[j] === last[1] + 1) last[1] = seq.last[j];
      else out.push([seq.first[j], seq.last[j]]);
    }
    return out;
  }

  change(c: Change, newParagraphs: Set<number>): void {
    const { cert, att } = this;
    if (newParagraphs.has(c.para)) return;
    const owners = new Set<string>();
    for (const i of c.del) if (att.ownerT[i]) owners.add(att.ownerT[i]!);
    const ins = c.ins.filter((j) => att.ownerS[j]); // unowned words (page furniture) stay
    for (const j of ins) owners.add(att.ownerS[j]!);
    if (owners.size === 0) return;
    const near = cert.changeRange(c, ins);
    const keys = [...owners].flatMap((r) => this.keysOf(r, c.para, near));
    const blocked = [...owners].find((r) => !this.fixable(r) || (r !== outdatedForm.id && this.keysOf(r, c.para).length === 0));
    if (blocked) {
      // Claimed but not reported (a profile's permitted omission), or a rule a person must act on.
      if (this.fixable(blocked)) return;
      this.decline(keys.filter((k) => !k.startsWith(`${blocked} `)), `it overlaps a ${blocked} finding, which needs a person`);
      return;
    }
    const text = formWords(cert.template, c.del, this.slots, this.style);
    const runs = this.tokenRuns(ins);
    if (runs.length === 0) {
      const point = this.insertionPoint(c);
      if (!point) { this.decline(keys, 'no place in the paragraph to put the words back'); return; }
      this.add({ from: point.at, to: point.at, text: point.before + text + point.after, serves: keys });
      return;
    }
    runs.forEach(([a, b], n) => {
      if (n === 0 && text) {
        this.add({ from: cert.doc.tokenFrom(a), to: cert.doc.tokenTo(b), text, serves: keys });
      } else {
        this.add({ ...this.deletion(a, b), serves: keys });
      }
    });
  }

  /** Where words left out go: after the matched word before them, or before the one after them. */
  insertionPoint(c: Change): { at: number; before: string; after: string } | null {
    const { cert } = this;
    if (c.after >= 0 && this.paraOf[c.after] === c.para) return { at: cert.doc.tokenTo(cert.seq.last[c.after]), before: ' ', after: '' };
    if (c.before >= 0 && this.paraOf[c.before] === c.para) return { at: cert.doc.tokenFrom(cert.seq.first[c.before]), before: '', after: ' ' };
    return null;
  }

  /** "I, Jane Doe, Chief Executive Officer, certify": the title goes, the name's comma stays. */
  title(): void {
    const { cert } = this;
    const keys = this.keysOf(titleInOpening.id, 0);
    if (!keys.length || !this.fixable(titleInOpening.id) || cert.region.certify < 0) return;
    const officer = splitOfficer(cert);
    if (!officer?.title) return;
    const nameLast = officer.title[0] - 1;
    const t = cert.doc.tokens;
    const comma = t.key[nameLast].endsWith(',');
    this.add({ from: cert.doc.tokenTo(nameLast), to: cert.doc.tokenFrom(cert.region.certify), text: comma ? ' ' : ', ', serves: keys });
  }

  /** Paragraphs the filer left out whole (SOX002 with no words of the filer's in their place). */
  missing(): Set<number> {
    const out = new Set<number>();
    const { cert } = this;
    for (const f of this.att.findings.get(SOX002) ?? []) {
      const q = cert.template.paragraphs.findIndex((p) => p.id === f.paragraph);
      if (q < 0 || f.actual || this.spans[q] || !this.fixable(SOX002)) continue;
      out.add(q);
    }
    return out;
  }

  newParagraph(q: number, present: (number | null)[]): NewParagraph | null {
    const { cert } = this;
    const p = cert.template.paragraphs[q];
    const kind = kindOf(p.id);
    let prev: ParagraphSpan | null = null;
    let next: ParagraphSpan | null = null;
    for (let k = q - 1; k >= 0 && !prev; k--) prev = this.spans[k];
    for (let k = q + 1; k < this.spans.length && !next; k++) next = this.spans[k];
    // The sibling: the nearest present paragraph of the same kind (numbered, lettered, opening).
    let sibling: ParagraphSpan | null = null;
    for (let d = 1; d < present.length && !sibling; d++) {
      for (const k of [q - d, q + d]) {
        if (!sibling && k >= 0 && k < present.length && this.spans[k] && kindOf(cert.paraId(k)) === kind) sibling = this.spans[k];
      }
    }
    const sameKind = sibling !== null;
    sibling ??= prev ?? next;
    if (!sibling) return null;
    const words: number[] = [];
    for (let i = p.tokenStart; i < p.tokenEnd; i++) words.push(i);
    return {
      id: p.id,
      text: formWords(cert.template, words, this.slots, this.style),
      label: sibling.label && kind !== 'intro' ? restyleLabel(sibling.label, p.id) : null,
      prev,
      next,
      sibling,
      sameKind,
      serves: this.keysOf(SOX002, q),
    };
  }
}

export type ParagraphKind = 'intro' | 'numbered' | 'lettered';

export function kindOf(id: string): ParagraphKind {
  if (/\(/.test(id)) return 'lettered';
  return /^\d/.test(id) ? 'numbered' : 'intro';
}

export function planCertification(cert: Certification, options: PlanOptions = {}): CertPlan {
  const planner = new Planner(cert, options);
  const missing = planner.missing();
  for (const c of cert.changes) planner.change(c, missing);
  planner.title();
  const present = cert.template.paragraphs.map((_, q) => (planner.spans[q] || missing.has(q) ? q : null));
  for (const q of [...missing].sort((a, b) => a - b)) {
    const np = planner.newParagraph(q, present);
    if (!np) { planner.decline(planner.keysOf(SOX002, q), 'no paragraph of the certification to place it by'); continue; }
    planner.plan.paragraphs.push(np);
    for (const k of np.serves) planner.plan.planned.add(k);
  }
  if (missing.size) {
    const serves = planner.plan.paragraphs[0]?.serves ?? [];
    for (const e of relabelEdits(cert, planner.spans, present)) planner.add({ ...e, serves });
  }
  planner.plan.spans = planner.spans.filter((s): s is ParagraphSpan => s !== null).sort((a, b) => a.from - b.from);
  return planner.plan;
}
