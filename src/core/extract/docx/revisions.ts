// Unaccepted revisions and comment anchors in the main document part, by paragraph number (counted
// as mammoth counts them), kept for SOX014 to report.
import type { Revision as FoundRevision } from '../../types.js';
import { collectParagraphs, paragraphString, type MComment } from './paragraphs.js';
import { child, textOf, type XNode } from './xml.js';

/** Elements whose child paragraphs mammoth reads (lib/docx/body-reader.js); others it skips. */
export const READ_CHILDREN = new Set([
  '#root', 'w:body', 'w:p', 'w:r', 'w:hyperlink', 'w:tbl', 'w:tr', 'w:tc', 'w:sdt', 'w:sdtContent',
  'w:customXml', 'w:ins', 'w:moveTo', 'w:object', 'w:smartTag', 'w:pict', 'v:roundrect', 'v:shape',
  'v:textbox', 'w:txbxContent', 'v:group', 'v:rect', 'mc:Fallback',
]);
/** Tracked property changes: they hold the old properties. */
const PROPERTY_CHANGES = new Set([
  'w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:tblPrExChange', 'w:trPrChange',
  'w:tcPrChange', 'w:tblGridChange', 'w:numberingChange',
]);
/** Revision marks and what a message calls them. */
const REVISIONS = new Map([
  ['w:ins', 'insertion'],
  ['w:del', 'deletion'],
  ['w:moveFrom', 'text moved away'],
  ['w:moveTo', 'text moved here'],
]);
/** Elements that show something in Word: outside a revision they end a run of changes. */
const VISIBLE = new Set(['w:t', 'w:tab', 'w:br', 'w:cr', 'w:sym', 'w:noBreakHyphen', 'w:softHyphen', 'w:drawing', 'w:pict', 'w:object']);

interface Revision {
  kind: string;
  author: string;
  text: string;
  /** What the change is about when it has no text: "a paragraph break", "a table row". */
  what: string;
  first: number;
  last: number;
  /** Serial number of the last shown content outside revisions, when this revision ended. */
  serialEnd: number;
}

interface Anchor {
  start?: number;
  end?: number;
  ref?: number;
}

export interface Markup {
  revisions: Revision[];
  anchors: Map<string, Anchor>;
  /** Paragraphs counted the way mammoth counts them. */
  paragraphs: number;
}

/** One walk over the document body, keeping the paragraph count the way mammoth keeps it. */
class MarkupReader {
  readonly revisions: Revision[] = [];
  readonly anchors = new Map<string, Anchor>();
  count = 0;
  /** Current paragraph, or -1 outside paragraphs and in a deleted paragraph (whose text joins the next). */
  private cur = -1;
  /** Serial number of the last shown content outside revisions. */
  private serial = 0;
  /** Revisions open around the current element, innermost last. */
  private open: Revision[] = [];
  private formatRun: Revision | null = null;

  /** Where something that starts here stands. */
  private here(): number {
    return this.cur >= 0 ? this.cur : this.count;
  }

  /** Where something that ends here stands. */
  private hereEnd(): number {
    return this.cur >= 0 ? this.cur : Math.max(this.count - 1, 0);
  }

  private addRevision(kind: string, el: XNode, what = ''): Revision {
    const author = (el.attrs['w:author'] ?? '').trim();
    const at = this.here();
    const prev = this.revisions[this.revisions.length - 1];
    if (prev && prev.kind === kind && prev.author === author && prev.serialEnd === this.serial) {
      if (at !== prev.last && prev.text && !prev.text.endsWith(' ')) prev.text += ' ';
      prev.last = Math.max(prev.last, at);
      if (!prev.what) prev.what = what;
      return prev;
    }
    const rev: Revision = { kind, author, text: '', what, first: at, last: at, serialEnd: this.serial };
    this.revisions.push(rev);
    return rev;
  }

  private addText(s: string): void {
    const target = this.open[this.open.length - 1] ?? this.formatRun;
    if (target) target.text += s;
  }

  private anchor(id: string | undefined): Anchor | null {
    if (id === undefined) return null;
    let a = this.anchors.get(id);
    if (!a) { a = {}; this.anchors.set(id, a); }
    return a;
  }

  visitChildren(el: XNode, visible: boolean): void {
    const v = visible && READ_CHILDREN.has(el.name);
    for (const c of el.children) if (typeof c !== 'string') this.visit(c, el, v);
  }

  private visit(el: XNode, parent: XNode, visible: boolean): void {
    const name = el.name;
    if (name === 'mc:AlternateContent') {
      // mammoth reads the fallback only.
      const fallback = child(el, 'mc:Fallback');
      if (fallback) this.visitChildren(fallback, visible);
    } else if (name === 'w:p' || name === 'w:tr') {
      this.visitBlock(el, visible);
    } else if (REVISIONS.has(name)) {
      this.visitRevision(el, parent, visible);
    } else if (name === 'w:cellIns' || name === 'w:cellDel') {
      this.addRevision(name === 'w:cellIns' ? 'insertion' : 'deletion', el, 'a table cell').serialEnd = this.serial;
    } else if (PROPERTY_CHANGES.has(name)) {
      // Its children are the old properties.
      if (!this.open.length) this.addRevision(name === 'w:pPrChange' ? 'paragraph formatting change' : 'formatting change', el).serialEnd = this.serial;
    } else if (name === 'w:r') {
      this.visitRun(el, visible);
    } else if (name === 'w:commentRangeStart' || name === 'w:commentRangeEnd' || name === 'w:commentReference') {
      this.visitAnchor(el);
    } else if (name === 'w:t' || name === 'w:delText' || VISIBLE.has(name)) {
      this.visitShown(el, visible);
    } else {
      this.visitChildren(el, visible);
    }
  }

