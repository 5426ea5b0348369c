// What the fix planner hands the writers: corrections as data, in Extracted.source offsets (as
// ESLint's fixes are), so that each format's writer only has to put them into its own file.

/** A finding, as the fix reports it: the lint message's place and words, and what became of it. */
export interface FixFinding {
  ruleId: string;
  paragraph: string | null;
  message: string;
  line: number;
  column: number;
  severity: 1 | 2;
}

/** A finding `fix` left for a person, and why. */
export interface NotFixed extends FixFinding {
  /** What a person must do, and why soxlint does not. */
  reason: string;
}

/** Words replaced, deleted or put in, within a paragraph. */
export interface WordEdit {
  /** Source range the edit replaces (from === to: an insertion point). */
  from: number;
  to: number;
  /** The form's words to put there (plain text; a writer escapes it). */
  text: string;
  /**
   * When the edit removes a whole paragraph of the filer's: the source offset where the next
   * paragraph starts, so a writer can remove the paragraph break as well.
   */
  blockTo?: number;
  /** Findings ("SOX004 4(b)") this edit corrects. */
  serves: string[];
}

/** A present paragraph's place in the source. */
export interface ParagraphSpan {
  /** Where its typed label starts (its first word when it has none). */
  from: number;
  /** Where its first word starts. */
  textFrom: number;
  to: number;
  /** Its typed label ("(a)", "4."), or null. */
  label: string | null;
}

/** A paragraph of the form the filer left out, to be put back between two present ones. */
export interface NewParagraph {
  id: string;
  text: string;
  /** Typed label in the style of the filer's labels, or null where they type none (Word numbering). */
  label: string | null;
  prev: ParagraphSpan | null;
  next: ParagraphSpan | null;
  /** The present paragraph whose markup and properties it takes. */
  sibling: ParagraphSpan;
  /** Whether the sibling is of its kind (numbered, lettered, the opening): if not, it takes no numbering. */
  sameKind: boolean;
  serves: string[];
}

export interface FixPlan {
  edits: WordEdit[];
  paragraphs: NewParagraph[];
  /** The certifications' present paragraphs, in source order. */
  spans: ParagraphSpan[];
}

/** Key of a finding ("SOX004 4(b) 12:5"), the same from a finding and from its lint message. */
export function findingKey(ruleId: string, paragraph: string | null, line: number, column: number): string {
  return `${ruleId} ${paragraph ?? '-'} ${line}:${column}`;
}
