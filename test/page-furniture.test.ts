// Page furniture is formatting, found as whole lines at page breaks; the words "of" and "page" inside
// a paragraph are wording like any other (issue 7: "the registrant's of ability" passed).
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../src/core/extract/docx.js';
import { blankFurniture } from '../src/core/furniture.js';
import { lintExtracted } from '../src/core/lint.js';
import { normalize } from '../src/core/normalize.js';
import { tokenize } from '../src/core/tokenize.js';
import { canonical, edit, lintSource, render, slice } from './support/certs.js';
import { toDocx } from './support/docx.js';

const PARAS = ['2', '3', '4', '4(a)', '4(b)', '4(c)', '4(d)', '5', '5(a)', '5(b)'];

describe.each(['text', 'html'] as const)('%s', (kind) => {
  it.each(['of', 'page', 'Page'])('"%s" inserted in the middle of each of paragraphs 2-5(b) is reported there', (word) => {
    for (const id of PARAS) {
      const p = canonical().find((x) => x.id === id)!;
      const words = p.text.split(' ');
      const at = words.length >> 1;
      const text = [...words.slice(0, at), word, ...words.slice(at)].join(' ');
      const src = render(canonical().map((x) => (x.id === id ? { ...x, text } : x)), kind);
      const r = lintSource(src, kind);
      expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.message, slice(src, m)]), id).toEqual([
        ['SOX004', id, `Paragraph ${id}: "${word}" inserted`, word],
      ]);
    }
  });

  it('"the registrant\'s of ability" (5(a))', () => {
    const src = render(edit(canonical(), '5(a)', 'registrant\u2019s ability', 'registrant\u2019s of ability'), kind);
    expect(lintSource(src, kind).messages.map((m) => [m.ruleId, m.paragraph, slice(src, m)])).toEqual([['SOX004', '5(a)', 'of']]);
  });

  it.each([
    ['a lone page number', '2'],
    ['a dashed page number', '- 2 -'],
    ['"Page 2 of 3"', 'Page 2 of 3'],
    ['an EDGAR <PAGE> tag', '<PAGE>'],
    ['a footer ending in the page number', 'Acme Corp. | Exhibit 31.1 | Page 2'],
  ])('%s at a page break inside paragraph 4 is formatting', (_name, footer) => {
    // Text: after paragraph 4's first line; HTML: a <br><br>-separated line inside its cell.
    const src = kind === 'text'
      ? render(canonical(), kind).replace(/^(4\.\s.*)\n/m, `$1\n\n${footer}\n\n`)
      : render(edit(canonical(), '4', 'for the registrant and have:', `for the registrant\n\n${footer}\n\nand have:`), kind);
    expect(src).toContain(footer.replace('<', kind === 'html' ? '&lt;' : '<'));
    expect(lintSource(src, kind).messages).toEqual([]);
  });

  it('a page number between paragraphs 4(a) and 4(b) is formatting', () => {
    const src = render(edit(canonical(), '4(a)', 'being prepared;', 'being prepared;\n\n-2-\n'), kind);
    expect(lintSource(src, kind).messages).toEqual([]);
  });
});

