// The profile a filing's certifications are checked under, decided here for folders and submissions
// alike. Browser-safe.
import type { Profile } from '../types.js';
import type { FormName } from './forms.js';

/**
 * The profile asked for; else `amendment` for an amended report without financial statements,
 * whose certifications may leave out paragraphs 3 to 5; else the default (undefined).
 */
export function filingProfile(asked: Profile | undefined, form: FormName | null, hasFinancialStatements: boolean): Profile | undefined {
  if (asked) return asked;
  return form?.amended && !hasFinancialStatements ? 'amendment' : undefined;
}
