// SARIF 2.1.0, as GitHub code scanning reads it: the tool with every rule, one result per finding
// with a region in the file as given (for a .docx, the paragraph number as the line), and a
// fingerprint that does not move when lines are added above the finding. A pure function.
import type * as Sarif from 'sarif';
import type { LintMessage, LintResult } from '../types.js';
import { hash64, visibleControls } from './escape.js';
import type { FormatOptions, RuleDescription } from './options.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

function level(severity: 1 | 2 | 'error' | 'warning'): Sarif.ReportingConfiguration.level {
  return severity === 2 || severity === 'error' ? 'error' : 'warning';
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function describeRule(rule: RuleDescription): Sarif.ReportingDescriptor {
  const d: Sarif.ReportingDescriptor = {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: sentence(rule.description) },
    fullDescription: { text: sentence(rule.description) },
    defaultConfiguration: { level: level(rule.severity) },
    help: rule.help
      ? { text: rule.help.replace(/^#+ +/gm, ''), markdown: rule.help }
      : { text: `${sentence(rule.description)} See ${rule.docs}.` },
    properties: { tags: ['sox-302'], docs: rule.docs },
  };
  return d;
}

function encodePath(posix: string): string {
  return posix.split('/').map((seg) => encodeURIComponent(seg)).join('/');
}

/** A relative path as a URI reference ("a b/ex31.htm" -> "a%20b/ex31.htm"); an absolute one as a file: URI. */
export function fileUri(path: string): { uri: string; uriBaseId?: string } {
  const posix = path.replace(/\\/g, '/');
  const encoded = encodePath(posix);
  if (posix.startsWith('/')) return { uri: `file://${encoded}` };
  if (/^[A-Za-z]:\//.test(posix)) return { uri: `file:///${posix.slice(0, 2)}${encodePath(posix.slice(2))}` };
  return { uri: encoded, uriBaseId: SRCROOT };
}

function region(m: LintMessage): Sarif.Region {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  let endLine = Math.max(startLine, m.endLine || startLine);
  let endColumn = Math.max(1, m.endColumn || startColumn);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  if (endLine < startLine) endLine = startLine;
  return { startLine, startColumn, endLine, endColumn };
}

function messageText(m: LintMessage): string {
  const where = m.document && !m.message.includes(m.document) ? `[${m.document}] ` : '';
  return sentence(visibleControls(where + m.message));
}

/** What identifies a finding across runs: rule, document, paragraph and words, not the line. */
function fingerprintKey(filePath: string, m: LintMessage): string {
  return [filePath, m.ruleId, m.document ?? '', m.paragraph ?? '', m.expected ?? '', m.actual ?? ''].join('\u0000');
}

export function formatSarif(results: LintResult[], options: FormatOptions): string {
  const rules = Object.values(options.rulesMeta ?? {}).sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const r of results) {
    const artifactLocation = fileUri(r.filePath);
    if (r.fatal !== undefined) {
      notifications.push({
        level: 'error',
        message: { text: sentence(visibleControls(r.fatal)) },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
      continue;
    }
    const seen = new Map<string, number>();
    for (const m of r.messages) {
      const key = fingerprintKey(r.filePath, m);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const result: Sarif.Result = {
        ruleId: m.ruleId,
        level: level(m.severity),
        message: { text: messageText(m) },
        locations: [{ physicalLocation: { artifactLocation, region: region(m) } }],
        partialFingerprints: { 'soxlintFinding/v1': `${hash64(key)}:${n}` },
      };
      const i = ruleIndex.get(m.ruleId);
      if (i !== undefined) result.ruleIndex = i;
      if (m.paragraph !== null) result.properties = { paragraph: m.paragraph };
      sarifResults.push(result);
    }
  }
  const tool = options.tool ?? { name: 'soxlint', version: '0.0.0', informationUri: 'https://www.sec.gov/' };
  const run: Sarif.Run = {
    tool: { driver: { name: tool.name, semanticVersion: tool.version, version: tool.version, informationUri: tool.informationUri, rules: rules.map(describeRule) } },
    results: sarifResults,
    invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
    columnKind: 'utf16CodeUnits',
  };
  if (options.cwd) run.originalUriBaseIds = { [SRCROOT]: { uri: fileUri(options.cwd.replace(/\/?$/, '/')).uri } };
  const log: Sarif.Log = { version: '2.1.0', $schema: SCHEMA, runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}
