// mammoth's document tree to Word paragraphs: each paragraph's characters for the source line and
// for the linted text, in document order. Text Word hides or strikes through stays in the source
// line but not in the text.
import type { HiddenText } from '../../types.js';
import type { Concealment, RunFormat } from './run-formats.js';

/** The parts of a mammoth document node this reader uses (lib/documents.js). */
export interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  checked?: boolean;
}

export interface MComment {
  commentId: string;
  body: MNode[];
  authorName: string | null;
}

export interface MDocument extends MNode {
  comments?: MComment[];
}

/** Text of a paragraph that Word does not show as part of it: `start` counts source characters of the paragraph. */
interface ParaHidden extends Concealment {
  start: number;
  length: number;
  text: string;
}

/**
 * One Word paragraph in chunks: each chunk's characters in `source` and in `text`, either one to
 * one (same length) or, for hidden and struck text, only in `source` (an empty text chunk).
 */
export interface Para {
  src: string[];
  txt: string[];
  length: number;
  hidden: ParaHidden[];
}

/** Characters that would break a source line or that the linter reads as white space. */
const LINE_CHARS = /[\t\r\n\v\f\u0085\u2028\u2029]/g;

/** U+0091-U+0094, Windows-1252's quote bytes read as Latin-1, which Word shows as the quotes they were. */
const C1_QUOTES = /[\u0091-\u0094]/g;
const QUOTES = ['\u2018', '\u2019', '\u201c', '\u201d'];

const newPara = (): Para => ({ src: [], txt: [], length: 0, hidden: [] });

/** The text of a run as mammoth holds it (its own text nodes, not those of nested paragraphs). */
function runText(node: MNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'paragraph') return '';
  return (node.children ?? []).map(runText).join('');
}

/** Finds a run's format among its paragraph's runs, by text, from where the last match left off. */
class RunMatcher {
  private next: number[] = [];
  constructor(private readonly formats: RunFormat[][]) {}

  find(para: number, text: string): Concealment | null {
    const runs = this.formats[para];
    if (!runs || !text) return null;
    for (let k = this.next[para] ?? 0; k < runs.length; k++) {
      if (runs[k].text !== text) continue;
      this.next[para] = k + 1;
      return runs[k].concealment;
    }
    return null;
  }
}

/**
 * Paragraphs in document order. A paragraph is numbered when it opens (pre-order), so that text-box
 * paragraphs, which mammoth nests in or lifts after their paragraph, come after it in both walks;
 * `formats` (by that number) tells which runs Word hides or strikes through.
 */
export function collectParagraphs(blocks: MNode[], formats: RunFormat[][] = []): Para[] {
  const paras: Para[] = [];
  const matcher = new RunMatcher(formats);
  const add = (p: Para | null, src: string, txt: string, hide: Concealment | null) => {
    if (!p) {
      // Text outside any paragraph (malformed input): keep it on the last paragraph.
      p = paras[paras.length - 1] ?? null;
      if (!p) { p = newPara(); paras.push(p); }
    }
    if (hide) {
      const last = p.hidden[p.hidden.length - 1];
      if (last && last.start + last.length === p.length && last.kind === hide.kind && last.how === hide.how) {
        last.length += src.length;
        last.text += src;
      } else {
        p.hidden.push({ ...hide, start: p.length, length: src.length, text: src });
      }
    }
    p.src.push(src);
    p.txt.push(hide ? '' : txt);
    p.length += src.length;
  };
  const visit = (node: MNode, p: Para | null, index: number, hide: Concealment | null): void => {
    switch (node.type) {
      case 'paragraph': {
        const own = newPara();
        paras.push(own);
        for (const c of node.children ?? []) visit(c, own, paras.length - 1, null);
        return;
      }
      case 'run': {
        const format = hide ?? matcher.find(index, runText(node));
        for (const c of node.children ?? []) visit(c, p, index, format);
        return;
      }
      case 'text': {
        const v = (node.value ?? '').replace(LINE_CHARS, ' ').replace(C1_QUOTES, (c) => QUOTES[c.charCodeAt(0) - 0x91]);
        if (v) add(p, v, v, hide);
        return;
      }
      case 'tab':
        add(p, ' ', ' ', hide);
        return;
      case 'break': // soft line break (also page and column breaks inside a paragraph)
        add(p, ' ', '\n', hide);
        return;
      case 'checkbox': {
        const c = node.checked ? '\u2612' : '\u2610';
        add(p, c, c, hide);
        return;
      }
      default: // document, table, tableRow, tableCell, hyperlink; images and references have no children
        for (const c of node.children ?? []) visit(c, p, index, hide);
    }
  };
  for (const b of blocks) visit(b, null, -1, null);
  return paras;
}

export function paragraphString(p: Para, which: 'src' | 'txt'): string {
  return p[which].join('');
}

export interface Layout {
  source: string;
  text: string;
  start: Int32Array;
  end: Int32Array;
  lineStart: number[];
  srcLines: string[];
  hidden: HiddenText[];
}

/** The paragraphs as one source (joined by "\n") and one text (joined by "\n\n", each "\n" of the break standing for the source's "\n"). */
export function layout(paras: Para[]): Layout {
  const srcLines = paras.map((p) => paragraphString(p, 'src'));
  const txtLines = paras.map((p) => paragraphString(p, 'txt'));
  const source = srcLines.join('\n');
  const lineStart: number[] = [];
  let textLength = 0;
  for (let i = 0, at = 0; i < paras.length; i++) {
    lineStart.push(at);
    at += srcLines[i].length + 1;
    textLength += txtLines[i].length + (i > 0 ? 2 : 0);
  }
  const start = new Int32Array(textLength);
  const end = new Int32Array(textLength);
  const hidden: HiddenText[] = [];
  let k = 0;
  for (let i = 0; i < paras.length; i++) {
    const line = lineStart[i];
    if (i > 0) {
      const nl = line - 1;
      start[k] = nl; end[k] = nl + 1; k++;
      start[k] = nl; end[k] = nl + 1; k++;
    }
    const { src, txt, hidden: paraHidden } = paras[i];
    let h = 0;
    for (let c = 0, off = 0; c < src.length; off += src[c].length, c++) {
      if (txt[c].length === src[c].length) {
        for (let j = 0; j < txt[c].length; j++, k++) { start[k] = line + off + j; end[k] = line + off + j + 1; }
        continue;
      }
      const ph = paraHidden[h];
      if (ph && ph.start === off) {
        h++;
        if (/[\p{L}\p{N}]/u.test(ph.text)) {
          hidden.push({ kind: ph.kind, how: ph.how, text: ph.text.replace(/\s+/g, ' ').trim(), from: line + off, to: line + off + ph.length, at: k });
        }
      }
    }
  }
  return { source, text: txtLines.join('\n\n'), start, end, lineStart, srcLines, hidden };
}
