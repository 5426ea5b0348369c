// Certifications are found by their body (paragraph 1), so a damaged opening neither hides a
// certification nor reads as "intro is missing"; the block after the last present paragraph is the
// signature block even when trailing paragraphs are left out.
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../src/core/extract/docx.js';
import { lintExtracted } from '../src/core/lint.js';
import type { LintResult } from '../src/core/types.js';
import { canonical, edit, lintSource, render, SIGNATURE, slice, without, type Para } from './support/certs.js';
import { toDocx } from './support/docx.js';

const CFO_SIGNATURE = ['Date: February 27, 2026', '/s/ John Roe', 'John Roe', 'Chief Financial Officer'];
const cfo = () => edit(canonical(), 'intro', 'Jane Q. Doe', 'John Roe');

function found(r: LintResult, src: string): [string, string | null, string][] {
  return r.messages.map((m) => [m.ruleId, m.paragraph, slice(src, m)]);
}

const DAMAGED: [string, string, string, [string, string | null, string][]][] = [
  ['commas and "that" missing', 'I, John Roe, certify that:', 'I John Roe certify:', [['SOX022', 'intro', 'I John Roe certify:'], ['SOX004', 'intro', '']]],
  ['"certify that" missing', 'I, John Roe, certify that:', 'I, John Roe:', [['SOX004', 'intro', 'John Roe:']]],
  ['a word inserted', 'I, John Roe, certify that:', 'I, John Roe, do certify that:', [['SOX004', 'intro', 'do']]],
];

describe.each(['text', 'html'] as const)('%s: two certifications, the second one\'s opening damaged', (kind) => {
  it.each(DAMAGED)('%s: both found, the damage reported in the second one\'s opening', (_name, from, to, expected) => {
    const first = render(canonical(), kind);
    const second = render(edit(cfo(), 'intro', from, to), kind, { signature: CFO_SIGNATURE });
    const src = kind === 'text' ? `${first}\n\n${second}` : first.replace('</body></html>\n', second.replace(/^<html><head>.*?<body>\n/s, ''));
    const r = lintSource(src, kind);
    expect(r.certifications.map((c) => c.signer)).toEqual(['Jane Q. Doe', 'John Roe']);
    expect(found(r, src)).toEqual(expected);
    expect(r.messages.every((m) => m.line > r.certifications[1].line - 1)).toBe(true);
  });
});

describe.each(['text', 'html'] as const)('%s: one certification', (kind) => {
  it('a changed word in the opening is reported at that word', () => {
    const src = render(edit(canonical(), 'intro', 'certify that:', 'certify this:'), kind);
    const r = lintSource(src, kind);
    expect(found(r, src)).toEqual([['SOX004', 'intro', 'this:']]);
    expect(r.messages[0].message).toBe('Paragraph intro: "that" replaced by "this"');
  });

  it('"I Jane Q. Doe certify:" is an opening with its differences, not a missing paragraph', () => {
    const src = render(edit(canonical(), 'intro', 'I, Jane Q. Doe, certify that:', 'I Jane Q. Doe certify:'), kind);
    const r = lintSource(src, kind);
    expect(r.messages.map((m) => [m.ruleId, m.paragraph])).toEqual([['SOX022', 'intro'], ['SOX004', 'intro']]);
    expect(r.certifications[0].officer).toBe('Jane Q. Doe');
  });

  it('a damaged joint opening ("We Jane Q. Doe and John Roe certify:") is found by "We have reviewed"', () => {
    const joint = edit(edit(canonical(), 'intro', 'I, Jane Q. Doe, certify that:', 'We Jane Q. Doe and John Roe certify:'), '1', 'I have reviewed', 'We have reviewed');
    const r = lintSource(render(joint, kind), kind);
    expect(r.certifications).toHaveLength(1);
    // The joint-certification finding claims the opening's differences.
    expect(r.messages.map((m) => [m.ruleId, m.paragraph])).toEqual([['SOX010', 'intro']]);
  });

  it('no opening at all is still "intro is missing"', () => {
    const r = lintSource(render(without(canonical(), 'intro'), kind), kind);
    expect(r.messages.map((m) => [m.ruleId, m.paragraph])).toEqual([['SOX002', 'intro']]);
  });
});

describe('the signature block after omitted trailing paragraphs', () => {
  const DATE_FIRST = ['February 27, 2026', '/s/ Jane Q. Doe', 'Jane Q. Doe', 'Chief Executive Officer'];
  const cases: [string, string[]][] = [['5(b) left out', ['5(b)']], ['5 and its sub-paragraphs left out', ['5', '5(a)', '5(b)']]];

  it.each(cases)('text, the date on the line after the last paragraph: %s', (_name, omit) => {
    const src = render(without(canonical(), ...omit), 'text', { signature: DATE_FIRST }).replace(/\n\nFebruary 27/, '\nFebruary 27');
    const r = lintSource(src, 'text');
    expect(r.messages.map((m) => [m.ruleId, m.paragraph])).toEqual(omit.map((id) => ['SOX002', id]));
    expect(r.certifications[0]).toMatchObject({ date: 'February 27, 2026', signer: 'Jane Q. Doe', title: 'Chief Executive Officer' });
  });

  it.each(cases)('HTML, the signature block <br>-separated after the last paragraph: %s', (_name, omit) => {
    const html = render(without(canonical(), ...omit), 'html', { signature: DATE_FIRST }).replace(/(<\/font>)<\/td><\/tr><\/table>\n<p>(February 27)/, '$1<br>$2');
    expect(html).toContain('<br>February 27');
    const r = lintSource(html, 'html');
    expect(r.messages.map((m) => [m.ruleId, m.paragraph])).toEqual(omit.map((id) => ['SOX002', id]));
    expect(r.certifications[0]).toMatchObject({ date: 'February 27, 2026', signer: 'Jane Q. Doe' });
  });
});

it('.docx: two certifications, the second one\'s opening without "certify that"', async () => {
  const signed = SIGNATURE.map((text): Para => ({ id: 'signature', label: '', text }));
  const paras: Para[] = [...canonical(), ...signed, ...edit(cfo(), 'intro', 'I, John Roe, certify that:', 'I, John Roe:')];
  const ext = await extractDocx(await toDocx(paras, CFO_SIGNATURE));
  const r = lintExtracted(ext, 'ex31.docx');
  expect(r.certifications).toHaveLength(2);
  expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.line, slice(ext.source, m)])).toEqual([['SOX004', 'intro', 19, 'John Roe:']]);
});

it.each(['text', 'html'] as const)('an opener inside an opening ("I, Jane Q. Doe and / We, certify that:") starts no second certification (%s)', (kind) => {
  const src = render(edit(canonical(), 'intro', 'I, Jane Q. Doe, certify that:', 'I, Jane Q. Doe and\nWe, certify that:'), kind);
  const r = lintSource(src, kind);
  expect(r.certifications).toHaveLength(1);
  expect(r.messages).toEqual([]);
});
