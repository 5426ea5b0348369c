// How much a .docx may hold before mammoth reads it. mammoth builds an in-memory tree of every
// element (about 5 KB a run: 250,000 runs took 1.2 GB), so a small file can hold gigabytes of work.
// One streaming pass with saxes counts paragraphs, runs, elements and text in every XML part, and
// refuses, stopping at the first limit crossed, what no certification needs: a certification is
// about 30 paragraphs, under a thousand runs (Word may split every word) and 6,000 characters.
import type JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { InputError } from '../errors.js';
import { chunkStream, reason } from './zip.js';

export const DOCX_LIMITS = {
  /** Word paragraphs (w:p) in all parts together. */
  paragraphs: 2_000,
  /** Runs of text (w:r). */
  runs: 10_000,
  /** XML elements of any kind, in all parts. */
  elements: 100_000,
  /** Characters of text content, in all parts. */
  characters: 1_000_000,
  /** Unpacked bytes of any one XML part (saxes holds a text node whole until its end tag). */
  partBytes: 16 * 1048576,
};

const WHAT = {
  paragraphs: 'paragraphs',
  runs: 'runs of text',
  elements: 'XML elements',
  characters: 'characters of text',
} as const;

class Count {
  paragraphs = 0;
  runs = 0;
  elements = 0;
  characters = 0;

  /** The first limit crossed, as the message for the user. */
  over(): string | null {
    for (const key of ['paragraphs', 'runs', 'elements', 'characters'] as const) {
      if (this[key] > DOCX_LIMITS[key]) {
        return `.docx holds more than ${DOCX_LIMITS[key].toLocaleString('en-US')} ${WHAT[key]}, far more than a certification needs: refused before reading it`;
      }
    }
    return null;
  }
}

/** Streams one XML part through saxes, adding to `count`; rejects at the first limit crossed. */
function countPart(entry: JSZip.JSZipObject, count: Count): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const sax = new SaxesParser();
    let broken = false; // malformed XML is mammoth's to report, with its own message
    sax.on('error', () => { broken = true; });
    sax.on('opentag', (tag) => {
      count.elements++;
      // By local name: a hostile file may bind the Word namespace to any prefix.
      const local = tag.name.slice(tag.name.indexOf(':') + 1);
      if (local === 'p') count.paragraphs++;
      else if (local === 'r') count.runs++;
    });
    sax.on('text', (t) => { count.characters += t.length; });
    const decoder = new TextDecoder('utf-8');
    let bytes = 0;
    let done = false;
    const stop = (why: string) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(new InputError(why));
    };
    const stream = chunkStream(entry);
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        bytes += chunk.length;
        if (bytes > DOCX_LIMITS.partBytes) return stop(`.docx part ${entry.name} unpacks to more than ${DOCX_LIMITS.partBytes / 1048576} MB, far more than a certification needs: refused before reading it`);
        if (!broken) sax.write(decoder.decode(chunk, { stream: true }));
        const over = count.over();
        if (over) stop(over);
      })
      .on('error', (err: Error) => { if (!done) { done = true; reject(new InputError(`corrupt .docx: ${reason(err)}`)); } })
      .on('end', () => {
        if (done) return;
        if (!broken) sax.close();
        const over = count.over();
        if (over) stop(over);
        else { done = true; resolve(); }
      })
      .resume();
  });
}

/** Refuses a .docx whose XML parts hold more than any certification needs (DOCX_LIMITS). */
export async function refuseOversizedDocument(zip: JSZip): Promise<void> {
  const count = new Count();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(?:xml|rels)$/i.test(entry.name)) continue;
    await countPart(entry, count);
  }
}
