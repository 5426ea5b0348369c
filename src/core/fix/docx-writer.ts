// Writes a plan into a Word document as tracked changes (w:del / w:ins, author "soxlint"): only the
// runs that hold changed words are rewritten, a changed word keeps its run's properties, a paragraph
// put back copies its sibling's paragraph properties and numbering with its mark a tracked
// insertion, and every other part of the package is carried as it was. Browser-safe.
import JSZip from 'jszip';
import { Count } from '../extract/docx/bounds.js';
import { mainDocumentPath, readRelationships, stripBom } from '../extract/docx/zip.js';
import type { Extracted } from '../types.js';
import { childOf, escapeXml, parsePositions, wordParagraphs, W_NAMESPACE, type Atom, type WordParagraph, type XEl } from './docx-map.js';
import type { Written } from './index.js';
import { splice, type Declined, type Op } from './splice.js';
import type { FixPlan, NewParagraph, WordEdit } from './types.js';

export const AUTHOR = 'soxlint';
const REVISION = new Set(['w:ins', 'w:del', 'w:moveTo', 'w:moveFrom']);

interface Marks {
  /** Per atom: deleted. */
  del: Uint8Array;
  /** Text put in after atom k (k = -1: before the first). */
  after: Map<number, string[]>;
  markDeleted: boolean;
}

class DocxWriter {
  private nextId: number;
  readonly date: string;
  readonly marks = new Map<number, Marks>();
  readonly xmlOps: Op[] = [];
  readonly applied: Op[] = [];
  readonly declined: Declined[] = [];
  readonly lineStart: number[] = [];

