// A certification already decoded (a JavaScript string) to Extracted. Its own module, so that the
// HTML reader it calls synchronously is not loaded with extract/index.ts (see there). Browser-safe.
import type { Extracted } from '../types.js';
import { InputError } from './errors.js';
import { extractHtml } from './html.js';
import { SNIFF_CHARS, kindByName } from './index.js';
import { looksLikeHtml } from './sniff.js';
import { extractText } from './text.js';

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
