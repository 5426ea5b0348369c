// What the filing-level rules read: the filing, its documents and its certifications. Browser-safe.
import type { FilingReport } from '../rules/rule.js';
import type { CertificationInfo, Position } from '../types.js';

/** A certification of the filing, with where it is and what surrounds it. */
export interface FilingCertification extends CertificationInfo {
  /** The file it was read from (the exhibit, or the complete submission file). */
  filePath: string;
  /** In a complete submission: the document's <FILENAME>. */
  document?: string;
  /** EDGAR <TYPE> of its document ("EX-31.2"), or the type its file name suggests. */
  documentType?: string;
  /** The document's <DESCRIPTION>, or the exhibit's file name. */
  description?: string;
  /** Text above it ("CERTIFICATION OF CHIEF FINANCIAL OFFICER"). */
  heading?: string;
  /** Its signature block, a few lines from "/s/". */
  signature?: string;
  /** Finds a piece of its wording in the file: paragraph 1 ('report') or the signature block. */
  find?(needle: string, where: 'report' | 'signature'): { start: Position; end: Position } | null;
}

/** A document of the filing (for SOX020: an EX-32 counts as a Section 906 certification). */
export interface FilingDocument {
  filePath: string;
  document?: string;
  /** EDGAR <TYPE> ("EX-32.1"), or the type the file name suggests. */
  type?: string;
}

/** A whole filing as the filing rules (SOX017-SOX021) read it. */
export interface FilingInput {
  /** The filing's form type ("10-K", "10-K/A", "20-F"), or null when unknown. */
  form: string | null;
  /** End of the period of report ("20251231", "December 31, 2025"), or null. */
  period: string | null;
  /** The filer's names (submission header COMPANY CONFORMED NAME, the cover's registrant). */
  filer: string[];
  /** The filing date ("20260227", "February 27, 2026"), or null. */
  filedDate: string | null;
  /** What the filing date is: the header's FILED AS OF DATE, a date given by the user, the report's signatures. */
  filedDateSource?: 'header' | 'option' | 'signatures';
  certifications: FilingCertification[];
  documents: FilingDocument[];
  /** Whether the report contains financial statements (matters for amendments). */
  hasFinancialStatements: boolean;
  /** Where findings about the whole filing go: the main document, or the submission header. */
  main: { filePath: string; document?: string; line: number; column?: number };
}

/** A filing rule's report with the rule that made it. */
export interface FilingFinding extends FilingReport {
  ruleId: string;
}
