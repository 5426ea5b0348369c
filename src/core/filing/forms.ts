// EDGAR form types, as a submission header, a cover page or a certification's paragraph 1 names
// them. Browser-safe.

export interface FormName {
  /** The form the report is filed on, variants folded: "10-K" for 10-K, 10-KT, 10-K405; "N-CSR" for N-CSRS. */
  base: string;
  /** An amendment ("10-K/A", "Amendment No. 1 to ... Form 10-K"). */
  amended: boolean;
  /** As written ("Form 10-Q", "10-K/A"). */
  text: string;
}

const FOLD: Record<string, string> = {
  '10-KT': '10-K', '10-K405': '10-K', '10-QT': '10-Q', 'N-CSRS': 'N-CSR', '20-FR': '20-F', '40-FR': '40-F',
};

/** Folds an EDGAR form type: "10-K/A" -> { base: "10-K", amended: true }. Null for an empty one. */
export function parseFormType(type: string | null | undefined): FormName | null {
  if (!type) return null;
  const t = type.trim().toUpperCase().replace(/\s+/g, '');
  if (!t) return null;
  const amended = /\/A$/.test(t);
  const bare = t.replace(/\/A$/, '');
  return { base: FOLD[bare] ?? bare, amended, text: type.trim() };
}

/** Forms whose certifying officers are the principal executive and principal financial officers. */
export const PERIODIC = new Set(['10-K', '10-Q', '20-F', '40-F', 'N-CSR', '10-KSB', '10-QSB']);
/** Forms a Section 906 certification must accompany (18 U.S.C. 1350: periodic reports with financial statements). */
export const NEEDS_906 = new Set(['10-K', '10-Q', '20-F']);

/** The forms a certification may be filed with, as written after "Form" (variants included). */
const CERTIFIED_FORMS = '10-K(?:SB|T|405)?|10-Q(?:SB|T)?|20-F|40-F|N-CSRS?|10-D';
/** "Form X" in a certification's paragraph 1: the forms above and others a filer may name by mistake. */
const FORM_IN_TEXT = new RegExp(`\\bForm\\s+((?:${CERTIFIED_FORMS}|N-Q|11-K|8-K|6-K)(?:\\/A)?)(?![\\w-])`, 'i');
/** "FORM X" on a cover page: upper case first (the cover's title), else any case. */
const FORM_ON_COVER = new RegExp(`\\bFORM\\s+((?:${CERTIFIED_FORMS})(?:\\/A)?)(?![\\w-])`);
const FORM_ON_COVER_ANY_CASE = new RegExp(FORM_ON_COVER.source.replace('FORM', 'Form'), 'i');

/** The form a certification's report names ("Annual Report on Form 10-K/A"), or null when it names none. */
export function formInReport(report: string | null | undefined): FormName | null {
  if (!report) return null;
  const m = FORM_IN_TEXT.exec(report.replace(/[\u2010-\u2015\u2212]/g, '-'));
  if (!m) return null;
  const f = parseFormType(m[1])!;
  const amended = f.amended || /\bamend/i.test(report);
  return { base: f.base, amended, text: m[0] };
}

/** "annual" / "quarterly" / "semi-annual" / "transition" as the report's own words say, when they say. */
export function reportKind(report: string | null | undefined): 'annual' | 'quarterly' | null {
  if (!report) return null;
  if (/\bquarterly\b/i.test(report)) return 'quarterly';
  if (/\b(?<!semi-?)annual\b/i.test(report)) return 'annual';
  return null;
}

/** The kind of report a form is, for a report that names no form number. */
export function kindOfForm(base: string): 'annual' | 'quarterly' | null {
  if (base === '10-K' || base === '20-F' || base === '40-F' || base === '10-KSB') return 'annual';
  if (base === '10-Q' || base === '10-QSB') return 'quarterly';
  return null;
}

/** The form named on a cover page ("FORM 10-K", "FORM 10-K/A", "Amendment No. 1"), from its visible text. */
export function formOnCover(text: string): FormName | null {
  const head = text.slice(0, 20000).replace(/[\u2010-\u2015\u2212]/g, '-');
  const m = FORM_ON_COVER.exec(head) ?? FORM_ON_COVER_ANY_CASE.exec(head);
  if (!m) return null;
  const f = parseFormType(m[1])!;
  const amended = f.amended || /\bAmendment\s+No\.?\s*\d/i.test(head.slice(0, 6000));
  return { base: f.base, amended, text: amended && !f.amended ? `${m[1]}/A` : m[1] };
}

/** The form a file name suggests ("acme-10k.htm", "d123456d10q.htm", "form20-f.htm"). */
export function formInName(name: string): FormName | null {
  const n = name.toLowerCase();
  const m = /(?:^|[^a-z0-9])(?:form)?[-_ ]?(10-?k|10-?q|20-?f|40-?f|n-?csrs?)(a)?(?:[^a-z0-9]|$)/.exec(n) ??
    /(?:\d|[a-z])(10-?k|10-?q|20-?f|40-?f|n-?csrs?)(a)?(?:[^a-z0-9]|$)/.exec(n);
  if (!m) return null;
  const raw = m[1].replace('-', '').toUpperCase();
  const type = raw.startsWith('NCSR') ? `N-${raw.slice(1)}` : `${raw.slice(0, 2)}-${raw.slice(2)}`;
  return parseFormType(`${type}${m[2] ? '/A' : ''}`);
}

/** EDGAR document types that hold certifications: Exhibits 31 and 32, 12 and 13 (Form 20-F), EX-99.CERT (N-CSR). */
export function isCertificationType(type: string): boolean {
  const t = type.trim().toUpperCase();
  return /^EX-(?:31|32|12|13)(?![0-9])/.test(t) || /^EX-99\.?[^\s]*CERT/.test(t);
}

/** Document types that must hold a certification, so that one without is reported (SOX001). */
export function requiresCertification(type: string, form: string | null): boolean {
  const t = type.trim().toUpperCase();
  if (/^EX-3[12](?![0-9])/.test(t) || /^EX-99\.?[^\s]*CERT/.test(t)) return true;
  return /^EX-1[23](?![0-9])/.test(t) && form === '20-F';
}
