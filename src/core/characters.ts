// Characters a reader cannot see or cannot tell from a Latin letter: their Unicode names, and the
// Latin letter each lookalike passes for. One table for the normaliser and the rule that reports them.

/** Invisible format characters: zero-width ones and bidirectional controls. */
export const INVISIBLE_NAMES: ReadonlyMap<number, string> = new Map([
  [0x061c, 'ARABIC LETTER MARK'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
]);

/** Cyrillic and Greek letters that look like a Latin one: [code point, Latin letter, Unicode name]. */
const LOOKALIKES: [number, string, string][] = [
  [0x0405, 'S', 'CYRILLIC CAPITAL LETTER DZE'],
  [0x0406, 'I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
  [0x0408, 'J', 'CYRILLIC CAPITAL LETTER JE'],
  [0x0410, 'A', 'CYRILLIC CAPITAL LETTER A'],
  [0x0412, 'B', 'CYRILLIC CAPITAL LETTER VE'],
  [0x0415, 'E', 'CYRILLIC CAPITAL LETTER IE'],
  [0x041a, 'K', 'CYRILLIC CAPITAL LETTER KA'],
  [0x041c, 'M', 'CYRILLIC CAPITAL LETTER EM'],
  [0x041d, 'H', 'CYRILLIC CAPITAL LETTER EN'],
  [0x041e, 'O', 'CYRILLIC CAPITAL LETTER O'],
  [0x0420, 'P', 'CYRILLIC CAPITAL LETTER ER'],
  [0x0421, 'C', 'CYRILLIC CAPITAL LETTER ES'],
  [0x0422, 'T', 'CYRILLIC CAPITAL LETTER TE'],
  [0x0425, 'X', 'CYRILLIC CAPITAL LETTER HA'],
  [0x0430, 'a', 'CYRILLIC SMALL LETTER A'],
  [0x0435, 'e', 'CYRILLIC SMALL LETTER IE'],
  [0x043e, 'o', 'CYRILLIC SMALL LETTER O'],
  [0x0440, 'p', 'CYRILLIC SMALL LETTER ER'],
  [0x0441, 'c', 'CYRILLIC SMALL LETTER ES'],
  [0x0443, 'y', 'CYRILLIC SMALL LETTER U'],
  [0x0445, 'x', 'CYRILLIC SMALL LETTER HA'],
  [0x0455, 's', 'CYRILLIC SMALL LETTER DZE'],
  [0x0456, 'i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
  [0x0458, 'j', 'CYRILLIC SMALL LETTER JE'],
  [0x04bb, 'h', 'CYRILLIC SMALL LETTER SHHA'],
  [0x0501, 'd', 'CYRILLIC SMALL LETTER KOMI DE'],
  [0x0391, 'A', 'GREEK CAPITAL LETTER ALPHA'],
  [0x0392, 'B', 'GREEK CAPITAL LETTER BETA'],
  [0x0395, 'E', 'GREEK CAPITAL LETTER EPSILON'],
  [0x0396, 'Z', 'GREEK CAPITAL LETTER ZETA'],
  [0x0397, 'H', 'GREEK CAPITAL LETTER ETA'],
  [0x0399, 'I', 'GREEK CAPITAL LETTER IOTA'],
  [0x039a, 'K', 'GREEK CAPITAL LETTER KAPPA'],
  [0x039c, 'M', 'GREEK CAPITAL LETTER MU'],
  [0x039d, 'N', 'GREEK CAPITAL LETTER NU'],
  [0x039f, 'O', 'GREEK CAPITAL LETTER OMICRON'],
  [0x03a1, 'P', 'GREEK CAPITAL LETTER RHO'],
  [0x03a4, 'T', 'GREEK CAPITAL LETTER TAU'],
  [0x03a5, 'Y', 'GREEK CAPITAL LETTER UPSILON'],
  [0x03a7, 'X', 'GREEK CAPITAL LETTER CHI'],
  [0x03b1, 'a', 'GREEK SMALL LETTER ALPHA'],
  [0x03b9, 'i', 'GREEK SMALL LETTER IOTA'],
  [0x03bd, 'v', 'GREEK SMALL LETTER NU'],
  [0x03bf, 'o', 'GREEK SMALL LETTER OMICRON'],
];

export const LATIN_LOOKALIKE: ReadonlyMap<number, string> = new Map(LOOKALIKES.map(([c, latin]) => [c, latin]));

/** A Greek or Cyrillic letter (the scripts whose letters pass for Latin ones). */
export function isGreekOrCyrillic(c: number): boolean {
  return (c >= 0x0370 && c <= 0x03ff) || (c >= 0x0400 && c <= 0x052f);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether the word around text[i] (letters, and the invisible characters inside it) holds a Latin letter. */
export function inLatinWord(text: string, i: number): boolean {
  const inWord = (c: number) => isAsciiLetter(c) || isGreekOrCyrillic(c) || INVISIBLE_NAMES.has(c) || c === 0x00ad;
  for (let k = i - 1; k >= 0 && inWord(text.charCodeAt(k)); k--) if (isAsciiLetter(text.charCodeAt(k))) return true;
  for (let k = i + 1; k < text.length && inWord(text.charCodeAt(k)); k++) if (isAsciiLetter(text.charCodeAt(k))) return true;
  return false;
}

/** "U+0435 CYRILLIC SMALL LETTER IE". */
export function describeCharacter(c: number): string {
  const hex = c.toString(16).toUpperCase().padStart(4, '0');
  // A search, not a second map: this runs only for a character reported, and a map is built at every start.
  const name = INVISIBLE_NAMES.get(c) ?? LOOKALIKES.find(([k]) => k === c)?.[2] ?? (c >= 0x0400 ? 'a Cyrillic letter' : 'a Greek letter');
  return `U+${hex} ${name}`;
}
