// The mutation classes of the generated-variant suite: each takes the form's paragraphs and a
// seeded random source, changes them the way filers do, and says which findings that must give.
// Formatting-only classes change nothing here (the layout does it) or only punctuation or case.
import { reletter, without, type Para } from './certs.js';
import { templateFor } from '../../src/core/templates/index.js';
import { FORMATTING } from './formatting.js';
import type { LintOptions } from '../../src/core/types.js';

/** A finding a variant must give: its rule and the paragraph it names (any one of several). */
export interface ExpectedFinding {
  ruleId: string;
  paragraph: string[];
}

export interface Mutated {
  paras: Para[];
  expected: ExpectedFinding[];
  /** Lines of the signature block, when the class changes it. */
  signature?: string[];
  options?: LintOptions;
  /** Paragraphs this mutation touched (a second mutation of a pair keeps away from them). */
  touched: string[];
}

export type Rng = () => number;

/** Mulberry32: small, fast and seedable. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const find = (f: ExpectedFinding['ruleId'], ...paragraph: string[]): ExpectedFinding => ({ ruleId: f, paragraph });

export const BODY = ['1', '2', '3', '4', '4(a)', '4(b)', '4(c)', '4(d)', '5', '5(a)', '5(b)'];
/** Paragraphs whose words are all the form's (paragraph 1 and the opening hold the filer's slots). */
export const PLAIN = BODY.filter((id) => id !== '1');
/** Words a filer might put in that no specific rule claims. */
const NEUTRAL = ['certain', 'relevant', 'formal', 'prior', 'complete', 'applicable', 'substantial', 'timely', 'thereof', 'herein'];
const ADJECTIVES = new Set(['annual', 'quarterly', 'amended', 'transition', 'periodic']);

export const ICFR = ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))';
export const SIGNATURE_LINES = ['Date: February 27, 2026', '/s/ Jane Q. Doe', 'Jane Q. Doe', 'Chief Executive Officer'];

export function setText(paras: Para[], id: string, text: string): Para[] {
  return paras.map((p) => (p.id === id ? { ...p, text } : p));
}

export const textOf = (paras: Para[], id: string) => paras.find((p) => p.id === id)!.text;

/** Replaces the n-th occurrence (random) of `from` in a paragraph. */
export function replaceOne(r: Rng, text: string, from: RegExp, to: (m: string) => string): string | null {
  const hits = [...text.matchAll(new RegExp(from.source, 'g'))];
  if (hits.length === 0) return null;
  const h = pick(r, hits);
  return text.slice(0, h.index) + to(h[0]) + text.slice(h.index! + h[0].length);
}

