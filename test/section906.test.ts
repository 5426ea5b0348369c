// Section 906 certifications (Exhibit 32): the two statements of 18 U.S.C. 1350(b), signed and dated.
import { describe, expect, it } from 'vitest';
import { brief, canonical, lintSource, plain, render, slice, type Kind } from './support/certs.js';

const JOINT = [
  'Exhibit 32.1',
  '',
  'CERTIFICATION PURSUANT TO 18 U.S.C. SECTION 1350, AS ADOPTED PURSUANT TO SECTION 906 OF THE SARBANES-OXLEY ACT OF 2002',
  '',
  'In connection with the Annual Report of Acme Corp. (the "Company") on Form 10-K for the fiscal year ended December 31, 2025, as filed with the Securities and Exchange Commission on the date hereof (the "Report"), we, Jane Q. Doe, Chief Executive Officer, and John Roe, Chief Financial Officer, of the Company, certify, pursuant to 18 U.S.C. Section 1350, as adopted pursuant to Section 906 of the Sarbanes-Oxley Act of 2002, that, to our knowledge:',
  '',
  '(1) The Report fully complies with the requirements of section 13(a) or 15(d) of the Securities Exchange Act of 1934; and',
  '',
  '(2) The information contained in the Report fairly presents, in all material respects, the financial condition and results of operations of the Company.',
  '',
  'Date: February 27, 2026',
  '/s/ Jane Q. Doe',
  'Jane Q. Doe, Chief Executive Officer',
  '',
  '/s/ John Roe',
  'John Roe, Chief Financial Officer',
  '',
];

function html(lines: string[]): string {
  return `<html><body>${lines.filter(Boolean).map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/"/g, '&#147;')}</p>`).join('\n')}</body></html>`;
}

const kinds: Kind[] = ['text', 'html'];

describe.each(kinds)('Section 906 on %s', (kind) => {
  const run = (lines: string[]) => {
    const source = kind === 'html' ? html(lines) : lines.join('\n');
    return { source, r: lintSource(source, kind) };
  };

  it('a joint, signed, dated certification with both statements has no finding', () => {
    const { r } = run(JOINT);
    expect(brief(r)).toEqual([]);
    expect(r.certifications).toHaveLength(1);
    expect(r.certifications[0]).toMatchObject({
      kind: '906', form: '906', signer: 'Jane Q. Doe', date: 'February 27, 2026',
      report: 'Annual Report of Acme Corp. (the "Company") on Form 10-K for the fiscal year ended December 31, 2025',
    });
  });

  it('a missing "fairly presents" statement', () => {
    const { source, r } = run(JOINT.map((l) => (l.startsWith('(2)') ? '(2) The Company is a Delaware corporation.' : l)));
    expect(brief(r)).toEqual(['SOX015 -']);
    expect(r.messages[0].message).toMatch(/fairly presents, in all material respects, the financial condition and results of operations/);
    expect(plain(slice(source, r.messages[0]))).toMatch(/^Exhibit 32\.1/);
  });

  it('a missing "fully complies" statement', () => {
    const { r } = run(JOINT.map((l) => (l.startsWith('(1)') ? '(1) The Report was filed on time; and' : l)));
    expect(brief(r)).toEqual(['SOX015 -']);
  });

  it('unsigned and undated', () => {
    const { source, r } = run(JOINT.slice(0, 10));
    expect(brief(r)).toEqual(['SOX016 signature', 'SOX016 signature']);
    expect(r.messages.map((m) => m.message)).toEqual([
      'Section 906 certification has no conformed signature ("/s/ Name")',
      'Section 906 certification is not dated',
    ]);
    expect(slice(source, r.messages[0])).toBe('');
  });

  it('two officers\' separate certifications in one exhibit are two certifications', () => {
    const one = (name: string, title: string) => [
      `In connection with the Quarterly Report of Acme Corp. on Form 10-Q for the quarter ended September 30, 2025 (the "Report"), I, ${name}, ${title} of the Company, certify, pursuant to 18 U.S.C. Section 1350, that, to my knowledge:`,
      '',
      '(1) The Report fully complies with the requirements of section 13(a) or 15(d) of the Securities Exchange Act of 1934; and',
      '',
      '(2) The information contained in the Report fairly presents, in all material respects, the financial condition and results of operations of the Company.',
      '',
      `/s/ ${name}`,
      'Date: November 6, 2025',
      '',
    ];
    const { r } = run([...one('Jane Q. Doe', 'Chief Executive Officer'), ...one('John Roe', 'Chief Financial Officer')]);
    expect(brief(r)).toEqual([]);
    expect(r.certifications.map((c) => [c.kind, c.officer, c.signer])).toEqual([['906', 'Jane Q. Doe', 'Jane Q. Doe'], ['906', 'John Roe', 'John Roe']]);
  });
});

describe('302 and 906 in one document', () => {
  it('each is found; the 906 text is not reported as altered 302 wording', () => {
    const text = render(canonical(), 'text') + '\n\n' + JOINT.join('\n');
    const r = lintSource(text, 'text');
    expect(brief(r)).toEqual([]);
    expect(r.certifications.map((c) => c.kind)).toEqual(['302', '906']);
  });
});

describe('Section 906 wording variants', () => {
  it('"Section 13(a) or Section 15(d)", capitals, and a date on its own line above the signature', () => {
    const lines = JOINT.map((l) => l
      .replace('fully complies with the requirements of section 13(a) or 15(d)', 'Fully Complies with the requirements of Section 13(a) or Section 15(d)')
      .replace('Date: February 27, 2026', 'February 27, 2026'));
    const r = lintSource(lines.join('\n'), 'text');
    expect(brief(r)).toEqual([]);
    expect(r.certifications[0].date).toBe('February 27, 2026');
  });
});
