// What a filing's main document says on its cover page, read from its visible text: the form, the
// period, the registrant's name; and the period a certification's paragraph 1 names. Browser-safe.
import { DATE_SOURCE, findDates, parseDate, type Day } from '../dates.js';
import type { DeiFacts } from '../extract/dei-facts.js';
import type { MainDocumentText } from '../extract/main-document.js';
import { formOnCover, parseFormType, type FormName } from './forms.js';

/** What a main document's cover page and signatures say: form, period, registrant, signature date. */
export interface Cover {
  form: FormName | null;
  /** The period's end, as written ("December 31, 2025"). */
  period: string | null;
  /** The registrant's name as the cover gives it ("Exact name of registrant as specified in its charter"). */
  registrant: string | null;
  /** The date under the report's SIGNATURES, when found. */
  signed: string | null;
}

export type { DeiFacts };

/** What the filing rules take from a main document: its cover, the text read, its facts. */
export interface MainDocumentInfo extends Cover {
  /** The visible text kept (the cover page). */
  text: string;
  dei: DeiFacts;
  hasFinancialStatements: boolean;
}

const ENDED = new RegExp(`\\b(?:ended|ending|end(?:ed)?\\s+on)\\s*:?\\s*(${DATE_SOURCE})`, 'i');

/** The period a cover page names ("For the fiscal year ended December 31, 2025"). */
export function periodOnCover(text: string): string | null {
  const head = text.slice(0, 30000).replace(/[\u00a0\s]+/g, ' ');
  const re = new RegExp(`\\bfor\\s+the\\s+(?:fiscal\\s+year|year|quarterly\\s+period|quarter|period|semi-?annual\\s+period|six\\s+months|fiscal\\s+quarter)\\s+(?:ended|ending)\\s*:?\\s*(${DATE_SOURCE})`, 'i');
  const m = re.exec(head) ?? new RegExp(`\\btransition\\s+period\\s+from\\s+(?:${DATE_SOURCE})\\s+to\\s+(${DATE_SOURCE})`, 'i').exec(head);
  return m ? m[1] : null;
}

/** The registrant's name: the line above "(Exact name of registrant as specified in its charter)". */
export function registrantOnCover(text: string): string | null {
  const head = text.slice(0, 30000);
  const m = /\(?\s*exact\s+name\s+of\s+(?:the\s+)?registrant/i.exec(head);
  if (!m) return null;
  const lines = head.slice(0, m.index).split('\n').map((l) => l.replace(/[\u00a0\s]+/g, ' ').trim());
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 6; i--) {
    const l = lines[i];
    if (!l || /^[_\-\s]+$/.test(l) || /commission file number|^\d[\d-]*$/i.test(l)) continue;
    return l;
  }
  return null;
}

/** The date in the report's last SIGNATURES section, if it has one. */
export function signatureDate(text: string): string | null {
  const at = text.lastIndexOf('SIGNATURES');
  if (at < 0) return null;
  const d = findDates(text.slice(at, at + 4000));
  return d.length ? d[0].text : null;
}

/** Reads a main document's visible text (and its inline XBRL facts, when given) for the filing rules. */
export function readCover(text: string, dei: DeiFacts = {}): Cover {
  let form = formOnCover(text);
  if (dei.DocumentType) {
    const t = dei.DocumentType.trim().toUpperCase();
    const amended = /\/A$/.test(t) || /^true$/i.test(dei.AmendmentFlag ?? '') || !!form?.amended;
    const written = t.replace(/\/A$/, '');
    form = { base: parseFormType(written)?.base ?? written, amended, text: amended ? `${written}/A` : written };
  }
  const deiPeriod = dei.DocumentPeriodEndDate && parseDate(dei.DocumentPeriodEndDate) !== null ? dei.DocumentPeriodEndDate.trim() : null;
  return {
    form,
    period: deiPeriod ?? periodOnCover(text),
    registrant: dei.EntityRegistrantName?.replace(/\s+/g, ' ').trim() || registrantOnCover(text),
    signed: signatureDate(text),
  };
}

/** A main document as read (main-document.ts): its cover; the date under the last SIGNATURES after the cover wins over one in the cover's text (a table of contents). */
export function readMainDocument(read: MainDocumentText): MainDocumentInfo {
  const cover = readCover(read.text, read.dei);
  const signed = read.signatures ? signatureDate(read.signatures) : null;
  return { ...cover, signed: signed ?? cover.signed, text: read.text, dei: read.dei, hasFinancialStatements: read.hasFinancialStatements };
}

/**
 * The end of the period a certification's report names: the date after "ended"/"ending", else the
 * end of a "period from ... to ...", else its only date. Null when it names none (or several, unclear).
 */
export function periodInReport(report: string | null | undefined): { text: string; day: Day } | null {
  if (!report) return null;
  const r = report.replace(/[\u00a0\s]+/g, ' ');
  const m = ENDED.exec(r);
  if (m) { const d = parseDate(m[1]); if (d !== null) return { text: m[1], day: d }; }
  const tr = new RegExp(`\\bfrom\\s+(?:${DATE_SOURCE})\\s+(?:to|through)\\s+(${DATE_SOURCE})`, 'i').exec(r);
  if (tr) { const d = parseDate(tr[1]); if (d !== null) return { text: tr[1], day: d }; }
  // "as filed ... on February 27, 2026" is the filing's date, not its period.
  const dates = findDates(r).filter((d) => !/\b(?:filed|dated|hereof|on)\s*$/i.test(r.slice(Math.max(0, d.index - 40), d.index)));
  return dates.length === 1 ? { text: dates[0].text, day: dates[0].day } : null;
}
