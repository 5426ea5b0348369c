// Hidden and struck text (SOX024): left out of what is compared, reported where it stands, in the
// HTML and .docx readers (plain text hides nothing). Real .docx files built with the `docx` package.
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../src/core/extract/docx.js';
import { extractHtml } from '../src/core/extract/html.js';
import { lintExtracted } from '../src/core/lint.js';
import type { LintResult } from '../src/core/types.js';
import { canonical, edit, lintSource, render, slice, without } from './support/certs.js';
import { markersToHtml, toDocx } from './support/docx.js';

/** Rule, paragraph and the source the finding covers. */
function found(r: LintResult, source: string): [string, string | null, string][] {
  return r.messages.map((m) => [m.ruleId, m.paragraph, slice(source, m)]);
}

const hiddenNot = () => edit(canonical(), '2', 'does not contain', 'does ⟦h:not ⟧contain');

describe('HTML', () => {
  it('"not" hidden by display:none: paragraph 2 as a reader sees it, and the hidden word', () => {
    const html = markersToHtml(render(hiddenNot(), 'html'));
    const r = lintSource(html, 'html');
    expect(found(r, html)).toEqual([
      ['SOX024', '2', '<span style="display:none">not </span>'],
      ['SOX004', '2', ''],
    ]);
    expect(r.messages[0].message).toBe('Paragraph 2: "not" is hidden by display:none; a reader does not see it, so it is not part of what is certified');
    expect(r.messages[0].severity).toBe(1);
    expect(r.messages[1].message).toBe('Paragraph 2: "not" omitted');
  });

  it.each([
    ['visibility:hidden', '<span style="visibility: hidden">not </span>', 'visibility:hidden'],
    ['font-size:0', '<font style="font-size:0pt">not </font>', 'font-size:0pt'],
    ['white on white', '<font color="#FFFFFF">not </font>', 'white color on a white page'],
    ['white by style', '<span style="color: rgb(255, 255, 255)">not </span>', 'white color on a white page'],
    ['the hidden attribute', '<span hidden>not </span>', 'the hidden attribute'],
  ])('%s', (_name, span, how) => {
    const html = render(canonical(), 'html').replace('does not contain', `does ${span}contain`);
    const r = lintSource(html, 'html');
    expect(found(r, html)).toEqual([['SOX024', '2', span], ['SOX004', '2', '']]);
    expect(r.messages[0].message).toContain(`is hidden by ${how};`);
  });

  it.each([
    ['<del>', '<del>not </del>'],
    ['<s>', '<s>not </s>'],
    ['<strike>', '<strike>not </strike>'],
    ['text-decoration:line-through', '<span style="text-decoration: line-through">not </span>'],
  ])('struck with %s', (how, span) => {
    const html = render(canonical(), 'html').replace('does not contain', `does ${span}contain`);
    const r = lintSource(html, 'html');
    expect(found(r, html)).toEqual([['SOX024', '2', span], ['SOX004', '2', '']]);
    expect(r.messages[0].message).toBe(`Paragraph 2: "not" is struck through (${how}); struck text is not part of what is certified`);
  });

  it('hidden by a class of the document\'s <style> block', () => {
    const html = render(canonical(), 'html')
      .replace('<head>', '<head><style type="text/css">\n/* print */ p.note, .gone { display: none }\n.strong { font-weight: bold }\n</style>')
      .replace('does not contain', 'does <span class="strong gone">not </span>contain');
    const r = lintSource(html, 'html');
    expect(found(r, html)).toEqual([['SOX024', '2', '<span class="strong gone">not </span>'], ['SOX004', '2', '']]);
    expect(r.messages[0].message).toContain('is hidden by display:none;');
    const shown = render(canonical(), 'html').replace('<head>', '<head><style>.gone { display: none }</style>').replace('does not contain', 'does <span class="strong">not </span>contain');
    expect(lintSource(shown, 'html').messages).toEqual([]);
  });

  it('white text on a dark cell is seen: nothing to report', () => {
    const html = render(canonical(), 'html').replace('<td><font size="2">Based on my knowledge, this report', '<td bgcolor="#000080"><font size="2" color="white">Based on my knowledge, this report');
    expect(lintSource(html, 'html').messages).toEqual([]);
  });

  it('the whole of 4(b) hidden: 4(b) is missing, and the hidden paragraph is reported where it stands', () => {
    const html = render(canonical(), 'html');
    const start = html.indexOf('<table', html.indexOf('(a)</font>'));
    const hiddenHtml = html.slice(0, start) + html.slice(start).replace('<table ', '<table style="display:none" ');
    const r = lintSource(hiddenHtml, 'html');
    expect(r.messages.map((m) => [m.ruleId, m.paragraph])).toEqual([['SOX024', '4(b)'], ['SOX002', '4(b)']]);
    expect(r.messages[0].message).toMatch(/^Paragraph 4\(b\): "\(b\) Designed such internal control over financial reporting, .*" is hidden by display:none;/);
    expect(r.errorCount).toBe(1);
  });

  it('hidden text outside any certification is not reported', () => {
    const html = render(canonical(), 'html').replace('<body>', '<body><div style="display:none">Draft 3, not for filing</div>');
    expect(lintSource(html, 'html').messages).toEqual([]);
  });

  it('a hidden EDGAR <TYPE> does not choose the form', () => {
    const body = render(canonical(), 'html').replace(/\n/g, '');
    const shown = extractHtml(`<TYPE>EX-12.1</TYPE>${body}`);
    expect(shown.documentType).toBe('EX-12.1');
    const hidden = extractHtml(`<div style="display:none"><TYPE>EX-12.1</TYPE></div>${body}`);
    expect(hidden.documentType).toBeUndefined();
    const r = lintExtracted(hidden, 'ex31.htm');
    expect(r.certifications.map((c) => c.form)).toEqual(['601b31i']);
    expect(r.messages).toEqual([]);
  });
});

