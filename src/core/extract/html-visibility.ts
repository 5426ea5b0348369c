// What an HTML element's markup does to its text's visibility: hidden (display:none,
// visibility:hidden, font-size:0, white on white, the hidden attribute) or struck through (<del>,
// <s>, <strike>, line-through). Inline styles, presentational attributes, and the document's own
// <style> rules for a class (".x" or "span.x"); no other selectors, no linked style sheets.

import type { HiddenText } from '../types.js';
import { STRUCK } from './html-elements.js';
import type { Attributes } from './html-parser.js';

/** Hidden or struck, and how (for the message: "display:none", "<del>"). */
export type Concealment = Pick<HiddenText, 'kind' | 'how'>;

const WHITE = /^(?:white|#fff(?:fff)?|rgba?\(255,255,255(?:,[\d.]+)?\)|hsla?\(\d+(?:deg)?,\d+%,100%(?:,[\d.]+)?\))$/;
const ZERO_SIZE = /^[+-]?0*(?:\.0*)?(?:px|pt|em|rem|ex|ch|%|vw|vh|cm|mm|in|pc)?$/;

/** The only properties that can hide, strike or paint behind text: no other is read. */
const READ = new Set(['display', 'visibility', 'font-size', 'opacity', 'color', 'text-decoration', 'text-decoration-line', 'background-color', 'background']);
/** Most elements' styles say nothing READ: they share this one (never written to). */
const NOTHING: ReadonlyMap<string, string> = new Map();

/**
 * The READ declarations of a style attribute, property names lower case, values lower case without
 * spaces. Styled EDGAR HTML has a style on nearly every element: the rest is skipped unparsed.
 */
export function declarations(style: string | undefined): ReadonlyMap<string, string> {
  if (!style) return NOTHING;
  let out: Map<string, string> | null = null;
  let colon = -1;
  for (let from = 0; from <= style.length;) {
    let semi = style.indexOf(';', from);
    if (semi < 0) semi = style.length;
    // The next colon, kept while it lies in a later declaration: each character is searched once.
    if (colon < from) colon = style.indexOf(':', from) >>> 0; // none: past the end
    if (colon < semi) {
      const prop = style.slice(from, colon).trim().toLowerCase();
      if (READ.has(prop)) {
        const value = style.slice(colon + 1, semi).replace(/!important/i, '').replace(/\s+/g, '').toLowerCase();
        if (value) (out ??= new Map()).set(prop, value);
      }
    }
    from = semi + 1;
  }
  return out ?? NOTHING;
}

/** Colours already tested: a document repeats a few (at most 256 kept). */
const WHITENESS = new Map<string, boolean>();

function isWhite(color: string | undefined): boolean {
  if (color === undefined) return false;
  let white = WHITENESS.get(color);
  if (white === undefined) {
    white = WHITE.test(color.replace(/\s+/g, '').toLowerCase());
    if (WHITENESS.size < 256) WHITENESS.set(color, white);
  }
  return white;
}

/** A background colour that is not white (white text on it can be read). */
function paints(background: string): boolean {
  const color = background.trim().toLowerCase();
  return color !== '' && color !== 'transparent' && color !== 'none' && color !== 'inherit' && !isWhite(color);
}

/** What a style says about hiding, striking and painting: worked out once per distinct style attribute. */
export interface StyleFacts {
  readonly decls: ReadonlyMap<string, string>;
  /** display:none, visibility:hidden (they take precedence over the hidden attribute). */
  readonly hides: Concealment | null;
  /** font-size:0, opacity:0 (the hidden attribute takes precedence over them). */
  readonly fades: Concealment | null;
  readonly color: string | undefined;
  /** Whether `color` is white. */
  readonly white: boolean;
  /** Whether its background is painted and not white; undefined when it names none. */
  readonly paints: boolean | undefined;
  /** text-decoration:line-through. */
  readonly strikes: Concealment | null;
}

export function styleFacts(decls: ReadonlyMap<string, string>): StyleFacts {
  const visibility = decls.get('visibility');
  const size = decls.get('font-size');
  const opacity = decls.get('opacity');
  const color = decls.get('color');
  const background = decls.get('background-color') ?? decls.get('background');
  const decoration = decls.get('text-decoration') ?? decls.get('text-decoration-line');
  return {
    decls,
    hides: decls.get('display') === 'none' ? { kind: 'hidden', how: 'display:none' }
      : visibility === 'hidden' || visibility === 'collapse' ? { kind: 'hidden', how: `visibility:${visibility}` } : null,
    fades: size !== undefined && ZERO_SIZE.test(size) ? { kind: 'hidden', how: `font-size:${size}` }
      : opacity !== undefined && Number(opacity) === 0 ? { kind: 'hidden', how: 'opacity:0' } : null,
    color,
    white: isWhite(color),
    paints: background === undefined ? undefined : paints(background),
    strikes: decoration?.includes('line-through') ? { kind: 'struck', how: 'text-decoration:line-through' } : null,
  };
}

/** The element paints a background that is not white (white text on it can be read). */
export function paintsBackground(attribs: Attributes, style: StyleFacts): boolean {
  return style.paints ?? (attribs.bgcolor !== undefined && paints(attribs.bgcolor));
}

/** How the element hides or strikes its content, or null when it shows it. */
export function concealment(name: string, role: number, attribs: Attributes, style: StyleFacts, onColor: boolean): Concealment | null {
  if (style.hides) return style.hides;
  if (attribs.hidden !== undefined) return { kind: 'hidden', how: 'the hidden attribute' };
  if (style.fades) return style.fades;
  const color = style.color ?? (name === 'font' ? attribs.color : undefined);
  if (color === 'transparent') return { kind: 'hidden', how: 'color:transparent' };
  if (!onColor && (style.color !== undefined ? style.white : isWhite(color))) return { kind: 'hidden', how: 'white color on a white page' };
  if (role & STRUCK) return { kind: 'struck', how: `<${name}>` };
  return style.strikes;
}

/** Rules of a <style> block for one class (".hidden", "span.hidden"): class name to declarations. */
export function classRules(css: string, into: Map<string, Map<string, string>>): void {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decls = declarations(m[2]);
    for (const selector of m[1].split(',')) {
      const cls = /^\s*[a-z0-9]*\.([\w-]+)\s*$/i.exec(selector)?.[1];
      if (!cls) continue;
      const merged = into.get(cls) ?? new Map<string, string>();
      for (const [k, v] of decls) merged.set(k, v);
      into.set(cls, merged);
    }
  }
}

