// The redline of a certification: the form's paragraphs in order, each a run of parts (the same
// words, words the filer added, form words the filer left out, the filled slots), read off the
// alignment the rules used. What the HTML report, the page and the fix writer render. Browser-safe.
import type { Certification } from './certification.js';
import type { Change } from './changes.js';
import { absentParagraphs } from './rules/shared/certification.js';
import type { LintMessage, Position } from './types.js';

/** A part of a redline: words as the form has them, added by the filer, omitted, or a filled slot. */
export type RedlinePartKind = 'same' | 'added' | 'omitted' | 'slot';

/** A run of words of one kind in a redline paragraph, with its source range. */
export interface RedlinePart {
  /** same: as the form; added: the filer's words the form does not have; omitted: form words the filer left out; slot: the filer's officer/report/registrant. */
  kind: RedlinePartKind;
  /** The filer's words (same, added, slot; spacing folded), or the form's words (omitted; a slot in them filled with the filer's value when known). */
  text: string;
  /** Slot name ("officer", "report", "registrant") for a slot part, or an omitted part that is a slot. */
  slot?: string;
  /**
   * Offsets in Extracted.source. same/added/slot: the filer's words. omitted: an empty range
   * (from === to) where the form's words belong; in a replacement, the start of the added words.
   */
  from: number;
  to: number;
  /** Indexes into LintResult.messages of the findings this part explains. */
  findings: number[];
}

/** A paragraph's label ("1.", "(a)") as the filer wrote it. */
export interface RedlineLabel {
  /** The filer's paragraph label ("4.", "(b)"); not compared (labels are formatting). */
  text: string;
  from: number;
  to: number;
}

/** One paragraph of the form in a redline, in the form's order. */
export interface RedlineParagraph {
  /** Template paragraph id: "intro", "1", ..., "4(b)", "signature". */
  id: string;
  /** False for a paragraph a rule checks rather than the comparison (the signature block): no parts. */
  compared: boolean;
  /** The paragraph is left out (under half of its words found): render it as one struck block. */
  omitted: boolean;
  /** The paragraph stands elsewhere in the filer's text (rule SOX012); parts are shown in form order. */
  moved: boolean;
  label: RedlineLabel | null;
  parts: RedlinePart[];
  /** Indexes into LintResult.messages of every finding naming this paragraph in this certification. */
  findings: number[];
}

/** A certification set against its form, paragraph by paragraph (LintOptions.redline). */
export interface Redline {
  /** Index into LintResult.certifications. */
  certification: number;
  /** Template id ("601b31i", ...). */
  form: string;
  /** In a complete submission: the exhibit's document name; the offsets are then in that exhibit's own text. */
  document?: string;
  /** Offsets in Extracted.source of the certification (opening to signature block). */
  from: number;
  to: number;
  paragraphs: RedlineParagraph[];
  /** Indexes into LintResult.messages of every finding in this certification. */
  findings: number[];
}

/** One template token or one filer's element, placed in form order. */
interface Item {
  kind: RedlinePartKind;
  /** Template token index (ins elements: the token they follow, +0.5). */
  pos: number;
  /** Sequence element, or -1 for an omitted token. */
  j: number;
  /** Template token, or -1 for an added element. */
  i: number;
  change: Change | null;
}

/** The redline of one compared certification; `end` is the token after its signature block. */
export function buildRedline(
  cert: Certification, end: number, certification: number, messages: LintMessage[],
): Redline {
  const { doc, template, alignment, seq } = cert;
  const absent = absentParagraphs(cert);
  const moved = new Set(alignment.moved);
  const from = doc.tokenFrom(cert.region.start);
  const to = doc.tokenTo(Math.max(cert.region.start, end - 1));
  const ids = new Set(template.paragraphs.map((p) => p.id));
  const mine = messages.flatMap((m, n) => (m.paragraph !== null && ids.has(m.paragraph) && within(doc.position(from), doc.position(to), m) ? [n] : []));
  const paragraphs = template.paragraphs.map((p, index): RedlineParagraph => {
    const parts = p.compared ? paragraphParts(cert, index) : [];
    const findings = mine.filter((n) => messages[n].paragraph === p.id);
    linkFindings(cert, parts, findings, messages);
    return {
      id: p.id,
      compared: p.compared,
      omitted: absent.has(p.id),
      moved: moved.has(index),
      label: labelOf(cert, parts),
      parts,
      findings,
    };
  });
  return { certification, form: template.id, from, to, paragraphs, findings: mine };
}

function paragraphParts(cert: Certification, index: number): RedlinePart[] {
  const { template, alignment } = cert;
  const p = template.paragraphs[index];
  const owner = new Map<number, Change>();
  const items: Item[] = [];
  for (const c of cert.changes) {
    if (c.para !== index) continue;
    for (const i of c.del) owner.set(i, c);
    const pos = anchorOf(cert, c, p.tokenStart, p.tokenEnd) + 0.5;
    for (const j of c.ins) items.push({ kind: 'added', pos, j, i: -1, change: c });
  }
  for (let i = p.tokenStart; i < p.tokenEnd; i++) {
    const j = alignment.templateToSubmitted[i];
    if (j >= 0) items.push({ kind: template.slot[i] ? 'slot' : 'same', pos: i, j, i, change: null });
    else items.push({ kind: 'omitted', pos: i, j: -1, i, change: owner.get(i) ?? null });
  }
  items.sort((a, b) => a.pos - b.pos || a.j - b.j);
  const parts: RedlinePart[] = [];
  let run: Item[] = [];
  for (const item of items) {
    if (run.length && !continues(cert, run[run.length - 1], item)) { parts.push(partOf(cert, run)); run = []; }
    run.push(item);
  }
  if (run.length) parts.push(partOf(cert, run));
  return parts;
}

