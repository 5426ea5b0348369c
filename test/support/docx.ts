// Builds real .docx certifications with the `docx` package, for tests of the .docx reader through
// the linter. Paragraph text may mark runs: "⟦h:not ⟧" hidden (w:vanish), "⟦s:not ⟧" struck
// through (w:strike), "⟦c:not ⟧" in the character style "Secret" (hidden by the style sheet).
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { SIGNATURE, type Para } from './certs.js';

const MARK = /⟦([hsc]):([^⟧]*)⟧/g;

function runs(text: string): TextRun[] {
  const out: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > at) out.push(new TextRun(text.slice(at, m.index)));
    const [, kind, t] = m;
    out.push(kind === 'h' ? new TextRun({ text: t, vanish: true }) : kind === 's' ? new TextRun({ text: t, strike: true }) : new TextRun({ text: t, style: 'Secret' }));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(new TextRun(text.slice(at)));
  return out;
}

/** One Word paragraph per certification paragraph (typed labels and a tab), then the signature lines. */
export async function toDocx(paras: Para[], signature: string[] = SIGNATURE): Promise<Uint8Array> {
  const children = [
    new Paragraph({ children: [new TextRun('CERTIFICATION')] }),
    ...paras.map((p) => new Paragraph({ children: p.label ? [new TextRun(`${p.label}\t`), ...runs(p.text)] : runs(p.text) })),
    ...signature.map((line) => new Paragraph({ children: runs(line) })),
  ];
  const doc = new Document({
    styles: { characterStyles: [{ id: 'Secret', name: 'Secret', run: { vanish: true } }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The same markers as HTML: hidden by an inline style, struck with <s>, hidden by font-size:0. */
export function markersToHtml(html: string): string {
  return html.replace(MARK, (_, kind: string, t: string) =>
    kind === 'h' ? `<span style="display:none">${t}</span>` : kind === 's' ? `<s>${t}</s>` : `<span style="font-size:0pt">${t}</span>`);
}
