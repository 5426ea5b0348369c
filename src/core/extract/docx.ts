// Word .docx to text. Positions are paragraph numbers: `source` holds one line per Word paragraph
// (in document order, table cells' paragraphs and empty paragraphs included), and `text` the same
// paragraphs with a blank line between them, each character mapped one to one onto `source`.
//
// The package is opened once and only the parts needed are inflated, once each, bounded: the
// relationships, the style sheet, the comments and the main document. The main document is read in
// one saxes pass (docx/document-pass.ts) that gives what Word shows with all changes accepted, as
// mammoth reads it (insertions kept, deletions dropped), the runs Word hides or strikes through (left
// out of the text, kept as hidden text for SOX024), and the unaccepted revisions and comments, kept on
// the paragraphs where they stand (SOX014).
// Browser-safe: nothing from node:*.
import type { Extracted } from '../types.js';
import { Count } from './docx/bounds.js';
import { DocumentPass } from './docx/document-pass.js';
import { layout, paragraphString, ParagraphBuilder } from './docx/paragraphs.js';
import { foundRevisions, MarkupReader, type FoundComment } from './docx/revisions.js';
import { readStyleSheet, type StyleSheet } from './docx/run-formats.js';
import { readXml } from './docx/xml-events.js';
import { DocxPackage, findPart, mainDocumentPath, readRelationships, relationshipsPath } from './docx/zip.js';
import { InputError } from './errors.js';

/** The comments part (w:comment anywhere in it, as mammoth finds them), each comment's paragraphs joined by a space. */
function readComments(xml: string | null, sheet: () => StyleSheet, count: Count): FoundComment[] {
  if (xml === null) return [];
  const comments: FoundComment[] = [];
  let builder = new ParagraphBuilder();
  let current: FoundComment | null = null;
  const pass = new DocumentPass(() => builder, sheet, null, 'w:comment', () => {
    if (current) current.text = builder.paras.map((p) => paragraphString(p, 'src')).join(' ');
    builder = new ParagraphBuilder();
    current = null;
  });
  readXml(xml, {
    open(name, attrs) {
      if (name === 'w:comment') {
        const comment: FoundComment = { commentId: attrs.get('w:id'), authorName: (attrs.get('w:author') ?? '').trim() || null, text: '' };
        comments.push(comment);
        current = comment;
      }
      pass.open(name, attrs);
    },
    close() { pass.close(); },
    text(s) { pass.text(s); },
  }, count);
  return comments;
}

/** A Word .docx as Extracted: one source line per Word paragraph; tracked changes and comments kept as revisions. */
export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  const pkg = DocxPackage.open(bytes);
  const count = new Count();
  const mainPath = mainDocumentPath(pkg, readRelationships(pkg.text('_rels/.rels'), count));
  if (!mainPath) throw new InputError('not a Word document: word/document.xml is missing');
  const rels = readRelationships(pkg.text(relationshipsPath(mainPath)), count);
  const base = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/')) : '';
  const part = (type: string) => pkg.text(findPart(pkg, rels, type, base, `word/${type}.xml`));
  // The style sheet is read only if a run's hidden or struck formatting could come from a style.
  let styleSheet: StyleSheet | undefined;
  const sheet = () => (styleSheet ??= readStyleSheet(part('styles'), count));
  const comments = readComments(part('comments'), sheet, count);

  const xml = pkg.text(mainPath)!;
  const builder = new ParagraphBuilder();
  const markup = new MarkupReader();
  const pass = new DocumentPass(() => builder, sheet, markup, 'w:body');
  readXml(xml, pass, count);
  if (pass.bodies === 0) throw new InputError('corrupt .docx: Could not find the body element: are you sure this is a docx file?');

  const paras = builder.paras;
  const { source, text, start, end, lineStart, srcLines, hidden } = layout(paras);
  const last = paras.length - 1;
  const lineOf = (p: number) => Math.max(0, Math.min(p, last));
  const from = (p: number) => (paras.length ? lineStart[lineOf(p)] : 0);
  const to = (p: number) => (paras.length ? lineStart[lineOf(p)] + srcLines[lineOf(p)].length : 0);
  const revisions = foundRevisions(markup.result(), comments, from, to);
  return { kind: 'docx', source, text, start, end, revisions, hidden };
}
