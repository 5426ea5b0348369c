// What the EDGAR submission reader gives: the header, the documents it lists, each certification
// exhibit's bytes, and what reading took.

/** Largest exhibit kept for linting; a certification is some kilobytes, an Exhibit 13 annual report may be megabytes. */
export const MAX_EXHIBIT_BYTES = 8 * 1024 * 1024;
/** Certification documents linted in one submission (a filing has a handful; each takes milliseconds). */
export const MAX_EXHIBITS = 200;

/** The SEC header's fields: form type, period, filing date, filers' names. */
export interface SubmissionHeader {
  type: string | null;
  period: string | null;
  filed: string | null;
  filers: string[];
}

/** A document of the submission as its tags describe it, with where its content stands. */
export interface SubmissionDocument {
  type: string;
  sequence: string | null;
  filename: string | null;
  description: string | null;
  /** Line of the <DOCUMENT> tag. */
  line: number;
  /** Line of the submission file where the document's <TEXT> content starts. */
  textLine: number;
  /** Bytes of the document's content. */
  size: number;
}

/** A document being read: its <TEXT> may start after the tag on the tag's own line. */
export interface OpenDocument extends SubmissionDocument {
  /** Column added to positions on the document's first line (content after "<TEXT>" on the same line). */
  textColumn: number;
}

/** A certification exhibit, whole (up to MAX_EXHIBIT_BYTES). */
export interface KeptDocument extends OpenDocument {
  bytes: Uint8Array;
  truncated: boolean;
}

/** What reading a complete submission took: bytes, lines, most held at once, documents cut short. */
export interface SubmissionStats {
  bytes: number;
  lines: number;
  /** Most bytes (and characters) held at once by the reader: buffered exhibits, the cover page, partial lines. */
  peakHeld: number;
  /** Certification documents longer than MAX_EXHIBIT_BYTES, checked only up to it. */
  truncated: string[];
  /** Certification documents past MAX_EXHIBITS, not checked. */
  unchecked: number;
}

/** Told of each certification exhibit as the scanner finishes reading it. */
export interface SubmissionHandlers {
  /** A certification exhibit, complete; its bytes are released when this returns. */
  onExhibit(doc: KeptDocument, header: SubmissionHeader): void;
}

/** The name a document goes by in messages: its <FILENAME>, else its type and sequence. */
export function documentName(doc: SubmissionDocument): string {
  return doc.filename ?? (doc.sequence ? `${doc.type} #${doc.sequence}` : doc.type);
}
