// Page furniture: what page breaks leave in a certification's text ("Page 2 of 3", "-2-", <PAGE>,
// a lone page number, a running header repeated at page breaks). Recognised as whole lines, never
// by ignoring words, and blanked out of the normalised text (same length, so every position keeps
// its place). A page break inside a paragraph leaves a line break, not a paragraph break.
import type { Normalized } from './normalize.js';
import { DATE } from './dates.js';
import { startsWithAnyCase } from './keys.js';
import { CONFORMED, DATE_LABEL, TITLE_WORDS } from './signature.js';
import type { Tokens } from './tokenize.js';
import { uint8s } from './typed-arrays.js';

function signatureLine(s: string): boolean {
  const first = s.split(/\s+/)[0];
  return CONFORMED.test(first) || DATE_LABEL.test(first) || DATE.test(s) || TITLE_WORDS.test(s);
}

/**
 * A page marker line: "<PAGE>", "2", "-2-", "- 2 -", "Page 2", "Page 2 of 3", "2 of 3", "2 | Page",
 * and a short footer ending in one ("Acme Corp. Exhibit 31.1 - Page 2 of 3").
 */
const PAGE_LINE = /^(?:<page>(?:\s*\d{1,4})?|(?:page\s+)?[-\u2013\u2014]?\s*\d{1,3}\s*[-\u2013\u2014]?(?:\s+of\s+\d{1,3})?|\d{1,3}\s*\|\s*page|page\s*\|\s*\d{1,3}|.{0,60}[\s|\u2013\u2014-]page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)$/i;
/** A list label split over two lines ("1" then "." on the next): the number is a label, not a page. */
const LABEL_TAIL = /^[.)]/;
/** A paragraph ends here: a page break after it is a paragraph break. */
const PARAGRAPH_END = /[.;:]["')\]]*$/;
/** How many lines from a page marker a running header or footer stands. */
const NEAR = 3;
/** A running header is a short line that does not end a clause, and is no part of a signature block. */
const MAX_HEADER = 80;
const NOT_HEADER = /[;:,]$/;
/** Every word capitalised (or a number), at most eight words: a title, not a line of a paragraph. */
const TITLE_CASED = /^(?:[A-Z0-9][^\s]*)(?:\s+(?:[A-Z0-9&|\u2013\u2014-][^\s]*)){0,7}$/;

interface Line {
  from: number;
  to: number;
  text: string;
  /** The line has a digit, or is "<page>": what every page marker has, tested before PAGE_LINE. */
  mayMark: boolean;
}

const DIGIT = /\d/g;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  // Where the next digit stands, found by a native search instead of a test per line.
  let digit = -1;
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (digit < from) {
      DIGIT.lastIndex = from;
      digit = DIGIT.exec(text)?.index ?? text.length + 1;
    }
    const line = text.slice(from, to).trim();
    lines.push({ from, to, text: line, mayMark: digit < to || (line.length === 6 && line.toLowerCase() === '<page>') });
    from = to + 1;
  }
  return lines;
}

/** Index of the next non-blank line after i, or -1. */
function nextText(lines: Line[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (lines[k].text) return k;
  return -1;
}

function prevText(lines: Line[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (lines[k].text) return k;
  return -1;
}

/** Page markers, except a lone number that is a list label split from its "." or ")". */
function pageMarkers(lines: Line[]): number[] {
  const markers: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].mayMark || !isPageLine(lines[i].text)) continue;
    const next = nextText(lines, i);
    if (next >= 0 && LABEL_TAIL.test(lines[next].text)) continue;
    markers.push(i);
  }
  return markers;
}

/**
 * A line that could be a running header or footer: short, title-cased, not ending a clause, no
 * part of a signature block. (A line of a paragraph has lower-case words; two certifications with
 * page breaks at the same place repeat such lines beside their page numbers.)
 */
function headerLike(s: string): boolean {
  return s.length > 0 && s.length <= MAX_HEADER && TITLE_CASED.test(s) && !NOT_HEADER.test(s) && !signatureLine(s);
}

/**
 * Lines that are page furniture: page markers; a header-like line repeated next to two or more of
 * them (a running header), or right before or after one ("Acme Corp. Exhibit 31.1").
 */
function furnitureLines(lines: Line[]): Uint8Array {
  const mark = uint8s(lines.length);
  const markers = pageMarkers(lines);
  for (const m of markers) mark[m] = 1;
  const near = new Map<string, number[]>();
  for (const m of markers) {
    for (let k = Math.max(0, m - NEAR); k <= Math.min(lines.length - 1, m + NEAR); k++) {
      const s = lines[k].text;
      if (mark[k] || !headerLike(s)) continue;
      const at = near.get(s) ?? [];
      if (!at.includes(k)) at.push(k);
      near.set(s, at);
    }
    for (const k of [prevText(lines, m), nextText(lines, m)]) {
      if (k >= 0 && !mark[k] && headerLike(lines[k].text)) mark[k] = 2;
    }
  }
  for (const at of near.values()) if (at.length >= 2) for (const k of at) mark[k] = 1;
  return mark;
}