describe('text renderings of EDGAR pages', () => {
  it('a running header repeated at each page break is formatting; the same line once, with no page number beside it, is wording', () => {
    const paged = render(canonical(), 'text').replace(/^\(b\) Designed such internal/m, 'ACME CORP.\n\n2\n\n\f$&').replace(/^5\. /m, 'ACME CORP.\n\n3\n\n$&');
    expect(paged.match(/ACME CORP\./g)).toHaveLength(2);
    expect(lintSource(paged, 'text').messages).toEqual([]);
    const once = render(canonical(), 'text').replace(/^\(b\) Designed such internal/m, 'ACME CORP.\n\n$&');
    const r = lintSource(once, 'text');
    expect(r.messages.map((m) => [m.ruleId, m.paragraph, slice(once, m)])).toEqual([['SOX004', '4(b)', 'ACME CORP.']]);
  });

  it('a page number with a title line beside it ("-2-", then "Acme Corp. Exhibit 31.1") is formatting, once', () => {
    const src = render(canonical(), 'text').replace(/^(4\.\s.*)\n/m, '$1\n\n-2-\n\nAcme Corp. Exhibit 31.1\n\n');
    expect(lintSource(src, 'text').messages).toEqual([]);
    const html = render(canonical(), 'html').replace('<table', '<p align="center">2</p><hr style="page-break-after:always"><p align="right">Acme Corp. Exhibit 31.1</p><table');
    expect(lintSource(html, 'html').messages).toEqual([]);
  });

  it('a line of a paragraph beside a page number stays wording', () => {
    const src = render(canonical(), 'text').replace(/^(4\.\s.*)\n/m, '$1\n\n-2-\n\nand then some\n\n');
    expect(lintSource(src, 'text').messages.map((m) => [m.ruleId, m.paragraph, slice(src, m)])).toEqual([['SOX004', '4', 'and then some']]);
  });

  it('two certifications with a page break at the same place: the lines beside the page numbers are the certifications\' own', () => {
    const one = render(canonical(), 'text').replace(/^(\(b\) Designed such internal.*)\n/m, '$1\n\n-2-\n\n');
    const src = `${one}\n\n${one.replace('Exhibit 31.1', 'Exhibit 31.2')}`;
    expect(src.match(/\n-2-\n/g)).toHaveLength(2);
    const r = lintSource(src, 'text');
    expect(r.certifications).toHaveLength(2);
    expect(r.messages).toEqual([]);
  });

  it('a page footer between a joint opening and paragraph 1: the joint finding only', () => {
    const joint = edit(edit(canonical(), 'intro', 'I, Jane Q. Doe, certify', 'We, Jane Q. Doe and John Roe, certify'), '1', 'I have reviewed', 'We have reviewed');
    const src = render(joint, 'text').replace('certify that:\n', 'certify that:\n\nAcme Corp. Exhibit 31.1 - Page 1 of 2\n');
    expect(lintSource(src, 'text').messages.map((m) => [m.ruleId, m.paragraph])).toEqual([['SOX010', 'intro']]);
  });

  it('a list label split over two lines ("1" then ".") is a label', () => {
    const src = render(canonical(), 'text').replace(/^1\.  /m, '1\n.\n').replace(/^2\.  /m, '2\n\n.\n\n');
    expect(lintSource(src, 'text').messages).toEqual([]);
    const cells = render(canonical(), 'html').replace('<font size="2">1.</font></td>', '<font size="2">1</font></td><td>.</td>');
    expect(cells).toContain('>1</font></td><td>.</td>');
    expect(lintSource(cells, 'html').messages).toEqual([]);
  });
});

it('.docx: "of" inserted in paragraph 3 is reported on its Word paragraph', async () => {
  const ext = await extractDocx(await toDocx(edit(canonical(), '3', 'the periods presented', 'the of periods presented')));
  const r = lintExtracted(ext, 'ex31.docx');
  expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.line, slice(ext.source, m)])).toEqual([['SOX004', '3', 5, 'of']]);
});

it('page lines found from the tokens: the same text blanked as by testing every line with a digit', () => {
  // Labels split over lines or glued to their words, with page markers and footers on their lines.
  const labels = ['1', '(b', 'b', '12', '1.', '(a)', '4.The', 'iv.', '2)', ''];
  const gaps = ['\n', ' ', '\n\n', '  \n ', ''];
  const tails = ['.', ')', '. ', ') ', '.\n', ''];
  const lines = ['', 'Acme - Page 2', 'Acme Corp. | Page 4 of 5', 'Page 3', 'PAGE 3 OF 4', '- 2 -', '\u2013 2 \u2013', '7', '<PAGE>',
    '2 of 3', '3 | Page', 'x 12', 'Exhibit 31.1', 'I have reviewed this report;', 'page 9', 'ACME CORP.', 'Date: May 1, 2024'];
  let seed = 7;
  const pick = <T>(xs: T[]): T => xs[((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % xs.length];
  let blanked = 0;
  for (let n = 0; n < 3000; n++) {
    let s = '';
    for (let l = 0; l < 4; l++) s += pick(labels) + pick(gaps) + pick(tails) + pick(lines) + pick(['\n', '\n\n', ' ', '\t\n']);
    const norm = normalize(s);
    const want = blankFurniture(norm).text;
    if (want !== norm.text) blanked++;
    expect(blankFurniture(norm, tokenize(norm.text)).text, JSON.stringify(s)).toBe(want);
  }
  expect(blanked).toBeGreaterThan(1000);
});

