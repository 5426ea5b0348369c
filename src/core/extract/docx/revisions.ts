// Unaccepted revisions and comment anchors in the main document part, by paragraph number (counted
// as mammoth counts them), kept for SOX014 to report.
import type { Revision as FoundRevision } from '../../types.js';
import type { Attrs } from './xml-events.js';

/** Elements whose child paragraphs mammoth reads (lib/docx/body-reader.js); others it skips. */
export const READ_CHILDREN = new Set([
  '#root', 'w:body', 'w:p', 'w:r', 'w:hyperlink', 'w:tbl', 'w:tr', 'w:tc', 'w:sdt', 'w:sdtContent',
  'w:customXml', 'w:ins', 'w:moveTo', 'w:object', 'w:smartTag', 'w:pict', 'v:roundrect', 'v:shape',
  'v:textbox', 'w:txbxContent', 'v:group', 'v:rect', 'mc:Fallback',
]);
/** Tracked property changes: they hold the old properties. */
export const PROPERTY_CHANGES = new Set([
  'w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:tblPrExChange', 'w:trPrChange',
  'w:tcPrChange', 'w:tblGridChange', 'w:numberingChange',
]);
/** Revision marks and what a message calls them. */
export const REVISIONS = new Map([
  ['w:ins', 'insertion'],
  ['w:del', 'deletion'],
  ['w:moveFrom', 'text moved away'],
  ['w:moveTo', 'text moved here'],
]);
/** Elements that show something in Word: outside a revision they end a run of changes. */
export const VISIBLE = new Set(['w:t', 'w:tab', 'w:br', 'w:cr', 'w:sym', 'w:noBreakHyphen', 'w:softHyphen', 'w:drawing', 'w:pict', 'w:object']);

export interface Revision {
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

/**
 * Revisions and comment anchors, fed element by element by the document pass (document-pass.ts),
 * keeping the paragraph count the way mammoth keeps it.
 */
export class MarkupReader {
  readonly revisions: Revision[] = [];
  readonly anchors = new Map<string, Anchor>();
  count = 0;
  /** Current paragraph, or -1 outside paragraphs and in a deleted paragraph (whose text joins the next). */
  private cur = -1;
  /** Serial number of the last shown content outside revisions. */
  private serial = 0;
  /** Revisions open around the current element, innermost last. */
  private readonly open: Revision[] = [];
  private formatRun: Revision | null = null;

  /** Where something that starts here stands. */
  private here(): number {
    return this.cur >= 0 ? this.cur : this.count;
  }

  /** Where something that ends here stands. */
  private hereEnd(): number {
    return this.cur >= 0 ? this.cur : Math.max(this.count - 1, 0);
  }

  private addRevision(kind: string, attrs: Attrs, what = ''): Revision {
    const author = (attrs.get('w:author') ?? '').trim();
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

  /** A paragraph mammoth reads (`counted`) starts: it takes the next number. Returns what to restore at its end. */
  startBlock(counted: boolean): number {
    const saved = this.cur;
    if (counted) this.cur = this.count++;
    return saved;
  }

  /** The paragraph just started has its mark deleted: its number goes back, its text joins the next paragraph. */
  deleteMark(): void {
    this.count--;
    this.cur = -1;
  }

  /** Inside a deleted table row (what stood there is reported on the next paragraph). */
  deleteRow(): void {
    this.cur = -1;
  }

  endBlock(saved: number): void {
    this.cur = saved;
  }

  /**
   * A revision mark (REVISIONS) whose parent is `parent`. In properties it is about the paragraph mark,
   * a table row or numbering, and has no content; otherwise it is returned open, to be ended with its element.
   */
  startRevision(name: string, attrs: Attrs, parent: string): Revision | null {
    const kind = REVISIONS.get(name)!;
    if (parent === 'w:rPr') { this.addRevision(kind, attrs, 'a paragraph break').serialEnd = this.serial; return null; }
    if (parent === 'w:trPr') { this.addRevision(kind, attrs, 'a table row').serialEnd = this.serial; return null; }
    if (parent.endsWith('Pr')) { this.addRevision('formatting change', attrs).serialEnd = this.serial; return null; }
    const rev = this.addRevision(kind, attrs);
    this.open.push(rev);
    return rev;
  }

  endRevision(rev: Revision): void {
    this.open.pop();
    rev.serialEnd = this.serial;
  }

  cellChange(name: string, attrs: Attrs): void {
    this.addRevision(name === 'w:cellIns' ? 'insertion' : 'deletion', attrs, 'a table cell').serialEnd = this.serial;
  }

  /** A tracked property change (its children are the old properties). */
  propertyChange(name: string, attrs: Attrs): void {
    if (!this.open.length) this.addRevision(name === 'w:pPrChange' ? 'paragraph formatting change' : 'formatting change', attrs).serialEnd = this.serial;
  }

  /** A run whose formatting was changed, outside other revisions: its text is the change's. */
  startRunFormat(attrs: Attrs): Revision | null {
    if (this.open.length || this.formatRun) return null;
    this.formatRun = this.addRevision('formatting change', attrs);
    return this.formatRun;
  }

  endRunFormat(rev: Revision): void {
    this.formatRun = null;
    rev.serialEnd = this.serial;
  }

  anchor(name: string, attrs: Attrs): void {
    const id = attrs.get('w:id');
    if (id === undefined) return;
    let a = this.anchors.get(id);
    if (!a) { a = {}; this.anchors.set(id, a); }
    if (name === 'w:commentRangeStart') { if (a.start === undefined) a.start = this.here(); }
    else if (name === 'w:commentRangeEnd') a.end = this.hereEnd();
    else if (a.ref === undefined) a.ref = this.cur >= 0 ? this.cur : this.hereEnd();
  }

  /** The text of a w:t or w:delText: outside a revision, shown text ends a run of changes. */
  text(name: string, s: string): void {
    this.addText(s);
    if (!this.open.length && name === 'w:t' && s) this.serial++;
  }

  /** Something else Word shows (VISIBLE): outside a revision it ends a run of changes. */
  shown(name: string): void {
    if (name === 'w:tab' || name === 'w:br' || name === 'w:cr') this.addText(' ');
    if (!this.open.length) this.serial++;
  }

  result(): Markup {
    return { revisions: this.revisions, anchors: this.anchors, paragraphs: this.count };
  }
}

/** A comment of the comments part: its id, author and the text of its paragraphs. */
export interface FoundComment {
  commentId: string | undefined;
  authorName: string | null;
  text: string;
}

/** The revisions and comments found, in source order; `from`/`to` give a paragraph's source range. */
export function foundRevisions(markup: Markup, comments: FoundComment[], from: (p: number) => number, to: (p: number) => number): FoundRevision[] {
  const found: (FoundRevision & { order: number })[] = [];
  const add = (r: Omit<FoundRevision, 'range'>, first: number, last: number) =>
    found.push({ ...r, range: { from: from(first), to: to(last) }, order: found.length });
  for (const r of markup.revisions) add({ kind: r.kind, author: r.author, text: r.text, what: r.what }, r.first, r.last);
  const seen = new Set<string | undefined>();
  for (const c of comments) {
    seen.add(c.commentId);
    const comment = { kind: 'comment', author: c.authorName ?? '', text: c.text, what: '' };
    const a = c.commentId === undefined ? undefined : markup.anchors.get(c.commentId);
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
