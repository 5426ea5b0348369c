// Chooses a reader by file name and content, and turns bytes into Extracted text. The HTML and
// .docx readers are loaded when first needed: a text certification needs neither, and the HTML
// parser's start-up (its entity tables) is a good part of a one-file lint's.
import type { Extracted, SourceKind } from '../types.js';
import { decodeText } from './decode.js';
import { InputError } from './errors.js';
import { headText, isOleCompound, isZip, looksLikeHtml } from './sniff.js';
import { extractText } from './text.js';

/** File name extensions soxlint reads when walking a folder. */
export const SUPPORTED_EXTENSIONS = ['.htm', '.html', '.txt', '.docx'];

/**
 * A file name's extension, lower case with its dot (".htm"), or "" when it has none: the last dot and
 * the ASCII letters and digits after it to the end. A scan rather than a pattern: a folder walk asks
 * this of every name it finds, before any worker can lint (a cold pattern costs ~0.7 us a name).
 */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0 || dot === fileName.length - 1) return '';
  for (let i = dot + 1; i < fileName.length; i++) {
    const c = fileName.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue; // a digit
    const lower = c | 0x20; // a letter either case, as its lower case
    if (lower < 0x61 || lower > 0x7a) return '';
  }
  return fileName.slice(dot).toLowerCase();
}

/** How much of a file's start is looked at to tell HTML from text. */
export const SNIFF_CHARS = 2048;

/** The reader a file name asks for, or null when the name does not tell. */
export function kindByName(fileName: string): SourceKind | null {
  const extension = extensionOf(fileName);
  if (extension === '.docx') return 'docx';
  if (extension === '.htm' || extension === '.html' || extension === '.xhtml') return 'html';
  if (extension === '.txt') return 'text';
  return null;
}

/** Which reader a file needs, from its name, else from its first bytes. */
export function kindOf(fileName: string, bytes: Uint8Array): SourceKind {
  if (isZip(bytes)) return 'docx';
  const byName = kindByName(fileName);
  if (byName) return byName;
  return looksLikeHtml(headText(bytes)) ? 'html' : 'text';
}

/** The .docx reader, loaded on the first .docx (resolving the import again cost each later one ~3%). */
let docxReader: Promise<typeof import('./docx.js')> | undefined;
/** The HTML reader, likewise on the first HTML file. */
let htmlReader: Promise<typeof import('./html.js')> | undefined;

/**
 * Reads a file's bytes with the reader its name or content asks for (.docx, HTML, text). Throws an
 * InputError (one line) for input that cannot be read: empty, a legacy .doc, an encrypted file, ...
 */
export async function extract(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  if (bytes.length === 0) throw new InputError('empty file');
  if (isOleCompound(bytes)) {
    const utf16 = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (utf16.includes('EncryptedPackage')) throw new InputError('password-protected (encrypted) Word document: remove the password and save it again');
    throw new InputError('legacy Word 97-2003 .doc format, not .docx: save it as .docx');
  }
  const kind = kindOf(fileName, bytes);
  if (kind === 'docx') {
    const { extractDocx } = await (docxReader ??= import('./docx.js'));
    return extractDocx(bytes);
  }
  const { text } = decodeText(bytes);
  if (text.trim() === '') throw new InputError('empty file (only white space)');
  if (kind === 'text') return extractText(text);
  const { extractHtml } = await (htmlReader ??= import('./html.js'));
  return extractHtml(text);
}
