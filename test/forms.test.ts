// Every certification form: each template's own text passes, the form is chosen automatically,
// alternatives and optional paragraphs of the asset-backed form, and unverified templates warn.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/core/extract/html.js';
import { lintExtracted } from '../src/core/lint.js';
import { builtinTemplates } from '../src/core/templates/index.js';
import { brief, canonicalFor, edit, lintSource, render, without, type Kind } from './support/certs.js';

const REPORT: Record<string, string> = {
  '601b31i': 'Annual Report on Form 10-K for the fiscal year ended December 31, 2025',
  '20-F': 'annual report on Form 20-F for the fiscal year ended December 31, 2025',
  '40-F': 'annual report on Form 40-F for the fiscal year ended December 31, 2025',
  'N-CSR': 'report on Form N-CSR for the period ended June 30, 2025',
};
const ABS_FILL = { registrant: 'Acme Auto Receivables Trust 2025-1', parties: 'Acme Servicing LLC and First Trust Bank, N.A.' };
const kinds: Kind[] = ['text', 'html'];

describe.each(kinds)('each form on %s', (kind) => {
  it.each(Object.keys(REPORT))('%s: its own text has no finding and is recognised', (form) => {
    const r = lintSource(render(canonicalFor(form, { report: REPORT[form] }), kind), kind);
    expect(brief(r)).toEqual([]);
    expect(r.certifications.map((c) => [c.form, c.report, c.verified])).toEqual([[form, REPORT[form], builtinTemplates().get(form)!.verified]]);
  });

  it.each([
    ['servicer signing, no reliance paragraph', ['4-depositor', 'reliance']],
    ['depositor signing, no reliance paragraph', ['4-servicer', 'reliance']],
    ['servicer signing, with reliance paragraph', ['4-depositor']],
  ])('601b31ii: %s', (_name, omit) => {
    const r = lintSource(render(canonicalFor('601b31ii', ABS_FILL, omit), kind), kind);
    expect(brief(r)).toEqual([]);
    expect(r.certifications.map((c) => [c.form, c.registrant])).toEqual([['601b31ii', 'Acme Auto Receivables Trust 2025-1']]);
  });
});

describe('601b31ii alternatives', () => {
  it('either word of "[has/have]" is right; another word is not', () => {
    const paras = canonicalFor('601b31ii', ABS_FILL, ['4-depositor', 'reliance']);
    expect(brief(lintSource(render(edit(paras, '4-servicer', 'servicer(s) has fulfilled', 'servicer(s) have fulfilled'), 'text'), 'text'))).toEqual([]);
    const r = lintSource(render(edit(paras, '4-servicer', 'servicer(s) has fulfilled', 'servicer(s) had fulfilled'), 'text'), 'text');
    expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.expected, m.actual])).toEqual([['SOX004', '4-servicer', '[has/have]', 'had']]);
  });

  it('paragraph 4 in neither version is missing', () => {
    const r = lintSource(render(canonicalFor('601b31ii', ABS_FILL, ['4-servicer', '4-depositor', 'reliance']), 'text'), 'text');
    expect(r.messages.map((m) => m.ruleId)).toEqual(['SOX002']);
    expect(r.messages[0].paragraph).toMatch(/^4-(servicer|depositor)$/);
  });

  it('a reliance paragraph with its parties captured', () => {
    const r = lintSource(render(canonicalFor('601b31ii', ABS_FILL, ['4-depositor']), 'text'), 'text');
    expect(brief(r)).toEqual([]);
  });
});