/** Where a page marker could stand: every one has a digit or "<page>" (a class scans faster than both). */
const CANDIDATE = /[\d<]/g;
/** PAGE_LINE's one form without the word "page": "2", "-2-", "2 of 3". */
const NUMBER_ONLY = /^[-\u2013\u2014]?\s*\d{1,3}\s*[-\u2013\u2014]?(?:\s+of\s+\d{1,3})?$/i;
const PAGE_WORD = /page/i;

/** PAGE_LINE, whose long last form is tried only on lines that say "page" (a line of a paragraph
 * starting "13a-15(f) and ..." would otherwise cost as much as the rest of the page pass). */
function isPageLine(line: string): boolean {
  return NUMBER_ONLY.test(line) || (PAGE_WORD.test(line) && PAGE_LINE.test(line));
}

/** Where the line holding text[at] ends (its line break, or the text's end). */
function lineEnd(text: string, at: number): number {
  const to = text.indexOf('\n', at);
  return to < 0 ? text.length : to;
}

/** Whether any line reads as a page marker: the lines with a candidate in them tested, the rest skipped. */
function anyPageLine(text: string): boolean {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const from = text.lastIndexOf('\n', m.index) + 1;
    const to = lineEnd(text, m.index);
    if (isPageLine(text.slice(from, to).trim())) return true;
    CANDIDATE.lastIndex = to;
  }
  return false;
}

/** The line that starts (past its indent) at text[from], trimmed. */
function lineFrom(text: string, from: number): string {
  return text.slice(from, lineEnd(text, from)).trimEnd();
}

/** The line holding text[at], trimmed. */
function lineAround(text: string, at: number): string {
  return lineFrom(text, text.lastIndexOf('\n', at) + 1).trimStart();
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether token k can open a page marker line: every form but the footer's starts with a digit, a
 * dash, "<" or the word "page" (any non-ASCII character is let through). A label ("4.", "(b)", "1"
 * with its "." on the next line) cannot: a number with "." or ")" after it is none of the forms,
 * and pageMarkers passes over a number whose "." follows on the next line. */
function opensMarker(text: string, t: Tokens, k: number): boolean {
  const c = t.lead[k];
  if (t.label[k]) return false;
  if (isDigit(c) || c === 0x2d || c === 0x3c || c >= 0x80) return true;
  return (c | 0x20) === 0x70 && startsWithAnyCase(text, 'page', t.start[k]);
}

/**
 * anyPageLine, less the lines that cannot be page markers, read from the text's tokens (a few
 * instructions a token where the scan of the text costs ~14 a character). The normalised text's
 * only white space is " " and line breaks, where tokens split, so a line's first character is its
 * first token's lead (or the "." of a split label, see opensMarker); and a line that opens with none
 * of a marker's leads can only be the footer form, which ends in a number that is its last token.
 */
function anyMarkerLine(text: string, t: Tokens): boolean {
  const { count, lineStart, lead, label, start } = t;
  for (let first = 0; first < count;) {
    let last = first;
    while (last + 1 < count && !lineStart[last + 1]) last++;
    // Tokens first..last stand on first's line (after a split label, on the line it ends on).
    if (opensMarker(text, t, first)) {
      if (isPageLine(lineFrom(text, start[first]))) return true;
    } else if (isDigit(lead[last]) && !label[last]) {
      // A footer's page number ("Acme Corp. - Page 2 of 3")?
      if (isPageLine(label[first] ? lineAround(text, start[last]) : lineFrom(text, start[first]))) return true;
    }
    first = last + 1;
  }
  return false;
}

/**
 * The normalised text with page furniture blanked out. Given its tokens (of the text as it is),
 * the lines that may be page markers are found from them instead of a scan of the text.
 */
export function blankFurniture(norm: Normalized, tokens?: Tokens): Normalized {
  const text = norm.text;
  // Most certifications have no page marker: then there is no furniture, and no need to split lines.
  if (!(tokens ? anyMarkerLine(text, tokens) : anyPageLine(text))) return norm;
  const lines = linesOf(text);
  const mark = furnitureLines(lines);
  if (!mark.includes(1)) return norm;
  const chars = text.split('');
  for (let i = 0; i < lines.length; i++) {
    if (!mark[i] || (i > 0 && mark[i - 1])) continue;
    // A run of furniture and blank lines between two lines of text.
    let j = i;
    while (j + 1 < lines.length && (mark[j + 1] || !lines[j + 1].text)) j++;
    const before = prevText(lines, i);
    const after = j + 1 < lines.length ? j + 1 : -1;
    const from = before >= 0 ? lines[before].to : lines[i].from;
    const to = after >= 0 ? lines[after].from : lines[j].to;
    const breaks = before < 0 || after < 0 ? '' : PARAGRAPH_END.test(lines[before].text) ? '\n\n' : '\n';
    for (let k = from; k < to; k++) chars[k] = ' ';
    for (let k = 0; k < breaks.length && from + k < to; k++) chars[from + k] = '\n';
    i = j;
  }
  return { text: chars.join(''), from: norm.from };
}
