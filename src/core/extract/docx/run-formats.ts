// Which runs Word hides (w:vanish) or strikes through (w:strike, w:dstrike), by paragraph, read from
// the main document part and the style sheet. mammoth keeps neither property, so its runs are
// matched to these by paragraph number (counted as mammoth counts them) and text.
import type { HiddenText } from '../../types.js';
import { READ_CHILDREN } from './revisions.js';
import { child, textOf, type XNode } from './xml.js';

/** Hidden or struck, and how (for the message). */
export type Concealment = Pick<HiddenText, 'kind' | 'how'>;

/** One run of a paragraph: its text and what its formatting does to it. */
export interface RunFormat {
  text: string;
  concealment: Concealment | null;
}

interface StyleProps {
  basedOn?: string;
  vanish?: boolean;
  strike?: boolean;
}

export type StyleSheet = Map<string, StyleProps>;

/** On/off properties: present and not "false"/"0"/"off" means on. */
function toggle(rPr: XNode | undefined, name: string): boolean | undefined {
  const el = child(rPr, name);
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v !== 'false' && v !== '0' && v !== 'off';
}

function strikeOf(rPr: XNode | undefined): boolean | undefined {
  const s = toggle(rPr, 'w:strike');
  const d = toggle(rPr, 'w:dstrike');
  return s === undefined && d === undefined ? undefined : !!(s || d);
}

/** Hidden and struck-through formatting of the paragraph and character styles (word/styles.xml). */
export function readStyleSheet(root: XNode | null): StyleSheet {
  const sheet: StyleSheet = new Map();
  for (const c of child(root ?? undefined, 'w:styles')?.children ?? []) {
    if (typeof c === 'string' || c.name !== 'w:style') continue;
    const id = c.attrs['w:styleId'];
    if (!id) continue;
    const rPr = child(c, 'w:rPr');
    sheet.set(id, { basedOn: child(c, 'w:basedOn')?.attrs['w:val'], vanish: toggle(rPr, 'w:vanish'), strike: strikeOf(rPr) });
  }
  return sheet;
}

/** A property through a style's basedOn chain. */
function fromStyle(sheet: StyleSheet, id: string | undefined, prop: 'vanish' | 'strike'): boolean | undefined {
  for (let n = 0; id && n < 20; n++) {
    const s = sheet.get(id);
    if (!s) return undefined;
    if (s[prop] !== undefined) return s[prop];
    id = s.basedOn;
  }
  return undefined;
}

function concealmentOf(rPr: XNode | undefined, pStyle: string | undefined, sheet: StyleSheet): Concealment | null {
  const rStyle = child(rPr, 'w:rStyle')?.attrs['w:val'];
  const effective = (prop: 'vanish' | 'strike', direct: boolean | undefined) =>
    direct ?? fromStyle(sheet, rStyle, prop) ?? fromStyle(sheet, pStyle, prop) ?? false;
  if (effective('vanish', toggle(rPr, 'w:vanish'))) return { kind: 'hidden', how: "Word's hidden formatting (w:vanish)" };
  if (effective('strike', strikeOf(rPr))) return { kind: 'struck', how: "Word's strikethrough formatting" };
  return null;
}

/** What mammoth makes of a run's text elements. */
function runText(run: XNode): string {
  let s = '';
  for (const c of run.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:t') s += textOf(c);
    else if (c.name === 'w:noBreakHyphen') s += '\u2011';
    else if (c.name === 'w:softHyphen') s += '\u00ad';
  }
  return s;
}

/** Runs of each paragraph, paragraphs numbered in the order mammoth reads them. */
export function readRunFormats(body: XNode, sheet: StyleSheet): RunFormat[][] {
  const out: RunFormat[][] = [];
  /** Runs of deleted paragraphs: mammoth joins them to the next paragraph. */
  let pending: RunFormat[] = [];
  let cur: RunFormat[] | null = null;
  let pStyle: string | undefined;
  const visit = (el: XNode): void => {
    if (el.name === 'mc:AlternateContent') {
      const fallback = child(el, 'mc:Fallback');
      for (const c of fallback?.children ?? []) if (typeof c !== 'string') visit(c);
      return;
    }
    if (el.name === 'w:tr' && child(child(el, 'w:trPr'), 'w:del')) return; // mammoth drops a deleted row
    if (el.name === 'w:r' && cur) {
      cur.push({ text: runText(el), concealment: concealmentOf(child(el, 'w:rPr'), pStyle, sheet) });
    }
    if (!READ_CHILDREN.has(el.name)) return;
    if (el.name === 'w:p') {
      const pPr = child(el, 'w:pPr');
      const saved = { cur, pStyle };
      pStyle = child(pPr, 'w:pStyle')?.attrs['w:val'];
      if (child(child(pPr, 'w:rPr'), 'w:del')) {
        cur = pending;
      } else {
        cur = pending;
        pending = [];
        out.push(cur);
      }
      for (const c of el.children) if (typeof c !== 'string') visit(c);
      ({ cur, pStyle } = saved);
      return;
    }
    for (const c of el.children) if (typeof c !== 'string') visit(c);
  };
  for (const c of body.children) if (typeof c !== 'string') visit(c);
  return out;
}
