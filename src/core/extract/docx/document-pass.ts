// The one pass over the main document part (or the comments part): saxes events in, and out come
// the paragraphs as mammoth reads them (what Word shows with changes accepted: insertions kept,
// deletions dropped, text boxes after their paragraph, alternate content by its fallback), hidden and
// struck runs, check boxes and symbols, and, for the main part, revisions and comment anchors.
// Each element's frame says whether mammoth reads it (its content becomes text, and a paragraph is
// counted) and whether the revision walk looks inside it (it looks almost everywhere).
import type { ParagraphBuilder } from './paragraphs.js';
import { lineText } from './paragraphs.js';
import { PROPERTY_CHANGES, READ_CHILDREN, REVISIONS, VISIBLE, type MarkupReader, type Revision } from './revisions.js';
import { concealmentOf, readRunProperty, type Concealment, type RunProps, type StyleSheet } from './run-formats.js';
import { BOX_CHECKED, BOX_EMPTY, ComplexFields, ControlBoxes, on, symbolText, type FieldBox } from './fields.js';
import type { Attrs, XmlHandler } from './xml-events.js';

interface Frame {
  name: string;
  /** mammoth reads this element: its handler runs (a paragraph here is counted). */
  reads: boolean;
  /** mammoth reads its children. */
  readsChildren: boolean;
  /** The revision walk visits its children. */
  walks: boolean;
  /** Text of a w:t, w:delText or w:instrText, collected. */
  text?: string;
  /** A paragraph or table row: the walk's paragraph to restore at its end. */
  saved?: number;
  pStyle?: string;
  markDeleted?: boolean;
  /** A run: its properties and, once known, what they do to its text. */
  props?: RunProps;
  hide?: Concealment | null;
  rev?: Revision | null;
  /** A w:fldChar's check box, or a content control's (w14:checkbox). */
  box?: FieldBox;
  fieldType?: string;
  /** A check box control's content has started. */
  entered?: boolean;
  /** A paragraph: how many of its children other than properties have ended. */
  children?: number;
}

const SKIP: Frame = { name: '', reads: false, readsChildren: false, walks: false };
/** Elements whose text mammoth reads as a Text element (a check box control may replace it). */
const ONE_CHAR: Record<string, string> = { 'w:noBreakHyphen': '\u2011', 'w:softHyphen': '\u00ad' };
const BREAKS = new Set([undefined, 'textWrapping', 'page', 'column']);

export class DocumentPass implements XmlHandler {
  private readonly frames: Frame[] = [{ name: '#doc', reads: false, readsChildren: false, walks: true }];
  /** Open paragraphs mammoth reads, and how many runs were open when each started. */
  private readonly paragraphs: { frame: Frame; runs: number }[] = [];
  private readonly runs: Frame[] = [];
  private readonly fields = new ComplexFields();
  private readonly boxes = new ControlBoxes();
  bodies = 0;

  /**
   * `body` names the elements whose children are content: the main part's first w:body, or each
   * w:comment; `onBodyEnd` is told when one ends. `markup` is null for the comments part.
   */
  constructor(
    private readonly builder: () => ParagraphBuilder,
    private readonly sheet: () => StyleSheet,
    private readonly markup: MarkupReader | null,
    private readonly body: string,
    private readonly onBodyEnd: () => void = () => {},
  ) {}

  open(name: string, attrs: Attrs): void {
    const parent = this.frames[this.frames.length - 1];
    if (!parent.walks) { this.frames.push(SKIP); return; }
    const f = this.frameFor(name, parent);
    this.frames.push(f);
    if (f !== SKIP) this.enter(f, attrs, parent);
  }

