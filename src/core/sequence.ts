// Turns a certification region into the sequence compared with the template: paragraph labels are
// dropped, and each slot the filer fills (officer, report, registrant) becomes one token.
import type { Region } from './segment.js';
import type { Tokens } from './tokenize.js';

export interface SlotValue {
  value: string;
  /** Token range (inclusive) in Tokens. */
  first: number;
  last: number;
}

export interface Sequence {
  keys: string[];
  /** Per element: first and last (inclusive) token in Tokens. */
  first: Int32Array;
  last: Int32Array;
  slots: Partial<Record<'officer' | 'report' | 'registrant', SlotValue>>;
}

/** The words of tokens first..last as one string, spacing collapsed. */
export function spanText(t: Tokens, text: string, first: number, last: number): string {
  return text.slice(t.start[first], t.end[last]).replace(/\s+/g, ' ');
}

function slotValue(t: Tokens, text: string, first: number, last: number, strip: RegExp): SlotValue {
  return { value: spanText(t, text, first, last).replace(strip, '').trim(), first, last };
}

/** Finds where paragraph 1's report and registrant are, as token ranges. */
function findParagraphOne(t: Tokens, from: number, to: number): { report?: [number, number]; registrant?: [number, number] } {
  const limit = Math.min(to, from + 80);
  let i = from;
  while (i + 3 < limit && !(t.key[i] === 'reviewed' && /^this$/i.test(t.key[i + 1]))) i++;
  if (i + 3 >= limit) return {};
  const rs = i + 2;
  let end = -1;
  for (let j = rs; j < Math.min(to, rs + 70); j++) {
    if (j > rs && (t.label[j] || (t.lineStart[j] && t.key[j] === 'Based'))) { end = j - 1; break; }
    if (t.key[j].endsWith(';')) { end = j; break; }
  }
  if (end < rs) return {};
  let sawForm = false;
  let firstOf = -1;
  let ofAfterForm = -1;
  for (let j = rs + 1; j < end; j++) {
    if (/^Form$/i.test(t.key[j - 1])) sawForm = true;
    if (t.key[j] === 'of') {
      if (firstOf < 0) firstOf = j;
      if (sawForm && ofAfterForm < 0) ofAfterForm = j;
    }
  }
  const of = ofAfterForm >= 0 ? ofAfterForm : firstOf;
  if (of < 0) return { report: [rs, end] };
  return { report: [rs, of - 1], registrant: [of + 1, end] };
}

export function buildSequence(t: Tokens, text: string, region: Region): Sequence {
  const keys: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const slots: Sequence['slots'] = {};
  const push = (key: string, a: number, b: number) => { keys.push(key); first.push(a); last.push(b); };

  const officer: [number, number] | null =
    region.certify > region.start + 1 ? [region.start + 1, region.certify - 1] : null;
  const p1 = findParagraphOne(t, region.certify >= 0 ? region.certify : region.start, region.end);

  for (let i = region.start; i < region.end; i++) {
    if (t.label[i]) continue;
    if (officer && i === officer[0]) {
      slots.officer = slotValue(t, text, officer[0], officer[1], /,$/);
      push(t.key[officer[1]].endsWith(',') ? '{{officer}},' : '{{officer}}', officer[0], officer[1]);
      i = officer[1];
    } else if (p1.report && i === p1.report[0]) {
      slots.report = slotValue(t, text, p1.report[0], p1.report[1], /;$/);
      push('{{report}}', p1.report[0], p1.report[1]);
      i = p1.report[1];
    } else if (p1.registrant && i === p1.registrant[0]) {
      const [a, b] = p1.registrant;
      slots.registrant = slotValue(t, text, a, b, /;$/);
      push(t.key[b].endsWith(';') ? '{{registrant}};' : '{{registrant}}', a, b);
      i = b;
    } else {
      push(t.key[i], i, i);
    }
  }
  return { keys, first: Int32Array.from(first), last: Int32Array.from(last), slots };
}
