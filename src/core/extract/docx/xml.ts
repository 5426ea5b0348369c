// A Word XML part parsed with htmlparser2 into a small namespace-resolved tree.
import { Parser } from 'htmlparser2';

export interface XNode {
  /** Qualified name with mammoth's canonical prefixes ("w:p"), or "{uri}local" for other namespaces. */
  name: string;
  attrs: Record<string, string>;
  children: (XNode | string)[];
}

/** Namespace URIs to the prefixes mammoth uses (lib/docx/office-xml-reader.js). */
const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
};

export function parseXml(xml: string): XNode {
  const root: XNode = { name: '#root', attrs: {}, children: [] };
  const stack: XNode[] = [root];
  const scopes: Map<string, string>[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  const canon = (qname: string, scope: Map<string, string>, isAttr: boolean): string => {
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    if (!prefix && isAttr) return local; // unprefixed attributes have no namespace
    const uri = scope.get(prefix);
    if (uri === undefined) return qname;
    const mapped = NAMESPACES[uri];
    return mapped ? `${mapped}:${local}` : `{${uri}}${local}`;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        let scope = scopes[scopes.length - 1];
        for (const a in attribs) {
          if (a === 'xmlns' || a.startsWith('xmlns:')) {
            if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
            scope.set(a === 'xmlns' ? '' : a.slice(6), attribs[a]);
          }
        }
        const attrs: Record<string, string> = {};
        for (const a in attribs) {
          if (a !== 'xmlns' && !a.startsWith('xmlns:')) attrs[canon(a, scope, true)] = attribs[a];
        }
        const node: XNode = { name: canon(name, scope, false), attrs, children: [] };
        stack[stack.length - 1].children.push(node);
        stack.push(node);
        scopes.push(scope);
      },
      onclosetag() {
        if (stack.length > 1) { stack.pop(); scopes.pop(); }
      },
      ontext(data) {
        stack[stack.length - 1].children.push(data);
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}

export function child(el: XNode | undefined, name: string): XNode | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function textOf(el: XNode): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : '';
  return s;
}

