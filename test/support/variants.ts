// The generated-variant suite's generator: seeded certifications, each changed by one mutation or
// formatting class (or a pair), rendered as text, HTML or .docx with one or two certifications in
// the file, and the findings each must give. Used by test/variants-*.test.ts and by
// scripts/score-variants.mjs; the fix writer reuses it (each variant: class, format, bytes,
// expected findings).
import { canonical, canonicalFor, edit, type Para } from './certs.js';
import { render, type Emphasis, type Format } from './layouts.js';
import { FORMATTING } from './formatting.js';
import { MUTATIONS, pair, rng, SIGNATURE_LINES, type ExpectedFinding, type Mutated, type MutationClass, type Rng } from './mutations.js';
import type { LintOptions } from '../../src/core/types.js';

export type { ExpectedFinding, Format };

export interface Variant {
  /** Unique within a run: class, format, layout and number. */
  id: string;
  /** The mutation or formatting class ("drop-paragraph", "case-only", "pair" ...). */
  className: string;
  kind: 'mutation' | 'formatting';
  format: Format;
  /** How it was rendered ("text/n1l0/w72/b1", "html/table", "docx/auto-numbered"). */
  layout: string;
  fileName: string;
  bytes: Uint8Array;
  /** Findings the linter must give (rule and paragraph); anything else is a false finding. */
  expected: ExpectedFinding[];
  /** Section 302 certifications in the file. */
  certifications: number;
  options?: LintOptions;
}

export interface GenerateOptions {
  seed?: number;
  /** Variants per class and format (default 40). */
  perClass?: number;
  formats?: Format[];
  /** Only these classes (default all). */
  classes?: string[];
}

/** What each formatting class varies in the layout; mutation classes vary everything but page breaks. */
const EMPHASIS: Record<string, Emphasis> = {
  compliant: {},
  labels: { labels: true },
  wrapping: { wrapping: true },
  quotes: { quotes: true },
  'blank-lines': { blankLines: true },
  nbsp: { nbsp: true },
  'page-breaks': { pageBreaks: true },
  'split-labels': { splitLabels: true, wrapping: true },
};
const ALL: Emphasis = { labels: true, wrapping: true, quotes: true, blankLines: true, nbsp: true };

const PAIR: MutationClass = { name: 'pair', kind: 'mutation', make: (r, paras) => pair(r, paras) };
const ASSET_BACKED: MutationClass = {
  name: 'asset-backed-choices',
  kind: 'formatting',
  make(r) {
    let out: Para[] = canonicalFor('601b31ii', { registrant: 'CarMax Auto Owner Trust 2019-3' }, ['4-servicer', 'reliance']);
    for (const w of ['statement(s)', 'servicer(s)', 'agreement(s)']) {
      out = edit(out, '4-depositor', w, r() < 0.5 ? w.replace('(s)', '') : w.replace('(s)', 's'));
    }
    return { paras: out, expected: [], touched: [] };
  },
};

export const CLASSES: MutationClass[] = [...MUTATIONS, PAIR, ...FORMATTING, ASSET_BACKED];

/** The CFO's certification that shares a file with the CEO's (compliant). */
function cfo(): Para[] {
  return edit(canonical(), 'intro', 'Jane Q. Doe', 'John Roe');
}
const CFO_SIGNATURE = ['Date: February 27, 2026', '/s/ John Roe', 'John Roe', 'Chief Financial Officer'];

async function one(cls: MutationClass, format: Format, r: Rng, n: number): Promise<Variant | null> {
  let m: Mutated | null = null;
  for (let tries = 0; tries < 5 && !m; tries++) m = cls.make(r, canonical(), []);
  if (!m) return null;
  // A profile applies to the whole file: such classes stay one certification a file.
  const two = cls.name !== 'asset-backed-choices' && !m.options && r() < 0.3;
  const mine = { heading: 'Exhibit 31.1', paras: m.paras, signature: m.signature ?? SIGNATURE_LINES };
  const other = { heading: 'Exhibit 31.2', paras: cfo(), signature: CFO_SIGNATURE };
  const certs = !two ? [mine] : r() < 0.5 ? [mine, other] : [other, mine];
  const emphasis = EMPHASIS[cls.name] ?? (cls.kind === 'formatting' ? {} : ALL);
  const rendered = await render(format, r, certs, emphasis);
  const ext = format === 'docx' ? 'docx' : format === 'html' ? 'htm' : 'txt';
  return {
    id: `${cls.name}/${rendered.layout}/${two ? '2certs/' : ''}${n}`,
    className: cls.name,
    kind: cls.kind,
    format,
    layout: rendered.layout,
    fileName: `variant-${n}-ex31.${ext}`,
    bytes: rendered.bytes,
    expected: m.expected,
    certifications: certs.length,
    options: m.options,
  };
}

/** Generates the variants, deterministically for a given seed. */
export async function generateVariants(options: GenerateOptions = {}): Promise<Variant[]> {
  const seed = options.seed ?? 2026;
  const perClass = options.perClass ?? 40;
  const formats = options.formats ?? ['text', 'html', 'docx'];
  const out: Variant[] = [];
  for (const cls of CLASSES) {
    if (options.classes && !options.classes.includes(cls.name)) continue;
    for (const format of formats) {
      if (cls.formats && !cls.formats.includes(format)) continue;
      // One random stream per class and format: adding a class leaves the others' variants as they were.
      const r = rng(seed ^ hash(`${cls.name}/${format}`));
      for (let n = 0; n < perClass; n++) {
        const v = await one(cls, format, r, n);
        if (v) out.push(v);
      }
    }
  }
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
