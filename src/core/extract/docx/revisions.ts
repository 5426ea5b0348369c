// Unaccepted revisions and comment anchors in the main document part, by paragraph number (counted
// as mammoth counts them), turned into SOX014 notices.
import type { Notice } from '../../types.js';
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
/** Revision marks and what they are called in a notice. */
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


const MAX_QUOTE = 80;

function quote(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}\u2026` : t;
}

/** SOX014 notices for revisions and comments; `from`/`to` give a paragraph's source range. */
export function revisionNotices(markup: Markup, comments: MComment[], from: (p: number) => number, to: (p: number) => number): Notice[] {
  const notices: (Notice & { order: number })[] = [];
  for (const r of markup.revisions) {
    const who = r.author ? `${r.kind} by ${r.author}` : r.kind;
    const what = quote(r.text);
    const tail = what ? `: "${what}"` : r.what ? `: ${r.what}` : '';
    notices.push({ ruleId: 'SOX014', message: `Unaccepted tracked change (${who})${tail}`, offset: from(r.first), endOffset: to(r.last), order: notices.length });
  }
  const seen = new Set<string>();
  for (const c of comments) {
    seen.add(c.commentId);
    const body = collectParagraphs(c.body ?? []).map((p) => paragraphString(p, 'src')).join(' ');
    const what = quote(body);
    const head = c.authorName ? `Comment by ${c.authorName}` : 'Comment';
    const message = what ? `${head}: "${what}"` : head;
    const a = markup.anchors.get(c.commentId);
    if (a) {
      const s = a.start ?? a.ref ?? a.end ?? 0;
      const e = Math.max(a.end ?? a.ref ?? s, s);
      notices.push({ ruleId: 'SOX014', message, offset: from(s), endOffset: to(e), order: notices.length });
    } else {
      notices.push({ ruleId: 'SOX014', message, offset: 0, endOffset: 0, order: notices.length });
    }
  }
  for (const [id, a] of markup.anchors) {
    if (seen.has(id)) continue;
    const s = a.start ?? a.ref ?? a.end ?? 0;
    const e = Math.max(a.end ?? a.ref ?? s, s);
    notices.push({ ruleId: 'SOX014', message: 'Comment', offset: from(s), endOffset: to(e), order: notices.length });
  }
  notices.sort((a, b) => a.offset - b.offset || a.order - b.order);
  return notices.map(({ ruleId, message, offset, endOffset }) => ({ ruleId, message, offset, endOffset }));
}
