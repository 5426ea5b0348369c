// What every rule module exports. One rule a file, as markdownlint keeps them. A rule never names
// itself in a report: the engine hands `check` a context whose `report()` already holds the rule
// (as ESLint's context.report does), and src/core/messages.ts turns reports into messages.
import type { Certification } from '../certification.js';
import type { Range } from '../document.js';
import type { FilingInput } from '../filing/types.js';
import type { Section906 } from '../section906.js';
import type { Extracted, Position } from '../types.js';

/** What every rule declares about itself: id, name, default severity, description, docs page. */
export interface RuleMeta {
  id: string;
  name: string;
  severity: 'error' | 'warning';
  description: string;
  /**
   * Page under docs/rules/ that explains the rule and cites the regulation. A built-in rule's module
   * leaves it out: the registry (rules/index.ts) builds it from the id and name (`docsPath`).
   */
  docs: string;
  /**
   * A rule about the form's wording: while a template is not verified against an official text,
   * its findings are warnings.
   */
  wording?: boolean;
  /** `soxlint fix` writes the form's own words for its findings (as ESLint's meta.fixable). */
  fixable?: boolean;
  /** Why `soxlint fix` leaves its findings to a person: shown in the "not fixed" list. */
  notFixedReason?: string;
}

/** What a rule reports, in the offsets of `Extracted.source`. */
export interface Report {
  /** Overrides the rule's default severity for this finding. */
  severity?: 1 | 2;
  message: string;
  /** Template paragraph id ("4(b)", "intro", "signature") or null. */
  paragraph: string | null;
  range: Range;
  expected?: string | null;
  actual?: string | null;
}

/** What a filing rule reports: a place in one of the filing's files, with its line and column. */
export interface FilingReport extends Omit<Report, 'range'> {
  filePath: string;
  document?: string;
  start: Position;
  end: Position;
}

/** What a rule reports through: `report()` already holds the rule's id and settings. */
export interface RuleContext<R = Report> {
  report(finding: R): void;
}

/** Checked on each Section 302 certification, after its comparison with the template. */
export interface CertificationRule extends RuleMeta {
  scope: 'certification';
  check(cert: Certification, context: RuleContext): void;
}

/** Checked on each Section 906 certification (Exhibit 32). */
export interface Section906Rule extends RuleMeta {
  scope: '906';
  check(statement: Section906, context: RuleContext): void;
}

/** What the linter learned about a whole document, for the rules that look at it once. */
export interface DocumentFacts {
  ext: Extracted;
  /** Certifications (Section 302 and 906) found in it. */
  certifications: number;
  /** Where a passage opened like a certification but did not match the form, or null. */
  firstMiss: Range | null;
  /** Share of the form's words a text needs to be taken for a certification. */
  minSimilarity: number;
  /** Whether a document without a certification is a finding (false for files found by walking a folder). */
  requireCertification: boolean;
}

/** Checked once per document (no certification found; a reader's revisions). */
export interface DocumentRule extends RuleMeta {
  scope: 'document';
  check(document: DocumentFacts, context: RuleContext): void;
}

/** Checked once over a whole filing (a submission, or a folder of a main document and exhibits). */
export interface FilingRule extends RuleMeta {
  scope: 'filing';
  check(filing: FilingInput, context: RuleContext<FilingReport>): void;
}

/** A rule of any scope. */
export type Rule = CertificationRule | Section906Rule | DocumentRule | FilingRule;

/** A rule as its module declares it: everything but `docs`, which the registry adds. */
export type Declared<R extends Rule> = R extends Rule ? Omit<R, 'docs'> : never;

/** A rule's page: "docs/rules/SOX004-altered-wording.md". */
export function docsPath(id: string, name: string): string {
  return `docs/rules/${id}-${name}.md`;
}

/** The rule with its docs page filled in (the same object, so the module's export is the registry's rule). */
export function registered<R extends Rule>(rule: Declared<R>): R {
  return Object.assign(rule, { docs: docsPath(rule.id, rule.name) }) as unknown as R;
}
