// Helpers the filing rules (SOX017-SOX021) share: how a certification is named in a message and
// where a finding about it goes.
import type { FilingCertification, FilingInput } from '../../filing/types.js';
import type { Position } from '../../types.js';

/** Maximum days between a certification's date and the filing date. */
export const MAX_DAYS_BEFORE = 30;

/** Where a certification names its report: paragraph 1 of a Section 302 one, the text of a Section 906 one. */
export function namer(c: FilingCertification): string {
  return c.kind === '906' ? 'the Section 906 certification' : 'paragraph 1';
}

/** The paragraph a finding about a certification's report names: "1" of a Section 302 one. */
export function reportParagraph(c: FilingCertification): string | null {
  return c.kind === '302' ? '1' : null;
}

/** "EX-31.2 (ex31-2.htm)": the certification's document, as a message names it. */
export function where(c: FilingCertification): string {
  const doc = c.document ?? c.filePath.split(/[\\/]/).pop()!;
  return `${c.documentType ? `${c.documentType} ` : ''}(${doc})`;
}

/** Where a piece of a certification's wording stands in its file; its first line when not found. */
export function placeOf(c: FilingCertification, needle: string | null, part: 'report' | 'signature'): { filePath: string; document?: string; start: Position; end: Position } {
  const found = needle && c.find ? c.find(needle, part) : null;
  const at = found ?? { start: { line: c.line, column: 1 }, end: { line: c.line, column: 1 } };
  return { filePath: c.filePath, document: c.document, ...at };
}

/** Where findings about the whole filing go: the main document (or the submission header). */
export function mainPlace(input: FilingInput): { filePath: string; document?: string; start: Position; end: Position } {
  const point = { line: input.main.line, column: input.main.column ?? 1 };
  return { filePath: input.main.filePath, document: input.main.document, start: point, end: { ...point } };
}

/** Whether a document type is a Section 906 certification's: Exhibit 32, EX-99.906CERT, a 20-F's Exhibit 13. */
export function is906Document(type: string | undefined, form: string | null): boolean {
  if (!type) return false;
  const t = type.toUpperCase();
  if (/^EX-32\b/.test(t) || /^EX-99\.?.*906/.test(t)) return true;
  return /^EX-13\b/.test(t) && form === '20-F';
}
