// Writes a plan into EDGAR HTML at the source ranges the reader carried: only the changed words'
// characters change; a range with markup inside is declined (it is not one-to-one with the text); a
// paragraph put back copies the markup around its sibling (a <p>, a table row with its label cell,
// a <br> line). Inserted text is escaped, and written in ASCII with character references, as EDGAR
// accepts only ASCII in HTML documents.
import { splice, type Op, type Spliced } from './splice.js';
import type { FixPlan, NewParagraph, ParagraphSpan } from './types.js';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[^\x00-\x7f]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Markup between two paragraphs that carries no words of its own (tags, spaces, &nbsp;). */
function wordless(markup: string): boolean {
  return markup.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;|&#xa0;|\s/gi, '') === '';
}

/** The present paragraphs in source order, to find the one before a sibling. */
function before(all: ParagraphSpan[], span: ParagraphSpan): ParagraphSpan | null {
  let best: ParagraphSpan | null = null;
  for (const s of all) if (s.to <= span.from && (!best || s.to > best.to)) best = s;
  return best;
}

/**
 * The new paragraph's markup: the sibling's opening markup, label and the gap after it, the text, and
 * a copy of the markup that closes one paragraph and opens the next.
 */
function paragraphOp(source: string, np: NewParagraph, all: ParagraphSpan[]): Op | null {
  const labelPart = (s: ParagraphSpan) => (np.label && s.label ? np.label + source.slice(s.from + s.label.length, s.textFrom) : '');
  const text = escapeHtml(np.text);
  // Before the next paragraph when it is the sibling: it lends its opening markup.
  if (np.next && np.prev && np.sibling === np.next) {
    const sep = source.slice(np.prev.to, np.next.from);
    if (!wordless(sep)) return null;
    return { from: np.next.from, to: np.next.from, text: labelPart(np.next) + text + sep, serves: np.serves };
  }
  // After the previous paragraph, with the markup that stands between it and the one before it.
  const s = np.sibling;
  const p = before(all, s);
  if (p) {
    const sep = source.slice(p.to, s.from);
    if (!wordless(sep)) return null;
    const at = np.prev ?? s;
    return { from: at.to, to: at.to, text: sep + labelPart(s) + text, serves: np.serves };
  }
  if (np.next) {
    const after = all.find((x) => x.from >= np.next!.to);
    if (!after) return null;
    const sep = source.slice(np.next.to, after.from);
    if (!wordless(sep)) return null;
    return { from: np.next.from, to: np.next.from, text: text + sep, serves: np.serves };
  }
  return null;
}

export function writeHtml(source: string, plan: FixPlan, spans: ParagraphSpan[]): Spliced {
  const ops: Op[] = [];
  const declined: Spliced['declined'] = [];
  for (const e of plan.edits) {
    if (source.slice(e.from, e.to).includes('<')) {
      declined.push({ serves: e.serves, reason: 'the words to change are split by HTML markup' });
      continue;
    }
    ops.push({ from: e.from, to: e.to, text: escapeHtml(e.text), serves: e.serves });
  }
  for (const np of plan.paragraphs) {
    const op = paragraphOp(source, np, spans);
    if (op) ops.push(op);
    else declined.push({ serves: np.serves, reason: 'the markup around its place holds other words' });
  }
  const out = splice(source, ops);
  return { output: out.output, applied: out.applied, declined: [...declined, ...out.declined] };
}
