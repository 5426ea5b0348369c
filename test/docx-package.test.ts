// The .docx package as the one-pass reader opens it: only the parts it needs are inflated, each
// bounded whatever its zip header declares; stored parts; and what Word makes rather than stores as
// text (check boxes, symbols), read as mammoth read them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../src/core/extract/docx.js';
import { InputError } from '../src/core/extract/errors.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (name: string) => new Uint8Array(readFileSync(join(root, 'test/fixtures/docx', name)));
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

/** A minimal package around a body. */
function document(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:w14="${W14}"><w:body>${body}</w:body></w:document>`;
}

async function docx(files: Record<string, string | Uint8Array>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression });
}

/** Rewrites the unpacked size an entry declares, in its local header and in the central directory. */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  const matches = (at: number) => nameBytes.every((b, i) => out[at + i] === b);
  let patched = 0;
  for (let at = 0; at + 4 <= out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50 && view.getUint16(at + 26, true) === nameBytes.length && matches(at + 30)) { view.setUint32(at + 22, size, true); patched++; }
    if (sig === 0x02014b50 && view.getUint16(at + 28, true) === nameBytes.length && matches(at + 46)) { view.setUint32(at + 24, size, true); patched++; }
  }
  expect(patched).toBe(2);
  return out;
}

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe('parts inflated only when needed, never past the bound', () => {
  it('a main document that declares 1 KB but unpacks to 40 MB is stopped at 16 MB', async () => {
    const body = new Uint8Array(40 * 1048576).fill(0x20);
    const bomb = declareSize(await docx({ 'word/document.xml': body }), 'word/document.xml', 1024);
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().rss;
    const err = await refusal(extractDocx(bomb));
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe('.docx part word/document.xml unpacks to more than 16 MB, far more than a certification needs: refused before reading it');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1048576);
  });

  it('an image that lies about its size is never inflated: the certification is read', async () => {
    const image = new JSZip();
    image.file('word/document.xml', document('<w:p><w:r><w:t>I, Jane Q. Doe, certify that:</w:t></w:r></w:p>'));
    image.file('word/media/image1.png', new Uint8Array(60 * 1048576));
    const bytes = declareSize(await image.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 'word/media/image1.png', 10);
    const ext = await extractDocx(bytes);
    expect(ext.source).toBe('I, Jane Q. Doe, certify that:');
  });

  it('a part that redeclares thousands of namespaces on every element is refused, not copied element by element', async () => {
    const many = Array.from({ length: 500 }, (_, i) => `xmlns:n${i}="urn:n${i}"`).join(' ');
    const body = '<w:p xmlns:x="urn:x"/>'.repeat(1000);
    const xml = `<w:document xmlns:w="${W}" ${many}><w:body>${body}</w:body></w:document>`;
    const err = await refusal(extractDocx(await docx({ 'word/document.xml': xml })));
    expect((err as Error).message).toBe('.docx holds more than 250,000 XML namespace bindings, far more than a certification needs: refused before reading it');
  });

  it('reads stored (uncompressed) parts', async () => {
    const ext = await extractDocx(await docx({ 'word/document.xml': document('<w:p><w:r><w:t>stored</w:t></w:r></w:p>') }, 'STORE'));
    expect(ext.source).toBe('stored');
  });

  it('finds the main part and the style sheet through the relationships', async () => {
    const rels = (target: string, type: string) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;
    const styles = `<w:styles xmlns:w="${W}"><w:style w:type="character" w:styleId="Gone"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;
    const ext = await extractDocx(await docx({
      '_rels/.rels': rels('/doc/main.xml', 'officeDocument'),
      'doc/main.xml': document('<w:p><w:r><w:t xml:space="preserve">seen </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Gone"/></w:rPr><w:t>unseen</w:t></w:r></w:p>'),
      'doc/_rels/main.xml.rels': rels('looks.xml', 'styles'),
      'doc/looks.xml': styles,
    }));
    expect(ext.source).toBe('seen unseen');
    expect(ext.text).toBe('seen ');
    expect(ext.hidden).toEqual([{ kind: 'hidden', how: "Word's hidden formatting (w:vanish)", text: 'unseen', from: 5, to: 11, at: 5 }]);
  });

  it('rejects a package that is not a zip, and one whose directory points past its end', async () => {
    const good = fixture('auto-numbered.docx');
    for (const bytes of [new TextEncoder().encode('PK\u0003\u0004 not really a zip'), good.subarray(0, good.length - 30)]) {
      const err = await refusal(extractDocx(bytes));
      expect((err as Error).message).toBe('corrupt .docx: not a valid zip archive');
    }
  });
});

describe('what Word makes rather than stores as text', () => {
  const read = async (body: string) => (await extractDocx(await docx({ 'word/document.xml': document(body) }))).source.split('\n');

  it('a check box content control: its first text becomes the box', async () => {
    const control = (checked: string) =>
      `<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="${checked}"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>X</w:t></w:r></w:sdtContent></w:sdt>`;
    expect(await read(`<w:p>${control('1')}<w:r><w:t xml:space="preserve"> Annual report</w:t></w:r></w:p><w:p>${control('0')}</w:p>`))
      .toEqual(['\u2612 Annual report', '\u2610']);
  });

  it('a FORMCHECKBOX field: its default, or its checked state', async () => {
    const field = (box: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox>${box}</w:checkBox></w:ffData></w:fldChar></w:r>` +
      '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    expect(await read(`<w:p>${field('<w:default w:val="1"/>')}</w:p><w:p>${field('<w:checked w:val="0"/><w:default/>')}</w:p><w:p>${field('')}</w:p>`))
      .toEqual(['\u2612', '\u2610', '\u2610']);
  });

  it('symbols in dingbat fonts, and field codes that are not text', async () => {
    expect(await read('<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:sym w:font="Nowhere" w:char="41"/><w:instrText>PAGE</w:instrText><w:t>x</w:t></w:r></w:p>'))
      .toEqual(['\u{1F5F9}x']); // Wingdings F0FE: BALLOT BOX WITH BOLD CHECK, as mammoth read it
  });
});
