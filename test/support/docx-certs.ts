// Real Word documents of test certifications (the `docx` package), the two ways filers number them:
// typed labels ("(b)" and a tab) or Word's automatic numbering. Plus Word's "Accept all" and
// "Reject all" for soxlint's own tracked changes, to read a fixed document both ways.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Tab, TextRun } from 'docx';
import JSZip from 'jszip';
import { SIGNATURE, type Para } from './certs.js';

export type Numbering = 'typed' | 'auto';

const numbering = {
  config: [{
    reference: 'cert',
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 720 } } } },
      { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1440, hanging: 720 } } } },
    ],
  }],
};

function paragraph(p: Para, style: Numbering): Paragraph {
  const sub = p.label.startsWith('(');
  const font = { font: 'Times New Roman', size: 22 };
  if (!p.label) return new Paragraph({ children: [new TextRun({ text: p.text, ...font })] });
  if (style === 'auto') return new Paragraph({ children: [new TextRun({ text: p.text, ...font })], numbering: { reference: 'cert', level: sub ? 1 : 0 } });
  return new Paragraph({
    indent: sub ? { left: 1440, hanging: 720 } : { left: 720, hanging: 720 },
    children: [new TextRun({ text: p.label, ...font }), new TextRun({ children: [new Tab(), p.text], ...font })],
  });
}

export async function toDocx(paras: Para[], style: Numbering = 'typed', signature: string[] = SIGNATURE): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'soxlint tests',
    numbering,
    sections: [{
      headers: { default: new (await import('docx')).Header({ children: [new Paragraph('Exhibit 31.1')] }) },
      children: [
        new Paragraph({ children: [new TextRun({ text: 'CERTIFICATION', bold: true })] }),
        ...paras.map((p) => paragraph(p, style)),
        ...signature.map((l) => new Paragraph(l)),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** document.xml of a .docx. */
export async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

async function withXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('word/document.xml', edit(await zip.file('word/document.xml')!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

const BY = 'w:author="soxlint"';

/** Word's "Reject all" on soxlint's changes: its insertions (and inserted paragraphs) go, its deletions come back. */
export function rejectAll(bytes: Uint8Array): Promise<Uint8Array> {
  return withXml(bytes, (xml) => xml
    .replace(new RegExp(`<w:p>(?:(?!</w:p>).)*?<w:rPr><w:ins [^>]*${BY}[^>]*/>.*?</w:p>`, 'gs'), '')
    .replace(new RegExp(`<w:ins [^>]*${BY}[^>]*>.*?</w:ins>`, 'gs'), '')
    .replace(new RegExp(`<w:del [^>]*${BY}[^>]*/>`, 'g'), '')
    .replace(new RegExp(`<w:del [^>]*${BY}[^>]*>(.*?)</w:del>`, 'gs'), (_, inner: string) => inner.replace(/w:delText/g, 'w:t')));
}

/** Word's "Accept all" on soxlint's changes. */
export function acceptAll(bytes: Uint8Array): Promise<Uint8Array> {
  return withXml(bytes, (xml) => xml
    .replace(new RegExp(`<w:ins [^>]*${BY}[^>]*/>`, 'g'), '')
    .replace(new RegExp(`<w:ins [^>]*${BY}[^>]*>(.*?)</w:ins>`, 'gs'), '$1')
    .replace(new RegExp(`<w:del [^>]*${BY}[^>]*>.*?</w:del>`, 'gs'), '')
    // A paragraph whose mark was deleted joins the next one; its own text is gone already.
    .replace(new RegExp(`<w:p>(?:(?!</w:p>).)*?<w:rPr><w:del [^>]*${BY}[^>]*/>.*?</w:p>`, 'gs'), ''));
}
