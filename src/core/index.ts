// soxlint/core: the browser-safe core. Nothing below src/core imports from node:*.
//
// Text in, findings out: a reader turns a file's content into Extracted text with a source offset
// for every character; lintExtracted compares each certification in it with its form and returns
// a LintResult, the same object the JSON output holds. Filing-level checks (a 10-K's exhibits
// together) take each document's record and return their own messages.

/** Lints extracted text (see LintResult); `lintDocument` also returns where each certification's parts stand. */
export { lintExtracted, lintDocument, type LintedDocument } from './lint.js';
/** Readers: plain text, HTML, any supported file's bytes (.docx included), or a string by name. */
export { extractText } from './extract/text.js';
export { extractHtml } from './extract/html.js';
export { extract, extensionOf, kindOf, SUPPORTED_EXTENSIONS } from './extract/index.js';
export { extractString } from './extract/string.js';
export { extractDocx } from './extract/docx.js';
/** Bytes to text (UTF-8, UTF-16 with a BOM, Windows-1252), and a test for binary content. */
export { decodeText, looksBinary } from './extract/decode.js';
/** The error for input that cannot be linted: its message is one line naming the reason. */
export { InputError } from './extract/errors.js';
/** Templates: parse one, the built-in ones, the one for a form id. */
export { parseTemplate, type Template } from './template.js';
export { builtinTemplates, templateFor, DEFAULT_FORM } from './templates/index.js';
/** Every rule (id, name, default severity, description, docs page), and lookups by id and by name. */
export { allRules, rulesById, rulesByName } from './rules/index.js';
export type { Rule, RuleMeta, RuleContext, Report, FilingReport, CertificationRule, Section906Rule, DocumentRule, DocumentFacts, FilingRule } from './rules/rule.js';
/** Formatters: pure functions from results to text (stylish, json, sarif, junit, github). */
export { formatters, type Formatter, type FormatOptions } from './formatters/index.js';
/** The profiles a certification is checked under. */
export { PROFILES, DEFAULT_PROFILE } from './profile.js';
/** Filing-level checks (SOX017-SOX021) and what they read. */
export {
  checkFiling, lintFiling, addFindings, filingCertifications, filingProfile, readCover, parseDate, formatDay, parseFormType,
  type FilingCertification, type FilingDocument, type FilingFinding, type FilingInput, type FilingSource, type Cover,
} from './filing/index.js';
/** EDGAR complete submissions: the scanner (bytes in chunks, never held whole) and the linting of what it hands on. */
export { SubmissionScanner } from './extract/submission/scanner.js';
export { SubmissionLinter, lintSubmissionBytes, submissionRead, type SubmissionRead, type SubmissionResult } from './filing/submission.js';
export type { KeptDocument, SubmissionDocument, SubmissionHandlers, SubmissionHeader, SubmissionStats } from './extract/submission/types.js';
export type * from './types.js';
export type * from './redline.js';
export { fix, fixedName, MIME_TYPES, type FixOptions, type FixResult, type FixFinding, type NotFixed, type Slots } from './fix/index.js';
export { formatHtml, renderFile, type HtmlOptions } from './formatters/html.js';