/** Text an element hides or strikes, collected until the element closes. */
interface Concealed extends Concealment {
  /** Index in the open elements of the one that conceals. */
  frame: number;
  from: number;
  at: number;
  text: string;
}

/** An element without a style attribute. */
const UNSTYLED = styleFacts(NOTHING);

/** Distinct style attributes remembered per document (a streamed main document may have millions). */
const MAX_STYLES = 512;

/** Text that says something (not a hidden spacer or a row of dots). */
const HAS_WORDS = /[\p{L}\p{N}]/u;

/** Follows the open elements and collects the text the outermost concealing one hides. */
export class Visibility {
  /** The open elements' names, innermost last. */
  private names: string[] = [];
  /** Whether each paints a non-white background (it or an ancestor). */
  private colors: boolean[] = [];
  private current: Concealed | null = null;
  readonly found: HiddenText[] = [];
  /** The document's <style> rules by class. */
  readonly classes = new Map<string, Map<string, string>>();
  /** Style attributes read so far: EDGAR HTML repeats a few on every element. */
  private styles = new Map<string, StyleFacts>();

  /** `keep`: collect what concealed text says (off for a streamed document, which keeps nothing). */
  constructor(private readonly keep = true) {}

  get concealing(): boolean {
    return this.current !== null;
  }

  /** An element opens at source offset `from`, text offset `at`; `inert` when its content is never shown anyway. */
  open(name: string, role: number, attribs: Attributes, from: number, at: number, inert: boolean): void {
    const inherited = this.colors.length > 0 && this.colors[this.colors.length - 1];
    this.names.push(name);
    if (attribs.style === undefined && attribs.class === undefined && attribs.bgcolor === undefined && attribs.hidden === undefined
      && attribs.color === undefined && !(role & STRUCK)) {
      this.colors.push(inherited); // most elements: nothing on them can hide, strike or paint
      return;
    }
    const style = this.styleOf(attribs);
    const onColor = inherited || paintsBackground(attribs, style);
    this.colors.push(onColor);
    if (this.current || inert) return;
    const c = concealment(name, role, attribs, style, onColor);
    if (c) this.current = { ...c, frame: this.names.length - 1, from, at, text: '' };
  }

  /** The element's declarations: its classes' rules, then its inline style (which wins). */
  private styleOf(attribs: Attributes): StyleFacts {
    const inline = this.inline(attribs.style);
    if (!attribs.class || this.classes.size === 0) return inline;
    const style = new Map<string, string>();
    for (const cls of attribs.class.split(/\s+/)) for (const [k, v] of this.classes.get(cls) ?? []) style.set(k, v);
    for (const [k, v] of inline.decls) style.set(k, v);
    return styleFacts(style);
  }

  private inline(style: string | undefined): StyleFacts {
    if (!style) return UNSTYLED;
    let read = this.styles.get(style);
    if (read === undefined) {
      read = styleFacts(declarations(style));
      if (this.styles.size < MAX_STYLES) this.styles.set(style, read);
    }
    return read;
  }

  addText(s: string): void {
    if (this.current && this.keep) this.current.text += s;
  }

  /** An element closes, its end tag ending before source offset `to`. */
  close(name: string, to: number): void {
    const names = this.names;
    let at = names.length - 1;
    while (at >= 0 && names[at] !== name) at--;
    if (at < 0) return;
    while (names.length > at) { names.pop(); this.colors.pop(); }
    const c = this.current;
    if (!c || c.frame < at) return;
    if (this.keep && HAS_WORDS.test(c.text)) this.found.push({ kind: c.kind, how: c.how, text: c.text.replace(/\s+/g, ' ').trim(), from: c.from, to, at: c.at });
    this.current = null;
  }
}
