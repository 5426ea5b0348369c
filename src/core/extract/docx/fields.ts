// Content Word makes rather than stores as text, read as mammoth reads it (lib/docx/body-reader.js):
// check boxes (a FORMCHECKBOX complex field, or a content control with w14:checkbox, which replaces
// the control's first text) and symbol characters (w:sym, a code in a dingbat font).
import { hex } from 'dingbat-to-unicode';

export const BOX_CHECKED = '\u2612';
export const BOX_EMPTY = '\u2610';

/** A present on/off element or attribute value: on unless "false" or "0" (mammoth's readBooleanElement). */
export function on(value: string | undefined): boolean {
  return value !== 'false' && value !== '0';
}

/** A w:sym's character, or null when the font and code have no Unicode equivalent. */
export function symbolText(font: string | undefined, code: string | undefined): string | null {
  if (font === undefined || code === undefined) return null;
  const found = hex(font, code) ?? (/^F0..$/.test(code) ? hex(font, code.substring(2)) : undefined);
  return found ? found.string : null;
}

/** What a complex field's begin character says about a check box (w:ffData/w:checkBox): the w:val of its
 * w:checked and w:default elements, "" when one is present without a value, undefined when absent. */
export interface FieldBox {
  checked?: string;
  default?: string;
}

interface Field {
  type: 'begin' | 'hyperlink' | 'checkbox' | 'unknown';
  box?: FieldBox;
  checked?: boolean;
}

/** Complex fields (w:fldChar begin/separate/end with w:instrText between): only a check box gives text. */
export class ComplexFields {
  private readonly stack: Field[] = [];
  private instr: string[] = [];

  instrText(s: string): void {
    this.instr.push(s);
  }

  /** A w:fldChar; returns the check box character its end makes, if any. */
  fldChar(type: string | undefined, box: FieldBox): string | null {
    if (type === 'begin') {
      this.stack.push({ type: 'begin', box });
      this.instr = [];
    } else if (type === 'end') {
      let field = this.stack.pop();
      if (!field) return null;
      if (field.type === 'begin') field = this.parse(field);
      if (field.type === 'checkbox') return field.checked ? BOX_CHECKED : BOX_EMPTY;
    } else if (type === 'separate') {
      const field = this.stack.pop();
      if (field) this.stack.push(this.parse(field));
    }
    return null;
  }

  private parse(field: Field): Field {
    const instr = this.instr.join('');
    if (/^\s*HYPERLINK\s+(\\l\s+)?(?:"(.*)"|([^\\]\S*))/.test(instr)) return { type: 'hyperlink' };
    if (/\s*FORMCHECKBOX\s*/.test(instr)) {
      const box = field.type === 'begin' ? field.box ?? {} : {};
      const checked = box.checked !== undefined ? on(box.checked) : box.default !== undefined && on(box.default);
      return { type: 'checkbox', checked };
    }
    return { type: 'unknown' };
  }
}

/** Content controls with a w14:checkbox, open around the reader: the first text inside one becomes its box. */
export class ControlBoxes {
  private readonly open: { box: string; used: boolean }[] = [];

  enter(checked: boolean): void {
    this.open.push({ box: checked ? BOX_CHECKED : BOX_EMPTY, used: false });
  }

  /** The box that replaces a non-empty text here (the innermost control not yet given one), or null. */
  take(): string | null {
    for (let i = this.open.length - 1; i >= 0; i--) {
      if (!this.open[i].used) { this.open[i].used = true; return this.open[i].box; }
    }
    return null;
  }

  /** The control ends: its box, if no text took it (mammoth then shows the box alone). */
  leave(): string | null {
    const c = this.open.pop();
    return c && !c.used ? c.box : null;
  }

  get active(): boolean {
    return this.open.length > 0;
  }
}
