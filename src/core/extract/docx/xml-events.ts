// One streaming saxes pass over an XML part: element names and attributes by namespace, under
// mammoth's canonical prefixes ("w:p" whatever prefix the file binds), and every element, run,
// paragraph and character counted against the package's bounds as it is read. Namespaces are
// resolved here rather than by saxes (xmlns mode builds an object per attribute, and Word writes
// half a dozen revision-id attributes on every paragraph and run that nothing reads).
import { SaxesParser } from 'saxes';
import { InputError } from '../errors.js';
import type { Count } from './bounds.js';

/** Namespace URIs to the prefixes mammoth uses (lib/docx/office-xml-reader.js). */
const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};

/** What a pass does with the elements and text it meets, in document order. */
export interface XmlHandler {
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  text(s: string): void;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Prefix bindings in force, and the canonical names already made under them (one lookup per element). */
class Scope {
  readonly names = new Map<string, string>();
  readonly attributeNames = new Map<string, string>();
  constructor(readonly uris: Map<string, string>) {}

  /** The canonical name of a qualified name; an unbound prefix stays as written. */
  canonical(qname: string, attribute: boolean): string {
    const cache = attribute ? this.attributeNames : this.names;
    let name = cache.get(qname);
    if (name !== undefined) return name;
    const colon = qname.indexOf(':');
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    // Unprefixed attributes have no namespace; unprefixed elements take the default one.
    const uri = colon < 0 && attribute ? undefined : this.uris.get(colon < 0 ? '' : qname.slice(0, colon));
    if (!uri) name = colon < 0 ? local : qname;
    else name = NAMESPACES[uri] ? `${NAMESPACES[uri]}:${local}` : `{${uri}}${local}`;
    // A hostile file could write endless distinct names: the cache stays small.
    if (cache.size < 1024) cache.set(qname, name);
    return name;
  }
}

/**
 * An element's attributes, looked up by canonical name only when a pass asks (most are revision
 * ids nothing reads). One object serves every element: valid only during its `open` call.
 */
export class Attrs {
  raw: Record<string, string> = {};
  scope = new Scope(new Map());

  get(name: string): string | undefined {
    for (const key in this.raw) {
      if (this.scope.canonical(key, true) === name) return this.raw[key];
    }
    return undefined;
  }
}

/** The scope of an element: its parent's, or a new one when it declares namespaces. */
function scopeOf(raw: Record<string, string>, parent: Scope, count: Count): Scope {
  let uris: Map<string, string> | null = null;
  for (const key in raw) {
    if (key.charCodeAt(0) !== 0x78 || !key.startsWith('xmlns') || (key.length > 5 && key[5] !== ':')) continue;
    if (!uris) { count.scope(parent.uris.size); uris = new Map(parent.uris); }
    uris.set(key.length === 5 ? '' : key.slice(6), raw[key]);
    count.scope(1);
  }
  return uris ? new Scope(uris) : parent;
}

/** A line of saxes' complaint, short enough for the user's one line. */
function why(err: Error): string {
  const line = err.message.split('\n')[0].replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 119)}\u2026` : line;
}

/**
 * Parses `xml` into `handler`'s events, counting into `count` (which throws at the first bound
 * crossed). Malformed XML is one InputError; text before any root element means the part is not XML
 * at all ("unexpected document structure", mammoth's reading of it).
 */
export function readXml(xml: string, handler: XmlHandler, count: Count): void {
  const sax = new SaxesParser();
  const scopes = [new Scope(new Map([['xml', XML_NAMESPACE]]))];
  const attrs = new Attrs();
  let rooted = false;
  sax.on('error', (err) => {
    if (!rooted) throw new InputError('corrupt .docx: unexpected document structure');
    throw new InputError(`corrupt .docx: malformed XML (${why(err)})`);
  });
  sax.on('opentag', (tag) => {
    rooted = true;
    const qname = tag.name;
    count.element(qname.slice(qname.indexOf(':') + 1));
    const scope = scopeOf(tag.attributes, scopes[scopes.length - 1], count);
    scopes.push(scope);
    attrs.raw = tag.attributes;
    attrs.scope = scope;
    handler.open(scope.canonical(qname, false), attrs);
  });
  sax.on('closetag', (tag) => handler.close(scopes.pop()!.canonical(tag.name, false)));
  sax.on('text', (s) => {
    count.text(s.length);
    handler.text(s);
  });
  sax.write(xml).close();
  if (!rooted) throw new InputError('corrupt .docx: unexpected document structure');
}
