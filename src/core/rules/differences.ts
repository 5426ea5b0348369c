// Shared by the rules that report differences left unclaimed (altered-wording, punctuation,
// letter-case): adjacent differences of one kind in one paragraph make one finding, quoted in the
// filer's own characters beside the form's words.
import type { Change, ChangeKind } from '../changes.js';
import type { Certification } from '../certification.js';
import type { Range } from '../document.js';

/** A difference still to report: a change, or what is left of it after other rules claimed words. */
export interface Piece {
  para: number;
  del: number[];
  ins: number[];
  after: number;
  before: number;
}

export interface Group {
  para: number;
  pieces: Piece[];
}

/** Where a piece stands among the filer's words: its words, or the gap where words are missing. */
function span(p: Piece): [number, number] {
  if (p.ins.length) return [p.ins[0], p.ins[p.ins.length - 1]];
  const at = p.before >= 0 ? p.before - 0.5 : p.after + 0.5;
  return [at, at];
}

/** Pieces in one paragraph with at most one matched word between them make one group. */
export function groupAdjacent(cert: Certification, pieces: Piece[]): Group[] {
  const sorted = [...pieces].sort((a, b) => span(a)[0] - span(b)[0] || a.para - b.para);
  const groups: Group[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k];
    const g = groups[groups.length - 1];
    const last = g?.pieces[g.pieces.length - 1];
    if (g && g.para === p.para && last && close(cert, span(last)[1], span(p)[0])) g.pieces.push(p);
    else groups.push({ para: p.para, pieces: [p] });
  }
  return groups;
}

function close(cert: Certification, hi: number, lo: number): boolean {
  if (lo - hi > 2) return false;
  for (let k = Math.floor(hi) + 1; k < Math.ceil(lo); k++) if (cert.alignment.submittedToTemplate[k] < 0) return false;
  return true;
}

/** The unclaimed changes of one kind, as pieces. */
export function unclaimed(cert: Certification, kind: ChangeKind): Piece[] {
  const out: Piece[] = [];
  const { changes } = cert;
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k];
    if (c.kind !== kind || cert.isClaimed(c)) continue;
    const del: number[] = [];
    const ins: number[] = [];
    for (let m = 0; m < c.del.length; m++) if (!cert.claimedT[c.del[m]]) del.push(c.del[m]);
    for (let m = 0; m < c.ins.length; m++) if (!cert.claimedS[c.ins[m]]) ins.push(c.ins[m]);
    out.push({ ...c, del, ins });
  }
  return out;
}

export function claimAll(cert: Certification, g: Group): void {
  for (let k = 0; k < g.pieces.length; k++) cert.claim(g.pieces[k] as Change);
}

export interface Quoted {
  range: Range;
  /** The form's words over the group, or null when only words were put in. */
  expected: string | null;
  /** The filer's words over the group, or null when only words were left out. */
  actual: string | null;
}

/** The form's and the filer's words a group covers, and its place in the file. */
export function quoteGroup(cert: Certification, g: Group): Quoted {
  const { submittedToTemplate } = cert.alignment;
  const first = span(g.pieces[0])[0];
  const last = span(g.pieces[g.pieces.length - 1])[1];
  const s0 = Math.ceil(first);
  const s1 = Math.floor(last);
  let t0 = Infinity;
  let t1 = -Infinity;
  for (let k = 0; k < g.pieces.length; k++) {
    const { del } = g.pieces[k];
    for (let m = 0; m < del.length; m++) { t0 = Math.min(t0, del[m]); t1 = Math.max(t1, del[m]); }
  }
  for (let j = s0; j <= s1; j++) if (submittedToTemplate[j] >= 0) { t0 = Math.min(t0, submittedToTemplate[j]); t1 = Math.max(t1, submittedToTemplate[j]); }
  // An insertion of punctuation alone ("13a - 15(f)") is quoted with the words around it.
  const idx: number[] = [];
  for (let i = t0; i <= t1; i++) idx.push(i);
  const expected = idx.length ? cert.templateWords(idx) : null;
  const actual = s1 >= s0 ? cert.seqQuote(s0, s1) : null;
  const range = s1 >= s0 ? cert.seqRange(s0, s1) : cert.changeRange(g.pieces[0] as Change);
  return { range, expected, actual };
}

/**
 * Drops a punctuation mark that ends both quotations after a letter or digit ("principles;" and
 * "principals;"): it is not part of the difference. "15d-15(f))" keeps its parenthesis.
 */
export function trimShared(expected: string | null, actual: string | null): [string | null, string | null] {
  if (expected === null || actual === null) return [expected, actual];
  const tail = /[\p{L}\p{N}][.,;:]$/u;
  if (tail.test(expected) && tail.test(actual) && expected.at(-1) === actual.at(-1) && expected !== actual) {
    return [expected.slice(0, -1), actual.slice(0, -1)];
  }
  return [expected, actual];
}
