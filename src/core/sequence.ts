// Turns a certification region into the sequence compared with the template: paragraph labels are
// dropped, and each slot the filer fills (officer, report, registrant) becomes one token.
import { nameEnd } from './officer.js';
import type { Region } from './segment.js';
import { TITLE_WORDS } from './signature.js';
import type { Template } from './template.js';
import { spacedWords, type Tokens } from './tokenize.js';
import { int32s } from './typed-arrays.js';

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
  slots: Partial<Record<string, SlotValue>>;
}

function slotValue(t: Tokens, text: string, first: number, last: number, strip: RegExp): SlotValue {
  return { value: spacedWords(t, text, first, last).replace(strip, '').trim(), first, last };
}

/** Finds where paragraph 1's report and registrant are, as token ranges. */
function findParagraphOne(t: Tokens, from: number, to: number): { report?: [number, number]; registrant?: [number, number] } {
  // Anywhere in the certification: a moved paragraph 1 keeps its slots.
  const limit = to;
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

/**
 * A slot found by the template words around it: after the words before it, up to the punctuation
 * that closes it ("{{parties}}.") or the template word after it ("{{registrant}} (the").
 */
function findBySurroundings(t: Tokens, template: Template, i: number, from: number, to: number): [number, number] | null {
  const before: string[] = [];
  for (let k = i - 1; k >= 0 && before.length < 2 && template.para[k] === template.para[i] && !template.slot[k]; k--) before.unshift(template.keys[k]);
  if (before.length < 2) return null; // one word ("of") is too common to place a slot by
  const closing = /[.;:,]$/.exec(template.keys[i])?.[0] ?? null;
  const next = !closing && i + 1 < template.keys.length && template.para[i + 1] === template.para[i] ? template.keys[i + 1] : null;
  for (let p = from; p + before.length < to; p++) {
    if (!before.every((w, n) => t.key[p + n] === w)) continue;
    const a = p + before.length;
    for (let b = a; b < Math.min(to, a + 60); b++) {
      if (t.label[b]) break;
      if (closing && t.key[b].endsWith(closing)) return [a, b];
      if (next && b > a && t.key[b] === next) return [a, b - 1];
    }
    return null;
  }
  return null;
}

/** What buildSequence reads of a template's slots, worked out once per template. */
interface SlotPlan {
  /** The form has paragraph 1's "this {{report}} of {{registrant}};". */
  paragraphOne: boolean;
  /** The other slots (not the officer's), found by the template words around them: [name, token index]. */
  bySurroundings: [string, number][];
}

const plans = new WeakMap<Template, SlotPlan>();

function slotPlan(template: Template): SlotPlan {
  let plan = plans.get(template);
  if (plan) return plan;
  const names = new Set(template.slot.filter((x): x is string => x !== null));
  const paragraphOne = names.has('report') && names.has('registrant');
  const bySurroundings: [string, number][] = [];
  template.slot.forEach((name, i) => {
    if (name && name !== 'officer' && !(paragraphOne && (name === 'report' || name === 'registrant'))) bySurroundings.push([name, i]);
  });
  plans.set(template, (plan = { paragraphOne, bySurroundings }));
  return plan;
}

type Spans = Map<number, { name: string; last: number; key: string }>;

/** The first paragraph label at or after token `from` (before `end`), or `end`: a native search. */
function nextLabel(label: Uint8Array, from: number, end: number): number {
  const at = from < end ? label.indexOf(1, from) : -1;
  return at < 0 || at > end ? end : at;
}

/**
 * The region's tokens as the sequence: paragraph labels left out, each slot's tokens one element.
 * Laid out run by run between the labels and slots (a dozen a certification), found by native
 * searches, where a test of every token cost ~45 instructions each. `starts`: the spans' first
 * tokens in order.
 */
function layOut(t: Tokens, region: Region, spans: Spans, starts: number[]): Omit<Sequence, 'slots'> {
  const { start, end } = region;
  const size = Math.max(0, end - start);
  const first = int32s(size);
  const last = int32s(size);
  // The region's keys, moved down in place (n <= i - start) and cut to length: one copy, no growth.
  const keys = t.key.slice(start, end);
  let n = 0;
  let next = 0;
  let label = nextLabel(t.label, start, end);
  for (let i = start; i < end;) {
    while (next < starts.length && starts[next] < i) next++;
    const stop = Math.min(label, next < starts.length ? starts[next] : end, end);
    if (i < stop) {
      // Tokens i..stop-1 are words: an element each.
      for (let k = i; k < stop; k++, n++) {
        keys[n] = keys[k - start];
        first[n] = k;
        last[n] = k;
      }
      i = stop;
    } else if (i === label) {
      label = nextLabel(t.label, ++i, end);
    } else {
      // A slot's tokens (a label among them is the filer's text, inside the slot).
      const span = spans.get(i)!;
      keys[n] = span.key;
      first[n] = i;
      last[n++] = span.last;
      i = span.last + 1;
      if (label < i) label = nextLabel(t.label, i, end);
    }
  }
  keys.length = n;
  return { keys, first: first.subarray(0, n), last: last.subarray(0, n) };
}

export function buildSequence(t: Tokens, text: string, region: Region, template: Template): Sequence {
  const slots: Sequence['slots'] = {};
  // Where each slot stands in the filer's text, as [first, last] token ranges keyed by first token.
  const spans: Spans = new Map();
  // Their first tokens in order, sorted as they are added (a spread and a sort() of a few keys cost
  // ~1% of a lint).
  const starts: number[] = [];
  const add = (name: string, range: [number, number] | null | undefined, key: string, strip: RegExp) => {
    if (!range || range[1] < range[0] || spans.has(range[0])) return;
    slots[name] = slotValue(t, text, range[0], range[1], strip);
    spans.set(range[0], { name, last: range[1], key });
    let k = starts.push(range[0]) - 1;
    for (; k > 0 && starts[k - 1] > range[0]; k--) starts[k] = starts[k - 1];
    starts[k] = range[0];
  };
  if (region.certify > region.start + 1) {
    let b = region.certify - 1;
    // Words after the name that are no title ("I, Jane Doe, do hereby certify") are the filer's wording.
    const name = nameEnd(t, region.start + 1, b);
    if (name >= 0 && !TITLE_WORDS.test(text.slice(t.start[name + 1], t.end[b]))) b = name;
    add('officer', [region.start + 1, b], t.key[b].endsWith(',') ? '{{officer}},' : '{{officer}}', /,$/);
  }
  const { paragraphOne, bySurroundings } = slotPlan(template);
  if (paragraphOne) {
    // "this {{report}} of {{registrant}};": the first "of" after the form's name splits the two.
    const paragraph1 = findParagraphOne(t, region.certify >= 0 ? region.certify : region.start, region.end);
    add('report', paragraph1.report, '{{report}}', /;$/);
    if (paragraph1.registrant) add('registrant', paragraph1.registrant, t.key[paragraph1.registrant[1]].endsWith(';') ? '{{registrant}};' : '{{registrant}}', /;$/);
  }
  for (const [name, i] of bySurroundings) {
    const range = findBySurroundings(t, template, i, region.start, region.end);
    if (!range) continue;
    const closing = /[.;:,]$/.exec(template.keys[i])?.[0] ?? '';
    const key = closing && t.key[range[1]].endsWith(closing) ? `{{${name}}}${closing}` : `{{${name}}}`;
    add(name, range, key, /[.;:,]$/);
  }

  const { keys, first, last } = layOut(t, region, spans, starts);
  return { keys, first, last, slots };
}
