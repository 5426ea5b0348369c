// One certification found in a document, compared with its template: what rules read and claim.
import type { Alignment } from './align.js';
import type { Change } from './changes.js';
import type { Doc, Range } from './document.js';
import type { Region } from './segment.js';
import type { Sequence } from './sequence.js';
import type { Template } from './template.js';
import type { Profile } from './types.js';
import { uint8s } from './typed-arrays.js';

export class Certification {
  readonly claimedT: Uint8Array;
  readonly claimedS: Uint8Array;
  /** absentParagraphs' answer (rules/shared), kept here rather than in a WeakMap: see Doc.signatureBlocks. */
  absentIds: Set<string> | null = null;

  constructor(
    readonly doc: Doc,
    readonly template: Template,
    readonly region: Region,
    readonly seq: Sequence,
    readonly alignment: Alignment,
    readonly changes: Change[],
    readonly profile: Profile,
  ) {
    this.claimedT = uint8s(template.keys.length);
    this.claimedS = uint8s(seq.keys.length);
  }

  claim(c: Change): void {
    const { del, ins } = c;
    for (let k = 0; k < del.length; k++) this.claimedT[del[k]] = 1;
    for (let k = 0; k < ins.length; k++) this.claimedS[ins[k]] = 1;
  }

  isClaimed(c: Change): boolean {
    const { del, ins } = c;
    for (let k = 0; k < del.length; k++) if (!this.claimedT[del[k]]) return false;
    for (let k = 0; k < ins.length; k++) if (!this.claimedS[ins[k]]) return false;
    return true;
  }

  paraId(index: number): string {
    return this.template.paragraphs[index].id;
  }

  /** Template paragraph a sequence element belongs to (matched, or put in by a change), or -1. */
  paraOfSeq(j: number): number {
    const i = this.alignment.submittedToTemplate[j];
    if (i >= 0) return this.template.para[i];
    const c = this.changes.find((ch) => ch.ins.includes(j));
    return c ? c.para : -1;
  }

  /** Template words, slots shown as "[registrant]". */
  templateWords(idx: number[]): string {
    return wordsAt(this.template.words, idx).join(' ');
  }

  /** The filer's words of sequence elements first..last (inclusive). */
  seqWords(first: number, last: number): string {
    return this.doc.words(this.seq.first[first], this.seq.last[last]);
  }

  /** The same words as the filer typed them, for messages: quotes, dashes and all. */
  seqQuote(first: number, last: number): string {
    return this.doc.quote(this.seq.first[first], this.seq.last[last]);
  }

  /** Source range of sequence elements first..last (inclusive). */
  seqRange(first: number, last: number): Range {
    return { from: this.doc.tokenFrom(this.seq.first[first]), to: this.doc.tokenTo(this.seq.last[last]) };
  }

  /** Source range of tokens first..last (inclusive); `trimComma` leaves out a comma ending the last. */
  tokenRange(first: number, last: number, trimComma = false): Range {
    const t = this.doc.tokens;
    if (trimComma && t.key[last].endsWith(',') && t.end[last] - t.start[last] > 1) {
      const n = this.doc.norm;
      return { from: this.doc.tokenFrom(first), to: this.doc.ext.end[n.from[t.end[last] - 2]] };
    }
    return { from: this.doc.tokenFrom(first), to: this.doc.tokenTo(last) };
  }

  /**
   * Where something missing belongs: just before sequence element j (before its paragraph label,
   * when j starts a labelled paragraph), or after the last element when j is -1.
   */
  insertionPoint(j: number): Range {
    if (j < 0) {
      const last = this.lastMatched();
      const at = last >= 0 ? this.doc.tokenTo(this.seq.last[last]) : this.doc.tokenFrom(this.region.start);
      return { from: at, to: at };
    }
    let k = this.seq.first[j];
    while (k > this.region.start && this.doc.tokens.label[k - 1]) k--;
    const at = this.doc.tokenFrom(k);
    return { from: at, to: at };
  }

  /** Source range a change is about: the inserted words, or the point where the omitted ones belong. */
  changeRange(c: Change, ins: number[] = c.ins): Range {
    if (ins.length) return this.seqRange(ins[0], ins[ins.length - 1]);
    return this.insertionPoint(c.before);
  }

  /** Last sequence element matched to the template (where the certification's body ends). */
  lastMatched(): number {
    for (let j = this.seq.keys.length - 1; j >= 0; j--) if (this.alignment.submittedToTemplate[j] >= 0) return j;
    return -1;
  }

  /** Share of a paragraph's (or a part's) template tokens that were matched. */
  matchedShare(index: number, part?: string): number {
    const p = this.template.paragraphs[index];
    let n = 0;
    let m = 0;
    for (let i = p.tokenStart; i < p.tokenEnd; i++) {
      if (part !== undefined && this.template.part[i] !== part) continue;
      n++;
      if (this.alignment.templateToSubmitted[i] >= 0) m++;
    }
    return n === 0 ? 1 : m / n;
  }

  /** Plain keys of inserted elements: words without punctuation, lower case. */
  insWords(c: Change): string[] {
    return wordsAt(this.seq.keys, c.ins, bare);
  }

  delWords(c: Change): string[] {
    return wordsAt(this.template.keys, c.del, bare);
  }
}

/**
 * The words at indexes `idx`, each through `f`: a packed array, as the interpreter's map() gives.
 * (TurboFan's map() gives holey arrays, and code compiled for one kind deopts on the other.)
 */
export function wordsAt(words: readonly string[], idx: readonly number[], f?: (word: string) => string): string[] {
  const out: string[] = [];
  for (let k = 0; k < idx.length; k++) out.push(f ? f(words[idx[k]]) : words[idx[k]]);
  return out;
}

/** A word without surrounding punctuation, lower case. */
export function bare(word: string): string {
  return word.toLowerCase().replace(/^[("'[]+|[)"'\].,;:]+$/g, '');
}