describe('.docx', () => {
  const lintDocx = async (bytes: Uint8Array) => {
    const ext = await extractDocx(bytes);
    return { ext, r: lintExtracted(ext, 'ex31.docx') };
  };

  it('"not" with Word\'s hidden formatting: left out of the text, kept in the source line, reported there', async () => {
    const { ext, r } = await lintDocx(await toDocx(hiddenNot()));
    expect(ext.source.split('\n')[3]).toContain('this report does not contain any');
    expect(ext.text).toContain('this report does contain any');
    expect(found(r, ext.source)).toEqual([['SOX024', '2', 'not '], ['SOX004', '2', '']]);
    expect(r.messages.map((m) => [m.line, m.column])).toEqual([[4, 44], [4, 48]]);
    expect(r.messages[0].message).toBe('Paragraph 2: "not" is hidden by Word\'s hidden formatting (w:vanish); a reader does not see it, so it is not part of what is certified');
  });

  it('struck-through "not"', async () => {
    const { ext, r } = await lintDocx(await toDocx(edit(canonical(), '2', 'does not contain', 'does ⟦s:not ⟧contain')));
    expect(found(r, ext.source)).toEqual([['SOX024', '2', 'not '], ['SOX004', '2', '']]);
    expect(r.messages[0].message).toBe('Paragraph 2: "not" is struck through (Word\'s strikethrough formatting); struck text is not part of what is certified');
  });

  it('hidden through a character style', async () => {
    const { ext, r } = await lintDocx(await toDocx(edit(canonical(), '5(b)', 'whether or not material', 'whether or ⟦c:not ⟧material')));
    expect(found(r, ext.source)).toEqual([['SOX024', '5(b)', 'not '], ['SOX004', '5(b)', '']]);
  });

  it('the whole of 4(b) hidden', async () => {
    const paras = canonical().map((p) => (p.id === '4(b)' ? { ...p, label: '', text: `⟦h:(b)\t${p.text}⟧` } : p));
    const { r } = await lintDocx(await toDocx(paras));
    expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.line])).toEqual([['SOX024', '4(b)', 8], ['SOX002', '4(b)', 9]]);
  });

  it('a compliant .docx with a hidden note after the signature block has nothing to report', async () => {
    const paras = without(canonical());
    const { r } = await lintDocx(await toDocx(paras, ['Date: February 27, 2026', '/s/ Jane Q. Doe', 'Jane Q. Doe', 'Chief Executive Officer', '', '', '⟦h:Internal note: file by March 1⟧']));
    expect(r.messages).toEqual([]);
  });
});

describe('plain text', () => {
  it('hides nothing: the reader reports no hidden text', () => {
    const text = render(canonical(), 'text');
    expect(lintSource(text, 'text').messages).toEqual([]);
  });
});
