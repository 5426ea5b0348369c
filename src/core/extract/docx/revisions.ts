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

export function readMarkup(body: XNode): Markup {
  const revisions: Revision[] = [];
  const anchors = new Map<string, Anchor>();
  let count = 0;
  /** Current paragraph, or -1 outside paragraphs and in a deleted paragraph (whose text joins the next). */
  let cur = -1;
  let serial = 0;
  const open: Revision[] = [];
  let formatRun: Revision | null = null;

  /** Where something that starts here stands. */
  const here = () => (cur >= 0 ? cur : count);
  /** Where something that ends here stands. */
  const hereEnd = () => (cur >= 0 ? cur : Math.max(count - 1, 0));

  const addRevision = (kind: string, el: XNode, what = ''): Revision => {
    const author = (el.attrs['w:author'] ?? '').trim();
    const at = here();
    const prev = revisions[revisions.length - 1];
    if (prev && prev.kind === kind && prev.author === author && prev.serialEnd === serial) {
      if (at !== prev.last && prev.text && !prev.text.endsWith(' ')) prev.text += ' ';
      prev.last = Math.max(prev.last, at);
      if (!prev.what) prev.what = what;
      return prev;
    }
    const rev: Revision = { kind, author, text: '', what, first: at, last: at, serialEnd: serial };
    revisions.push(rev);
    return rev;
  };
  const addText = (s: string) => {
    const target = open[open.length - 1] ?? formatRun;
    if (target) target.text += s;
  };
  const anchor = (id: string | undefined): Anchor | null => {
    if (id === undefined) return null;
    let a = anchors.get(id);
    if (!a) { a = {}; anchors.set(id, a); }
    return a;
  };

  const visitChildren = (el: XNode, visible: boolean) => {
    const v = visible && READ_CHILDREN.has(el.name);
    for (const c of el.children) if (typeof c !== 'string') visit(c, el, v);
  };

  const visit = (el: XNode, parent: XNode, visible: boolean): void => {
    const name = el.name;
    if (name === 'mc:AlternateContent') {
      // mammoth reads the fallback only.
      const fallback = child(el, 'mc:Fallback');
      if (fallback) visitChildren(fallback, visible);
      return;
    }
    if (name === 'w:p') {
      const deleted = !!child(child(child(el, 'w:pPr'), 'w:rPr'), 'w:del');
      const saved = cur;
      if (visible) cur = deleted ? -1 : count++;
      visitChildren(el, visible);
      cur = saved;
      return;
    }
    if (name === 'w:tr') {
      const trPr = child(el, 'w:trPr');
      const deleted = !!child(trPr, 'w:del');
      // mammoth drops a deleted row: what stood in it is reported on the next paragraph.
      const saved = cur;
      if (deleted) cur = -1;
      visitChildren(el, visible && !deleted);
      cur = saved;
      return;
    }
    const kind = REVISIONS.get(name);
    if (kind) {
      // In properties the mark is about the paragraph mark (pPr/rPr), a table row (trPr) or numbering (numPr).
      if (parent.name === 'w:rPr') { addRevision(kind, el, 'a paragraph break').serialEnd = serial; return; }
      if (parent.name === 'w:trPr') { addRevision(kind, el, 'a table row').serialEnd = serial; return; }
      if (parent.name.endsWith('Pr')) { addRevision('formatting change', el).serialEnd = serial; return; }
      const rev = addRevision(kind, el);
      open.push(rev);
      visitChildren(el, visible);
      open.pop();
      rev.serialEnd = serial;
      return;
    }
    if (name === 'w:cellIns' || name === 'w:cellDel') {
      addRevision(name === 'w:cellIns' ? 'insertion' : 'deletion', el, 'a table cell').serialEnd = serial;
      return;
    }
    if (PROPERTY_CHANGES.has(name)) {
      if (!open.length) addRevision(name === 'w:pPrChange' ? 'paragraph formatting change' : 'formatting change', el).serialEnd = serial;
      return; // its children are the old properties
    }
    if (name === 'w:r') {
      const change = open.length ? undefined : child(child(el, 'w:rPr'), 'w:rPrChange');
      if (change) {
        const rev = addRevision('formatting change', change);
        formatRun = rev;
        for (const c of el.children) {
          if (typeof c !== 'string' && c.name !== 'w:rPr') visit(c, el, visible && READ_CHILDREN.has(name));
        }
        formatRun = null;
        rev.serialEnd = serial;
        return;
      }
      visitChildren(el, visible);
      return;
    }
    if (name === 'w:commentRangeStart') {
      const a = anchor(el.attrs['w:id']);
      if (a && a.start === undefined) a.start = here();
      return;
    }
    if (name === 'w:commentRangeEnd') {
      const a = anchor(el.attrs['w:id']);
      if (a) a.end = hereEnd();
      return;
    }
    if (name === 'w:commentReference') {
      const a = anchor(el.attrs['w:id']);
      if (a && a.ref === undefined) a.ref = cur >= 0 ? cur : hereEnd();
      return;
    }
    if (name === 'w:t' || name === 'w:delText') {
      const s = textOf(el);
      addText(s);
      if (!open.length && name === 'w:t' && s) serial++;
      return;
    }
    if (VISIBLE.has(name)) {
      if (name === 'w:tab' || name === 'w:br' || name === 'w:cr') addText(' ');
      if (!open.length) serial++;
      if (name === 'w:pict' || name === 'w:object' || name === 'w:drawing') visitChildren(el, visible);
      return;
    }
    visitChildren(el, visible);
  };

  visitChildren(body, true);
  return { revisions, anchors, paragraphs: count };
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
