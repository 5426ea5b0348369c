// Properties over many generated layouts: cosmetic differences never make a finding, and any one
// omitted paragraph is always reported as exactly that paragraph.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief, canonical, lintSource, reletter, SIGNATURE, toHtml, without, type Para } from './support/certs.js';

interface Style {
  numberLabel: (n: string) => string;
  letterLabel: (l: string) => string;
  apostrophe: string;
  space: string;
  width: number;
  crlf: boolean;
  indent: string;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  numberLabel: fc.constantFrom((n: string) => `${n}.`, (n: string) => `${n})`, (n: string) => `(${n})`, (n: string) => `${n}.\t`),
  letterLabel: fc.constantFrom((l: string) => `(${l})`, (l: string) => `${l}.`, (l: string) => `${l})`, (l: string) => `(${l}).`),
  apostrophe: fc.constantFrom("'", '\u2019', '\u2018', '`'),
  space: fc.constantFrom(' ', '  ', '\u00a0', ' \t', '\u2002'),
  width: fc.integer({ min: 30, max: 200 }),
  crlf: fc.boolean(),
  indent: fc.constantFrom('', '   ', '\t'),
});

function styledText(paras: Para[], s: Style): string {
  const lines: string[] = ['EXHIBIT 31.1', ''];
  for (const p of paras) {
    const sub = /\(([a-d])\)$/.exec(p.id);
    const label = p.id === 'intro' ? '' : sub ? s.letterLabel(p.label.slice(1, 2)) : s.numberLabel(p.id);
    const text = p.text.replace(/\u2019/g, s.apostrophe);
    const words = (label ? `${label} ${text}` : text).split(' ');
    let line = '';
    for (const w of words) {
      if (line && line.length + w.length + 1 > s.width) { lines.push(s.indent + line); line = w; } else line = line ? line + s.space + w : w;
    }
    lines.push(s.indent + line, '');
  }
  lines.push(...SIGNATURE);
  return lines.join(s.crlf ? '\r\n' : '\n');
}

describe('properties', () => {
  it('spacing, quotes, line breaks and label styles never make a finding', () => {
    fc.assert(fc.property(styleArb, fc.boolean(), (style, html) => {
      const paras = canonical();
      const source = html ? toHtml(paras) : styledText(paras, style);
      const r = lintSource(source, html ? 'html' : 'text');
      expect(brief(r)).toEqual([]);
      expect(r.certifications).toHaveLength(1);
    }), { numRuns: 150 });
  });

  const ids = canonical().map((p) => p.id);

  it('deleting any one paragraph is reported as exactly that paragraph', () => {
    fc.assert(fc.property(fc.constantFrom(...ids), styleArb, fc.boolean(), fc.boolean(), (id, style, html, relettered) => {
      let paras = without(canonical(), id);
      if (relettered) paras = reletter(paras);
      const source = html ? toHtml(paras) : styledText(paras, style);
      const r = lintSource(source, html ? 'html' : 'text');
      expect(brief(r)).toEqual([`SOX002 ${id}`]);
    }), { numRuns: 200 });
  });

  it('every paragraph can be deleted (exhaustive)', () => {
    for (const id of ids) {
      const r = lintSource(styledText(without(canonical(), id), {
        numberLabel: (n) => `${n}.`, letterLabel: (l) => `(${l})`, apostrophe: "'", space: ' ', width: 72, crlf: false, indent: '',
      }), 'text');
      expect(brief(r), id).toEqual([`SOX002 ${id}`]);
    }
  });
});
