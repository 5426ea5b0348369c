import { formatDay, parseDate } from '../dates.js';
import { MAX_DAYS_BEFORE, placeOf, where } from './shared/filing.js';
import type { FilingRule, Declared } from './rule.js';

export const filingDateMismatch: Declared<FilingRule> = {
  id: 'SOX021',
  name: 'filing-date-mismatch',
  severity: 'warning',
  notFixedReason: "dates are the filer's to set",
  description: 'A certification is dated after the filing date, or long before it.',
  scope: 'filing',
  check(input, context) {
    const filed = parseDate(input.filedDate);
    if (filed === null) return;
    const what = input.filedDateSource === 'signatures' ? "the report's signature date" : 'the filing date';
    for (const c of input.certifications) {
      const d = parseDate(c.date);
      if (d === null) continue;
      const before = filed - d;
      if (before >= 0 && before <= MAX_DAYS_BEFORE) continue;
      context.report({
        message: before < 0
          ? `${where(c)}: dated ${c.date}, after ${what} (${formatDay(filed)})`
          : `${where(c)}: dated ${c.date}, ${before} days before ${what} (${formatDay(filed)}); a certification is signed when the report is filed`,
        paragraph: 'signature',
        ...placeOf(c, c.date, 'signature'),
        expected: `${formatDay(filed - MAX_DAYS_BEFORE)} to ${formatDay(filed)}`,
        actual: c.date,
      });
    }
  },
};
