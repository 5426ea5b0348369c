// In a .docx, stylish shows a finding's place as Word users find it: "paragraph 5" and the
// paragraph's opening words; JSON keeps line = paragraph number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/extract/index.js';
import { formatJson } from '../src/core/formatters/json.js';
import { formatStylish } from '../src/core/formatters/stylish.js';
import { lintExtracted } from '../src/core/lint.js';
import { openingWords } from '../src/core/paragraph-places.js';

const file = join(import.meta.dirname, 'fixtures/docx/manual-numbers.docx');

describe('places in a .docx', () => {
  it('stylish names the paragraph and its opening words; JSON keeps line = paragraph number', async () => {
    const ext = await extract(readFileSync(file), 'manual-numbers.docx');
    const r = lintExtracted(ext, 'manual-numbers.docx');
    expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.line])).toEqual([['SOX003', '4', 5], ['SOX002', '4(b)', 7]]);
    const out = formatStylish([r], { color: false });
    expect(out).toContain('certification at paragraph 1: form 601b31i');
    expect(out).toMatch(/ {2}paragraph 5 "4\. The registrant.s other certifying officer\(s\) \.\.\." +error +Paragraph 4 omits/);
    expect(out).toMatch(/ {2}paragraph 7 "\(b\) Evaluated the effectiveness of the \.\.\." +error +Paragraph 4\(b\) is missing/);
    const json = JSON.parse(formatJson([r]));
    expect(json[0].messages.map((m: { line: number }) => m.line)).toEqual([5, 7]);
  });

  it('text and HTML keep line:column', async () => {
    const ext = await extract(new TextEncoder().encode('I, Jane Doe, certify that:\n\nRevenue grew.\n'), 'x.txt');
    const r = lintExtracted(ext, 'x.txt');
    expect(r.lineUnit).toBeUndefined();
    expect(r.messages.every((m) => m.excerpt === undefined)).toBe(true);
  });

  it('opening words are cut after six words or 48 characters', () => {
    expect(openingWords('Designed such disclosure controls and procedures, or caused')).toBe('Designed such disclosure controls and ...');
    expect(openingWords('Date: 2/27/2026')).toBe('Date: 2/27/2026');
  });
});
