// Reads a certification's signature block: the conformed signature, the signer, the title under it,
// the date, and any sign of a power of attorney. Shared by the signature rules and the result summary.
import { DATE } from './dates.js';
import type { Doc } from './document.js';

export const CONFORMED = /^\/s\/?/i;
const ATTORNEY = /\battorney[- ]in[- ]fact\b|\bpower of attorney\b/i;
export const DATE_LABEL = /^dated?:?$/i;
export const TITLE_WORDS = /\b(?:chief|officer|president|chair(?:man|woman|person)?|director|treasurer|secretary|controller|principal|vice|manager|partner|ceo|cfo|coo|trustee)\b/i;
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'cpa', 'phd', 'md']);

function nameWords(name: string): Set<string> {
  const words = new Set<string>();
  // A loop, not filter(): sameSigner runs for every signed certification, and a callback would be
  // compiled into it (the SOX009 check) as an inlined copy of the builtin.
  const all = name.toLowerCase().replace(/[^a-z\s'-]/g, ' ').split(/\s+/);
  for (let k = 0; k < all.length; k++) if (all[k].length > 1 && !SUFFIXES.has(all[k])) words.add(all[k]);
  return words;
}

/** The same person, allowing for initials, middle names and suffixes on one side. */
export function sameSigner(a: string, b: string): boolean {
  if (a === b) return true; // as the name in the opening: most certifications
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.size === 0 || y.size === 0) return true;
  // Not an array pattern (`[small, large] = ...`): its iterator protocol would be compiled too.
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  const words = [...small];
  for (let k = 0; k < words.length; k++) if (!large.has(words[k])) return false;
  return true;
}

export interface SignatureBlock {
  /** Token range read (to is exclusive). */
  from: number;
  to: number;
  /** Token of the first "/s/", or -1. */
  sig: number;
  /** Tokens of the signer's name after "/s/" (inclusive), or -1. */
  signerFirst: number;
  signerLast: number;
  signer: string | null;
  date: string | null;
  /** Token of a "Date:" label, or -1. */
  dateLabel: number;
  /** The first line under the signature that reads as a title. */
  title: string | null;
  /** Token where "attorney-in-fact" or "power of attorney" starts, or -1. */
  attorney: number;
  attorneyText: string | null;
  /** Last token the block was seen to use (signature, name, title, date), or from - 1. */
  last: number;
  /** Tokens of the date (inclusive), or -1. */
  dateFirst: number;
  dateLast: number;
}

/** The signature block in tokens from..to (exclusive); read once per document and range. */
export function readSignature(doc: Doc, from: number, to: number): SignatureBlock {
  const byRange = (doc.signatureBlocks ??= new Map());
  const key = `${from}:${to}`;
  let block = byRange.get(key);
  if (!block) byRange.set(key, (block = readSignatureOnce(doc, from, to)));
  return block;
}

function readSignatureOnce(doc: Doc, from: number, to: number): SignatureBlock {
  const t = doc.tokens;
  const tail = from < to ? doc.words(from, to - 1) : '';
  // The scan keeps its finds in locals: V8 checks the map of an object before each field it reads
  // or writes after a call, in every pass of the loop.
  let sig = -1;
  let dateLabel = -1;
  let attorney = -1;
  for (let k = from; k < to; k++) {
    // Each pattern only where its first character is: "/s/", "Date:", "attorney" or "power".
    const key = t.key[k];
    const c = key.charCodeAt(0) | 0x20;
    if (sig < 0 && c === 0x2f && CONFORMED.test(key)) sig = k;
    if (dateLabel < 0 && c === 0x64 && DATE_LABEL.test(key)) dateLabel = k;
    if (attorney < 0 && (c === 0x61 || c === 0x70) && /^(?:attorney|power)/i.test(key) && ATTORNEY.test(doc.words(k, Math.min(to - 1, k + 2)))) attorney = k;
  }
  const block: SignatureBlock = {
    from, to, sig, signerFirst: -1, signerLast: -1, signer: null, date: null, dateLabel, title: null, attorney, attorneyText: null, last: from - 1, dateFirst: -1, dateLast: -1,
  };
  const d = DATE.exec(tail);
  if (d) {
    block.date = d[0];
    block.dateFirst = doc.tokenAtWord(from, to - 1, d.index);
    block.dateLast = doc.tokenAtWord(from, to - 1, d.index + d[0].length - 1);
    block.last = Math.max(block.last, block.dateLast);
  }
  const poa = ATTORNEY.exec(tail);
  if (poa) block.attorneyText = poa[0];
  if (block.sig >= 0) {
    // The signer's name: what follows "/s/" on its line.
    const a = t.key[block.sig].replace(CONFORMED, '') ? block.sig : block.sig + 1;
    let b = a;
    // A comma ends the name ("/s/ John Roe, attorney-in-fact"), unless a suffix follows it ("Jr.").
    while (b + 1 < to && !t.lineStart[b + 1] && b - a < 5 && !DATE_LABEL.test(t.key[b + 1]) &&
      !(t.key[b].endsWith(',') && !/^(?:jr|sr|ii|iii|iv|esq)\.?,?$/i.test(t.key[b + 1]))) b++;
    if (a < to && !(a === block.sig + 1 && t.lineStart[a] === 2)) {
      block.signerFirst = a;
      block.signerLast = b;
      block.signer = doc.words(a, b).replace(CONFORMED, '').replace(/[,;]$/, '').trim() || null;
      block.last = Math.max(block.last, b);
      // The title: the first later line with a title word.
      let k = b + 1;
      while (k < to && k - b < 16) {
        let e = k;
        while (e + 1 < to && !t.lineStart[e + 1]) e++;
        const line = doc.words(k, e);
        if (TITLE_WORDS.test(line) && !DATE_LABEL.test(t.key[k])) {
          // "Jane Doe, Chief Executive Officer" gives the title after the name.
          const signer = block.signer ?? '';
          const title = signer && line.startsWith(signer) ? line.slice(signer.length).replace(/^,?\s*/, '') : line;
          block.title = title.replace(/^\(|\)$/g, '');
          block.last = Math.max(block.last, e);
          break;
        }
        k = e + 1;
      }
    }
  }
  return block;
}