  /** The frame of an element, from its parent's: alternate content, bodies and content controls first. */
  private frameFor(name: string, parent: Frame): Frame {
    if (parent.name === 'mc:AlternateContent') {
      // mammoth reads the fallback only, as if its children were the parent's.
      return name === 'mc:Fallback' ? { name, reads: parent.reads, readsChildren: parent.readsChildren, walks: true } : SKIP;
    }
    if (name === this.body && (this.body === 'w:comment' || (this.frames.length === 2 && this.bodies === 0))) {
      this.bodies++;
      return { name, reads: true, readsChildren: true, walks: true };
    }
    if (this.frames.length === 2 && this.body === 'w:body') return SKIP; // the root's other children
    const reads = parent.name === 'w:sdt' ? parent.reads && name === 'w:sdtContent' : parent.readsChildren;
    const readsChildren = reads && (name === 'mc:AlternateContent' || (READ_CHILDREN.has(name) && name !== 'w:sdt'));
    return { name, reads, readsChildren, walks: true };
  }

  private enter(f: Frame, attrs: Attrs, parent: Frame): void {
    const name = f.name;
    const markup = this.markup;
    if (name === 'w:p') return this.startParagraph(f);
    if (name === 'w:r') {
      if (f.reads) { f.props = {}; this.runs.push(f); }
      return;
    }
    if (name === 'w:t' || name === 'w:delText' || name === 'w:instrText') { f.text = ''; f.walks = false; return; }
    if (name === 'w:tr') { f.saved = markup?.startBlock(false); return; }
    if (name === 'w:fldChar') { f.box = {}; f.fieldType = attrs.get('w:fldCharType'); return; }
    this.property(f, attrs, parent);
    if (REVISIONS.has(name)) {
      if (!markup) return;
      f.rev = markup.startRevision(name, attrs, parent.name);
      if (!f.rev) f.walks = false;
    } else if (name === 'w:cellIns' || name === 'w:cellDel') {
      markup?.cellChange(name, attrs);
      f.walks = false;
    } else if (PROPERTY_CHANGES.has(name)) {
      this.propertyChange(f, attrs, parent);
    } else if (name === 'w:commentRangeStart' || name === 'w:commentRangeEnd' || name === 'w:commentReference') {
      markup?.anchor(name, attrs);
    } else if (VISIBLE.has(name)) {
      markup?.shown(name);
      if (name !== 'w:pict' && name !== 'w:object' && name !== 'w:drawing') f.walks = false;
      if (f.reads) this.shown(name, attrs);
    } else if (name === 'w:sdtContent' && parent.box && f.reads && !parent.entered) {
      parent.entered = true;
      this.boxes.enter(parent.box.checked !== undefined && on(parent.box.checked));
    }
  }

  /**
   * Properties the reader needs, from where they stand: a paragraph's style and deleted mark, a
   * deleted table row, a run's formats, a complex field's or a content control's check box.
   */
  private property(f: Frame, attrs: Attrs, parent: Frame): void {
    const name = f.name;
    const grand = this.frames[this.frames.length - 3] ?? SKIP;
    const great = this.frames[this.frames.length - 4] ?? SKIP;
    if (parent.name === 'w:pPr') {
      if (grand.name === 'w:p' && name === 'w:pStyle') grand.pStyle ??= attrs.get('w:val');
    } else if (parent.name === 'w:rPr') {
      if (grand.name === 'w:pPr' && great.name === 'w:p' && name === 'w:del') great.markDeleted = true;
      else if (grand.name === 'w:r' && grand.props) readRunProperty(grand.props, name, attrs);
    } else if (parent.name === 'w:trPr' && grand.name === 'w:tr' && name === 'w:del') {
      // mammoth drops a deleted row; the walk reports what stood there on the next paragraph.
      grand.readsChildren = false;
      this.markup?.deleteRow();
    } else if (parent.name === 'w:checkBox' && grand.name === 'w:ffData' && great.box) {
      if (name === 'w:checked') great.box.checked ??= attrs.get('w:val') ?? '';
      else if (name === 'w:default') great.box.default ??= attrs.get('w:val') ?? '';
    } else if (name === 'wordml:checkbox' && parent.name === 'w:sdtPr' && grand.name === 'w:sdt') {
      grand.box ??= {};
    } else if (name === 'wordml:checked' && parent.name === 'wordml:checkbox' && great.name === 'w:sdt' && great.box) {
      great.box.checked ??= attrs.get('wordml:val') ?? '';
    }
  }

