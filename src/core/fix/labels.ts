// Typed paragraph labels ("4.", "(b)", "b)"): the label of a paragraph put back, in its sibling's
// style, and the letters of the paragraphs after it moved on ("(b)" becomes "(c)").
import type { Certification } from '../certification.js';
import type { ParagraphSpan, WordEdit } from './types.js';

const MARK = /[A-Za-z]|\d{1,2}/;
const ROMAN = /^\(?[ivx]{2,}[.)]/i;

/** The label's letter or number as paragraph `id` has it ("4(b)" -> "b", "5" -> "5"), or null. */
function markOf(id: string): string | null {
  const sub = /\(([a-z])\)$/.exec(id);
  if (sub) return sub[1];
  const top = /^(\d{1,2})$/.exec(id);
  return top ? top[1] : null;
}

/** `label` with its letter or number replaced by `mark`, keeping brackets, dots and letter case. */
function withMark(label: string, mark: string): string | null {
  const m = MARK.exec(label);
  if (!m || ROMAN.test(label.trim())) return null;
  if (/\d/.test(m[0]) !== /\d/.test(mark)) return null;
  const styled = m[0] === m[0].toUpperCase() && /[A-Z]/.test(m[0]) ? mark.toUpperCase() : mark;
  return label.slice(0, m.index) + styled + label.slice(m.index + m[0].length);
}

/** The label of paragraph `id` in the style of `sibling` (a typed label of the filer's). */
export function restyleLabel(sibling: string, id: string): string | null {
  const mark = markOf(id);
  if (!mark) return null;
  return withMark(sibling, mark) ?? (/\d/.test(mark) ? `${mark}.` : `(${mark})`);
}

/**
 * After paragraphs are put back, each typed label should count the paragraphs that will stand:
 * a filer who relettered (c) as (b) after leaving out 4(b) gets (c) back. `present[q]` is q when
 * paragraph q stands after the fix.
 */
export function relabelEdits(cert: Certification, spans: (ParagraphSpan | null)[], present: (number | null)[]): Omit<WordEdit, 'serves'>[] {
  const ids = cert.template.paragraphs.map((p) => p.id);
  const out: Omit<WordEdit, 'serves'>[] = [];
  let number = 0;
  const letters = new Map<string, number>();
  ids.forEach((id, q) => {
    if (present[q] === null) return;
    let mark: string | null = null;
    const sub = /^(\d+)\([a-z]\)$/.exec(id);
    if (sub) {
      const n = letters.get(sub[1]) ?? 0;
      letters.set(sub[1], n + 1);
      mark = String.fromCharCode(97 + n);
    } else if (/^\d{1,2}$/.test(id)) {
      mark = String(++number);
    }
    const span = spans[q];
    if (!mark || !span?.label) return;
    const now = MARK.exec(span.label)?.[0];
    if (!now || now.toLowerCase() === mark) return;
    // Only the letter or number changes: the brackets and dots stay the filer's.
    const label = withMark(span.label, mark);
    const at = MARK.exec(span.label)!;
    if (label) out.push({ from: span.from + at.index, to: span.from + at.index + at[0].length, text: label.slice(at.index, label.length - (span.label.length - at.index - at[0].length)) });
  });
  return out;
}