/** The rule a one-word change at word `w` of paragraph `id` belongs to. */
function ruleForWord(id: string, old: string | null, neu: string | null, next: string | null): ExpectedFinding {
  const bare = (s: string | null) => (s ?? '').toLowerCase().replace(/[^a-z()']/g, '');
  if (old && neu && /^registrant/.test(bare(old)) && !/^registrant/.test(bare(neu))) return find('SOX006', id);
  if (!old && neu && ADJECTIVES.has(bare(neu)) && bare(next) === 'report') return find('SOX005', id);
  return find('SOX004', id);
}

function wordEdit(r: Rng, paras: Para[], avoid: string[], op: 'substitute' | 'insert' | 'delete', vocabulary: string[]): Mutated {
  const id = pick(r, PLAIN.filter((x) => !avoid.includes(x)));
  const words = textOf(paras, id).split(' ');
  const at = Math.floor(r() * (op === 'insert' ? words.length + 1 : words.length));
  let old: string | null = null;
  let neu: string | null = null;
  if (op === 'insert') {
    neu = pick(r, vocabulary);
    words.splice(at, 0, neu);
  } else if (op === 'delete') {
    old = words[at];
    words.splice(at, 1);
  } else {
    old = words[at];
    const punct = /[.,;:)]*$/.exec(old)![0];
    neu = pick(r, NEUTRAL.filter((w) => w !== old!.replace(/[^a-z]/gi, '').toLowerCase())) + punct;
    words[at] = neu;
  }
  const next = op === 'insert' ? words[at + 1] ?? null : null;
  return { paras: setText(paras, id, words.join(' ')), expected: [ruleForWord(id, old, neu, next)], touched: [id] };
}

/** The form's words, lower-cased and without punctuation: what the vocabulary insertion uses. */
export function vocabulary(): string[] {
  const words = new Set<string>();
  const form = templateFor('601b31i');
  for (const w of form.words.filter((_, i) => form.slot[i] === null)) {
    let b = w.replace(/[.,;:]+$/, '');
    if (b.startsWith('(') && !b.includes(')')) b = b.slice(1);
    if (b.endsWith('))') || (b.endsWith(')') && !b.includes('('))) b = b.slice(0, -1);
    if (b) words.add(b);
  }
  return [...words];
}

/** Every word of the form and "not"; "of" and "page" have a class of their own (see below). */
const VOCABULARY = [...vocabulary().filter((w) => w !== 'of'), 'not'];

export interface MutationClass {
  name: string;
  kind: 'mutation' | 'formatting';
  /** Only in these formats (default all). */
  formats?: ('text' | 'html' | 'docx')[];
  /** Whether it can be one half of a pair. */
  pairable?: boolean;
  make(r: Rng, paras: Para[], avoid: string[]): Mutated | null;
}

const swapClass: MutationClass = {
  name: 'swap-two',
  kind: 'mutation',
  make(r, paras) {
    const ids = BODY;
    const a = Math.floor(r() * ids.length);
    let b = Math.floor(r() * (ids.length - 1));
    if (b >= a) b++;
    const [i, j] = [Math.min(a, b), Math.max(a, b)];
    const out = [...paras];
    const pi = out.findIndex((p) => p.id === ids[i]);
    const pj = out.findIndex((p) => p.id === ids[j]);
    [out[pi], out[pj]] = [out[pj], out[pi]];
    const between = ids.slice(i + 1, j);
    const moved = [ids[i], ids[j], ...(between.length === 1 ? between : [])];
    const n = between.length === 0 ? 1 : 2;
    return { paras: out, expected: Array.from({ length: n }, () => find('SOX012', ...moved)), touched: [ids[i], ids[j]] };
  },
};

export const MUTATIONS: MutationClass[] = [
  {
    name: 'drop-paragraph', kind: 'mutation', pairable: true,
    make(r, paras, avoid) {
      const id = pick(r, BODY.filter((x) => !avoid.includes(x)));
      let out = without(paras, id);
      if (r() < 0.5) out = reletter(out);
      return { paras: out, expected: [find('SOX002', id)], touched: [id] };
    },
  },
  {
    name: 'drop-last-with-glue', kind: 'mutation',
    make(r, paras) {
      // The list glue fixed the way filers do: 5(a) ends "information." when 5(b) goes.
      if (r() < 0.5) return { paras: setText(without(paras, '5(b)'), '5(a)', textOf(paras, '5(a)').replace(/; and$/, '.')), expected: [find('SOX002', '5(b)')], touched: ['5(a)', '5(b)'] };
      return { paras: setText(without(paras, '4(d)'), '4(c)', textOf(paras, '4(c)').replace(/; and$/, ';')), expected: [find('SOX002', '4(d)')], touched: ['4(c)', '4(d)'] };
    },
  },
  {
    name: 'drop-icfr', kind: 'mutation', pairable: true,
    make(_r, paras, avoid) {
      if (avoid.includes('4')) return null;
      return { paras: setText(paras, '4', textOf(paras, '4').replace(ICFR, '')), expected: [find('SOX003', '4')], touched: ['4'] };
    },
  },
  {
    name: 'qualys', kind: 'mutation',
    make(r, paras) {
      let out = without(setText(paras, '4', textOf(paras, '4').replace(ICFR, '')), '4(b)');
      if (r() < 0.7) out = reletter(out);
      return { paras: out, expected: [find('SOX003', '4'), find('SOX002', '4(b)')], touched: ['4', '4(b)'] };
    },
  },
  { name: 'substitute-word', kind: 'mutation', pairable: true, make: (r, p, a) => wordEdit(r, p, a, 'substitute', NEUTRAL) },
  { name: 'insert-word', kind: 'mutation', pairable: true, make: (r, p, a) => wordEdit(r, p, a, 'insert', VOCABULARY) },
  { name: 'delete-word', kind: 'mutation', pairable: true, make: (r, p, a) => wordEdit(r, p, a, 'delete', []) },
  // Words that also make up page furniture ("Page 2 of 3"): inserted inside a paragraph they are wording.
  { name: 'insert-of-page', kind: 'mutation', make: (r, p, a) => wordEdit(r, p, a, 'insert', ['of', 'page']) },
  {
    name: 'annual-report', kind: 'mutation', pairable: true,
    make(r, paras, avoid) {
      const id = pick(r, ['2', '3', '4(a)', '4(c)', '4(d)'].filter((x) => !avoid.includes(x)));
      const text = replaceOne(r, textOf(paras, id), /this report/, () => `this ${pick(r, ['annual', 'quarterly'])} report`)!;
      return { paras: setText(paras, id, text), expected: [find('SOX005', id)], touched: [id] };
    },
  },
  {
    name: 'the-company', kind: 'mutation', pairable: true,
    make(r, paras, avoid) {
      const id = pick(r, ['3', '4', '4(a)', '4(c)', '4(d)', '5', '5(a)', '5(b)'].filter((x) => !avoid.includes(x)));
      const text = replaceOne(r, textOf(paras, id), /[Tt]he registrant/, (m) => `${m[0]}he Company`)!;
      return { paras: setText(paras, id, text), expected: [find('SOX006', id)], touched: [id] };
    },
  },
  {
    name: 'title-in-opening', kind: 'mutation', pairable: true,
    make(r, paras, avoid) {
      if (avoid.includes('intro')) return null;
      const title = pick(r, ['Chief Executive Officer', 'President and Chief Executive Officer', 'Chief Executive Officer of Acme Corp.']);
      return { paras: setText(paras, 'intro', `I, Jane Q. Doe, ${title}, certify that:`), expected: [find('SOX007', 'intro')], touched: ['intro'] };
    },
  },
  {
    name: 'outdated-2002', kind: 'mutation',
    make(r, paras) {
      const which = pick(r, ['4', '4(c)', '5', '5(a)']);
      const t = textOf(paras, which);
      const text = {
        '4': () => t.replace('Rules 13a-15(e) and 15d-15(e))', 'Rules 13a-14 and 15d-14)'),
        '4(c)': () => 'Evaluated the effectiveness of the registrant\u2019s disclosure controls and procedures as of a date within 90 days prior to the filing date of this report (the \u201cEvaluation Date\u201d); and',
        '5': () => t.replace('evaluation of internal control over financial reporting, to', 'evaluation, to'),
        '5(a)': () => t.replace('financial information', 'financial data'),
      }[which]!();
      return { paras: setText(paras, which, text), expected: [find('SOX008', which)], touched: [which] };
    },
  },
  {
    name: 'unsigned', kind: 'mutation', pairable: true,
    make: (_r, paras) => ({ paras, signature: ['Date: February 27, 2026', 'Jane Q. Doe', 'Chief Executive Officer'], expected: [find('SOX009', 'signature')], touched: ['signature'] }),
  },
  {
    name: 'undated', kind: 'mutation', pairable: true,
    make: (r, paras) => ({ paras, signature: r() < 0.5 ? ['/s/ Jane Q. Doe', 'Jane Q. Doe', 'Chief Executive Officer'] : ['Date:', '/s/ Jane Q. Doe', 'Chief Executive Officer'], expected: [find('SOX009', 'signature')], touched: ['signature'] }),
  },
  {
    name: 'joint', kind: 'mutation',
    make(r, paras) {
      let out = setText(setText(paras, 'intro', 'We, Jane Q. Doe and John Roe, certify that:'), '1', textOf(paras, '1').replace('I have', 'We have'));
      if (r() < 0.5) for (const id of ['2', '3']) out = setText(out, id, textOf(out, id).replace('my knowledge', 'our knowledge'));
      return { paras: out, expected: [find('SOX010', 'intro')], touched: ['intro', '1', '2', '3'] };
    },
  },
  {
    name: 'placeholder', kind: 'mutation', pairable: true,
    make(r, paras, avoid) {
      if (avoid.includes('1')) return null;
      const blank = pick(r, ['[identify registrant]', '[Name of Registrant]', '[REGISTRANT]']);
      return { paras: setText(paras, '1', textOf(paras, '1').replace('Acme Corp.', blank)), expected: [find('SOX011', '1')], touched: ['1'] };
    },
  },
  swapClass,
  {
    // A damaged opening still opens a certification: found by its body, the damage reported.
    name: 'damaged-opening', kind: 'mutation',
    make(r, paras) {
      const intro = pick(r, ['I, Jane Q. Doe, hereby certify that:', 'I, Jane Q. Doe, do certify that:', 'I, Jane Q. Doe, certify the following:', 'I, Jane Q. Doe, certify as follows that:']);
      return { paras: setText(paras, 'intro', intro), expected: [find('SOX004', 'intro')], touched: ['intro'] };
    },
  },
  {
    name: 'amendment-without-profile', kind: 'mutation',
    make(r, paras) {
      const report = pick(r, ['Form 10-K/A', 'Amendment No. 1 to the Annual Report on Form 10-K']);
      let out = setText(paras, '1', textOf(paras, '1').replace('Annual Report on Form 10-K', report)).filter((p) => !/^[345]/.test(p.id));
      if (r() < 0.5) out = setText(out, '2', textOf(out, '2').replace(/report;$/, 'report.'));
      return { paras: out, expected: [find('SOX002', '3')], touched: BODY };
    },
  },
];

/** Two mutations of different paragraphs in one certification. */
export function pair(r: Rng, paras: Para[]): Mutated | null {
  const pool = [...MUTATIONS, ...FORMATTING].filter((m) => m.pairable);
  const a = pick(r, pool);
  const first = a.make(r, paras, []);
  if (!first) return null;
  const b = pick(r, pool.filter((m) => m !== a && !(a.name.startsWith('un') && m.name.startsWith('un'))));
  // Keep the second away from the first and from the neighbours of a dropped paragraph.
  const near = first.touched.flatMap((id) => [id, ...BODY.filter((x) => Math.abs(BODY.indexOf(x) - BODY.indexOf(id)) === 1)]);
  const second = b.make(r, first.paras, near);
  if (!second) return null;
  return {
    paras: second.paras,
    expected: [...first.expected, ...second.expected],
    signature: second.signature ?? first.signature,
    touched: [...first.touched, ...second.touched],
  };
}
