// Which staged files `soxlint --staged` (and so the hook) checks. With `files` globs in the config:
// those, and each must hold a certification. Without: those named like a certification exhibit, and
// any other staged .htm, .html, .txt or .docx whose text reads like one (a certification's opening
// or body, or a Section 906 statement), so that "Section 302 Certification - CEO.docx" is not
// committed unchecked; these are checked when they hold one, and are no error when they do not.
import { extract } from '../core/extract/index.js';

/** ex, exh or exhibit; then ".", " ", "-", "_" or nothing (repeated); then 31, 32, 302 or 906: "Ex. 31.1 CEO.docx", "d123dex311.htm". */
export const CERTIFICATION_NAME = /(?:ex|exh|exhibit)[.\s_-]*(?:31|32|302|906)[^/]*\.(?:htm|html|txt|docx)$/i;

/** The kinds of file soxlint reads. */
export const READABLE = /\.(?:htm|html|txt|docx)$/i;

/** Larger files are looked into only when their name says they are a certification. */
export const SNIFF_MAX_BYTES = 4 * 1048576;

/** Words only a certification (or a text about one) holds. */
const CERTIFICATION_WORDS = [
  /\bcertify\b.{0,40}?\bthat\b/is,
  /\bI\s+have\s+reviewed\s+th(?:is|e)\b/i,
  /\buntrue\s+statement\s+of\s+a\s+material\s+fact\b/i,
  /\bcertifying\s+officer/i,
  /\b1350\b/,
  /\bSection\s+906\b/i,
];

export type Selection = 'config' | 'name' | 'content';

/** Why a staged path is a candidate before its content is read, or null when only its content can tell. */
export function selectByPath(path: string, configured: ((path: string) => boolean) | null): Selection | null {
  if (configured?.(path)) return 'config';
  if (configured === null && CERTIFICATION_NAME.test(path)) return 'name';
  return null;
}

/** Whether the file's readable text holds a certification's words; false for what cannot be read. */
export async function readsLikeCertification(bytes: Uint8Array, path: string): Promise<boolean> {
  if (bytes.length === 0 || bytes.length > SNIFF_MAX_BYTES) return false;
  try {
    const { text } = await extract(bytes, path);
    return CERTIFICATION_WORDS.some((re) => re.test(text));
  } catch {
    return false; // not readable as a certification: not this check's business
  }
}