  /** A paragraph (numbered unless deleted) or a table row (mammoth drops a deleted one). */
  private visitBlock(el: XNode, visible: boolean): void {
    const saved = this.cur;
    if (el.name === 'w:p') {
      const deleted = !!child(child(child(el, 'w:pPr'), 'w:rPr'), 'w:del');
      if (visible) this.cur = deleted ? -1 : this.count++;
      this.visitChildren(el, visible);
    } else {
      // What stood in a deleted row is reported on the next paragraph.
      const deleted = !!child(child(el, 'w:trPr'), 'w:del');
      if (deleted) this.cur = -1;
      this.visitChildren(el, visible && !deleted);
    }
    this.cur = saved;
  }

  private visitRevision(el: XNode, parent: XNode, visible: boolean): void {
    const kind = REVISIONS.get(el.name)!;
    // In properties the mark is about the paragraph mark (pPr/rPr), a table row (trPr) or numbering (numPr).
    if (parent.name === 'w:rPr') { this.addRevision(kind, el, 'a paragraph break').serialEnd = this.serial; return; }
    if (parent.name === 'w:trPr') { this.addRevision(kind, el, 'a table row').serialEnd = this.serial; return; }
    if (parent.name.endsWith('Pr')) { this.addRevision('formatting change', el).serialEnd = this.serial; return; }
    const rev = this.addRevision(kind, el);
    this.open.push(rev);
    this.visitChildren(el, visible);
    this.open.pop();
    rev.serialEnd = this.serial;
  }

  private visitRun(el: XNode, visible: boolean): void {
    const change = this.open.length ? undefined : child(child(el, 'w:rPr'), 'w:rPrChange');
    if (!change) { this.visitChildren(el, visible); return; }
    const rev = this.addRevision('formatting change', change);
    this.formatRun = rev;
    for (const c of el.children) {
      if (typeof c !== 'string' && c.name !== 'w:rPr') this.visit(c, el, visible && READ_CHILDREN.has(el.name));
    }
    this.formatRun = null;
    rev.serialEnd = this.serial;
  }

  private visitAnchor(el: XNode): void {
    const a = this.anchor(el.attrs['w:id']);
    if (!a) return;
    if (el.name === 'w:commentRangeStart') { if (a.start === undefined) a.start = this.here(); }
    else if (el.name === 'w:commentRangeEnd') a.end = this.hereEnd();
    else if (a.ref === undefined) a.ref = this.cur >= 0 ? this.cur : this.hereEnd();
  }

  /** Text and other things Word shows: outside a revision each ends a run of changes. */
  private visitShown(el: XNode, visible: boolean): void {
    const name = el.name;
    if (name === 'w:t' || name === 'w:delText') {
      const s = textOf(el);
      this.addText(s);
      if (!this.open.length && name === 'w:t' && s) this.serial++;
      return;
    }
    if (name === 'w:tab' || name === 'w:br' || name === 'w:cr') this.addText(' ');
    if (!this.open.length) this.serial++;
    if (name === 'w:pict' || name === 'w:object' || name === 'w:drawing') this.visitChildren(el, visible);
  }
}

export function readMarkup(body: XNode): Markup {
  const reader = new MarkupReader();
  reader.visitChildren(body, true);
  return { revisions: reader.revisions, anchors: reader.anchors, paragraphs: reader.count };
}

/** The revisions and comments found, in source order; `from`/`to` give a paragraph's source range. */
export function foundRevisions(markup: Markup, comments: MComment[], from: (p: number) => number, to: (p: number) => number): FoundRevision[] {
  const found: (FoundRevision & { order: number })[] = [];
  const add = (r: Omit<FoundRevision, 'range'>, first: number, last: number) =>
    found.push({ ...r, range: { from: from(first), to: to(last) }, order: found.length });
  for (const r of markup.revisions) add({ kind: r.kind, author: r.author, text: r.text, what: r.what }, r.first, r.last);
  const seen = new Set<string>();
  for (const c of comments) {
    seen.add(c.commentId);
    const text = collectParagraphs(c.body ?? []).map((p) => paragraphString(p, 'src')).join(' ');
    const comment = { kind: 'comment', author: c.authorName ?? '', text, what: '' };
    const a = markup.anchors.get(c.commentId);
    if (!a) { found.push({ ...comment, range: { from: 0, to: 0 }, order: found.length }); continue; }
    const s = a.start ?? a.ref ?? a.end ?? 0;
    add(comment, s, Math.max(a.end ?? a.ref ?? s, s));
  }
  for (const [id, a] of markup.anchors) {
    if (seen.has(id)) continue;
    const s = a.start ?? a.ref ?? a.end ?? 0;
    add({ kind: 'comment', author: '', text: '', what: '' }, s, Math.max(a.end ?? a.ref ?? s, s));
  }
  found.sort((a, b) => a.range.from - b.range.from || a.order - b.order);
  return found.map(({ order: _order, ...r }) => r);
}
