// mammoth's document tree to Word paragraphs: each paragraph's characters for the source line and
// for the linted text (one to one), in document order.

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

/** One Word paragraph: its characters in `source` and in `text` (same length, one to one). */
export interface Para {
  src: string[];
  txt: string[];
}

/** Characters that would break a source line or that the linter reads as white space. */
const LINE_CHARS = /[\t\r\n\v\f\u0085\u2028\u2029]/g;

/**
 * Paragraphs in document order. A paragraph is numbered when it opens (pre-order), so that text-box
 * paragraphs, which mammoth nests in or lifts after their paragraph, come after it in both walks.
 */
export function collectParagraphs(blocks: MNode[]): Para[] {
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

export function paragraphString(p: Para, which: 'src' | 'txt'): string {
  return p[which].join('');
}

/** The paragraphs as one source (joined by "\n") and one text (joined by "\n\n", each "\n" of the break standing for the source's "\n"). */
export function layout(paras: Para[]): { source: string; text: string; start: Int32Array; end: Int32Array; lineStart: number[]; srcLines: string[] } {
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
  return { source, text: textParts.join(''), start, end, lineStart, srcLines };
}
