// Word .docx to text. Positions are paragraph numbers: `source` holds one line per Word paragraph
// (in document order, table cells' paragraphs and empty paragraphs included), and `text` the same
// paragraphs with a blank line between them, each character mapped one to one onto `source`.
//
// The text comes from mammoth's document tree (what Word shows with all changes accepted: mammoth
// keeps insertions and drops deletions). Unaccepted revisions and comments are read from the main
// document part itself and reported as SOX014 notices on the paragraph where they stand.
// Browser-safe: nothing from node:*.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { Parser } from 'htmlparser2';
import type { Extracted, Notice } from '../types.js';
import { InputError } from './errors.js';

// ---------------------------------------------------------------------------------------------
// Text from mammoth's document tree.

/** The parts of a mammoth document node this reader uses (lib/documents.js). */
interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  checked?: boolean;
}

interface MComment {
  commentId: string;
  body: MNode[];
  authorName: string | null;
}

interface MDocument extends MNode {
  comments?: MComment[];
}

/** One Word paragraph: its characters in `source` and in `text` (same length, one to one). */
interface Para {
  src: string[];
  txt: string[];
}

/** Characters that would break a source line or that the linter reads as white space. */
const LINE_CHARS = /[\t\r\n\v\f\u0085\u2028\u2029]/g;

/**
 * Paragraphs in document order. A paragraph is numbered when it opens (pre-order), so that text-box
 * paragraphs, which mammoth nests in or lifts after their paragraph, come after it in both walks.
 */
function collectParagraphs(blocks: MNode[]): Para[] {
  const paras: Para[] = [];
  const add = (p: Para | null, src: string, txt: string) => {
    if (!p) {
      // Text outside any paragraph (malformed input): keep it on the last paragraph.
      p = paras[paras.length - 1] ?? null;
      if (!p) { p = { src: [], txt: [] }; paras.push(p); }
    }
    p.src.push(src);
    p.txt.push(txt);
  };
  const visit = (node: MNode, p: Para | null): void => {
    switch (node.type) {
      case 'paragraph': {
        const own: Para = { src: [], txt: [] };
        paras.push(own);
        for (const c of node.children ?? []) visit(c, own);
        return;
      }
      case 'text': {
        const v = (node.value ?? '').replace(LINE_CHARS, ' ');
        if (v) add(p, v, v);
        return;
      }
      case 'tab':
        add(p, ' ', ' ');
        return;
      case 'break': // soft line break (also page and column breaks inside a paragraph)
        add(p, ' ', '\n');
        return;
      case 'checkbox': {
        const c = node.checked ? '\u2612' : '\u2610';
        add(p, c, c);
        return;
      }
      default: // document, table, tableRow, tableCell, run, hyperlink; images and references have no children
        for (const c of node.children ?? []) visit(c, p);
    }
  };
  for (const b of blocks) visit(b, null);
  return paras;
}

function paragraphString(p: Para, which: 'src' | 'txt'): string {
  return p[which].join('');
}

// ---------------------------------------------------------------------------------------------
// The main document part, parsed with htmlparser2 into a small namespace-resolved tree.

interface XNode {
  /** Qualified name with mammoth's canonical prefixes ("w:p"), or "{uri}local" for other namespaces. */
  name: string;
  attrs: Record<string, string>;
  children: (XNode | string)[];
}

/** Namespace URIs to the prefixes mammoth uses (lib/docx/office-xml-reader.js). */
const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
};

