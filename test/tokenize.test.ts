// The tokenizer (src/core/tokenize.ts, words.ts, labels.ts) against a plain reading of what it
// promises: words split at spaces and line breaks, line and paragraph starts, labels at a line's
// start (also glued to their word, or split from their "." across lines), Registrant/Company keys.
// The tokenizer reads bytes four at a time and remembers keys; this reference reads characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/core/normalize.js';
import { keyOf, spacedWords, tokenize } from '../src/core/tokenize.js';

const LABEL = /^(?:\(?(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})[.)]|\((?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)[.:]?)$/;
const GLUED = /^(\(?(?:\d{1,2}|[a-h])[.)]|\((?:\d{1,2}|[a-h])\))(?=[A-Za-z])/;
const BARE = /^\(?(?:\d{1,2}|[a-hA-H])$/;
const plainKey = (w: string) => (/^(registrant|company)/i.test(w) ? w[0].toLowerCase() + w.slice(1) : w);

function reference(text: string) {
  const out = { key: [] as string[], start: [] as number[], end: [] as number[], lineStart: [] as number[], label: [] as number[], lead: [] as number[] };
  const push = (key: string, s: number, e: number, ls: number, lab: number) => {
    const c = text.charCodeAt(s);
    out.key.push(key); out.start.push(s); out.end.push(e); out.lineStart.push(ls); out.label.push(lab); out.lead.push(c < 0x80 ? c : 0x80);
  };
  const words = /[^ \n]+/g;
  let prevEnd = 0;
  let first = true;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    if (s < prevEnd) continue; // taken by a split label
    const breaks = (text.slice(prevEnd, s).match(/\n/g) ?? []).length;
    let ls = first ? 2 : breaks === 0 ? 0 : breaks === 1 ? 1 : 2;
    first = false;
    let word = m[0];
    let lab = 0;
    if (ls) {
      const glued = GLUED.exec(word);
      const split = /^[ \n]+([.)])(?=[ \n]|$)/.exec(text.slice(e));
      if (glued) {
        push(glued[1], s, s + glued[1].length, ls, 1);
        s += glued[1].length; word = text.slice(s, e); ls = 0;
      } else if (BARE.test(word) && split) {
        e += split[0].length; word += split[1];
      }
      if (ls && LABEL.test(word)) lab = 1;
    }
    push(lab ? word : plainKey(word), s, e, ls, lab);
    prevEnd = e;
  }
  return out;
}

const fields = (t: ReturnType<typeof tokenize>) => ({
  key: t.key, start: [...t.start], end: [...t.end], lineStart: [...t.lineStart], label: [...t.label], lead: [...t.lead],
});

const PIECES = [
  ' ', '  ', '     ', '\n', '\n\n', '\n  \n', '1', '1.', '12)', '(b)', '(b', 'b', '.', ')', ':', '4.The', '(a)Designed', '(12)Word',
  'iv.', '(viii):', 'x)', 'H.', 'I,', 'Registrant', 'REGISTRANT\'s', 'rEgIsTrAnT;', 'Company', 'companies', 'Compan', 'c', 'R',
  'the', 'certify', 'abcdefghijk', 'abcdefghijkl', 'abcdefghijklm', 'internal-control', 'é', 'Ré', 'Cómpany', '\u2019s', '😀',
  '\t', '\0', 'a\u0001b', 'x\u007f', '\u0080', 'ab\u00a0cd',
];

describe('tokenize', () => {
  it('gives the reference tokens for texts made of words, labels, terms and odd characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(fields(tokenize(text))).toEqual(reference(text));
      }),
      { numRuns: 3000, seed: 2026 },
    );
  });

  it('gives the reference tokens for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '1', '.', ')', '(', ' ', '\n', '\0', '\u00e9', 'é', '\u{1F600}'), maxLength: 60 }), (text) => {
        expect(fields(tokenize(text))).toEqual(reference(text));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('reads words of every length up to and past twelve characters, at the text end too', () => {
    for (let len = 1; len <= 17; len++) {
      const w = 'abcdefghijklmnopq'.slice(0, len);
      for (const text of [w, `${w} ${w}\n${w}`, `x ${w}`, `x ${w}\u0001`, `x ${w}é`]) {
        expect(fields(tokenize(text))).toEqual(reference(text));
      }
    }
  });

  it('splits labels from the start of a line only', () => {
    // "4" and its "." on the next line make one label; "(b)" in mid-line is a word.
    const t = tokenize('1.\nI have (b) reviewed\n\n  (c)Designed\n4\n.\nthe Registrant');
    expect(t.key).toEqual(['1.', 'I', 'have', '(b)', 'reviewed', '(c)', 'Designed', '4.', 'the', 'registrant']);
    expect([...t.label]).toEqual([1, 0, 0, 0, 0, 1, 0, 1, 0, 0]);
    expect([...t.lineStart]).toEqual([2, 1, 0, 0, 0, 2, 0, 1, 1, 0]);
    expect([...t.start]).toEqual([0, 3, 5, 10, 14, 26, 29, 38, 42, 46]);
    expect([...t.end]).toEqual([2, 4, 9, 13, 22, 29, 37, 41, 45, 56]);
    expect([...t.lead]).toEqual([0x31, 0x49, 0x68, 0x28, 0x72, 0x28, 0x44, 0x34, 0x74, 0x52]);
  });

  it('gives the form\'s key and the text\'s key as one string', () => {
    const fromForm = keyOf('Registrant\'s');
    const a = tokenize('the Registrant\'s report');
    const b = tokenize('of Registrant\'s');
    expect(a.key[1]).toBe('registrant\'s');
    expect(a.key[1]).toBe(fromForm);
    expect(b.key[1]).toBe(fromForm);
    expect(keyOf('COMPANY')).toBe('cOMPANY');
    expect(keyOf('Company-wide')).toBe('company-wide');
    expect(keyOf('compan')).toBe('compan');
  });

  it('gives the words of a range one space apart where white space parts them (spacedWords)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, '\r\n', '\u2028', '\u3000', '\n4\n.\n', '\n(b \n)\n'), { maxLength: 40 }), (parts) => {
        const text = normalize(parts.join('')).text;
        const t = tokenize(text);
        for (let first = -1; first <= t.count; first++) {
          for (let last = first - 2; last <= Math.min(t.count, first + 12); last++) {
            expect(spacedWords(t, text, first, last)).toBe(text.slice(t.start[first], t.end[last]).replace(/\s+/g, ' '));
          }
        }
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  it('tokenizes a text longer than its scratch space', () => {
    const unit = '1.\nI have reviewed this Registrant report é (b)\n\n  (c) company;\n4.The 2\n.\n';
    const text = unit.repeat(30_000);
    expect(fields(tokenize(text))).toEqual(reference(text));
  });
});
