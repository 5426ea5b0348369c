// Writes a plan into a plain-text certification: the file's line endings kept, a changed paragraph
// re-wrapped to its own width and indent, a paragraph put back wrapped like its sibling.
import { splice, type Op, type Spliced } from './splice.js';
import type { FixPlan, NewParagraph } from './types.js';

interface Block { from: number; to: number }

const LINE_BREAK = /\r\n|\r|\n/;
const LABEL = /^[ \t]*(?:\(?(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]|\((?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)[.:]?)[ \t]+/;

export function lineEnding(source: string): string {
  if (source.includes('\r\n')) return '\r\n';
  return source.includes('\r') && !source.includes('\n') ? '\r' : '\n';
}

/** Paragraphs of the file: runs of lines that are not blank. */
function blocksOf(source: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let cur: Block | null = null;
  for (let m = re.exec(source); m && m[0] !== ''; m = re.exec(source)) {
    const content = m[0].replace(/[\r\n]+$/, '');
    const end = m.index + content.length;
    if (content.trim() === '') { cur = null; continue; }
    if (cur) cur.to = end; else { cur = { from: m.index, to: end }; blocks.push(cur); }
  }
  return blocks;
}

function blockAt(blocks: Block[], offset: number): number {
  return blocks.findIndex((b) => offset >= b.from && offset <= b.to);
}

/** Words wrapped to `width` columns: the first line after `first`, the others after `indent`. */
export function wrapWords(first: string, indent: string, words: string[], width: number): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && (line + ' ' + w).length > width) { lines.push(line); line = indent + w; }
    else line = empty ? line + w : `${line} ${w}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** A changed paragraph wrapped again as the filer wrapped it (one-line paragraphs stay one line). */
function rewrap(original: string, changed: string, eol: string): string {
  const lines = original.split(LINE_BREAK);
  if (lines.length < 2) return changed;
  const width = Math.max(...lines.map((l) => l.length));
  const indent = /^[ \t]*/.exec(lines[1])![0];
  const first = LABEL.exec(changed)?.[0] ?? /^[ \t]*/.exec(changed)![0];
  const words = changed.slice(first.length).split(/\s+/).filter(Boolean);
  return wrapWords(first, indent, words, width).join(eol);
}

/** A left-out paragraph as a block of lines shaped like its sibling's. */
function paragraphBlock(source: string, blocks: Block[], np: NewParagraph, eol: string): string | null {
  const b = blocks[blockAt(blocks, np.sibling.from)];
  if (!b) return null;
  const lines = source.slice(b.from, b.to).split(LINE_BREAK);
  const lead = source.slice(b.from, np.sibling.from);
  if (/[\r\n]/.test(lead)) return null;
  const gap = np.sibling.label ? source.slice(np.sibling.from + np.sibling.label.length, np.sibling.textFrom) : '';
  const first = np.label ? lead + np.label + (gap || ' ') : lead.replace(/\S.*$/, '');
  const width = lines.length > 1 ? Math.max(...lines.map((l) => l.length)) : Infinity;
  const indent = lines.length > 1 ? /^[ \t]*/.exec(lines[1])![0] : '';
  return wrapWords(first, indent, np.text.split(' '), width).join(eol);
}

export function writeText(source: string, plan: FixPlan): Spliced {
  const eol = lineEnding(source);
  const blocks = blocksOf(source);
  const inBlock = new Map<number, Op[]>();
  const loose: Op[] = [];
  for (const e of plan.edits) {
    const op: Op = { from: e.from, to: e.blockTo ?? e.to, text: e.text, serves: e.serves };
    const k = blockAt(blocks, op.from);
    if (e.blockTo === undefined && k >= 0 && op.to <= blocks[k].to) {
      if (!inBlock.has(k)) inBlock.set(k, []);
      inBlock.get(k)!.push(op);
    } else {
      loose.push(op);
    }
  }
  const declined: Spliced['declined'] = [];
  const ops: Op[] = [...loose];
  // Each changed paragraph is replaced whole by its corrected, re-wrapped self.
  for (const [k, list] of inBlock) {
    const b = blocks[k];
    const original = source.slice(b.from, b.to);
    const inner = splice(original, list.map((op) => ({ ...op, from: op.from - b.from, to: op.to - b.from })));
    declined.push(...inner.declined);
    ops.push({ from: b.from, to: b.to, text: rewrap(original, inner.output, eol), serves: inner.applied.flatMap((o) => o.serves) });
  }
  for (const np of plan.paragraphs) {
    const block = paragraphBlock(source, blocks, np, eol);
    const anchor = np.prev ?? np.next;
    const k = anchor ? blockAt(blocks, np.prev ? np.prev.to : np.next!.from) : -1;
    if (!block || k < 0) { declined.push({ serves: np.serves, reason: 'no paragraph of the file to place it by' }); continue; }
    const sep = np.prev ? (k + 1 < blocks.length ? source.slice(blocks[k].to, blocks[k + 1].from) : eol + eol) : eol + eol;
    if (np.prev) ops.push({ from: blocks[k].to, to: blocks[k].to, text: sep + block, serves: np.serves });
    else ops.push({ from: blocks[k].from, to: blocks[k].from, text: block + sep, serves: np.serves });
  }
  const out = splice(source, ops);
  return { output: out.output, applied: out.applied, declined: [...declined, ...out.declined] };
}