/** The template token after which a change's added words stand (tokenStart - 1: at the start). */
function anchorOf(cert: Certification, c: Change, start: number, end: number): number {
  if (c.del.length) return c.del[c.del.length - 1];
  if (c.after < 0) return start - 1;
  const i = cert.alignment.submittedToTemplate[c.after];
  return i < start ? start - 1 : i >= end ? end - 1 : i;
}

/** Whether `b` extends the part `a` is in: same kind, next in form order and in the filer's text. */
function continues(cert: Certification, a: Item, b: Item): boolean {
  if (a.kind !== b.kind || a.kind === 'slot') return false;
  const { seq, template } = cert;
  if (a.kind === 'omitted') return a.change === b.change && b.i === a.i + 1 && !template.slot[a.i] && !template.slot[b.i];
  // Filer's words: consecutive elements with no label or skipped token between them.
  if (b.j !== a.j + 1 || seq.first[b.j] !== seq.last[a.j] + 1) return false;
  return a.kind === 'added' ? a.change === b.change : b.i === a.i + 1;
}

function partOf(cert: Certification, run: Item[]): RedlinePart {
  const { doc, seq, template } = cert;
  const first = run[0];
  const kind = first.kind;
  if (kind === 'omitted') {
    const slot = template.slot[first.i] ?? undefined;
    const text = slot
      ? (cert.seq.slots[slot]?.value ?? template.words[first.i]) + (/[.;:,]$/.exec(template.keys[first.i])?.[0] ?? '')
      : run.map((x) => template.words[x.i]).join(' ');
    const at = omittedAt(cert, first.change);
    return { kind, text, ...(slot ? { slot } : {}), from: at, to: at, findings: [] };
  }
  const last = run[run.length - 1];
  const a = seq.first[first.j];
  const b = seq.last[last.j];
  const slot = kind === 'slot' ? template.slot[first.i] ?? undefined : undefined;
  return { kind, text: doc.words(a, b), ...(slot ? { slot } : {}), from: doc.tokenFrom(a), to: doc.tokenTo(b), findings: [] };
}

/** Where omitted form words belong: before the words that replace them, else where rules place the omission. */
function omittedAt(cert: Certification, c: Change | null): number {
  if (!c) return cert.insertionPoint(-1).from;
  return cert.changeRange(c).from;
}

/** The filer's label just before the paragraph's first words ("(b)"), if any. */
function labelOf(cert: Certification, parts: RedlinePart[]): RedlineLabel | null {
  const { doc } = cert;
  const firstFiler = parts.find((x) => x.kind !== 'omitted');
  if (!firstFiler) return null;
  const t = doc.tokens;
  // The token the part starts at: the one whose source start is the part's start.
  let k = cert.region.start;
  while (k < cert.region.end && doc.tokenFrom(k) < firstFiler.from) k++;
  let a = k;
  while (a > cert.region.start && t.label[a - 1]) a--;
  if (a === k) return null;
  return { text: doc.words(a, k - 1), from: doc.tokenFrom(a), to: doc.tokenTo(k - 1) };
}

/**
 * A finding explains the changed parts of its paragraph that its range touches (an empty range: the
 * omitted words placed there); else the slot or same words it covers; else all changed parts.
 */
function linkFindings(cert: Certification, parts: RedlinePart[], findings: number[], messages: LintMessage[]): void {
  const { doc } = cert;
  const pos = parts.map((x) => ({ from: doc.position(x.from), to: doc.position(x.to) }));
  for (const n of findings) {
    const m = messages[n];
    const s: Position = { line: m.line, column: m.column };
    const e: Position = { line: m.endLine, column: m.endColumn };
    const touches = (k: number) => {
      const r = pos[k];
      if (parts[k].kind === 'omitted') return cmp(r.from, s) >= 0 && cmp(r.from, e) <= 0;
      return cmp(s, e) === 0 ? cmp(r.from, s) <= 0 && cmp(s, r.to) < 0 : cmp(r.from, e) < 0 && cmp(s, r.to) < 0;
    };
    const changed = parts.map((_, k) => k).filter((k) => parts[k].kind === 'added' || parts[k].kind === 'omitted');
    let hit = changed.filter(touches);
    if (!hit.length) hit = parts.map((_, k) => k).filter((k) => !changed.includes(k) && touches(k));
    if (!hit.length) hit = changed;
    for (const k of hit) parts[k].findings.push(n);
  }
}

function cmp(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

function within(from: Position, to: Position, m: LintMessage): boolean {
  const s = { line: m.line, column: m.column };
  return cmp(from, s) <= 0 && cmp(s, to) <= 0;
}

/** A copy of a redline with each of its lists of finding indexes passed through `map`. */
export function mapFindings(rl: Redline, map: (findings: number[]) => number[]): Redline {
  return {
    ...rl,
    findings: map(rl.findings),
    paragraphs: rl.paragraphs.map((p) => ({ ...p, findings: map(p.findings), parts: p.parts.map((x) => ({ ...x, findings: map(x.findings) })) })),
  };
}

/**
 * A document's redline within a larger result (a complete submission): its certification and finding
 * indexes moved past those of the documents before it. A copy.
 */
export function shiftedRedline(rl: Redline, certifications: number, messages: number, document: string): Redline {
  return { ...mapFindings(rl, (list) => list.map((n) => n + messages)), certification: rl.certification + certifications, document };
}
