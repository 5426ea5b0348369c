// One date grammar: what the signature reader takes for the certification's date is a date the
// filing rules can read, and the other way round.
import { describe, expect, it } from 'vitest';
import { DATE, findDates, formatDay, parseDate } from '../src/core/dates.js';
import { extractText } from '../src/core/extract/text.js';
import { lintExtracted } from '../src/core/lint.js';
import { canonical, render } from './support/certs.js';

const WRITTEN = [
  'February 27, 2026', 'Feb. 27th, 2026', 'this 27th day of February, 2026', 'the 27th day of February in the year 2026',
  '27 February 2026', '2/27/2026', '2/27/26', '2026-02-27', '02-27-2026',
];

describe('dates', () => {
  it.each(WRITTEN)('"Date: %s" dates the certification, and the filing rules read the same day', (written) => {
    const src = render(canonical(), 'text').replace('February 27, 2026', written);
    const r = lintExtracted(extractText(src), 'ex31.txt');
    expect(r.messages.map((m) => m.ruleId)).toEqual([]);
    const date = r.certifications[0].date;
    expect(date).not.toBeNull();
    expect(formatDay(parseDate(date)!)).toBe('February 27, 2026');
  });

  it('finds every written date in a text, and reads each', () => {
    const text = WRITTEN.join('; ');
    expect(findDates(text).map((d) => formatDay(d.day))).toEqual(WRITTEN.map(() => 'February 27, 2026'));
    expect(DATE.exec('Dated: 02-27-2026')?.[0]).toBe('02-27-2026');
  });
});
