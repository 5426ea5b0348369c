// What the filing rules need to know about each certification beyond its CertificationInfo: the
// heading above it, its signature block, and where in the file its paragraph 1 names the report and
// period and where it is dated. Read from the Extracted text the certification was linted from.
// Browser-safe.
import { lineStarts, positionAt } from '../position.js';
import type { CertificationInfo, Extracted, Position } from '../types.js';

export interface CertificationContext {
  /** Text between the previous certification (or the file's start) and this one: "Exhibit 31.2 CERTIFICATION OF CHIEF FINANCIAL OFFICER". */
  heading: string;
  /** The signature block: from "/s/" on, a few lines. */
  signature: string;
  /** Positions in the file (1-based lines and columns), as CertificationInfo.line counts them. */
  find(needle: string, where: 'report' | 'signature'): { start: Position; end: Position } | null;
}

const OPENING = /(?:^|[\s("])(?:I|We)\s*,[^\n]{0,400}?\bcertif(?:y|ies)\b|\bI\s+have\s+reviewed\b/g;

/** First text index whose source offset is at or after `offset`. */
function textIndexAt(ext: Extracted, offset: number): number {
  let lo = 0;
  let hi = ext.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ext.start[mid] < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function flexible(needle: string): RegExp {
  const words = needle.trim().split(/[\s\u00a0]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['\u2019]/g, "['\u2019]").replace(/["\u201c\u201d]/g, '["\u201c\u201d]').replace(/-/g, '[-\u2010-\u2015]'));
  return new RegExp(words.join('[\\s\\u00a0]+'), 'gi');
}

/** Contexts of a file's certifications, in the order of `certs` (lines as in the file linted). */
export function certificationContexts(ext: Extracted, certs: CertificationInfo[]): CertificationContext[] {
  const starts = lineStarts(ext.source);
  const text = ext.text;
  // Where each certification starts in the text: the k-th opening at or after its line.
  const begin: number[] = [];
  const used = new Map<number, number>();
  for (const c of certs) {
    const lineOffset = starts[Math.max(0, Math.min(starts.length - 1, c.line - 1))];
    const from = textIndexAt(ext, lineOffset);
    const skip = used.get(c.line) ?? 0;
    used.set(c.line, skip + 1);
    OPENING.lastIndex = from;
    let at = from;
    for (let k = 0; k <= skip; k++) {
      const m = OPENING.exec(text);
      if (!m) break;
      at = /^[\s("]/.test(m[0]) ? m.index + 1 : m.index;
    }
    begin.push(Math.min(at, text.length));
  }
  const order = certs.map((_, i) => i).sort((a, b) => begin[a] - begin[b]);
  const out: CertificationContext[] = new Array(certs.length);
  let prevTailEnd = 0;
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    const from = begin[i];
    const to = r + 1 < order.length ? begin[order[r + 1]] : text.length;
    const segment = text.slice(from, to);
    // The signature block: from the last "/s/" (else the date) a few non-empty lines on.
    let sigAt = segment.lastIndexOf('/s/');
    if (sigAt < 0 && certs[i].date) { const m = [...segment.matchAll(flexible(certs[i].date!))].pop(); if (m) sigAt = m.index!; }
    let tailEnd = to;
    let signature = '';
    if (sigAt >= 0) {
      const lines: string[] = [];
      let pos = from + sigAt;
      while (pos < to && lines.length < 8) {
        let nl = text.indexOf('\n', pos);
        if (nl < 0 || nl > to) nl = to;
        const line = text.slice(pos, nl).replace(/[\s\u00a0]+/g, ' ').trim();
        if (line && lines.length > 0 && /\bcertif|\bexhibit\b/i.test(line)) break;
        if (line) lines.push(line);
        pos = nl + 1;
        tailEnd = Math.min(pos, to);
      }
      signature = lines.join('\n');
    }
    const heading = text.slice(Math.max(prevTailEnd, from - 1500), from).replace(/[\u00a0\t ]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
    prevTailEnd = Math.max(prevTailEnd, tailEnd);
    const sigStart = sigAt >= 0 ? from + sigAt : to;
    const bodyEnd = sigAt >= 0 ? from + sigAt : to;
    out[i] = {
      heading,
      signature,
      find(needle, where) {
        const re = flexible(needle);
        const hay = where === 'report' ? text.slice(from, bodyEnd) : text.slice(Math.max(from, sigStart - 400), tailEnd);
        const base = where === 'report' ? from : Math.max(from, sigStart - 400);
        const matches = [...hay.matchAll(re)];
        const m = where === 'report' ? matches[0] : matches[matches.length - 1];
        if (!m) return null;
        const a = base + m.index!;
        const b = a + m[0].length - 1;
        return { start: positionAt(starts, ext.start[a]), end: positionAt(starts, ext.end[b]) };
      },
    };
  }
  return out;
}
