// A word's comparison key: the word itself, except that capitalising the form's own terms for the
// filer ("Registrant", "Company") is cosmetic.

/** The form's own terms whose capitalisation is cosmetic, by their first letter. */
const TERMS = ['registrant', 'company'];
const termFor = (lower: number): string | null => (lower === 0x72 ? TERMS[0] : lower === 0x63 ? TERMS[1] : null);

/** Whether `text` has `lower` (lower-case ASCII letters) in any case at `at`, as an /i pattern would
 * (its non-Unicode case folding maps no other character to an ASCII letter). */
export function startsWithAnyCase(text: string, lower: string, at = 0): boolean {
  if (text.length - at < lower.length) return false;
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== lower.charCodeAt(k)) return false;
  return true;
}

/**
 * The comparison key: the word itself, except that capitalising the form's own terms for the filer
 * ("Registrant", "Company") is cosmetic. Compared letter by letter: a pattern per word costs more.
 */
export function keyOf(word: string): string {
  const term = termFor(word.charCodeAt(0) | 0x20);
  return term !== null && startsWithAnyCase(word, term) ? word[0].toLowerCase() + word.slice(1) : word;
}

/** keyOf of the word at bytes i..j of `codes` (the text's bytes: tokenize.ts), read from the bytes. */
export function keyAt(codes: Uint8Array, i: number, j: number, word: string): string {
  const term = termFor(codes[i] | 0x20);
  if (term === null || j - i < term.length) return word;
  for (let k = 1; k < term.length; k++) if ((codes[i + k] | 0x20) !== term.charCodeAt(k)) return word;
  return word[0].toLowerCase() + word.slice(1);
}
