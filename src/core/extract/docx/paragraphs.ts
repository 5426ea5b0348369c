// Word paragraphs as they are read: each paragraph's characters for the source line and for the
// linted text, in document order. Text Word hides or strikes through stays in the source line but
// not in the text.
import type { HiddenText } from '../../types.js';
import type { Concealment } from './run-formats.js';

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
/** Whether a text needs either replacement (most do not: one test instead of two replaces). */
const SPECIAL = /[\t\r\n\v\f\u0085\u2028\u2029\u0091-\u0094]/;

const newPara = (): Para => ({ src: [], txt: [], length: 0, hidden: [] });

/** A text node's characters as a source line may hold them. */
export function lineText(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(LINE_CHARS, ' ').replace(C1_QUOTES, (c) => QUOTES[c.charCodeAt(0) - 0x91]);
}

/**
 * Builds paragraphs in the order their start tags come (pre-order), so a text box's paragraphs come
 * right after their anchor paragraph, as mammoth lifts them. A paragraph whose mark is deleted is
 * joined to the next one (mammoth reads its content as the start of the next paragraph); content of
 * deleted paragraphs at the very end is dropped, as mammoth drops it.
 */
export class ParagraphBuilder {
  readonly paras: Para[] = [];
  /** Open paragraphs, innermost last. */
  private readonly open: Para[] = [];
  /** Content of deleted paragraphs, waiting for the next paragraph. */
  private pending: Para | null = null;

  /** A paragraph starts; its number is its index in `paras`. */
  start(): number {
    // (A text box inside a deleted paragraph starts a paragraph of its own.)
    const reuse = this.pending && this.pending !== this.open[this.open.length - 1];
    const p = reuse ? this.pending! : newPara();
    if (reuse) this.pending = null;
    this.paras.push(p);
    this.open.push(p);
    return this.paras.length - 1;
  }

  /** The paragraph just started turns out to have its mark deleted (known once its properties are read). */
  deleteMark(): void {
    const p = this.open[this.open.length - 1];
    if (p && this.paras[this.paras.length - 1] === p) { this.paras.pop(); this.pending = p; }
  }

  end(): void {
    this.open.pop();
  }

  /** Adds a chunk where the reader stands; text outside any paragraph (malformed input) joins the last one. */
  add(src: string, txt: string, hide: Concealment | null): void {
    let p = this.open[this.open.length - 1] ?? this.paras[this.paras.length - 1];
    if (!p) { p = newPara(); this.paras.push(p); }
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
  }
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
