// Runs the filing-level rules (SOX017-SOX021) over a whole filing and turns their reports into
// messages through the one pipeline. Browser-safe.
import { toMessage, type RuleSettings } from '../messages.js';
import { filingRules } from '../rules/index.js';
import type { LintMessage } from '../types.js';
import type { FilingFinding, FilingInput } from './types.js';

/** What the filing rules report about a filing, each report with its rule's id (rules set to "off" included). */
export function checkFiling(input: FilingInput): FilingFinding[] {
  const out: FilingFinding[] = [];
  for (const rule of filingRules) rule.check(input, { report: (r) => out.push({ ...r, ruleId: rule.id }) });
  return out;
}

/** A filing finding as a LintMessage; null when its rule is turned off. */
export function toLintMessage(f: FilingFinding, settings: RuleSettings): LintMessage | null {
  const rule = filingRules.find((r) => r.id === f.ruleId);
  if (!rule) throw new Error(`no filing rule ${f.ruleId}`);
  return toMessage(rule, f, { start: f.start, end: f.end }, settings, { document: f.document });
}
