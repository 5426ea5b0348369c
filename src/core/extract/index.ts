// Chooses a reader by file name and content, and turns bytes into Extracted text.
import type { Extracted, SourceKind } from '../types.js';
import { decodeText } from './decode.js';
import { InputError } from './errors.js';
import { extractHtml } from './html.js';
import { headText, isOleCompound, isZip, looksLikeHtml } from './sniff.js';
import { extractText } from './text.js';

/** File name extensions soxlint reads when walking a folder. */
export const SUPPORTED_EXTENSIONS = ['.htm', '.html', '.txt', '.docx'];

/** A file name's extension, lower case with its dot (".htm"), or "" when it has none. */
export function extensionOf(fileName: string): string {
  const m = /\.[A-Za-z0-9]+$/.exec(fileName);
  return m ? m[0].toLowerCase() : '';
}

/** How much of a file's start is looked at to tell HTML from text. */
const SNIFF_CHARS = 2048;

/** The reader a file name asks for, or null when the name does not tell. */
function kindByName(fileName: string): SourceKind | null {
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

/**
 * Text already decoded (a JavaScript string) to Extracted: HTML or plain text, by name, else by
 * content. A .docx is read from its bytes (`extract`).
 */
export function extractString(text: string, fileName: string): Extracted {
  if (text.length === 0) throw new InputError('empty file');
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a byte order mark is not text
  if (source.trim() === '') throw new InputError('empty file (only white space)');
  const kind = kindByName(fileName) ?? (looksLikeHtml(source.slice(0, SNIFF_CHARS)) ? 'html' : 'text');
  if (kind === 'docx') throw new InputError('a .docx is read from its bytes, not from a string');
  return kind === 'html' ? extractHtml(source) : extractText(source);
}

/** The .docx reader, loaded on the first .docx (resolving the import again cost each later one ~3%). */
let docxReader: Promise<typeof import('./docx.js')> | undefined;

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
  return kind === 'html' ? extractHtml(text) : extractText(text);
}
