// Shared types of the browser-safe core. Nothing here may import from node:*.
import type { Redline } from './redline.js';

/** A rule's severity as ESLint numbers it: 0 off, 1 warning, 2 error. */
export type Severity = 0 | 1 | 2;
import type { Profile } from './profile.js';

/** The profile a certification is checked under: standard, transition, amendment (see PROFILES). */
export type { Profile };
/** Which reader a file went through. */
export type SourceKind = 'text' | 'html' | 'docx';

/** Text pulled out of a file, with every character mapped back to the file. */
export interface Extracted {
  kind: SourceKind;
  /** The text positions are reported against: the decoded file, or for a .docx its paragraphs joined by "\n". */
  source: string;
  /** Readable text; "\n" marks a line or block break. */
  text: string;
  /** Per character of `text`: offset in `source` of its first source character. */
  start: Int32Array;
  /** Per character of `text`: offset in `source` just after its last source character. */
  end: Int32Array;
  /** EDGAR <TYPE> of the document, when the file carries one (e.g. "EX-31.1"). */
  documentType?: string;
  /** Unaccepted tracked changes and comments a .docx holds (reported by SOX014). */
  revisions?: Revision[];
  /** Text in the file that a reader does not see, or sees struck through: left out of `text`. */
  hidden?: HiddenText[];
}

/** Text a reader found in the file but not in what a reader of it sees (reported by SOX024). */
export interface HiddenText {
  kind: 'hidden' | 'struck';
  /** How it is hidden or struck, for the message: "display:none", "<del>", "Word's hidden formatting (w:vanish)". */
  how: string;
  /** The text, spacing collapsed. */
  text: string;
  /** Range in `source`. */
  from: number;
  to: number;
  /** Index in `text` where it stood. */
  at: number;
}

/** A tracked change or a comment in a .docx, on the paragraphs where it stands. */
export interface Revision {
  /** "comment", or the kind of change as Word names it ("insertion", "deletion", "formatting change", ...). */
  kind: string;
  author: string;
  /** The words inserted, deleted or commented. */
  text: string;
  /** What a change without words is about ("a paragraph break", "a table row"), else "". */
  what: string;
  /** Offsets in `source`. */
  range: { from: number; to: number };
}

/** A 1-based line and column in the file. */
export interface Position {
  line: number;
  column: number;
}

/** One finding, as the JSON output gives it. */
export interface LintMessage {
  ruleId: string;
  ruleName: string;
  severity: 1 | 2;
  message: string;
  /** Template paragraph id ("4(b)", "intro", "signature") or null for file-level findings. */
  paragraph: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Template wording the finding is about, when there is one. */
  expected: string | null;
  /** The filer's wording, when there is one. */
  actual: string | null;
  /** In an EDGAR complete submission file: the <FILENAME> of the document the finding is in. */
  document?: string;
  /** In a .docx (where `line` is the paragraph's number): the paragraph's opening words. */
  excerpt?: string;
}

/** A certification found in a file, as the JSON output gives it. */
export interface CertificationInfo {
  /** Template id ("601b31i", "601b31ii", "20-F", "40-F", "N-CSR") or "906" for a Section 906 certification. */
  form: string;
  officer: string | null;
  report: string | null;
  registrant: string | null;
  profile: Profile;
  line: number;
  /** "302" (Exhibit 31 and its kin) or "906" (Exhibit 32). */
  kind: '302' | '906';
  /** The officer's title as the certification gives it (opening line, or the line under the signature). */
  title: string | null;
  /** Name after "/s/", or null when there is no conformed signature. */
  signer: string | null;
  /** The date of the certification as written, or null. */
  date: string | null;
  /** Whether the template is verified against an official text (findings of an unverified one are warnings). */
  verified: boolean;
  /** In an EDGAR complete submission file: the <FILENAME> of the document it is in. */
  document?: string;
}

/** What linting one file gives: its certifications and findings, counted. The JSON output is an array of these. */
export interface LintResult {
  filePath: string;
  certifications: CertificationInfo[];
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  /** With LintOptions.redline: each Section 302 certification's redline (see redline.ts). */
  redlines?: Redline[];
  /** Set by the command line for a file it could not read: the one-line reason (rendered as a fatal message). */
  fatal?: string;
  /** "paragraph" for a .docx: `line` numbers count its paragraphs, as Word users find them. */
  lineUnit?: 'paragraph';
}

/** How to lint: profile, form, rule settings. */
export interface LintOptions {
  profile?: Profile;
  /** Force a form ("601b31i", "601b31ii", "20-F", "40-F", "N-CSR"); by default chosen per certification. */
  form?: string;
  /** Report a file with no certification (SOX001). Off for files found by walking a folder. */
  requireCertification?: boolean;
  /** Override rule severities: { "SOX007": "off" | "warn" | "error" }. */
  rules?: Record<string, 'off' | 'warn' | 'error'>;
  /** Also build each certification's redline (LintResult.redlines). */
  redline?: boolean;
  /**
   * Where the document stands in a larger file (an EDGAR complete submission): positions are given
   * in that file, and messages and certifications name the document.
   */
  embeddedAt?: EmbeddedAt;
}

/** LintOptions with the name the result carries (`LintResult.filePath`). */
export interface LintInputOptions extends LintOptions {
  /** The file's path or name; it also chooses the reader when the content does not (".htm", ".txt"). */
  filePath?: string;
}

/** A document inside a larger file: its name, and where its content starts there. */
export interface EmbeddedAt {
  /** The document's name in the file (its <FILENAME>). */
  document: string;
  /** Line of the file on which the document's content starts (1-based). */
  line: number;
  /** Characters before the content on that line (0 when it starts the line). */
  column: number;
}
