// Writes a plan into a plain-text certification: the file's line endings kept, a changed paragraph
// re-wrapped to its own width and indent, a paragraph put back wrapped like its sibling.
import { splice, type Op, type Spliced } from './splice.js';
import type { FixPlan, NewParagraph, ParagraphSpan } from './types.js';

const LINE_BREAK = /\r\n|\r|\n/;
const LABEL = /^[ \t]*(?:\(?(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]|\((?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)[.:]?)[ \t]+/;

export function lineEnding(source: string): string {
  if (source.includes('\r\n')) return '\r\n';
  return source.includes('\r') && !source.includes('\n') ? '\r' : '\n';
}

function lineStart(source: string, at: number): number {
  let k = at;
  while (k > 0 && source[k - 1] !== '\n' && source[k - 1] !== '\r') k--;
  return k;
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

/**
 * A changed paragraph wrapped again as the filer wrapped it: lines before the first change stay as
 * they are, the rest flows to the paragraph's width and indent. One-line paragraphs stay one line.
 */
function rewrap(original: string, changed: string, firstChange: number, eol: string): string {
  const lines = original.split(LINE_BREAK);
  if (lines.length < 2) return changed;
  const width = Math.max(...lines.map((l) => l.length));
  const indent = /^[ \t]*/.exec(lines[1])![0];
  const keep = lineStart(original, firstChange);
  const rest = changed.slice(keep);
  const first = keep === 0 ? LABEL.exec(rest)?.[0] ?? /^[ \t]*/.exec(rest)![0] : /^[ \t]*/.exec(rest)![0];
  const words = rest.slice(first.length).split(/\s+/).filter(Boolean);
  return changed.slice(0, keep) + wrapWords(first, indent, words, width).join(eol);
}

/** The white space between a paragraph and the one before it (a blank line, or only a line break). */
function separatorBefore(source: string, spans: ParagraphSpan[], span: ParagraphSpan, eol: string): string {
  const prev = [...spans].reverse().find((s) => s.to <= span.from);
  const gap = prev ? source.slice(prev.to, lineStart(source, span.from)) : '';
  return prev && gap.trim() === '' && /[\r\n]/.test(gap) ? gap : eol + eol;
}

/** A left-out paragraph as lines shaped like its sibling's. */
function paragraphLines(source: string, np: NewParagraph, eol: string): string {
  const s = np.sibling;
  const from = lineStart(source, s.from);
  const lines = source.slice(from, s.to).split(LINE_BREAK);
  const lead = source.slice(from, s.from);
  const gap = s.label ? source.slice(s.from + s.label.length, s.textFrom) : '';
  const first = np.label ? lead + np.label + (/^[ \t]+$/.test(gap) ? gap : ' ') : lead.replace(/\S.*$/, '');
  const width = lines.length > 1 ? Math.max(...lines.map((l) => l.length)) : Infinity;
  const indent = lines.length > 1 ? /^[ \t]*/.exec(lines[1])![0] : '';
  return wrapWords(first, indent, np.text.split(' '), width).join(eol);
}

export function writeText(source: string, plan: FixPlan): Spliced {
  const eol = lineEnding(source);
  const byPara = new Map<ParagraphSpan, Op[]>();
  const ops: Op[] = [];
  for (const e of plan.edits) {
    const op: Op = { from: e.from, to: e.blockTo ?? e.to, text: e.text, serves: e.serves };
    const span = e.blockTo === undefined ? plan.spans.find((s) => op.from >= s.from && op.to <= s.to) : undefined;
    if (!span) { ops.push(op); continue; }
    if (!byPara.has(span)) byPara.set(span, []);
    byPara.get(span)!.push(op);
  }
  const declined: Spliced['declined'] = [];
  // Each changed paragraph is replaced whole by its corrected, re-wrapped self.
  for (const [span, list] of byPara) {
    const from = lineStart(source, span.from);
    const original = source.slice(from, span.to);
    const inner = splice(original, list.map((op) => ({ ...op, from: op.from - from, to: op.to - from })));
    declined.push(...inner.declined);
    if (!inner.applied.length) continue;
    const firstChange = Math.min(...inner.applied.map((o) => o.from));
    ops.push({ from, to: span.to, text: rewrap(original, inner.output, firstChange, eol), serves: inner.applied.flatMap((o) => o.serves) });
  }
  for (const np of plan.paragraphs) {
    const block = paragraphLines(source, np, eol);
    if (np.prev) {
      const sep = separatorBefore(source, plan.spans, np.next ?? np.sibling, eol);
      ops.push({ from: np.prev.to, to: np.prev.to, text: sep + block, serves: np.serves });
    } else if (np.next) {
      const at = lineStart(source, np.next.from);
      ops.push({ from: at, to: at, text: block + separatorBefore(source, plan.spans, np.next, eol), serves: np.serves });
    } else {
      declined.push({ serves: np.serves, reason: 'no paragraph of the file to place it by' });
    }
  }
  const out = splice(source, ops);
  return { output: out.output, applied: out.applied, declined: [...declined, ...out.declined] };
}
