// What every formatter is given besides the results (ESLint passes `cwd` and `rulesMeta` the same way).
import type { RuleMeta } from '../rules/rule.js';

/** A rule as a formatter describes it: its metadata, and help text taken from its docs page. */
export interface RuleDescription extends RuleMeta {
  /** Markdown from the rule's docs page (what it reports, how to fix it), when the caller has it. */
  help?: string;
}

export interface ToolInfo {
  name: string;
  version: string;
  /** Absolute URI of the tool's home page or README. */
  informationUri: string;
}

/** What a formatter is given beside the results: colour, the rules' metadata, the tool. */
export interface FormatOptions {
  color: boolean;
  /** Folder the file paths are relative to (absolute; "/" separators on POSIX). */
  cwd?: string;
  /** Every rule, by id. */
  rulesMeta?: Record<string, RuleDescription>;
  tool?: ToolInfo;
  /** For the HTML report: rule id to its explanation as HTML (dist/rule-docs.json, made at build time). */
  ruleDocs?: Record<string, string>;
}
