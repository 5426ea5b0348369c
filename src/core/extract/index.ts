// Chooses a reader by file name and content, and turns bytes into Extracted text.
import type { Extracted, SourceKind } from '../types.js';
import { decodeText } from './decode.js';
import { InputError } from './errors.js';
import { extractHtml } from './html.js';
import { headText, looksLikeHtml } from './sniff.js';
import { extractText } from './text.js';

export const SUPPORTED_EXTENSIONS = ['.htm', '.html', '.txt', '.docx'];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

export function extensionOf(fileName: string): string {
  const m = /\.[A-Za-z0-9]+$/.exec(fileName);
  return m ? m[0].toLowerCase() : '';
}

/** Which reader a file needs, from its name, else from its first bytes. */
export function kindOf(fileName: string, bytes: Uint8Array): SourceKind {
  const ext = extensionOf(fileName);
  if (ext === '.docx' || startsWith(bytes, ZIP)) return 'docx';
  if (ext === '.htm' || ext === '.html' || ext === '.xhtml') return 'html';
  if (ext === '.txt') return 'text';
  return looksLikeHtml(headText(bytes)) ? 'html' : 'text';
}

export async function extract(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  if (bytes.length === 0) throw new InputError('empty file');
  if (startsWith(bytes, OLE)) {
    // An OLE compound file: a legacy .doc, or an Office file encrypted with a password.
    const utf16 = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (utf16.includes('EncryptedPackage')) throw new InputError('password-protected (encrypted) Word document: remove the password and save it again');
    throw new InputError('legacy Word 97-2003 .doc format, not .docx: save it as .docx');
  }
  const kind = kindOf(fileName, bytes);
  if (kind === 'docx') {
    const { extractDocx } = await import('./docx.js');
    return extractDocx(bytes);
  }
  const { text } = decodeText(bytes);
  if (text.trim() === '') throw new InputError('empty file (only white space)');
  return kind === 'html' ? extractHtml(text) : extractText(text);
}
