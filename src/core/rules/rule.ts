// What every rule module exports. One rule a file, as markdownlint keeps them.
import type { Certification } from '../certification.js';

export interface RuleMeta {
  id: string;
  name: string;
  severity: 'error' | 'warning';
  description: string;
  /** Page under docs/rules/ that explains the rule and cites the regulation. */
  docs: string;
}

export interface CertificationRule extends RuleMeta {
  scope: 'certification';
  check(cert: Certification): void;
}

/** A rule checked outside the comparison (a file with no certification, a reader's notice). */
export interface FileRule extends RuleMeta {
  scope: 'file';
}

export type Rule = CertificationRule | FileRule;

export function docsPath(id: string, name: string): string {
  return `docs/rules/${id}-${name}.md`;
}
