// Word .docx to text. Positions are paragraph numbers: `source` holds one line per Word paragraph
// (in document order, table cells' paragraphs and empty paragraphs included), and `text` the same
// paragraphs with a blank line between them, each character mapped one to one onto `source`.
//
// The text comes from mammoth's document tree (what Word shows with all changes accepted: mammoth
// keeps insertions and drops deletions). Unaccepted revisions and comments are read from the main
// document part itself and kept as revisions on the paragraphs where they stand (SOX014 reports them).
// Runs Word hides or strikes through (read from the same part and the style sheet) are left out of
// the text and kept as hidden text (SOX024 reports them).
// Browser-safe: nothing from node:*.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Extracted } from '../types.js';
import { InputError } from './errors.js';
import { collectParagraphs, layout, type MDocument } from './docx/paragraphs.js';
import { foundRevisions, readMarkup, type Markup } from './docx/revisions.js';
import { readRunFormats, readStyleSheet, type StyleSheet } from './docx/run-formats.js';
import { child, parseXml } from './docx/xml.js';
import { refuseOversizedDocument } from './docx/bounds.js';
import { mainDocumentPath, reason, refuseZipBomb, stripBom } from './docx/zip.js';

/** mammoth's document tree: what Word shows with all changes accepted. */
async function readDocument(bytes: Uint8Array): Promise<MDocument> {
  // mammoth's Node build opens `buffer` and its browser build `arrayBuffer`; both take an ArrayBuffer.
  const arrayBuffer = new Uint8Array(bytes).buffer;
  const read: { doc?: MDocument } = {};
  try {
    await mammoth.convertToHtml(
      { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer },
      {
        // Only the tree is wanted, not mammoth's HTML: parsing its default style map on every call
        // was an eighth of a .docx's time.
        includeDefaultStyleMap: false,
        includeEmbeddedStyleMap: false,
        transformDocument: (d: MDocument) => {
          read.doc = d;
          return d;
        },
      },
    );
  } catch (err) {
    throw new InputError(`corrupt .docx: ${reason(err)}`);
  }
  if (!read.doc) throw new InputError('corrupt .docx: no document body');
  return read.doc;
}

/** The style sheet (word/styles.xml), or none when it is missing or unreadable (mammoth reads on without it too). */
async function readStyles(zip: JSZip): Promise<StyleSheet> {
  const file = zip.file('word/styles.xml');
  if (!file) return new Map();
  try {
    return readStyleSheet(parseXml(stripBom(await file.async('string'))));
  } catch {
    return new Map();
  }
}

/** A Word .docx as Extracted: one source line per Word paragraph; tracked changes and comments kept as revisions. */
export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new InputError('corrupt .docx: not a valid zip archive');
  }
  await refuseOversizedDocument(zip); // stops at the first limit, before inflating everything
  await refuseZipBomb(zip);
  const mainPath = await mainDocumentPath(zip);
  if (!mainPath) throw new InputError('not a Word document: word/document.xml is missing');
  let xml: string;
  try {
    xml = stripBom(await zip.file(mainPath)!.async('string'));
  } catch (err) {
    throw new InputError(`corrupt .docx: cannot read ${mainPath} (${reason(err)})`);
  }
  const document = await readDocument(bytes);
  const root = parseXml(xml);
  const body = child(child(root, 'w:document'), 'w:body');
  const formats = body ? readRunFormats(body, await readStyles(zip)) : [];
  const paras = collectParagraphs(document.children ?? [], formats);
  const { source, text, start, end, lineStart, srcLines, hidden } = layout(paras);

  // Revisions and comments, on the paragraph where they stand.
  const markup: Markup = body ? readMarkup(body) : { revisions: [], anchors: new Map(), paragraphs: 0 };
  const last = paras.length - 1;
  const lineOf = (p: number) => Math.max(0, Math.min(p, last));
  const from = (p: number) => (paras.length ? lineStart[lineOf(p)] : 0);
  const to = (p: number) => (paras.length ? lineStart[lineOf(p)] + srcLines[lineOf(p)].length : 0);

  const revisions = foundRevisions(markup, document.comments ?? [], from, to);
  return { kind: 'docx', source, text, start, end, revisions, hidden };
}
