// A document ready for comparison: extracted text, its normalised form and tokens, and the way back
// from any token to an offset in the user's own file.
import { blankFurniture } from './furniture.js';
import { normalize, type Normalized } from './normalize.js';
import { spacedWords, tokenize, type Tokens } from './tokenize.js';
import { LineIndex } from './position.js';
import type { SignatureBlock } from './signature.js';
import type { EmbeddedAt, Extracted, Position } from './types.js';

export interface Range {
  /** Offsets in Extracted.source. */
  from: number;
  to: number;
}

/** A word of a certification with its range in Extracted.source. */
export interface SourceWord {
  text: string;
  from: number;
  to: number;
}

/** Every certification says "certify" or "certifies", or (without its opening) "I have reviewed"
 * (a Section 906 one may cite "1350" alone). */
const MAY_CERTIFY = /certif|reviewed|1350/i;
const NO_TOKENS = tokenize('');

/** A comma, semicolon or colon. */
function isClauseMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a;
}

export class Doc {
  readonly norm: Normalized;
  /** Whether the text could hold a certification at all. */
  readonly mayCertify: boolean;
  /** The words of a text that may certify; none for any other (it is never split into words).
   * A field, not a getter made on first use: each method that read it inlined the getter, its
   * test and its call of tokenize() into every optimised caller. */
  readonly tokens: Tokens;
  private lines: LineIndex | null = null;
  /** readSignature's blocks by token range (a field, not a WeakMap keyed by each new document:
   * V8's weak tables cost every young-generation collection). */
  signatureBlocks: Map<string, SignatureBlock> | null = null;

  /** `embeddedAt`: where the document stands in a larger file, whose positions `position()` gives. */
  constructor(readonly ext: Extracted, readonly embeddedAt?: EmbeddedAt) {
    // Page furniture (page numbers, <PAGE>, running headers) is formatting: blanked as whole lines,
    // found from the tokens of a text that may certify (blanking only writes white space, so it
    // cannot make one that does not), which are made again only when a line was blanked (rare).
    const normal = normalize(ext.text);
    let norm = normal;
    let tokens = NO_TOKENS;
    let mayCertify = MAY_CERTIFY.test(normal.text);
    if (!mayCertify) norm = blankFurniture(normal);
    else {
      tokens = tokenize(normal.text);
      norm = blankFurniture(normal, tokens);
      if (norm !== normal) {
        mayCertify = MAY_CERTIFY.test(norm.text);
        tokens = mayCertify ? tokenize(norm.text) : NO_TOKENS;
      }
    }
    this.norm = norm;
    this.mayCertify = mayCertify;
    this.tokens = tokens;
  }

  /** Source offset where token k starts. */
  tokenFrom(k: number): number {
    return this.ext.start[this.norm.from[this.tokens.start[k]]];
  }

  /** Source offset just after token k. */
  tokenTo(k: number): number {
    return this.ext.end[this.norm.from[this.tokens.end[k] - 1]];
  }

  /** Tokens first..last as words with their source ranges, less a comma, semicolon or colon after them. */
  sourceWords(first: number, last: number): SourceWord[] {
    const out: SourceWord[] = [];
    const t = this.tokens;
    for (let k = first; k <= last; k++) {
      let end = t.end[k];
      while (end - 1 > t.start[k] && isClauseMark(this.norm.text.charCodeAt(end - 1))) end--;
      out.push({ text: this.norm.text.slice(t.start[k], end), from: this.tokenFrom(k), to: this.ext.end[this.norm.from[end - 1]] });
    }
    return out;
  }

  /** The token in which character `offset` of `words(first, last)` stands (words are one space apart). */
  tokenAtWord(first: number, last: number, offset: number): number {
    let at = 0;
    for (let k = first; k <= last; k++) {
      at += this.tokens.end[k] - this.tokens.start[k];
      if (offset < at) return k;
      at += 1;
    }
    return last;
  }

  /** The filer's own characters of tokens first..last (an en dash stays an en dash), spacing collapsed. */
  quote(first: number, last: number): string {
    const t = this.tokens;
    const from = this.norm.from;
    return this.ext.text.slice(from[t.start[first]], from[t.end[last] - 1] + 1).replace(/\s+/g, ' ');
  }

  /** The normalised words of tokens first..last. */
  words(first: number, last: number): string {
    return spacedWords(this.tokens, this.norm.text, first, last);
  }

  /** Line and column (1-based) of a source offset, in the file the document stands in. */
  position(offset: number): Position {
    const p = (this.lines ??= new LineIndex(this.ext.source)).position(offset);
    const at = this.embeddedAt;
    if (!at) return p;
    return { line: p.line + at.line - 1, column: p.line === 1 ? p.column + at.column : p.column };
  }
}
