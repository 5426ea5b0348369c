// The .docx package: its directory read once, zip bombs refused from the sizes it declares, and the
// few parts the reader needs found through their relationships (as mammoth finds them) and inflated
// once each, bounded.
import { InputError } from '../errors.js';
import { partTooBig, DOCX_LIMITS, type Count } from './bounds.js';
import { inflateEntry } from './inflate.js';
import { readXml, type Attrs } from './xml-events.js';
import { readDirectory, type ZipEntry } from './zip-directory.js';

export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** What all the parts together may declare they unpack to. */
const MAX_UNPACKED = 64 * 1048576;
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const DEFAULT_MAIN = 'word/document.xml';

export class DocxPackage {
  private readonly decoder = new TextDecoder('utf-8');

  private constructor(private readonly bytes: Uint8Array, private readonly entries: Map<string, ZipEntry>) {}

  /**
   * Reads the directory. A zip whose parts declare far more than any certification (a "zip bomb") is
   * refused here; a part that declares less than it holds is stopped when it is inflated (inflate.ts),
   * and parts the reader never needs (images, fonts, themes) are never inflated at all.
   */
  static open(bytes: Uint8Array): DocxPackage {
    const entries = readDirectory(bytes);
    let declared = 0;
    for (const e of entries.values()) {
      // As the bounds have always come first: an XML part too big on its own is named.
      if (e.size > DOCX_LIMITS.partBytes && /\.(?:xml|rels)$/i.test(e.name)) throw partTooBig(e.name);
      declared += e.size;
    }
    if (declared > MAX_UNPACKED) throw new InputError(`.docx unpacks to more than the ${MAX_UNPACKED / 1048576} MB a certification could need`);
    return new DocxPackage(bytes, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's text (UTF-8, without a byte order mark), or null when there is no such part. */
  text(name: string): string | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const bytes = inflateEntry(this.bytes, e, DOCX_LIMITS.partBytes, () => partTooBig(name));
    return stripBom(this.decoder.decode(bytes));
  }
}

/** Relationship targets by type in a .rels part (mammoth's relationships-reader: the root's children). */
export function readRelationships(xml: string | null, count: Count): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  if (xml === null) return byType;
  let depth = 0;
  readXml(xml, {
    open(name: string, attrs: Attrs) {
      depth++;
      if (depth !== 2 || name !== 'relationships:Relationship') return;
      const list = byType.get(attrs.get('Type') ?? '') ?? [];
      list.push(attrs.get('Target') ?? '');
      byType.set(attrs.get('Type') ?? '', list);
    },
    close() { depth--; },
    text() {},
  }, count);
  return byType;
}

/** mammoth's joinPath: an absolute target replaces the base; no leading "/". */
function joinPath(base: string, target: string): string {
  const joined = target.startsWith('/') || !base ? target : `${base}/${target}`;
  return joined.replace(/^\/+/, '');
}

/** The first target of a type that exists in the package, else the fallback (as mammoth's findPartPath). */
export function findPart(pkg: Pick<DocxPackage, 'has'>, rels: Map<string, string[]>, type: string, base: string, fallback: string): string {
  for (const target of rels.get(RELATIONSHIPS + type) ?? []) {
    const path = joinPath(base, target);
    if (pkg.has(path)) return path;
  }
  return fallback;
}

/** The main document part: the officeDocument relationship of _rels/.rels, else word/document.xml; null when neither exists. */
export function mainDocumentPath(pkg: Pick<DocxPackage, 'has'>, packageRels: Map<string, string[]>): string | null {
  const path = findPart(pkg, packageRels, 'officeDocument', '', DEFAULT_MAIN);
  return pkg.has(path) ? path : null;
}

/** The .rels part that belongs to a part ("word/_rels/document.xml.rels"). */
export function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
