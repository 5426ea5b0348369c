// The filing-level rules (SOX017-SOX021): checks that need the whole filing, its form, period,
// filer and filing date, and all its certifications together. Pure functions. Browser-safe.
import { rulesById } from '../rules/index.js';
import type { CertificationInfo, LintMessage, LintOptions, Position } from '../types.js';
import { periodInReport } from './cover.js';
import { formatDay, parseDate } from './dates.js';
import { NEEDS_906, PERIODIC, formInReport, kindOfForm, parseFormType, reportKind } from './forms.js';
import { isGenericRegistrant, officerRoles, sameRegistrant } from './roles.js';

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

export interface FilingFinding {
  ruleId: string;
  severity?: 1 | 2;
  message: string;
  paragraph: string | null;
  filePath: string;
  document?: string;
  start: Position;
  end: Position;
  expected: string | null;
  actual: string | null;
}

/** Maximum days between a certification's date and the filing date. */
export const MAX_DAYS_BEFORE = 30;

/** Where a certification names its report: paragraph 1 of a Section 302 one, the text of a Section 906 one. */
function namer(c: FilingCertification): string {
  return c.kind === '906' ? 'the Section 906 certification' : 'paragraph 1';
}

function where(c: FilingCertification): string {
  const doc = c.document ?? c.filePath.split(/[\\/]/).pop()!;
  return `${c.documentType ? `${c.documentType} ` : ''}(${doc})`;
}

function at(c: FilingCertification, needle: string | null, part: 'report' | 'signature'): { start: Position; end: Position } {
  const found = needle && c.find ? c.find(needle, part) : null;
  return found ?? { start: { line: c.line, column: 1 }, end: { line: c.line, column: 1 } };
}

function is906Document(type: string | undefined, form: string | null): boolean {
  if (!type) return false;
  const t = type.toUpperCase();
  if (/^EX-32\b/.test(t) || /^EX-99\.?.*906/.test(t)) return true;
  // Form 20-F puts the Section 906 certification in Exhibit 13.
  return /^EX-13\b/.test(t) && form === '20-F';
}