  constructor(readonly xml: string, readonly paras: WordParagraph[], readonly source: string, date: Date) {
    this.nextId = Math.max(0, ...[...xml.matchAll(/w:id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    this.date = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    let at = 0;
    for (const line of source.split('\n')) { this.lineStart.push(at); at += line.length + 1; }
  }

  revision(kind: 'w:ins' | 'w:del'): string {
    return `<${kind} w:id="${this.nextId++}" w:author="${AUTHOR}" w:date="${this.date}"`;
  }

  locate(offset: number): { k: number; c: number } {
    let k = 0;
    while (k + 1 < this.lineStart.length && this.lineStart[k + 1] <= offset) k++;
    return { k, c: offset - this.lineStart[k] };
  }

  marksOf(k: number): Marks {
    let m = this.marks.get(k);
    if (!m) { m = { del: new Uint8Array(this.paras[k].atoms.length), after: new Map(), markDeleted: false }; this.marks.set(k, m); }
    return m;
  }

  edit(e: WordEdit): void {
    const a = this.locate(e.from);
    const b = this.locate(e.blockTo ?? e.to);
    const decline = (reason: string): void => { this.declined.push({ serves: e.serves, reason }); };
    const touched: [number, number, number][] = []; // paragraph, first atom, end atom
    for (let k = a.k; k <= b.k; k++) {
      const n = this.paras[k].atoms.length;
      touched.push([k, k === a.k ? a.c : 0, k === b.k ? b.c : n]);
    }
    // A paragraph holding a reviewer's pending change is theirs to settle first.
    if (touched.some(([k]) => hasRevision(this.paras[k].el))) return decline('the paragraph holds a tracked change not yet accepted or rejected');
    // Text goes after the last deleted character, or after the one before the insertion point.
    const [k0, c0, c1] = touched[0];
    const anchor = (a.k === b.k && c1 > c0 ? c1 : c0) - 1;
    const p0 = this.paras[k0];
    if (e.text && anchor < 0 && p0.atoms.length === 0) return decline('an empty paragraph has no run to take properties from');
    for (const [k, from, to] of touched) {
      const m = this.marksOf(k);
      for (let c = from; c < to; c++) m.del[c] = 1;
      if (k < b.k) m.markDeleted = true;
    }
    if (e.text) {
      const m = this.marksOf(k0);
      if (!m.after.has(anchor)) m.after.set(anchor, []);
      m.after.get(anchor)!.push(e.text);
    }
    this.applied.push({ from: e.from, to: e.to, text: e.text, serves: e.serves });
  }

  /** A run rewritten as runs kept, deleted (w:del) and put in (w:ins), in order. */
  run(run: XEl, p: WordParagraph, m: Marks): string {
    const xml = this.xml;
    const open = xml.slice(run.start, run.openEnd);
    const rPrEl = childOf(run, 'w:rPr');
    const rPr = rPrEl ? xml.slice(rPrEl.start, rPrEl.end) : '';
    const pieces: { kind: 'keep' | 'del' | 'ins'; xml: string }[] = [];
    const index = new Map<Atom, number>(p.atoms.map((a, k) => [a, k]));
    const put = (k: number) => { for (const t of m.after.get(k) ?? []) pieces.push({ kind: 'ins', xml: `<w:t xml:space="preserve">${escapeXml(t)}</w:t>` }); };
    const atomsIn = (el: XEl) => p.atoms.filter((a) => a.el === el);
    for (const c of run.children) {
      if (c === rPrEl) continue;
      const atoms = atomsIn(c);
      if (atoms.length === 0) { pieces.push({ kind: 'keep', xml: xml.slice(c.start, c.end) }); continue; }
      if (index.get(atoms[0]) === 0) put(-1);
      for (const a of atoms) {
        const k = index.get(a)!;
        const kind = m.del[k] ? 'del' : 'keep';
        if (c.name === 'w:t') {
          const tag = kind === 'del' ? 'w:delText' : 'w:t';
          pieces.push({ kind, xml: `<${tag} xml:space="preserve">${escapeXml(a.char)}</${tag}>` });
        } else {
          pieces.push({ kind, xml: xml.slice(c.start, c.end) });
        }
        put(k);
      }
    }
    // Neighbouring characters of one kind share one element.
    let out = '';
    for (let i = 0; i < pieces.length;) {
      let j = i;
      let body = '';
      while (j < pieces.length && pieces[j].kind === pieces[i].kind) body += pieces[j++].xml;
      body = body.replace(/<\/w:(t|delText)><w:\1 xml:space="preserve">/g, '');
      const kind = pieces[i].kind;
      if (kind === 'keep') out += `${open}${rPr}${body}</w:r>`;
      else if (kind === 'del') out += `${this.revision('w:del')}>${open}${rPr}${body}</w:r></w:del>`;
      else out += `${this.revision('w:ins')}><w:r>${rPr}${body}</w:r></w:ins>`;
      i = j;
    }
    return out;
  }

  /** The paragraph mark as a tracked deletion or insertion, in a copy of the paragraph properties. */
  markedProperties(pPr: string, kind: 'w:ins' | 'w:del'): string {
    const mark = `${this.revision(kind)}/>`;
    if (!pPr || /^<w:pPr\s*\/>$/.test(pPr)) return `<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`;
    if (/<w:rPr\s*\/>/.test(pPr)) return pPr.replace(/<w:rPr\s*\/>/, `<w:rPr>${mark}</w:rPr>`);
    if (/<w:rPr>/.test(pPr)) return pPr.replace(/<w:rPr>/, `<w:rPr>${mark}`);
    const before = /<w:sectPr[\s>]|<w:pPrChange[\s>]|<\/w:pPr>/.exec(pPr)!;
    return pPr.slice(0, before.index) + `<w:rPr>${mark}</w:rPr>` + pPr.slice(before.index);
  }

  paragraph(k: number, m: Marks): void {
    const p = this.paras[k];
    const runs = new Set<XEl>();
    p.atoms.forEach((a, c) => { if (m.del[c] || m.after.has(c)) runs.add(a.run); });
    if (m.after.has(-1) && p.atoms.length) runs.add(p.atoms[0].run);
    for (const r of runs) this.xmlOps.push({ from: r.start, to: r.end, text: this.run(r, p, m), serves: [] });
    if (m.markDeleted) {
      const pPr = childOf(p.el, 'w:pPr');
      const raw = pPr ? this.xml.slice(pPr.start, pPr.end) : '';
      const at = pPr ? pPr.start : p.el.openEnd;
      this.xmlOps.push({ from: at, to: pPr ? pPr.end : at, text: this.markedProperties(raw, 'w:del'), serves: [] });
    }
  }

  /** A left-out paragraph: its sibling's properties and numbering, its label and text inserted. */
  newParagraph(np: NewParagraph): void {
    const xml = this.xml;
    const s = this.locate(np.sibling.from);
    const sib = this.paras[s.k];
    const pPrEl = childOf(sib.el, 'w:pPr');
    const pPr = (pPrEl ? xml.slice(pPrEl.start, pPrEl.end) : '')
      .replace(/<w:sectPr[\s\S]*?<\/w:sectPr>|<w:sectPr[^>]*\/>/g, '')
      .replace(/<w:pPrChange[\s\S]*?<\/w:pPrChange>/g, '')
      .replace(/<w:(ins|del)\b[^>]*\/>/g, '')
      .replace(np.sameKind ? /^$/ : /<w:numPr>[\s\S]*?<\/w:numPr>/, '');
    const rPrAt = (offset: number) => {
      const at = this.locate(offset);
      const atom = this.paras[at.k]?.atoms[Math.min(at.c, this.paras[at.k].atoms.length - 1)];
      const el = atom ? childOf(atom.run, 'w:rPr') : undefined;
      return el ? xml.slice(el.start, el.end).replace(/<w:rPrChange[\s\S]*?<\/w:rPrChange>/g, '').replace(/<w:(ins|del)\b[^>]*\/>/g, '') : '';
    };
    const text = `<w:r>${rPrAt(np.sibling.textFrom)}<w:t xml:space="preserve">${escapeXml(np.text)}</w:t></w:r>`;
    let label = '';
    if (np.label && np.sibling.label) {
      const gapFrom = this.locate(np.sibling.from + np.sibling.label.length).c;
      const gapTo = this.locate(np.sibling.textFrom).c;
      const tab = sib.atoms.slice(gapFrom, gapTo).some((a) => a.el.name === 'w:tab');
      label = `<w:r>${rPrAt(np.sibling.from)}<w:t xml:space="preserve">${escapeXml(np.label)}${tab ? '' : ' '}</w:t>${tab ? '<w:tab/>' : ''}</w:r>`;
    }
    const para = `<w:p>${this.markedProperties(pPr, 'w:ins')}${this.revision('w:ins')}>${label}${text}</w:ins></w:p>`;
    const at = np.prev ? this.paras[this.locate(np.prev.to).k].el.end : this.paras[this.locate(np.next!.from).k].el.start;
    this.xmlOps.push({ from: at, to: at, text: para, serves: [] });
    this.applied.push({ from: at, to: at, text: np.text, serves: np.serves });
  }
}

/** Whether an element holds a tracked change (its own, a reviewer's) anywhere inside. */
function hasRevision(el: XEl): boolean {
  return el.children.some((c) => REVISION.has(c.name) || hasRevision(c));
}

function declineAll(bytes: Uint8Array, plan: FixPlan, reason: string): Written {
  const serves = [...plan.edits.flatMap((e) => e.serves), ...plan.paragraphs.flatMap((p) => p.serves)];
  return { output: bytes, applied: [], declined: [{ serves, reason }] };
}

export async function writeDocx(bytes: Uint8Array, ext: Extracted, plan: FixPlan, date: Date): Promise<Written> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = await zip.file('_rels/.rels')?.async('string');
  const path = mainDocumentPath({ has: (name) => zip.file(name) !== null }, readRelationships(rels === undefined ? null : stripBom(rels), new Count()));
  if (!path) return declineAll(bytes, plan, 'no main document part');
  const raw = await zip.file(path)!.async('string');
  const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const xml = raw.slice(bom.length);
  const root = parsePositions(xml);
  const doc = root.children.find((c) => c.name === 'w:document');
  if (!doc || !xml.slice(doc.start, doc.openEnd).includes(`"${W_NAMESPACE}"`) || !/xmlns:w=/.test(xml.slice(doc.start, doc.openEnd))) {
    return declineAll(bytes, plan, 'the document does not use Word\'s usual "w:" prefix');
  }
  const paras = wordParagraphs(xml, root);
  const lines = ext.source.split('\n');
  if (paras.length !== lines.length || paras.some((p, k) => p.atoms.map((a) => a.char).join('') !== lines[k])) {
    return declineAll(bytes, plan, 'the document\'s paragraphs could not be matched to Word\'s runs');
  }
  const w = new DocxWriter(xml, paras, ext.source, date);
  const edits = [...plan.edits].sort((a, b) => a.from - b.from);
  let reach = -1;
  for (const e of edits) {
    if (e.from < reach) { w.declined.push({ serves: e.serves, reason: 'it overlaps another correction' }); continue; }
    w.edit(e);
    reach = Math.max(reach, e.blockTo ?? e.to);
  }
  for (const [k, m] of w.marks) w.paragraph(k, m);
  for (const np of plan.paragraphs) w.newParagraph(np);
  if (w.applied.length === 0) return { output: bytes, applied: [], declined: w.declined };
  const out = splice(xml, w.xmlOps);
  // Dated as its tracked changes are, so the same fix at the same date gives the same bytes; no
  // folder entry added for the part's folder (JSZip would date one by the clock: Word writes none).
  zip.file(path, bom + out.output, { date, createFolders: false });
  const output = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { output, applied: w.applied, declined: w.declined };
}