function parseXml(xml: string): XNode {
  const root: XNode = { name: '#root', attrs: {}, children: [] };
  const stack: XNode[] = [root];
  const scopes: Map<string, string>[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  const canon = (qname: string, scope: Map<string, string>, isAttr: boolean): string => {
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    if (!prefix && isAttr) return local; // unprefixed attributes have no namespace
    const uri = scope.get(prefix);
    if (uri === undefined) return qname;
    const mapped = NAMESPACES[uri];
    return mapped ? `${mapped}:${local}` : `{${uri}}${local}`;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        let scope = scopes[scopes.length - 1];
        for (const a in attribs) {
          if (a === 'xmlns' || a.startsWith('xmlns:')) {
            if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
            scope.set(a === 'xmlns' ? '' : a.slice(6), attribs[a]);
          }
        }
        const attrs: Record<string, string> = {};
        for (const a in attribs) {
          if (a !== 'xmlns' && !a.startsWith('xmlns:')) attrs[canon(a, scope, true)] = attribs[a];
        }
        const node: XNode = { name: canon(name, scope, false), attrs, children: [] };
        stack[stack.length - 1].children.push(node);
        stack.push(node);
        scopes.push(scope);
      },
      onclosetag() {
        if (stack.length > 1) { stack.pop(); scopes.pop(); }
      },
      ontext(data) {
        stack[stack.length - 1].children.push(data);
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}

function child(el: XNode | undefined, name: string): XNode | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

function textOf(el: XNode): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : '';
  return s;
}

// ---------------------------------------------------------------------------------------------
// Revisions and comment anchors, by paragraph number.

/** Elements whose child paragraphs mammoth reads (lib/docx/body-reader.js); others it skips. */
const READ_CHILDREN = new Set([
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

interface Markup {
  revisions: Revision[];
  anchors: Map<string, Anchor>;
  /** Paragraphs counted the way mammoth counts them. */
  paragraphs: number;
}

function readMarkup(body: XNode): Markup {
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

// ---------------------------------------------------------------------------------------------

const MAX_QUOTE = 80;

function quote(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}\u2026` : t;
}

/** First line of an error's message, short enough for one line of output. */
function reason(err: unknown): string {
  // A TypeError is mammoth tripping over a part it did not expect, not a message for the user.
  if (err instanceof TypeError) return 'unexpected document structure';
  const raw = err instanceof Error ? err.message : String(err);
  let line = raw.split(/\r?\n/).find((l) => l.trim())?.replace(/\s+/g, ' ').trim() ?? 'unknown error';
  const xml = /\[xmldom (?:warning|error|fatalError)\]\s*(.*)$/.exec(line);
  if (xml) line = `malformed XML (${xml[1].trim()})`;
  return line.length > 160 ? `${line.slice(0, 159)}\u2026` : line;
}

const DEFAULT_MAIN = 'word/document.xml';

/** The main document part: the officeDocument relationship of _rels/.rels, else word/document.xml (as mammoth does). */
async function mainDocumentPath(zip: JSZip): Promise<string | null> {
  const rels = zip.file('_rels/.rels');
  if (rels) {
    try {
      const root = parseXml(stripBom(await rels.async('string')));
      const list = child(root, 'relationships:Relationships');
      for (const c of list?.children ?? []) {
        if (typeof c === 'string' || c.name !== 'relationships:Relationship') continue;
        if (!(c.attrs.Type ?? '').endsWith('/officeDocument')) continue;
        const target = (c.attrs.Target ?? '').replace(/^\/+/, '');
        if (target && zip.file(target)) return target;
      }
    } catch {
      // unreadable relationships: fall back like mammoth
    }
  }
  return zip.file(DEFAULT_MAIN) ? DEFAULT_MAIN : null;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

const MAX_UNPACKED = 64 * 1048576;

interface ZipStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', fn: (err: Error) => void): ZipStream;
  on(event: 'end', fn: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/**
 * A zip that unpacks to far more than any certification (a "zip bomb") is refused before mammoth
 * reads it. The sizes a zip declares can lie, so the parts are inflated and counted, stopping at the cap.
 */
async function refuseZipBomb(zip: JSZip): Promise<void> {
  let total = 0;
  const tooBig = () => new InputError(`.docx unpacks to more than the ${MAX_UNPACKED / 1048576} MB a certification could need`);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await new Promise<void>((resolve, reject) => {
      // internalStream is JSZip's documented streaming reader; its typings leave it out.
      const stream = (entry as unknown as { internalStream(type: 'uint8array'): ZipStream }).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length;
          if (total > MAX_UNPACKED) { stream.pause(); reject(tooBig()); }
        })
        .on('error', (err: Error) => reject(new InputError(`corrupt .docx: ${reason(err)}`)))
        .on('end', () => resolve())
        .resume();
    });
  }
}

export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new InputError('corrupt .docx: not a valid zip archive');
  }
  await refuseZipBomb(zip);
  const mainPath = await mainDocumentPath(zip);
  if (!mainPath) throw new InputError('not a Word document: word/document.xml is missing');
  let xml: string;
  try {
    xml = stripBom(await zip.file(mainPath)!.async('string'));
  } catch (err) {
    throw new InputError(`corrupt .docx: cannot read ${mainPath} (${reason(err)})`);
  }

  // mammoth's Node build opens `buffer` and its browser build `arrayBuffer`; both take an ArrayBuffer.
  const arrayBuffer = new Uint8Array(bytes).buffer;
  const read: { doc?: MDocument } = {};
  try {
    await mammoth.convertToHtml(
      { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer },
      {
        transformDocument: (d: MDocument) => {
          read.doc = d;
          return d;
        },
      },
    );
  } catch (err) {
    throw new InputError(`corrupt .docx: ${reason(err)}`);
  }
  const document = read.doc;
  if (!document) throw new InputError('corrupt .docx: no document body');

  const paras = collectParagraphs(document.children ?? []);

  // source: paragraphs joined by "\n"; text: joined by "\n\n", each "\n" of the break standing for the source's "\n".
  const srcLines = paras.map((p) => paragraphString(p, 'src'));
  const source = srcLines.join('\n');
  const lineStart: number[] = [];
  let textLength = 0;
  for (let i = 0, at = 0; i < paras.length; i++) {
    lineStart.push(at);
    at += srcLines[i].length + 1;
    textLength += srcLines[i].length + (i > 0 ? 2 : 0);
  }
  const start = new Int32Array(textLength);
  const end = new Int32Array(textLength);
  const textParts: string[] = [];
  let k = 0;
  for (let i = 0; i < paras.length; i++) {
    const from = lineStart[i];
    if (i > 0) {
      const nl = from - 1;
      start[k] = nl; end[k] = nl + 1; k++;
      start[k] = nl; end[k] = nl + 1; k++;
      textParts.push('\n\n');
    }
    const len = srcLines[i].length;
    for (let j = 0; j < len; j++, k++) { start[k] = from + j; end[k] = from + j + 1; }
    textParts.push(paragraphString(paras[i], 'txt'));
  }
  const text = textParts.join('');

  // Revisions and comments, on the paragraph where they stand.
  const root = parseXml(xml);
  const body = child(child(root, 'w:document'), 'w:body');
  const markup: Markup = body ? readMarkup(body) : { revisions: [], anchors: new Map(), paragraphs: 0 };
  const last = paras.length - 1;
  const lineOf = (p: number) => Math.max(0, Math.min(p, last));
  const from = (p: number) => (paras.length ? lineStart[lineOf(p)] : 0);
  const to = (p: number) => (paras.length ? lineStart[lineOf(p)] + srcLines[lineOf(p)].length : 0);

  const notices: (Notice & { order: number })[] = [];
  for (const r of markup.revisions) {
    const who = r.author ? `${r.kind} by ${r.author}` : r.kind;
    const what = quote(r.text);
    const tail = what ? `: "${what}"` : r.what ? `: ${r.what}` : '';
    notices.push({ ruleId: 'SOX014', message: `Unaccepted tracked change (${who})${tail}`, offset: from(r.first), endOffset: to(r.last), order: notices.length });
  }
  const seen = new Set<string>();
  for (const c of document.comments ?? []) {
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

  return {
    kind: 'docx',
    source,
    text,
    start,
    end,
    notices: notices.map(({ ruleId, message, offset, endOffset }) => ({ ruleId, message, offset, endOffset })),
  };
}
