// Invisible and lookalike characters inside words (SOX025): the comparison reads through them, the
// rule names each by code point, in all three readers.
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../src/core/extract/docx.js';
import { lintExtracted } from '../src/core/lint.js';
import type { LintResult } from '../src/core/types.js';
import { canonical, edit, FILL, lintSource, render, slice } from './support/certs.js';
import { toDocx } from './support/docx.js';

function found(r: LintResult, source: string): [string, string | null, string, string][] {
  return r.messages.map((m) => [m.ruleId, m.paragraph, slice(source, m), m.message]);
}

describe.each(['text', 'html'] as const)('%s', (kind) => {
  it('a zero width space inside "untrue": one warning at the character, no wording finding', () => {
    const src = render(edit(canonical(), '2', 'untrue', 'unt\u200Brue'), kind);
    const r = lintSource(src, kind);
    expect(found(r, src)).toEqual([
      ['SOX025', '2', '\u200B', 'Paragraph 2: "untrue" contains U+200B ZERO WIDTH SPACE (invisible); searches for "untrue" do not find it'],
    ]);
    expect(r.messages[0].severity).toBe(1);
    expect(r.messages[0].expected).toBe('untrue');
  });

  it('a Cyrillic "е" in "untrue": named, not reported as "untrue" replaced by a word that looks the same', () => {
    const src = render(edit(canonical(), '2', 'untrue', 'untru\u0435'), kind);
    const r = lintSource(src, kind);
    expect(found(r, src)).toEqual([
      ['SOX025', '2', '\u0435', 'Paragraph 2: "untru\u0435" contains U+0435 CYRILLIC SMALL LETTER IE (looks like "e"); searches for "untrue" do not find it'],
    ]);
  });

  it('Greek omicron and a word joiner in one word of 4(d): one finding naming both', () => {
    const src = render(edit(canonical(), '4(d)', 'reasonably likely', 'reas\u03BFn\u2060ably likely'), kind);
    const r = lintSource(src, kind);
    expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.message])).toEqual([
      ['SOX025', '4(d)', 'Paragraph 4(d): "reas\u03BFnably" contains U+03BF GREEK SMALL LETTER OMICRON (looks like "o"), U+2060 WORD JOINER (invisible); searches for "reasonably" do not find it'],
    ]);
  });

  it('a right-to-left override inside paragraph 3, and a word joiner between two spaces (not inside a word)', () => {
    const src = render(edit(edit(canonical(), '3', 'fairly present', 'fairly pre\u202Esent'), '2', 'any untrue', 'any \u2060 untrue'), kind);
    const r = lintSource(src, kind);
    expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.message])).toEqual([
      ['SOX025', '3', 'Paragraph 3: "present" contains U+202E RIGHT-TO-LEFT OVERRIDE (invisible); searches for "present" do not find it'],
    ]);
  });

  it('a name in Cyrillic letters only is a name, not a lookalike', () => {
    const src = render(canonical().map((p) => (p.id === 'intro' ? { ...p, text: p.text.replace(FILL.officer, '\u0418\u0432\u0430\u043D \u041F\u0435\u0442\u0440\u043E\u0432') } : p)), kind);
    expect(lintSource(src, kind).messages.filter((m) => m.ruleId === 'SOX025')).toEqual([]);
  });
});

it('HTML: a zero width space written as an entity is placed on the entity', () => {
  const src = render(canonical(), 'html').replace('untrue', 'un&#8203;true');
  const r = lintSource(src, 'html');
  expect(found(r, src)).toEqual([
    ['SOX025', '2', '&#8203;', 'Paragraph 2: "untrue" contains U+200B ZERO WIDTH SPACE (invisible); searches for "untrue" do not find it'],
  ]);
});

it('.docx: a Cyrillic "о" in "report" of paragraph 5(a), placed on the Word paragraph', async () => {
  const ext = await extractDocx(await toDocx(edit(canonical(), '5(a)', 'summarize and report', 'summarize and rep\u043Ert')));
  const r = lintExtracted(ext, 'ex31.docx');
  expect(found(r, ext.source)).toEqual([
    ['SOX025', '5(a)', '\u043E', 'Paragraph 5(a): "rep\u043Ert" contains U+043E CYRILLIC SMALL LETTER O (looks like "o"); searches for "report" do not find it'],
  ]);
  expect(r.messages[0].line).toBe(12);
});
