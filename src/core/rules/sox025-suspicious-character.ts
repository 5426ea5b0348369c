import { describeCharacter, INVISIBLE_NAMES, inLatinWord, isGreekOrCyrillic, LATIN_LOOKALIKE } from '../characters.js';
import { paragraphAt, textSpan } from '../locate.js';
import type { CertificationRule, Declared } from './rule.js';

/** Bidirectional controls reorder what is shown wherever they stand. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const SPACE = /\s/;
/** What the loop below looks at: characters from U+0370 up (most certifications have none; EDGAR
 * HTML's have a "’" in every "registrant's"). */
const BEYOND_LATIN = /[^\0-\u036f]/g;

/** An invisible character next to a word's character, a bidi control anywhere, a lookalike letter in a Latin word. */
function isSuspicious(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (INVISIBLE_NAMES.has(c)) {
    if (BIDI.test(text[i])) return true;
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = i + 1 < text.length ? text[i + 1] : ' ';
    return !SPACE.test(prev) || !SPACE.test(next);
  }
  return isGreekOrCyrillic(c) && /\p{L}/u.test(text[i]) && inLatinWord(text, i);
}

function invisible(s: string): string {
  return [...s].filter((ch) => !INVISIBLE_NAMES.has(ch.charCodeAt(0))).join('');
}

// Invisible and lookalike characters: the comparison reads through them, reviewers' and EDGAR
// full-text searches do not.
export const suspiciousCharacter: Declared<CertificationRule> = {
  id: 'SOX025',
  name: 'suspicious-character',
  severity: 'warning',
  notFixedReason: 'retype the word: the character is invisible or a lookalike from another alphabet',
  description: 'An invisible character or a Greek or Cyrillic lookalike letter inside a word of a certification.',
  scope: 'certification',
  check(cert, context) {
    const { text, start, end } = cert.doc.ext;
    const span = textSpan(cert);
    // A native search from one candidate to the next, not a read of every character after the first
    // (~3.5% of an HTML lint).
    BEYOND_LATIN.lastIndex = span.from;
    for (let m = BEYOND_LATIN.exec(text); m !== null && m.index < span.to; m = BEYOND_LATIN.exec(text)) {
      const i = m.index;
      if (!isSuspicious(text, i)) continue;
      let a = i;
      while (a > 0 && !SPACE.test(text[a - 1])) a--;
      let b = i;
      while (b < text.length && !SPACE.test(text[b])) b++;
      const found: number[] = [];
      for (let k = i; k < b; k++) if (text.charCodeAt(k) >= 0x370 && isSuspicious(text, k)) found.push(k);
      const word = text.slice(a, b).replace(/[,;:.]+$/, '');
      const names = [...new Set(found.map((k) => text.charCodeAt(k)))].map((c) => {
        const latin = LATIN_LOOKALIKE.get(c);
        const what = latin ? `looks like "${latin}"` : INVISIBLE_NAMES.has(c) ? 'invisible' : 'not a Latin letter';
        return `${describeCharacter(c)} (${what})`;
      });
      const paragraph = paragraphAt(cert, i);
      const where = paragraph ? `Paragraph ${paragraph}: ` : '';
      const seen = invisible(word);
      const plain = [...seen].map((ch) => LATIN_LOOKALIKE.get(ch.charCodeAt(0)) ?? ch).join('');
      context.report({
        message: `${where}"${seen}" contains ${names.join(', ')}; searches for "${plain}" do not find it`,
        paragraph,
        range: { from: start[found[0]], to: end[found[found.length - 1]] },
        expected: plain,
        actual: word,
      });
      BEYOND_LATIN.lastIndex = b + 1;
    }
  },
};
