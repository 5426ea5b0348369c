// How much a .docx may hold. A small file can hold gigabytes of work (250,000 runs took mammoth's
// tree 1.2 GB), so the one pass that reads the parts counts paragraphs, runs, elements and text as it
// goes and refuses, at the first limit crossed, what no certification needs: a certification is about
// 30 paragraphs, under a thousand runs (Word may split every word) and 6,000 characters. Only the
// parts the reader needs are inflated at all (zip.ts), each up to `partBytes`.
import { InputError } from '../errors.js';

export const DOCX_LIMITS = {
  /** Word paragraphs (w:p) in all parts read together. */
  paragraphs: 2_000,
  /** Runs of text (w:r). */
  runs: 10_000,
  /** XML elements of any kind, in all parts read. */
  elements: 100_000,
  /** Characters of text content, in all parts read. */
  characters: 1_000_000,
  /** Namespace bindings made in all (each element that declares one copies those in force): Word
   * declares about 40 on the root; a hostile part redeclaring thousands on every element would cost
   * elements x bindings. */
  namespaces: 250_000,
  /** Unpacked bytes of any one part read (saxes holds a text node whole until its end tag). */
  partBytes: 16 * 1048576,
};

const WHAT = {
  paragraphs: 'paragraphs',
  runs: 'runs of text',
  elements: 'XML elements',
  characters: 'characters of text',
  namespaces: 'XML namespace bindings',
} as const;

function refuse(key: keyof typeof WHAT): never {
  throw new InputError(`.docx holds more than ${DOCX_LIMITS[key].toLocaleString('en-US')} ${WHAT[key]}, far more than a certification needs: refused before reading it`);
}

/** Running totals over every part read; throws at the first limit crossed. */
export class Count {
  paragraphs = 0;
  runs = 0;
  elements = 0;
  characters = 0;
  namespaces = 0;

  /** An element by local name: a hostile file may bind the Word namespace to any prefix. */
  element(local: string): void {
    if (++this.elements > DOCX_LIMITS.elements) refuse('elements');
    if (local === 'p') { if (++this.paragraphs > DOCX_LIMITS.paragraphs) refuse('paragraphs'); }
    else if (local === 'r') { if (++this.runs > DOCX_LIMITS.runs) refuse('runs'); }
  }

  /** A scope of `size` namespace bindings made for an element that declares some. */
  scope(size: number): void {
    this.namespaces += size;
    if (this.namespaces > DOCX_LIMITS.namespaces) refuse('namespaces');
  }

  text(length: number): void {
    this.characters += length;
    if (this.characters > DOCX_LIMITS.characters) refuse('characters');
  }
}

/** The message for a part that unpacks to more than `partBytes`. */
export function partTooBig(name: string): InputError {
  return new InputError(`.docx part ${name} unpacks to more than ${DOCX_LIMITS.partBytes / 1048576} MB, far more than a certification needs: refused before reading it`);
}
