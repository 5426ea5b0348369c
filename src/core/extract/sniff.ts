// The one input sniffer: what a file is from its first bytes. Every reader and the command line ask
// here (before, the command line, the submission reader, the main-document reader and --filing each
// had their own patterns). Bytes in, nothing from Node: browser-safe.

/** How many first bytes the sniffers look at. */
export const SNIFF_BYTES = 4096;

/** Made when first used, then kept: with a decoder per file, every worker also compiled TextDecoder's constructor. */
let latin1: TextDecoder | undefined;

/** The first bytes as text, one character per byte (the tags sniffed for are ASCII). */
export function headText(bytes: Uint8Array, n = SNIFF_BYTES): string {
  return (latin1 ??= new TextDecoder('latin1')).decode(bytes.subarray(0, n));
}

/** HTML (or XHTML, inline XBRL, an EDGAR-wrapped document) rather than plain text. */
const HTML = /^\s*<(?:\?xml|!doctype)|<(?:html|body|p|div|table|font|br|xbrl|document)\b/i;

/** Whether text (the start of a document) is HTML rather than plain text. */
export function looksLikeHtml(head: string): boolean {
  return HTML.test(head.slice(0, SNIFF_BYTES));
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** A zip archive (a .docx, whatever its name). */
export function isZip(firstBytes: Uint8Array): boolean {
  return startsWith(firstBytes, ZIP);
}

/** An OLE compound file: a legacy Word .doc, or an Office file encrypted with a password. */
export function isOleCompound(firstBytes: Uint8Array): boolean {
  return startsWith(firstBytes, OLE);
}

/** Where the content starts: after a UTF-8 byte order mark and white space. */
function contentStart(bytes: Uint8Array): number {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return i;
}

function startOf(bytes: Uint8Array): string {
  return headText(bytes.subarray(contentStart(bytes)), 2048);
}

/** The letter after the "<" that opens each submission pattern below, lower case (s, i, d). */
const OPENING_LETTERS = [0x73, 0x69, 0x64];

/** An EDGAR complete submission (with its SEC header), or one EDGAR-wrapped document. */
export function isSubmission(firstBytes: Uint8Array): boolean {
  // Every file read is asked this: most are told apart by their first two bytes, without decoding a
  // head (a text or HTML certification opens with a letter, "<html", "<!DOCTYPE" ...) or compiling
  // either pattern (a pattern's first use is a compile, a share of a one-file lint's start).
  const i = contentStart(firstBytes);
  if (firstBytes[i] !== 0x3c || !OPENING_LETTERS.includes(firstBytes[i + 1] | 0x20)) return false;
  const head = headText(firstBytes.subarray(i), 2048);
  if (/^<(?:SEC-DOCUMENT|SEC-HEADER|IMS-DOCUMENT|IMS-HEADER|SUBMISSION)>/i.test(head)) return true;
  // A <DOCUMENT> whose next lines are EDGAR's <TYPE>, <SEQUENCE>, <FILENAME> tags.
  return /^<DOCUMENT>[ \t]*\r?\n(?:[ \t]*<(?:SEQUENCE|FILENAME|DESCRIPTION)>[^\n]*\r?\n){0,3}[ \t]*<TYPE>[^<\n]*\S/i.test(head);
}

/** A complete submission (a filing of its own), not one EDGAR-wrapped document. */
export function isWholeSubmission(firstBytes: Uint8Array): boolean {
  return isSubmission(firstBytes) && !/^<DOCUMENT>/i.test(startOf(firstBytes));
}
