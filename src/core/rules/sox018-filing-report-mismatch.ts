import { periodInReport } from '../filing/cover.js';
import { formatDay, parseDate } from '../dates.js';
import { formInReport, kindOfForm, parseFormType, reportKind, type FormName } from '../filing/forms.js';
import type { FilingCertification } from '../filing/types.js';
import { namer, placeOf, reportParagraph, where } from './shared/filing.js';
import type { FilingReport, FilingRule, Declared } from './rule.js';

/** The form or the kind of report paragraph 1 names, against the filing's form. */
function formMismatch(c: FilingCertification, form: FormName): FilingReport | null {
  const named = formInReport(c.report);
  if (named) {
    if (named.base === form.base && (!named.amended || form.amended)) return null;
    return {
      message: `${where(c)}: ${namer(c)} names "${named.text}", but this filing is a Form ${form.text}`,
      paragraph: reportParagraph(c),
      ...placeOf(c, named.text, 'report'),
      expected: `Form ${form.amended && named.amended ? form.text : form.base}`,
      actual: named.text,
    };
  }
  const said = reportKind(c.report);
  const is = kindOfForm(form.base);
  if (!said || !is || said === is) return null;
  return {
    message: `${where(c)}: ${namer(c)} names a ${said} report, but this filing is a Form ${form.text} (${is} report)`,
    paragraph: reportParagraph(c),
    ...placeOf(c, said, 'report'),
    expected: `${is} report`,
    actual: c.report,
  };
}

export const filingReportMismatch: Declared<FilingRule> = {
  id: 'SOX018',
  name: 'filing-report-mismatch',
  severity: 'error',
  notFixedReason: "the report named must be the filing's own: only the filer knows which",
  description: "Paragraph 1 names a different form or period than the filing's.",
  scope: 'filing',
  check(input, context) {
    const form = parseFormType(input.form);
    const period = parseDate(input.period);
    for (const c of input.certifications) {
      if (!c.report) continue;
      const mismatch = form ? formMismatch(c, form) : null;
      if (mismatch) context.report(mismatch);
      const named = periodInReport(c.report);
      if (period === null || !named || named.day === period) continue;
      context.report({
        message: `${where(c)}: ${namer(c)} names the period ended ${named.text}, but this filing's period ended ${formatDay(period)}`,
        paragraph: reportParagraph(c),
        ...placeOf(c, named.text, 'report'),
        expected: formatDay(period),
        actual: named.text,
      });
    }
  },
};