  private propertyChange(f: Frame, attrs: Attrs, parent: Frame): void {
    f.walks = false;
    const run = this.frames[this.frames.length - 3];
    if (f.name === 'w:rPrChange' && parent.name === 'w:rPr' && run?.name === 'w:r') {
      const rev = this.markup?.startRunFormat(attrs);
      if (rev) run.rev = rev;
      return;
    }
    this.markup?.propertyChange(f.name, attrs);
  }

  private startParagraph(f: Frame): void {
    f.saved = this.markup?.startBlock(f.reads);
    if (!f.reads) return;
    this.builder().start();
    this.paragraphs.push({ frame: f, runs: this.runs.length });
  }

  /** The concealment of the run the reader stands in (none outside runs, or in a paragraph nested in a run). */
  private hide(): Concealment | null {
    const p = this.paragraphs[this.paragraphs.length - 1];
    if (this.runs.length <= (p?.runs ?? 0)) return null;
    const run = this.runs[this.runs.length - 1];
    if (run.hide === undefined) run.hide = concealmentOf(run.props ?? {}, p?.frame.pStyle, this.sheet);
    return run.hide;
  }

  /** A Text element's value: the first one inside a check box control becomes the box. */
  private content(value: string): void {
    const hide = this.hide();
    const box = value && this.boxes.active ? this.boxes.take() : null;
    if (box) { this.builder().add(box, box, hide); return; }
    const v = lineText(value);
    if (v) this.builder().add(v, v, hide);
  }

  private shown(name: string, attrs: Attrs): void {
    if (name === 'w:tab') this.builder().add(' ', ' ', this.hide());
    else if (name === 'w:br') { if (BREAKS.has(attrs.get('w:type'))) this.builder().add(' ', '\n', this.hide()); }
    else if (name === 'w:sym') { const s = symbolText(attrs.get('w:font'), attrs.get('w:char')); if (s) this.content(s); }
    else if (ONE_CHAR[name]) this.content(ONE_CHAR[name]);
  }

  text(s: string): void {
    const f = this.frames[this.frames.length - 1];
    if (f.text !== undefined) f.text += s;
  }

  close(): void {
    const f = this.frames.pop()!;
    if (f === SKIP) return;
    const name = f.name;
    if (f.text !== undefined) {
      if (name !== 'w:instrText') this.markup?.text(name, f.text);
      if (f.reads) { if (name === 'w:t') this.content(f.text); else if (name === 'w:instrText') this.fields.instrText(f.text); }
    } else if (name === 'w:p') {
      if (f.reads) { this.builder().end(); this.paragraphs.pop(); }
      this.markup?.endBlock(f.saved!);
    } else if (name === 'w:pPr') {
      const p = this.frames[this.frames.length - 1];
      if (p.name === 'w:p' && p.markDeleted && p.reads && !p.children) { this.builder().deleteMark(); this.markup?.deleteMark(); }
    } else if (name === 'w:r') {
      if (f.reads) this.runs.pop();
      if (f.rev) this.markup?.endRunFormat(f.rev);
    } else if (name === 'w:tr') {
      this.markup?.endBlock(f.saved!);
    } else if (f.rev) {
      this.markup?.endRevision(f.rev);
    } else if (name === 'w:fldChar' && f.reads) {
      const box = this.fields.fldChar(f.fieldType, f.box!);
      if (box) this.builder().add(box, box, this.hide());
    } else if (name === 'w:sdt' && f.box && f.reads) {
      // A check box control with no text inside: mammoth shows the box alone.
      const box = f.entered ? this.boxes.leave() : on(f.box.checked ?? 'false') ? BOX_CHECKED : BOX_EMPTY;
      if (box) this.builder().add(box, box, null);
    } else if (name === this.body) {
      this.onBodyEnd();
    }
    const parent = this.frames[this.frames.length - 1];
    if (parent.name === 'w:p' && name !== 'w:pPr') parent.children = (parent.children ?? 0) + 1;
  }
}
