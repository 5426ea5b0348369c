// The way back from the .docx reader's text to Word's XML: document.xml parsed with every element's
// offsets, its paragraphs counted as mammoth counts them, and each character of a paragraph's line
// tied to the w:t (or w:tab, w:br, ...) it comes from. Browser-safe.
import { Parser } from 'htmlparser2';
import { READ_CHILDREN } from '../extract/docx/revisions.js';

export interface XEl {
  name: string;
  /** Offset of "<" of the start tag; just after its ">"; of the end tag's "<"; just after the end. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  children: XEl[];
  parent: XEl | null;
}

/** One character of a paragraph's line: from a w:t (at index `at` of its decoded text) or a one-character element. */
export interface Atom {
  el: XEl;
  at: number;
  run: XEl;
  char: string;
}

export interface WordParagraph {
  el: XEl;
  atoms: Atom[];
}

export const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** document.xml as a tree of elements with their offsets (text is read from the string when needed). */
export function parsePositions(xml: string): XEl {
  const root: XEl = { name: '#root', start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, children: [], parent: null };
  let cur = root;
  const parser = new Parser(
    {
      onopentag(name) {
        const el: XEl = { name, start: parser.startIndex, openEnd: parser.endIndex + 1, closeStart: -1, end: -1, children: [], parent: cur };
        cur.children.push(el);
        cur = el;
      },
      onclosetag(_name, implied) {
        const selfClosing = implied || xml[parser.endIndex - 1] === '/';
        cur.closeStart = selfClosing ? cur.openEnd : parser.startIndex;
        cur.end = selfClosing ? cur.openEnd : parser.endIndex + 1;
        cur = cur.parent ?? root;
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.write(xml);
  parser.end();
  return root;
}

export function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function childOf(el: XEl, name: string): XEl | undefined {
  return el.children.find((c) => c.name === name);
}

/** Characters the reader turns into a space (it keeps each paragraph on one line). */
const LINE_CHARS = /[\t\r\n\v\f\u0085\u2028\u2029]/g;
/** One-character elements of a run, as mammoth reads them. */
const SINGLE: Record<string, string> = { 'w:tab': ' ', 'w:noBreakHyphen': '\u2011', 'w:softHyphen': '\u00ad' };
/** Content whose text is not the paragraph's (deleted text, moved-away text, a nested paragraph's). */
const NOT_HERE = new Set(['w:del', 'w:moveFrom', 'w:p', 'w:rPr', 'w:pPr']);

function atomsOf(xml: string, p: XEl): Atom[] {
  const atoms: Atom[] = [];
  const visit = (el: XEl, run: XEl | null) => {
    for (const c of el.children) {
      if (NOT_HERE.has(c.name)) continue;
      if (c.name === 'mc:AlternateContent') { const fb = childOf(c, 'mc:Fallback'); if (fb) visit(fb, run); continue; }
      if (c.name === 'w:r') { visit(c, c); continue; }
      if (run && c.name === 'w:t') {
        const text = decodeXml(xml.slice(c.openEnd, c.closeStart)).replace(LINE_CHARS, ' ');
        for (let k = 0; k < text.length; k++) atoms.push({ el: c, at: k, run, char: text[k] });
        continue;
      }
      if (run && SINGLE[c.name]) { atoms.push({ el: c, at: 0, run, char: SINGLE[c.name] }); continue; }
      if (run && c.name === 'w:br') {
        const type = /w:type="([^"]*)"/.exec(xml.slice(c.start, c.openEnd))?.[1];
        if (!type || ['textWrapping', 'page', 'column'].includes(type)) atoms.push({ el: c, at: 0, run, char: ' ' });
        continue;
      }
      if (READ_CHILDREN.has(c.name) || c.name === 'w:fldSimple') visit(c, run);
    }
  };
  visit(p, null);
  return atoms;
}

/** Whether a paragraph's mark is deleted (mammoth joins its text to the next paragraph). */
function markDeleted(p: XEl): boolean {
  const rPr = childOf(childOf(p, 'w:pPr') ?? p, 'w:rPr');
  return p.children.some((c) => c.name === 'w:pPr') && !!rPr && rPr.children.some((c) => c.name === 'w:del');
}

/** The paragraphs mammoth reads, in its order (pre-order: a text box's paragraphs after their own). */
export function wordParagraphs(xml: string, root: XEl): WordParagraph[] {
  const out: WordParagraph[] = [];
  const visit = (el: XEl) => {
    for (const c of el.children) {
      if (c.name === 'mc:AlternateContent') { const fb = childOf(c, 'mc:Fallback'); if (fb) visit(fb); continue; }
      if (c.name === 'w:del' || c.name === 'w:moveFrom') continue;
      if (c.name === 'w:tr' && childOf(childOf(c, 'w:trPr') ?? c, 'w:del')) continue;
      if (c.name === 'w:p') {
        if (!markDeleted(c)) out.push({ el: c, atoms: atomsOf(xml, c) });
        visit(c);
        continue;
      }
      if (READ_CHILDREN.has(c.name) || c.name === 'w:document') visit(c);
    }
  };
  visit(root);
  return out;
}
