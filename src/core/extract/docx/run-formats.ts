// Which runs Word hides (w:vanish) or strikes through (w:strike, w:dstrike), directly or through a
// character or paragraph style (word/styles.xml, basedOn chains). mammoth keeps neither property,
// which is why they were once read in a pass of their own; now the run's properties are collected as
// the one pass meets them.
import type { HiddenText } from '../../types.js';
import type { Count } from './bounds.js';
import { readXml, type Attrs } from './xml-events.js';

/** Hidden or struck, and how (for the message). */
export type Concealment = Pick<HiddenText, 'kind' | 'how'>;

/** The properties of a run (or a style) that matter here; undefined means "not set here". */
export interface RunProps {
  rStyle?: string;
  vanish?: boolean;
  strike?: boolean;
  dstrike?: boolean;
}

interface StyleProps extends RunProps {
  basedOn?: string;
}

export type StyleSheet = Map<string, StyleProps>;

/** On/off properties: present and not "false"/"0"/"off" means on. */
function toggle(attrs: Attrs): boolean {
  const v = attrs.get('w:val');
  return v !== 'false' && v !== '0' && v !== 'off';
}

/** Reads one child of a w:rPr into `props` (the first of each kind counts, as a tree's first child would). */
export function readRunProperty(props: RunProps, name: string, attrs: Attrs): void {
  if (name === 'w:vanish') props.vanish ??= toggle(attrs);
  else if (name === 'w:strike') props.strike ??= toggle(attrs);
  else if (name === 'w:dstrike') props.dstrike ??= toggle(attrs);
  else if (name === 'w:rStyle') props.rStyle ??= attrs.get('w:val');
}

function strikeOf(p: RunProps): boolean | undefined {
  return p.strike === undefined && p.dstrike === undefined ? undefined : !!(p.strike || p.dstrike);
}

/** A property through a style's basedOn chain. */
function fromStyle(sheet: StyleSheet, id: string | undefined, prop: 'vanish' | 'strike'): boolean | undefined {
  for (let n = 0; id && n < 20; n++) {
    const s = sheet.get(id);
    if (!s) return undefined;
    const v = prop === 'vanish' ? s.vanish : strikeOf(s);
    if (v !== undefined) return v;
    id = s.basedOn;
  }
  return undefined;
}

const HIDDEN: Concealment = { kind: 'hidden', how: "Word's hidden formatting (w:vanish)" };
const STRUCK: Concealment = { kind: 'struck', how: "Word's strikethrough formatting" };

/**
 * What a run's own properties, its character style and its paragraph's style do to its text. The
 * style sheet is asked for only when a style could decide (many documents name none).
 */
export function concealmentOf(props: RunProps, pStyle: string | undefined, sheet: () => StyleSheet): Concealment | null {
  const effective = (prop: 'vanish' | 'strike', direct: boolean | undefined) =>
    direct ?? (props.rStyle || pStyle ? fromStyle(sheet(), props.rStyle, prop) ?? fromStyle(sheet(), pStyle, prop) : undefined) ?? false;
  if (effective('vanish', props.vanish)) return HIDDEN;
  if (effective('strike', strikeOf(props))) return STRUCK;
  return null;
}

/** Hidden and struck-through formatting of the paragraph and character styles (word/styles.xml). */
export function readStyleSheet(xml: string | null, count: Count): StyleSheet {
  const sheet: StyleSheet = new Map();
  // Most style sheets (Word's default among them) set neither property: nothing to parse. This
  // was a fifth of a .docx's reading time.
  if (xml === null || !/vanish|strike/.test(xml)) return sheet;
  const path: string[] = [];
  let style: StyleProps | null = null;
  let rPrs = 0;
  readXml(xml, {
    open(name: string, attrs: Attrs) {
      path.push(name);
      const depth = path.length;
      if (depth === 2 && name === 'w:style' && path[0] === 'w:styles') {
        style = {};
        rPrs = 0;
        const id = attrs.get('w:styleId');
        if (id) sheet.set(id, style);
      } else if (style && depth === 3) {
        if (name === 'w:basedOn') style.basedOn ??= attrs.get('w:val');
        else if (name === 'w:rPr') rPrs++;
      } else if (style && depth === 4 && path[2] === 'w:rPr' && rPrs === 1 && name !== 'w:rStyle') {
        readRunProperty(style, name, attrs);
      }
    },
    close() {
      if (path.length === 2) style = null;
      path.pop();
    },
    text() {},
  }, count);
  return sheet;
}
