// An EDGAR complete submission linted as one filing: each certification exhibit as the reader
// (extract/submission/) hands it on, then the filing-level rules over the whole. One result for the
// file; messages name their document and give lines of the submission file.
import { extractExhibit } from '../extract/submission/exhibit.js';
import { SubmissionScanner } from '../extract/submission/scanner.js';
import { documentName, MAX_EXHIBITS, type KeptDocument, type SubmissionDocument, type SubmissionHandlers, type SubmissionHeader, type SubmissionStats } from '../extract/submission/types.js';
import { UNNAMED, lintDocument } from '../lint.js';
import { shiftedRedline, type Redline } from '../redline.js';
import type { CertificationInfo, LintInputOptions, LintMessage, LintOptions, LintResult } from '../types.js';
import { readMainDocument, type MainDocumentInfo } from './cover.js';
import { parseFormType, requiresCertification } from './forms.js';
import { lintFiling } from './index.js';
import { filingProfile } from './profile.js';
import { filingCertifications } from './record.js';
import type { FilingCertification, FilingDocument } from './types.js';

/** Certifications whose positions the filing rules can place findings at (a filing has a handful). */
const MAX_PLACED = 100;

/** What a whole submission says: its header, documents, main document's cover, financial statements. */
export interface SubmissionRead {
  header: SubmissionHeader;
  documents: SubmissionDocument[];
  main: (MainDocumentInfo & { document: SubmissionDocument }) | null;
  hasFinancialStatements: boolean;
  stats: SubmissionStats;
}

/** A complete submission's result, with what reading it took. */
export interface SubmissionResult extends LintResult {
  stats: SubmissionStats;
}

/** What the scanner read, once it has read the whole file. */
export function submissionRead(scanner: SubmissionScanner): SubmissionRead {
  const main = scanner.main ? { ...readMainDocument(scanner.main.reader.done()), document: scanner.main.document } : null;
  const form = parseFormType(scanner.header.type ?? main?.form?.text);
  const hasFinancialStatements = !form?.amended || scanner.statements.found || !!main?.hasFinancialStatements;
  return { header: scanner.header, documents: scanner.documents, main, hasFinancialStatements, stats: scanner.stats };
}

/**
 * Lints a submission's exhibits as the reader hands them on (`onExhibit`), then the filing (`finish`).
 * Each exhibit is linted as it completes and its bytes let go. Only an amendment's wait for the end
 * of the file, when it is known whether the report holds financial statements (which decides the
 * profile), unless a profile was asked for.
 */
export class SubmissionLinter implements SubmissionHandlers {
  private messages: LintMessage[] = [];
  private certifications: CertificationInfo[] = [];
  /** With LintOptions.redline: each exhibit's, indexes into this submission's certifications and messages. */
  private redlines: Redline[] = [];
  private filingCerts: FilingCertification[] = [];
  private truncated: string[] = [];
  private waiting: { doc: KeptDocument; header: SubmissionHeader }[] = [];
  private hasFinancialStatements = true;
  private exhibits = 0;
  private unchecked = 0;

  constructor(private readonly filePath: string, private readonly options: LintOptions = {}) {}

  onExhibit(doc: KeptDocument, header: SubmissionHeader): void {
    if (++this.exhibits > MAX_EXHIBITS) { this.unchecked++; return; }
    if (!this.options.profile && parseFormType(header.type)?.amended) this.waiting.push({ doc, header });
    else this.lintExhibit(doc, header);
  }

  private lintExhibit(doc: KeptDocument, header: SubmissionHeader): void {
    const name = documentName(doc);
    if (doc.truncated) this.truncated.push(name);
    const extracted = extractExhibit(doc);
    if (!extracted) return; // binary content under a certification's type: nothing to lint
    const form = parseFormType(header.type);
    const linted = lintDocument(extracted, this.filePath, {
      ...this.options,
      profile: filingProfile(this.options.profile, form, this.hasFinancialStatements),
      requireCertification: requiresCertification(doc.type, form?.base ?? null),
      embeddedAt: { document: name, line: doc.textLine, column: doc.textColumn },
    });
    for (const rl of linted.result.redlines ?? []) this.redlines.push(shiftedRedline(rl, this.certifications.length, this.messages.length, name));
    this.messages.push(...linted.result.messages);
    this.certifications.push(...linted.result.certifications);
    for (const record of filingCertifications(linted, { filePath: this.filePath, documentType: doc.type, description: doc.description ?? undefined })) {
      // A record's positions hold its whole document: past MAX_PLACED, findings go to its line.
      if (this.filingCerts.length >= MAX_PLACED) record.find = () => null;
      this.filingCerts.push(record);
    }
  }

  /** The exhibits that waited, then the filing-level rules over the whole submission. */
  finish(read: SubmissionRead): SubmissionResult {
    this.hasFinancialStatements = read.hasFinancialStatements;
    for (const { doc, header } of this.waiting) this.lintExhibit(doc, header);
    this.waiting = [];
    const { header, main } = read;
    const result: SubmissionResult = {
      filePath: this.filePath,
      certifications: this.certifications,
      messages: this.messages,
      errorCount: 0,
      warningCount: 0,
      stats: { ...read.stats, truncated: this.truncated, unchecked: this.unchecked },
      ...(this.options.redline ? { redlines: this.redlines } : {}),
    };
    const documents: FilingDocument[] = read.documents.map((d) => ({ filePath: this.filePath, document: d.filename ?? d.type, type: d.type }));
    lintFiling([result], {
      form: header.type ?? main?.form?.text ?? null,
      period: header.period ?? main?.period ?? null,
      filer: main?.registrant ? [...header.filers, main.registrant] : [...header.filers],
      filedDate: header.filed ?? main?.signed ?? null,
      filedDateSource: header.filed ? 'header' : 'signatures',
      certifications: this.filingCerts,
      documents,
      hasFinancialStatements: read.hasFinancialStatements,
      main: { filePath: this.filePath, line: 1 },
    }, this.options);
    const before = this.certifications.slice();
    this.certifications.sort((a, b) => a.line - b.line);
    for (const rl of result.redlines ?? []) rl.certification = this.certifications.indexOf(before[rl.certification]);
    return result;
  }
}

/**
 * Lints a complete submission already in memory (standard input, a staged file, a file dropped on
 * the page): the same scanner and linter as a file streamed from disk, fed in one chunk. The file's
 * name goes in `options.filePath`, as for `lintExtracted`.
 */
export function lintSubmissionBytes(bytes: Uint8Array, options: LintInputOptions = {}): SubmissionResult {
  const { filePath = UNNAMED, ...lintOptions } = options;
  const linter = new SubmissionLinter(filePath, lintOptions);
  const scanner = new SubmissionScanner(linter);
  scanner.write(bytes);
  scanner.end();
  return linter.finish(submissionRead(scanner));
}
