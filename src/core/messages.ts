// The one message pipeline: every rule's report becomes a LintMessage here, the same way for
// certification, Section 906, document and filing rules. Severity from the settings, positions,
// the range check, sorting and counting live here and nowhere else.
//
// Rules set to "off" still run: a certification rule's claims keep its differences out of
// altered-wording (SOX004) whatever the settings. Their reports are dropped here.
import type { Range } from './document.js';
import { mapFindings, type Redline } from './redline.js';
import type { Report, RuleContext, RuleMeta } from './rules/rule.js';
import type { LintMessage, LintOptions, LintResult, Position } from './types.js';

export type RuleSettings = LintOptions['rules'];
type Setting = 'off' | 'warn' | 'error';

/** The user's setting for a rule, by id or by name. */
export function settingOf(rule: RuleMeta, settings: RuleSettings): Setting | undefined {
  return settings?.[rule.id] ?? settings?.[rule.name];
}

/** Severity of one report: the user's setting, else the report's own, else the rule's default. 0 is off. */
export function severityOf(rule: RuleMeta, setting: Setting | undefined, own?: 1 | 2): 0 | 1 | 2 {
  if (setting === 'off') return 0;
  if (setting === 'warn') return 1;
  if (setting === 'error') return 2;
  return own ?? (rule.severity === 'error' ? 2 : 1);
}

/** Where a message stands: line and column (1-based), and the source range when there is one. */
export interface Placement {
  start: Position;
  end: Position;
  range?: Range;
}

/**
 * A report as a LintMessage, or null when its rule is off. `unverifiedForm` names the template
 * when it is not verified against an official text: a wording rule's finding is then a warning,
 * unless the user set the rule's severity.
 */
export function toMessage(
  rule: RuleMeta,
  report: Omit<Report, 'range'>,
  at: Placement,
  settings: RuleSettings,
  extra: { unverifiedForm?: string; document?: string } = {},
): LintMessage | null {
  const setting = settingOf(rule, settings);
  let severity = severityOf(rule, setting, report.severity);
  if (severity === 0) return null;
  let message = report.message;
  if (extra.unverifiedForm && rule.wording && !setting) {
    severity = 1;
    message += ` (the ${extra.unverifiedForm} template is not verified against an official text)`;
  }
  const out: LintMessage = {
    ruleId: rule.id,
    ruleName: rule.name,
    severity,
    message,
    paragraph: report.paragraph,
    line: at.start.line,
    column: at.start.column,
    endLine: at.end.line,
    endColumn: at.end.column,
    expected: report.expected ?? null,
    actual: report.actual ?? null,
  };
  if (extra.document !== undefined) out.document = extra.document;
  return out;
}

/** Throws, naming the rule, when a report's range does not lie in the source (a rule's bug, not the input's). */
export function checkRange(rule: RuleMeta, range: Range, sourceLength: number): void {
  if (!(Number.isInteger(range.from) && Number.isInteger(range.to) && range.from >= 0 && range.from <= range.to && range.to <= sourceLength)) {
    throw new Error(`rule ${rule.id} (${rule.name}) reported the range ${range.from}..${range.to} in a source of ${sourceLength} characters`);
  }
}

/** Collects one document's messages; `position` turns a source offset into the line and column shown. */
export class DocumentMessages {
  readonly messages: LintMessage[] = [];

  constructor(
    private readonly sourceLength: number,
    private readonly position: (offset: number) => Position,
    private readonly settings: RuleSettings,
    /** The document's name in a larger file (a complete submission's <FILENAME>). */
    private readonly document?: string,
  ) {}

  /** The context a rule reports through; `unverifiedForm` as in toMessage. */
  contextFor(rule: RuleMeta, unverifiedForm?: string): RuleContext {
    return {
      report: (r) => {
        checkRange(rule, r.range, this.sourceLength);
        const at = { start: this.position(r.range.from), end: this.position(r.range.to), range: r.range };
        const m = toMessage(rule, r, at, this.settings, { unverifiedForm, document: this.document });
        if (m) this.messages.push(m);
      },
    };
  }
}

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** Sorts a result's messages by place and counts errors and warnings; its redlines' links follow their findings. */
export function sortAndCount<R extends LintResult>(result: R): R {
  const before = result.redlines?.length ? result.messages.slice() : null;
  result.messages.sort(compareMessages);
  if (before) result.redlines = relinked(result.redlines!, before, result.messages);
  result.errorCount = result.messages.filter((m) => m.severity === 2).length;
  result.warningCount = result.messages.filter((m) => m.severity === 1).length;
  return result;
}

/**
 * A redline links to findings by their index in the result's messages. When the messages change
 * (the filing rules, SOX017-SOX021, sort theirs in; --quiet keeps the errors), each link moves to
 * where its finding went, or goes with it. Copies: the redlines given are left as they were.
 */
export function relinked(redlines: Redline[], before: LintMessage[], now: LintMessage[]): Redline[] {
  const at = new Map(now.map((m, k) => [m, k]));
  const moved = (list: number[]) => list.flatMap((n) => at.get(before[n]) ?? []).sort((a, b) => a - b);
  return redlines.map((rl) => mapFindings(rl, moved));
}

/** A result with no certification and no message yet. */
export function emptyResult(filePath: string): LintResult {
  return { filePath, certifications: [], messages: [], errorCount: 0, warningCount: 0 };
}
