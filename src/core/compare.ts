// Finds the certifications in a document: each passage that opens like one, compared with the
// versions of its form, kept when enough of the form's words match. Browser-safe.
import { align, type Alignment } from './align.js';
import { REGION_WORK, type WorkBudget } from './budget.js';
import { Certification } from './certification.js';
import { computeChanges } from './changes.js';
import { classifyChanges } from './classify.js';
import type { Doc } from './document.js';
import { InputError } from './extract/errors.js';
import type { Region } from './segment.js';
import type { Tokens } from './tokenize.js';
import { buildSequence, type Sequence } from './sequence.js';
import { DATE } from './dates.js';
import { variantsOf, type Template } from './template.js';
import { DEFAULT_FORM, hasForm, templateFor } from './templates/index.js';
import type { Profile } from './types.js';

/** Below this share of the form's words a text is not taken for a certification... */
export const MIN_SIMILARITY = 0.4;
/** ...unless it opens as one and has this share of the opening and paragraphs 1 and 2. */
const MIN_OPENING_SHARE = 0.6;
/** Alignments below this share of matched words are given up (the region is not this form). */
const MIN_ALIGNED_SHARE = 0.1;
/** Paragraph 1 ("I have reviewed ...") is looked for this many words into a certification... */
const PARAGRAPH1_WITHIN = 80;
/** ...and read for the form it names over this many words. */
const PARAGRAPH1_WORDS = 45;
/** First words of a signature block's lines. */
const SIGNATURE_START = /^(?:dated?:?|date:|by:?|\/s\/.*|name:|title:|signature:?|\[signature\]|_{3,}.*)$/i;

/** How the names of the forms other than the 10-K/10-Q form start (chooseForm tests each in full). */
const OTHER_FORM_NAME = /^(?:10-D|20-F|40-F|N-CSR)/i;

/**
 * Whether tokens first..last may say "Form 10-D", "Form 20-F", "Form 40-F" or "Form N-CSR": a token
 * ending in "form" before one starting with the name (words are one space apart in `Doc.words`).
 */
function mayNameOtherForm(t: Tokens, first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const w = t.key[k];
    if ((w.charCodeAt(w.length - 1) | 0x20) === 0x6d && w.toLowerCase().endsWith('form') && OTHER_FORM_NAME.test(t.key[k + 1])) return true;
  }
  return false;
}

/** Share of the opening's and paragraphs 1 and 2's words that matched. */
function openingShare(template: Template, alignment: Alignment): number {
  let n = 0;
  let m = 0;
  for (const p of template.paragraphs) {
    if (!['intro', '1', '2'].includes(p.id)) continue;
    for (let i = p.tokenStart; i < p.tokenEnd; i++) { n++; if (alignment.templateToSubmitted[i] >= 0) m++; }
  }
  return n ? m / n : 0;
}

/**
 * The form a certification follows: as asked; else from the EDGAR document type; else from the
 * report paragraph 1 names; else the 10-K/10-Q form.
 */
export function chooseForm(doc: Doc, region: Region, documentType: string | undefined, asked: string | undefined): string {
  const pick = (form: string) => (hasForm(form) ? form : DEFAULT_FORM);
  if (asked) return asked;
  const type = (documentType ?? '').toUpperCase();
  if (/^EX-12\b/.test(type)) return pick('20-F');
  if (/^EX-99\.?(?:30[2-9])?CERT/.test(type)) return pick('N-CSR');
  const t = doc.tokens;
  let k = region.start;
  const limit = Math.min(region.end, region.start + PARAGRAPH1_WITHIN);
  while (k < limit && t.key[k] !== 'reviewed') k++;
  if (k >= limit) return DEFAULT_FORM;
  const last = Math.min(region.end - 1, k + PARAGRAPH1_WORDS);
  // Most certifications name a Form 10-K or 10-Q: known from the tokens, without their words as a string.
  if (!mayNameOtherForm(t, k, last)) return DEFAULT_FORM;
  const paragraph1 = doc.words(k, last);
  if (/Form 10-D\b/i.test(paragraph1)) return pick('601b31ii');
  if (/Form 20-F\b/i.test(paragraph1)) return pick('20-F');
  if (/Form 40-F\b/i.test(paragraph1)) return pick('40-F');
  if (/Form N-CSRS?\b/i.test(paragraph1)) return pick('N-CSR');
  return DEFAULT_FORM;
}

interface Compared { template: Template; seq: Sequence; alignment: Alignment; isBoundary: (j: number) => boolean }

/** Aligns a region with each version of its template and keeps the closest. */
function compare(doc: Doc, region: Region, template: Template, budget: WorkBudget): Compared | null {
  const t = doc.tokens;
  let best: Compared | null = null;
  let bestScore = -Infinity;
  const variants = variantsOf(template);
  // A plain loop: a for-of's iterator protocol would be compiled into this function's graph.
  for (let v = 0; v < variants.length; v++) {
    const variant = variants[v];
    const seq = buildSequence(t, doc.norm.text, region, variant);
    // A paragraph starts after a blank line or after its label.
    const isBoundary = (j: number) => {
      const k = seq.first[j];
      return t.lineStart[k] === 2 || (k > 0 && t.label[k - 1] === 1);
    };
    const alignment = align(variant, seq.keys, isBoundary, { minSimilarity: MIN_ALIGNED_SHARE, budget });
    if (budget.exhausted) {
      throw new InputError(`comparing the certification at line ${doc.position(doc.tokenFrom(region.start)).line} needs more work than soxlint allows; it is not a certification a filer would write`);
    }
    if (!alignment) continue;
    const matched = alignment.similarity * variant.keys.length;
    const score = 2 * matched - variant.keys.length;
    if (score > bestScore) { bestScore = score; best = { template: variant, seq, alignment, isBoundary }; }
  }
  return best;
}

/**
 * Compares a region with its form and returns the certification, or null when the region is not
 * one (too few of the form's words). `budget` is the whole file's; one region spends at most REGION_WORK of it.
 */
export function compareRegion(
  doc: Doc, region: Region, options: { documentType?: string; form?: string; profile: Profile; budget: WorkBudget },
): Certification | null {
  const form = chooseForm(doc, region, options.documentType, options.form);
  const budget = options.budget.part(REGION_WORK);
  const start = budget.left;
  let found;
  try {
    found = compare(doc, region, templateFor(form), budget);
  } finally {
    options.budget.absorb(budget, start);
  }
  if (!found || (found.alignment.similarity < MIN_SIMILARITY && openingShare(found.template, found.alignment) < MIN_OPENING_SHARE)) return null;
  const { template, seq, alignment, isBoundary } = found;
  const t = doc.tokens;
  // A line that starts the signature block: "Date:", "/s/", "By:" ..., or a date on its own.
  const endsBody = (j: number) => t.lineStart[seq.first[j]] > 0 &&
    (SIGNATURE_START.test(seq.keys[j]) || DATE.exec(doc.words(seq.first[j], Math.min(seq.first[j] + 5, t.count - 1)))?.index === 0);
  const changes = classifyChanges(template, seq.keys, computeChanges(template, alignment, seq.keys.length, isBoundary, endsBody));
  return new Certification(doc, template, region, seq, alignment, changes, options.profile);
}
