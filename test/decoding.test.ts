// Bytes to text, where one wrong guess would change every apostrophe: a stray byte in UTF-8,
// UTF-16 without a byte order mark, CR-only lines in <pre>, Windows-1252 quotes kept in a .docx.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/core/extract/decode.js';
import { extractDocx } from '../src/core/extract/docx.js';
import { extract } from '../src/core/extract/index.js';
import { lintExtracted } from '../src/core/lint.js';
import { canonical, edit, render } from './support/certs.js';
import { toDocx } from './support/docx.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = render(canonical(), 'text');

describe('a UTF-8 file with one stray byte', () => {
  it('keeps its UTF-8; only the stray byte is read as Windows-1252', async () => {
    // "the registrant’s" with a Windows-1252 0x92 for one apostrophe, UTF-8 everywhere else.
    const at = text.indexOf('\u2019');
    const bytes = new Uint8Array([...utf8(text.slice(0, at)), 0x92, ...utf8(text.slice(at + 1))]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { text: decoded, encoding } = decodeText(bytes);
    expect(encoding).toBe('utf-8');
    expect(decoded).toBe(text);
    expect(decoded).not.toContain('\u00e2\u20ac\u2122');
    const r = lintExtracted(await extract(bytes, 'ex31.txt'), 'ex31.txt');
    expect(r.messages).toEqual([]);
  });

  it('a file of Windows-1252 bytes with no UTF-8 in it is still Windows-1252', () => {
    const bytes = Uint8Array.from([...'Caf\u00e9 \u2019'].map((c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0))));
    expect(decodeText(bytes)).toEqual({ text: 'Caf\u00e9 \u2019', encoding: 'windows-1252' });
  });
});

describe('UTF-16 without a byte order mark is text', () => {
  const encode = (s: string, le: boolean) => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 * i + (le ? 0 : 1)] = c & 0xff;
      out[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  };
  it.each([['little-endian', true, 'utf-16le'], ['big-endian', false, 'utf-16be']] as const)('%s', async (_name, le, encoding) => {
    const bytes = encode(text, le);
    expect(decodeText(bytes)).toEqual({ text, encoding });
    expect(lintExtracted(await extract(bytes, 'ex31.txt'), 'ex31.txt').messages).toEqual([]);
  });
});

it('HTML <pre> with CR-only line ends keeps its lines (and its labels)', async () => {
  const html = `<html><body><pre>${text.replace(/\n/g, '\r')}</pre></body></html>`;
  const ext = await extract(utf8(html), 'ex31.htm');
  expect(ext.text).toContain('\n1.  I have reviewed');
  expect(lintExtracted(ext, 'ex31.htm').messages).toEqual([]);
  const edited = html.replace('not contain', 'contain');
  const r = lintExtracted(await extract(utf8(edited), 'ex31.htm'), 'ex31.htm');
  expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.line])).toEqual([['SOX004', '2', 10]]);
});

it('.docx: U+0091-U+0094 are the quotes Word shows', async () => {
  const paras = edit(edit(canonical(), '4', 'The registrant\u2019s other', 'The registrant\u0092s other'), '5', 'the registrant\u2019s board', 'the registrant\u0092s board');
  const ext = await extractDocx(await toDocx(paras));
  expect(ext.text).toContain('The registrant\u2019s other');
  expect(ext.text).not.toMatch(/[\u0091-\u0094]/);
  expect(lintExtracted(ext, 'ex31.docx').messages).toEqual([]);
});