export function checkFiling(input: FilingInput): FilingFinding[] {
  const out: FilingFinding[] = [];
  const form = parseFormType(input.form);
  const mainAt = { start: { line: input.main.line, column: input.main.column ?? 1 }, end: { line: input.main.line, column: input.main.column ?? 1 } };
  const onMain = { filePath: input.main.filePath, document: input.main.document, ...mainAt };
  const in906Doc = (c: FilingCertification) => is906Document(c.documentType, form?.base ?? null);
  const certs302 = input.certifications.filter((c) => c.kind === '302' && !in906Doc(c));

  // SOX017: a separate certification by the principal executive and by the principal financial officer.
  const asb = certs302.length > 0 && certs302.every((c) => c.form === '601b31ii');
  if (form && PERIODIC.has(form.base) && !asb) {
    let peo = false;
    let pfo = false;
    const unknown: FilingCertification[] = [];
    for (const c of certs302) {
      const r = officerRoles({ title: c.title, signature: c.signature, heading: c.heading, description: c.description });
      if (!r || (!r.peo && !r.pfo && !c.title)) unknown.push(c);
      if (!r) continue;
      peo ||= r.peo;
      pfo ||= r.pfo;
    }
    const missing = [!peo && 'principal executive officer', !pfo && 'principal financial officer'].filter(Boolean) as string[];
    if (missing.length) {
      const found = certs302.length;
      const untitled = unknown.length
        ? `; ${unknown.map(where).join(', ')} ${unknown.length === 1 ? 'states' : 'state'} no title, so the office could not be told`
        : '';
      out.push({
        ruleId: 'SOX017',
        // When a certification gives no title, the office may be there: a warning, not an error.
        severity: unknown.length >= missing.length ? 1 : undefined,
        message: found === 0
          ? `This Form ${form.text} has no Section 302 certification (Exhibit 31): one is required from the principal executive officer and one from the principal financial officer`
          : `No Section 302 certification in this Form ${form.text} is by the ${missing.join(' or the ')}: each signs a separate certification (or one that says the same person holds both offices)${untitled}`,
        paragraph: null,
        ...onMain,
        expected: missing.join(', '),
        actual: found ? certs302.map((c) => `${c.title ?? '(no title)'} in ${where(c)}`).join('; ') : null,
      });
    }
  }

  // SOX018: the report and period named in paragraph 1.
  const period = parseDate(input.period);
  for (const c of input.certifications) {
    if (!c.report) continue;
    if (form) {
      const named = formInReport(c.report);
      if (named && (named.base !== form.base || (named.amended && !form.amended))) {
        const expected = `Form ${form.amended && named.amended ? form.text : form.base}`;
        out.push({
          ruleId: 'SOX018',
          message: `${where(c)}: ${namer(c)} names "${named.text}", but this filing is a Form ${form.text}`,
          paragraph: c.kind === '302' ? '1' : null,
          filePath: c.filePath, document: c.document, ...at(c, named.text, 'report'),
          expected, actual: named.text,
        });
      } else if (!named) {
        const said = reportKind(c.report);
        const is = kindOfForm(form.base);
        if (said && is && said !== is) {
          out.push({
            ruleId: 'SOX018',
            message: `${where(c)}: ${namer(c)} names a ${said} report, but this filing is a Form ${form.text} (${is} report)`,
            paragraph: c.kind === '302' ? '1' : null,
            filePath: c.filePath, document: c.document, ...at(c, said, 'report'),
            expected: `${is} report`, actual: c.report,
          });
        }
      }
    }
    const named = periodInReport(c.report);
    if (period !== null && named && named.day !== period) {
      out.push({
        ruleId: 'SOX018',
        message: `${where(c)}: ${namer(c)} names the period ended ${named.text}, but this filing's period ended ${formatDay(period)}`,
        paragraph: c.kind === '302' ? '1' : null,
        filePath: c.filePath, document: c.document, ...at(c, named.text, 'report'),
        expected: formatDay(period), actual: named.text,
      });
    }
  }

  // SOX019: the registrant named in paragraph 1.
  const filers = [...new Set(input.filer.map((f) => f.trim()).filter(Boolean))];
  if (filers.length) {
    for (const c of input.certifications) {
      if (!c.registrant || isGenericRegistrant(c.registrant)) continue;
      if (filers.some((f) => sameRegistrant(c.registrant!, f))) continue;
      out.push({
        ruleId: 'SOX019',
        message: `${where(c)}: ${namer(c)} names the registrant "${c.registrant}", but the filer is "${filers[0]}"`,
        paragraph: c.kind === '302' ? '1' : null,
        filePath: c.filePath, document: c.document, ...at(c, c.registrant, 'report'),
        expected: filers[0], actual: c.registrant,
      });
    }
  }

  // SOX020: a periodic report with financial statements and no Section 906 certification.
  if (form && NEEDS_906.has(form.base) && (!form.amended || input.hasFinancialStatements)) {
    const has906 = input.certifications.some((c) => c.kind === '906') ||
      input.documents.some((d) => is906Document(d.type, form.base));
    if (!has906) {
      const exhibit = form.base === '20-F' ? 'Exhibit 13' : 'Exhibit 32';
      out.push({
        ruleId: 'SOX020',
        message: `This Form ${form.text}${form.amended ? ', which contains financial statements,' : ''} has no Section 906 certification (${exhibit}, 18 U.S.C. 1350)`,
        paragraph: null,
        ...onMain,
        expected: `${exhibit} certification under 18 U.S.C. 1350`,
        actual: null,
      });
    }
  }

  // SOX021: dated after the filing date, or long before it.
  const filed = parseDate(input.filedDate);
  if (filed !== null) {
    const what = input.filedDateSource === 'signatures' ? "the report's signature date" : 'the filing date';
    for (const c of input.certifications) {
      const d = parseDate(c.date);
      if (d === null) continue;
      const before = filed - d;
      if (before >= 0 && before <= MAX_DAYS_BEFORE) continue;
      out.push({
        ruleId: 'SOX021',
        message: before < 0
          ? `${where(c)}: dated ${c.date}, after ${what} (${formatDay(filed)})`
          : `${where(c)}: dated ${c.date}, ${before} days before ${what} (${formatDay(filed)}); a certification is signed when the report is filed`,
        paragraph: 'signature',
        filePath: c.filePath, document: c.document, ...at(c, c.date, 'signature'),
        expected: `${formatDay(filed - MAX_DAYS_BEFORE)} to ${formatDay(filed)}`,
        actual: c.date,
      });
    }
  }
  return out;
}

/** A finding as a LintMessage, the way lintExtracted builds them; null when the rule is turned off. */
export function toLintMessage(f: FilingFinding, options: LintOptions = {}): LintMessage | null {
  const rule = rulesById.get(f.ruleId)!;
  const setting = options.rules?.[f.ruleId] ?? options.rules?.[rulesById.get(f.ruleId)?.name ?? ''];
  if (setting === 'off') return null;
  const severity = setting === 'warn' ? 1 : setting === 'error' ? 2 : f.severity ?? (rule.severity === 'error' ? 2 : 1);
  const m: LintMessage = {
    ruleId: f.ruleId,
    ruleName: rule.name,
    severity,
    message: f.message,
    paragraph: f.paragraph,
    line: f.start.line,
    column: f.start.column,
    endLine: f.end.line,
    endColumn: f.end.column,
    expected: f.expected,
    actual: f.actual,
  };
  if (f.document !== undefined) m.document = f.document;
  return m;
}
