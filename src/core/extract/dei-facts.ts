// Inline XBRL cover facts of a main document (dei:DocumentType ...), read from its markup whether
// shown or not: they usually sit in the hidden <ix:header>.
import type { Attributes } from './html-parser.js';
import type { MarkupObserver } from './html-walk.js';

/** Inline XBRL cover facts (dei:DocumentType, dei:DocumentPeriodEndDate, dei:EntityRegistrantName, dei:AmendmentFlag). */
export type DeiFacts = Partial<Record<'DocumentType' | 'DocumentPeriodEndDate' | 'EntityRegistrantName' | 'AmendmentFlag', string>>;

const FACT_NAMES = ['DocumentType', 'DocumentPeriodEndDate', 'EntityRegistrantName', 'AmendmentFlag'] as const;
const FACTS = new Map<string, keyof DeiFacts>(FACT_NAMES.map((name) => [`dei:${name.toLowerCase()}`, name]));
const FACT_ELEMENTS = new Set(['ix:nonnumeric', 'ix:nonfraction']);
/** Characters of a fact's text kept (a cover fact is a few words). */
const MAX_FACT_CHARS = 1000;

/** Follows the markup and keeps the first value of each cover fact. */
export class DeiReader implements MarkupObserver {
  readonly facts: DeiFacts = {};
  private fact: keyof DeiFacts | null = null;
  /** Fact elements open inside the one being read. */
  private nested = 0;
  private value = '';

  open(name: string, attribs: Attributes): void {
    if (!FACT_ELEMENTS.has(name)) return;
    if (this.fact) { this.nested++; return; }
    const fact = FACTS.get((attribs.name ?? '').toLowerCase());
    if (fact) { this.fact = fact; this.nested = 0; this.value = ''; }
  }

  close(name: string): void {
    if (!FACT_ELEMENTS.has(name) || !this.fact) return;
    if (this.nested > 0) { this.nested--; return; }
    if (!this.facts[this.fact]) this.facts[this.fact] = this.value.replace(/\s+/g, ' ').trim();
    this.fact = null;
  }

  text(data: string): void {
    if (this.fact && this.value.length < MAX_FACT_CHARS) this.value += data;
  }
}
