// The .docx package: opening the zip, refusing zip bombs, finding the main document part.
import JSZip from 'jszip';
import { InputError } from '../errors.js';
import { child, parseXml } from './xml.js';

/** First line of an error's message, short enough for one line of output. */
export function reason(err: unknown): string {
  // A TypeError is mammoth tripping over a part it did not expect, not a message for the user.
  if (err instanceof TypeError) return 'unexpected document structure';
  const raw = err instanceof Error ? err.message : String(err);
  let line = raw.split(/\r?\n/).find((l) => l.trim())?.replace(/\s+/g, ' ').trim() ?? 'unknown error';
  const xml = /\[xmldom (?:warning|error|fatalError)\]\s*(.*)$/.exec(line);
  if (xml) line = `malformed XML (${xml[1].trim()})`;
  return line.length > 160 ? `${line.slice(0, 159)}\u2026` : line;
}

const DEFAULT_MAIN = 'word/document.xml';

/** The main document part: the officeDocument relationship of _rels/.rels, else word/document.xml (as mammoth does). */
export async function mainDocumentPath(zip: JSZip): Promise<string | null> {
  const rels = zip.file('_rels/.rels');
  if (rels) {
    try {
      const root = parseXml(stripBom(await rels.async('string')));
      const list = child(root, 'relationships:Relationships');
      for (const c of list?.children ?? []) {
        if (typeof c === 'string' || c.name !== 'relationships:Relationship') continue;
        if (!(c.attrs.Type ?? '').endsWith('/officeDocument')) continue;
        const target = (c.attrs.Target ?? '').replace(/^\/+/, '');
        if (target && zip.file(target)) return target;
      }
    } catch {
      // unreadable relationships: fall back like mammoth
    }
  }
  return zip.file(DEFAULT_MAIN) ? DEFAULT_MAIN : null;
}

export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

const MAX_UNPACKED = 64 * 1048576;

/** The chunk stream of JSZip's `internalStream`, which its typings leave out. */
export interface ZipStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', fn: (err: Error) => void): ZipStream;
  on(event: 'end', fn: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/** An entry's inflated bytes chunk by chunk, so reading can stop early: JSZip's documented
 * `internalStream`, which its typings leave out. */
export function chunkStream(entry: JSZip.JSZipObject): ZipStream {
  return (entry as unknown as { internalStream(type: 'uint8array'): ZipStream }).internalStream('uint8array');
}

/**
 * A zip that unpacks to far more than any certification (a "zip bomb") is refused before mammoth
 * reads it. The sizes a zip declares can lie, so the parts are inflated and counted, stopping at the cap.
 */
export async function refuseZipBomb(zip: JSZip): Promise<void> {
  let total = 0;
  const tooBig = () => new InputError(`.docx unpacks to more than the ${MAX_UNPACKED / 1048576} MB a certification could need`);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = chunkStream(entry);
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length;
          if (total > MAX_UNPACKED) { stream.pause(); reject(tooBig()); }
        })
        .on('error', (err: Error) => reject(new InputError(`corrupt .docx: ${reason(err)}`)))
        .on('end', () => resolve())
        .resume();
    });
  }
}