describe('choosing the form', () => {
  const exhibit = (type: string, report: string, form = '601b31i') =>
    `<DOCUMENT>\n<TYPE>${type}\n<FILENAME>ex.htm\n<TEXT>\n` + render(canonicalFor(form, { report }), 'html') + '</TEXT>\n</DOCUMENT>\n';

  it('from the EDGAR <TYPE>: EX-12 is a Form 20-F certification', () => {
    const r = lintExtracted(extractHtml(exhibit('EX-12.1', 'annual report', '20-F')), 'ex.htm');
    expect(r.certifications.map((c) => c.form)).toEqual(['20-F']);
    expect(brief(r)).toEqual([]);
  });

  it('from the EDGAR <TYPE>: EX-99.CERT is a Form N-CSR certification', () => {
    const r = lintExtracted(extractHtml(exhibit('EX-99.CERT', 'report', 'N-CSR')), 'ex.htm');
    expect(r.certifications.map((c) => c.form)).toEqual(['N-CSR']);
  });

  it('from paragraph 1 when the type says nothing more', () => {
    const r = lintExtracted(extractHtml(exhibit('EX-31.1', REPORT['20-F'], '20-F')), 'ex.htm');
    expect(r.certifications.map((c) => c.form)).toEqual(['20-F']);
  });

  it('as asked with --form', () => {
    const r = lintSource(render(canonicalFor('20-F', { report: 'annual report' }), 'text'), 'text', { form: '20-F' });
    expect(r.certifications.map((c) => c.form)).toEqual(['20-F']);
    expect(brief(r)).toEqual([]);
  });

  it('an unknown form is refused', () => {
    expect(() => lintSource('x', 'text', { form: '10-Z' })).toThrow('unknown form "10-Z"');
  });
});

describe('unverified templates', () => {
  it('report departures as warnings that say the template is unverified', () => {
    const paras = edit(canonicalFor('20-F', { report: REPORT['20-F'] }), '3', 'cash flows of the company as of', 'cash flows of the Issuer as of');
    const r = lintSource(render(paras, 'text'), 'text');
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.paragraph])).toEqual([['SOX004', 1, '3']]);
    expect(r.messages[0].message).toMatch(/\(the 20-F template is not verified against an official text\)$/);
    expect(r.errorCount).toBe(0);
  });

  it('a missing paragraph in a 20-F certification is a warning too', () => {
    const r = lintSource(render(without(canonicalFor('20-F', { report: REPORT['20-F'] }), '4(b)'), 'html'), 'html');
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.paragraph])).toEqual([['SOX002', 1, '4(b)']]);
  });
});

describe('profiles and forms', () => {
  it('Form N-CSRS is the N-CSR form', () => {
    const r = lintSource(render(canonicalFor('N-CSR', { report: 'report on Form N-CSRS for the period ended June 30, 2025' }), 'text'), 'text');
    expect(r.certifications.map((c) => c.form)).toEqual(['N-CSR']);
    expect(brief(r)).toEqual([]);
  });

  it('the transition profile does not excuse 4(b) on Form N-CSR (Rule 30a-2, not Rule 13a-14(a))', () => {
    const r = lintSource(render(without(canonicalFor('N-CSR', { report: REPORT['N-CSR'] }), '4(b)'), 'text'), 'text', { profile: 'transition' });
    expect(brief(r)).toEqual(['SOX002 4(b)']);
  });

  it('an asset-backed amendment without paragraphs 3, 4 and 5', () => {
    const paras = canonicalFor('601b31ii', ABS_FILL, ['4-depositor', 'reliance']).filter((p) => !/^[345]/.test(p.id));
    expect(brief(lintSource(render(paras, 'text'), 'text', { profile: 'amendment' }))).toEqual([]);
    expect(brief(lintSource(render(paras, 'text'), 'text')).filter((b) => b.startsWith('SOX002'))).toHaveLength(3);
  });

  it('an inline alternative left as "[has/have]" is an unfilled placeholder', () => {
    const paras = edit(canonicalFor('601b31ii', ABS_FILL, ['4-depositor', 'reliance']), '4-servicer', 'servicer(s) has fulfilled', 'servicer(s) [has/have] fulfilled');
    const r = lintSource(render(paras, 'text'), 'text');
    expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.actual])).toEqual([['SOX011', '4-servicer', '[has/have]']]);
  });
});
