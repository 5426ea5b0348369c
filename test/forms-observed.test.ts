// The 20-F and 40-F templates accept what filers were seen to write (docs/forms.md): 40-F filers
// write "issuer" and "this report"; 20-F filers split three ways on paragraph 2. Unverified: warnings.
import { describe, expect, it } from 'vitest';
import { canonicalFor, edit, lintSource, render } from './support/certs.js';

const FILL_40F = { officer: 'Jane Q. Doe', report: 'annual report on Form 40-F for the fiscal year ended December 31, 2025', registrant: 'Maple Resources Ltd.' };
const FILL_20F = { officer: 'Jane Q. Doe', report: 'annual report on Form 20-F for the fiscal year ended December 31, 2025', registrant: 'Lotus Holdings Ltd.' };

describe.each(['text', 'html'] as const)('%s', (kind) => {
  it('40-F: "issuer" as the one 40-F filer writes it, and "this report" in paragraph 2, pass', () => {
    const paras = canonicalFor('40-F', FILL_40F);
    expect(paras.find((p) => p.id === '3')!.text).toContain('cash flows of the issuer as of');
    expect(paras.find((p) => p.id === '2')!.text).toMatch(/^Based on my knowledge, this report does not contain/);
    const r = lintSource(render(paras, kind), kind);
    expect(r.certifications.map((c) => [c.form, c.verified])).toEqual([['40-F', false]]);
    expect(r.messages).toEqual([]);
  });

  it('40-F: "company" throughout (as the template first had it) passes too', () => {
    const paras = canonicalFor('40-F', FILL_40F).map((p) => ({ ...p, text: p.text.replace(/\bissuer(?=\u2019s|\b)/g, 'company') }));
    expect(paras.find((p) => p.id === '4')!.text).toContain('The company\u2019s other certifying officer(s)');
    expect(lintSource(render(paras, kind), kind).messages).toEqual([]);
  });

  it('40-F: another word is still a (warning) finding', () => {
    const paras = edit(canonicalFor('40-F', FILL_40F), '3', 'cash flows of the issuer', 'cash flows of the corporation');
    const r = lintSource(render(paras, kind), kind);
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.paragraph])).toEqual([['SOX004', 1, '3']]);
    expect(r.messages[0].message).toMatch(/\(the 40-F template is not verified against an official text\)$/);
  });

  it.each([
    ['2', 'this annual report does not contain', 'covered by this report;'],
    ['2-report', 'this report does not contain', 'covered by this report;'],
    ['2-annual', 'this annual report does not contain', 'covered by this annual report;'],
  ])('20-F: paragraph 2 as filers wrote it (%s) passes', (id, first, last) => {
    const paras = canonicalFor('20-F', FILL_20F, [['2', '2-report', '2-annual'].filter((x) => x !== id)].flat());
    const p2 = paras.find((p) => p.id === id)!;
    expect(p2.text).toContain(first);
    expect(p2.text).toContain(last);
    const r = lintSource(render(paras.map((p) => (p.id === id ? { ...p, label: '2.' } : p)), kind), kind);
    expect(r.certifications.map((c) => c.form)).toEqual(['20-F']);
    expect(r.messages).toEqual([]);
  });

  it('20-F: "this quarterly report" in paragraph 2 is still a (warning) finding, in the closest version ("quarterly" inserted into 2-report)', () => {
    const paras = edit(canonicalFor('20-F', FILL_20F), '2', 'this annual report does not contain', 'this quarterly report does not contain');
    const r = lintSource(render(paras, kind), kind);
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.paragraph])).toEqual([['SOX005', 1, '2-report']]);
  });
});
