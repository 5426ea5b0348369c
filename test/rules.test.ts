// Each rule against fixtures that trigger it and ones that must not, in text and in EDGAR HTML.
// Every finding's line:column range, sliced from the source, must show the words it names.
import { describe, expect, it } from 'vitest';
import {
  brief, canonical, edit, lintSource, plain, reletter, render, slice, without, SIGNATURE,
  type Kind, type Para, type RenderOptions,
} from './support/certs.js';
import type { LintOptions, LintResult } from '../src/core/types.js';
import { extractHtml } from '../src/core/extract/html.js';
import { lintDocument } from '../src/core/lint.js';

interface Case {
  name: string;
  paras: () => Para[];
  render?: RenderOptions;
  options?: LintOptions;
  /** Exact findings, "RULE paragraph", in output order. */
  expect: string[];
  /** Words each finding's range must show (null: a zero-width point), in the same order. */
  actual?: (string | null)[];
}

const ICFR = ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))';

const cases: Case[] = [
  { name: 'a compliant certification', paras: canonical, expect: [] },
  // SOX002
  { name: 'paragraph 4(b) left out', paras: () => without(canonical(), '4(b)'), expect: ['SOX002 4(b)'], actual: [null] },
  { name: 'paragraph 2 left out', paras: () => without(canonical(), '2'), expect: ['SOX002 2'], actual: [null] },
  { name: 'the last paragraph, 5(b), left out', paras: () => without(canonical(), '5(b)'), expect: ['SOX002 5(b)'], actual: [null] },
  // SOX003
  { name: 'ICFR clause left out of paragraph 4', paras: () => edit(canonical(), '4', ICFR, ''), expect: ['SOX003 4'], actual: [null] },
  {
    name: 'ICFR clause without its parentheses is punctuation, not a missing clause',
    paras: () => edit(canonical(), '4', '(as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))', 'as defined in Exchange Act Rules 13a-15(f) and 15d-15(f)'),
    expect: ['SOX022 4', 'SOX022 4'], actual: ['as', '15d-15(f)'],
  },
  // Qualys: both omissions, sub-paragraphs relettered
  { name: 'the Qualys case', paras: () => reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)')), expect: ['SOX003 4', 'SOX002 4(b)'], actual: [null, null] },
  { name: 'the Qualys case under --profile transition', paras: () => reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)')), options: { profile: 'transition' }, expect: [] },
  { name: 'transition still reports other omissions', paras: () => without(canonical(), '4(b)', '4(c)'), options: { profile: 'transition' }, expect: ['SOX002 4(c)'], actual: [null] },
  // Amendment profile
  {
    name: 'amendment without paragraphs 3, 4 and 5',
    paras: () => edit(canonical(), '1', 'Form 10-K for', 'Form 10-K/A for').filter((p) => !/^[345]/.test(p.id)),
    options: { profile: 'amendment' }, expect: [],
  },
  {
    name: 'amendment with part of paragraph 4 left out',
    paras: () => without(edit(canonical(), '1', 'Annual Report on', 'Amendment No. 1 to the Annual Report on'), '4(a)'),
    options: { profile: 'amendment' }, expect: ['SOX002 4(a)'], actual: [null],
  },
  {
    name: 'amendment whose paragraph 1 names the original report',
    paras: () => canonical().filter((p) => !/^[345]/.test(p.id)),
    options: { profile: 'amendment' }, expect: ['SOX005 1'], actual: ['Annual Report on Form 10-K for the fiscal year ended December 31, 2025'],
  },
  { name: 'without the amendment profile, paragraphs 3-5 left out are reported', paras: () => canonical().filter((p) => !/^[45]/.test(p.id)), expect: ['SOX002 4', 'SOX002 4(a)', 'SOX002 4(b)', 'SOX002 4(c)', 'SOX002 4(d)', 'SOX002 5', 'SOX002 5(a)', 'SOX002 5(b)'] },
  // SOX004
  { name: 'a word dropped', paras: () => edit(canonical(), '2', 'statement of a material', 'statement of material'), expect: ['SOX004 2'], actual: [null] },
  { name: 'a word replaced', paras: () => edit(canonical(), '4(b)', 'accounting principles', 'accounting principals'), expect: ['SOX004 4(b)'], actual: ['principals;'] },
  { name: 'words inserted', paras: () => edit(canonical(), '2', 'any untrue statement', 'any untrue or misleading statement'), expect: ['SOX004 2'], actual: ['or misleading'] },
  {
    name: 'a comma added and words inserted nearby are a punctuation and a wording finding',
    paras: () => edit(canonical(), '3', 'fairly present in', 'fairly present, in every respect and'),
    expect: ['SOX022 3', 'SOX004 3'], actual: ['present,', 'every respect and'],
  },
  // SOX005
  {
    name: '"this report" as "this annual report"',
    paras: () => edit(edit(canonical(), '2', 'this report does', 'this annual report does'), '4(a)', 'this report is', 'this Form 10-K is'),
    expect: ['SOX005 2', 'SOX005 4(a)'], actual: ['annual report', 'Form 10-K'],
  },
  // SOX006
  {
    name: '"the registrant" replaced by a defined term',
    paras: () => edit(edit(canonical(), '3', 'of the registrant as of', 'of the Company as of'), '4', 'The registrant\u2019s other', 'Acme\u2019s other'),
    expect: ['SOX006 3', 'SOX006 4'], actual: ['Company', "Acme's"],
  },
  { name: 'capitalised "Registrant" is not a finding', paras: () => edit(canonical(), '3', 'of the registrant as', 'of the Registrant as'), expect: [] },
  // SOX007
  { name: 'title in the opening line', paras: () => edit(canonical(), 'intro', 'Jane Q. Doe,', 'Jane Q. Doe, Chief Executive Officer of Acme Corp.,'), expect: ['SOX007 intro'], actual: ['Chief Executive Officer of Acme Corp.'] },
  // SOX008
  {
    name: '2002 wording',
    paras: () => edit(edit(canonical(), '4', 'Rules 13a-15(e) and 15d-15(e))', 'Rules 13a-14 and 15d-14)'), '5', 'evaluation of internal control over financial reporting, to', 'evaluation, to'),
    expect: ['SOX008 4', 'SOX008 5'], actual: ['Rules 13a-14 and 15d-14)', 'our most recent evaluation, to the'],
  },
  // The rule reads a certification's text only when its tokens may hold a marker: any case, any spacing.
  { name: '2002 wording in capitals', paras: () => edit(canonical(), '4', 'Rules 13a-15(e) and 15d-15(e))', 'Rules 13A-14 and 15D-14)'), expect: ['SOX008 4'], actual: ['Rules 13A-14 and 15D-14)'] },
  { name: '"evaluation, to" across a line break', paras: () => edit(canonical(), '5', 'evaluation of internal control over financial reporting, to', 'EVALUATION,\nto'), expect: ['SOX008 5'], actual: ['our most recent EVALUATION, to the'] },
  { name: '"Form 10-KSB" across a line break', paras: () => edit(canonical(), '1', 'Annual Report on Form 10-K', 'Annual Report on Form\n10-ksb'), expect: ['SOX008 1'], actual: ['Form 10-ksb'] },
  { name: '"financial data" across a line break', paras: () => edit(canonical(), '5(a)', 'report financial information', 'report FINANCIAL\ndata'), expect: ['SOX008 5(a)'], actual: ['report FINANCIAL data;'] },
  { name: '"small business issuer" across a line break', paras: () => edit(canonical(), '3', 'of the registrant as of', 'of the small Business\nIssuer as of'), expect: ['SOX008 3'], actual: ['small Business Issuer'] },
  // SOX009
  { name: 'no conformed signature', paras: canonical, render: { signature: ['Date: February 27, 2026', 'Jane Q. Doe', 'Chief Executive Officer'] }, expect: ['SOX009 signature'], actual: [null] },
  { name: 'no date', paras: canonical, render: { signature: ['Date:', '/s/ Jane Q. Doe', 'Chief Executive Officer'] }, expect: ['SOX009 signature'], actual: ['Date:'] },
  { name: 'signed by someone else', paras: canonical, render: { signature: ['Date: February 27, 2026', '/s/ John Roe', 'Chief Executive Officer'] }, expect: ['SOX009 signature'], actual: ['/s/ John Roe'] },
  {
    name: 'signed under a power of attorney', paras: canonical,
    render: { signature: ['Date: February 27, 2026', '/s/ John Roe, attorney-in-fact for Jane Q. Doe', 'Chief Executive Officer'] },
    expect: ['SOX009 signature', 'SOX009 signature'], actual: ['/s/ John Roe,', 'attorney-in-fact for Jane'],
  },
  { name: 'a date written "this 27th day of February, 2026"', paras: canonical, render: { signature: ['Dated this 27th day of February, 2026', '/s/ Jane Q. Doe'] }, expect: [] },
  { name: 'a name suffix is not a title', paras: () => edit(canonical(), 'intro', 'Jane Q. Doe,', 'Jane Q. Doe, Jr.,'), render: { signature: ['Date: 2/27/2026', '/s/ Jane Q. Doe, Jr.'] }, expect: [] },
  { name: 'a bracketed title under the signature is not a placeholder', paras: canonical, render: { signature: ['Date: 2/27/2026', '/s/ Jane Q. Doe', '[Principal Executive Officer]'] }, expect: [] },
  { name: 'a page number between paragraphs is not wording', paras: () => edit(canonical(), '4(a)', 'being prepared;', 'being prepared;\n\n- 2 -\n'), expect: [] },
  { name: 'an "[Insert date]" blank left in', paras: canonical, render: { signature: ['Date: [Insert date]', '/s/ Jane Q. Doe'] }, expect: ['SOX009 signature', 'SOX011 signature'], actual: ['Date:', '[Insert date]'] },
  { name: 'a Form 10-QSB named in paragraph 1', paras: () => edit(canonical(), '1', 'Annual Report on Form 10-K', 'Quarterly Report on Form 10-QSB'), expect: ['SOX008 1'], actual: ['Form 10-QSB'] },
  { name: 'signature with a middle initial dropped is the same person', paras: canonical, render: { signature: ['Date: 2/27/2026', '/s/ Jane Doe', 'Chief Executive Officer'] }, expect: [] },
  // SOX010
  {
    name: 'a joint certification',
    paras: () => edit(edit(canonical(), 'intro', 'I, Jane Q. Doe, certify', 'We, Jane Q. Doe and John Roe, certify'), '1', 'I have reviewed', 'We have reviewed'),
    expect: ['SOX010 intro'], actual: ['We, Jane Q. Doe and John Roe, certify'],
  },
  // SOX011
  { name: 'a placeholder left in', paras: () => edit(canonical(), '1', 'of Acme Corp.;', 'of [identify registrant];'), expect: ['SOX011 1'], actual: ['[identify registrant]'] },
  // SOX012
  {
    name: 'paragraphs 4(c) and 4(d) swapped',
    paras: () => { const p = canonical(); const c = p.findIndex((x) => x.id === '4(c)'); [p[c], p[c + 1]] = [p[c + 1], p[c]]; return p; },
    expect: ['SOX012 4(c)'],
  },
  {
    name: 'paragraphs 2 and 3 swapped (both open "Based on my knowledge,")',
    paras: () => { const p = canonical(); const c = p.findIndex((x) => x.id === '2'); [p[c], p[c + 1]] = [p[c + 1], p[c]]; return p; },
    expect: ['SOX012 2'], actual: ['Based on my knowledge, this report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which such statements were made, not misleading with respect to the period covered by this report;'],
  },
  // SOX022 and SOX023: punctuation only and letter case only are warnings, one per run of them
  { name: 'a serial comma', paras: () => edit(canonical(), '5(a)', 'summarize and report', 'summarize, and report'), expect: ['SOX022 5(a)'], actual: ['summarize,'] },
  { name: '"." for ";"', paras: () => edit(canonical(), '2', 'covered by this report;', 'covered by this report.'), expect: ['SOX022 2'], actual: ['report.'] },
  { name: 'a closing parenthesis dropped', paras: () => edit(canonical(), '4', '15d-15(f)) for', '15d-15(f) for'), expect: ['SOX022 4'], actual: ['15d-15(f)'] },
  { name: '"13a-15 (f)" with a space', paras: () => edit(canonical(), '4', 'Rules 13a-15(f) and', 'Rules 13a-15 (f) and'), expect: ['SOX022 4'], actual: ['13a-15 (f)'] },
  {
    name: '"13a 15(e)" and "15d 15(e)" side by side are one finding',
    paras: () => edit(canonical(), '4', '13a-15(e) and 15d-15(e)', '13a 15(e) and 15d 15(e)'),
    expect: ['SOX022 4'], actual: ['13a 15(e) and 15d 15(e))'],
  },
  { name: 'a comma after "registrant" is punctuation, not registrant-wording', paras: () => edit(canonical(), '3', 'of the registrant as of', 'of the registrant, as of'), expect: ['SOX022 3'], actual: ['registrant,'] },
  { name: '"designed" in lower case', paras: () => edit(canonical(), '4(a)', 'Designed such', 'designed such'), expect: ['SOX023 4(a)'], actual: ['designed'] },
  { name: '"Board of Directors" is one finding', paras: () => edit(canonical(), '5', 'board of directors', 'Board of Directors'), expect: ['SOX023 5'], actual: ['Board of Directors'] },
  {
    name: 'a word replaced next to a case change: one wording and one case finding',
    paras: () => edit(canonical(), '4(b)', 'Designed such internal', 'designed the internal'),
    expect: ['SOX023 4(b)', 'SOX004 4(b)'], actual: ['designed', 'the'],
  },
  // SOX013
  { name: '"officer(s)" as "officers"', paras: () => edit(canonical(), '5', 'officer(s)', 'officers'), expect: ['SOX013 5'], actual: ['officers'] },
];

const kinds: Kind[] = ['text', 'html'];

function run(c: Case, kind: Kind): { source: string; result: LintResult } {
  const source = render(c.paras(), kind, c.render);
  return { source, result: lintSource(source, kind, c.options) };
}

describe.each(kinds)('rules on %s', (kind) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { source, result } = run(c, kind);
    expect(brief(result)).toEqual(c.expect);
    expect(result.certifications).toHaveLength(1);
    c.actual?.forEach((want, n) => {
      const m = result.messages[n];
      const got = slice(source, m);
      if (want === null) expect(got).toBe('');
      else expect(plain(got)).toBe(want);
    });
  });
});

describe('where an omission is reported', () => {
  it.each(kinds)('a missing paragraph stands before the next paragraph\'s label (%s)', (kind) => {
    const source = render(reletter(without(canonical(), '4(b)')), kind);
    const [m] = lintSource(source, kind).messages;
    const lines = source.split('\n');
    const after = lines[m.line - 1].slice(m.column - 1);
    // The relettered "(b) Evaluated ..." stands where 4(b) belongs.
    expect(plain(after).startsWith('(b) Evaluated the effectiveness')).toBe(true);
  });

  it.each(kinds)('the last paragraph is reported right after the one before it (%s)', (kind) => {
    const source = render(without(canonical(), '5(b)'), kind);
    const [m] = lintSource(source, kind).messages;
    const before = source.split('\n').slice(0, m.line - 1).join('\n') + '\n' + source.split('\n')[m.line - 1].slice(0, m.column - 1);
    expect(plain(before).endsWith('summarize and report financial information; and')).toBe(true);
  });

  it('an omitted word is reported where it belongs', () => {
    const source = render(edit(canonical(), '2', 'statement of a material', 'statement of material'), 'text');
    const [m] = lintSource(source, 'text').messages;
    expect(m).toMatchObject({ ruleId: 'SOX004', ruleName: 'altered-wording', paragraph: '2', severity: 2, expected: 'a', actual: null });
    expect(source.split('\n')[m.line - 1].slice(m.column - 1).startsWith('material fact or omit')).toBe(true);
  });
});

describe('paragraph order', () => {
  it('names where the moved paragraph now stands', () => {
    const p = canonical();
    const c = p.findIndex((x) => x.id === '2');
    [p[c], p[c + 1]] = [p[c + 1], p[c]];
    expect(lintSource(render(p, 'text'), 'text').messages.map((m) => m.message)).toEqual(['Paragraph 2 is out of order: 2 stands after 3']);
  });

  it.each(kinds)('5(a) and 5(b) swapped: one finding naming the paragraph that moved (%s)', (kind) => {
    const p = canonical();
    const a = p.findIndex((x) => x.id === '5(a)');
    [p[a], p[a + 1]] = [p[a + 1], p[a]];
    const r = lintSource(render(p, kind), kind);
    expect(r.messages.map((m) => [m.ruleId, m.paragraph, m.message])).toEqual([['SOX012', '5(b)', 'Paragraph 5(b) is out of order: 5(b) stands before 5(a)']]);
  });

  it.each(kinds)('paragraph 1 swapped with 3: paragraph-order only, its slots stay slots (%s)', (kind) => {
    const p = canonical();
    const one = p.findIndex((x) => x.id === '1');
    const three = p.findIndex((x) => x.id === '3');
    [p[one], p[three]] = [p[three], p[one]];
    const r = lintSource(render(p, kind), kind);
    expect(r.messages.every((m) => m.ruleId === 'SOX012')).toBe(true);
    expect(r.messages.length).toBeGreaterThan(0);
    expect(r.certifications[0]).toMatchObject({ report: 'Annual Report on Form 10-K for the fiscal year ended December 31, 2025', registrant: 'Acme Corp.' });
  });
});

describe('messages carry the contract fields', () => {
  it('SOX002 names the paragraph and quotes the expected wording', () => {
    const r = lintSource(render(without(canonical(), '4(b)'), 'text'), 'text');
    expect(r.messages[0]).toMatchObject({
      ruleId: 'SOX002', ruleName: 'missing-paragraph', severity: 2, paragraph: '4(b)', actual: null,
      expected: expect.stringMatching(/^Designed such internal control over financial reporting, or caused .* accounting principles;$/),
    });
    expect(r.errorCount).toBe(1);
    expect(r.warningCount).toBe(0);
  });

  it('warnings are severity 1', () => {
    const r = lintSource(render(edit(canonical(), '5', 'officer(s)', 'officer'), 'text'), 'text');
    expect(r.messages.map((m) => [m.ruleId, m.severity])).toEqual([['SOX013', 1]]);
    expect(r.warningCount).toBe(1);
  });

  it('captures the slots, and where their words stand', () => {
    const src = render(canonical(), 'html');
    const linted = lintDocument(extractHtml(src), 'fixture.htm');
    const info = linted.result.certifications[0];
    const spans = linted.spans[0];
    const shown = (words: { from: number; to: number }[]) => plain(src.slice(words[0].from, words[words.length - 1].to));
    expect(shown(spans!.report)).toBe('Annual Report on Form 10-K for the fiscal year ended December 31, 2025');
    expect(shown(spans!.registrant)).toBe('Acme Corp.');
    expect(shown(spans!.date)).toBe('February 27, 2026');
    expect(spans!.heading).toBe('Exhibit 31.1');
    expect(spans!.signature).toBe('/s/ Jane Q. Doe Jane Q. Doe Chief Executive Officer');
    expect([info]).toEqual([{
      form: '601b31i', officer: 'Jane Q. Doe', profile: 'standard', line: 3,
      report: 'Annual Report on Form 10-K for the fiscal year ended December 31, 2025', registrant: 'Acme Corp.',
      kind: '302', title: 'Chief Executive Officer', signer: 'Jane Q. Doe', date: 'February 27, 2026', verified: true,
    }]);
  });

  it('rule settings turn a rule off or change its severity', () => {
    const paras = edit(canonical(), 'intro', 'Jane Q. Doe,', 'Jane Q. Doe, Chief Executive Officer,');
    const src = render(paras, 'text');
    expect(brief(lintSource(src, 'text', { rules: { SOX007: 'off' } }))).toEqual([]);
    expect(lintSource(src, 'text', { rules: { SOX007: 'error' } }).messages[0].severity).toBe(2);
  });

  it('punctuation and letter case are warnings by default, configurable by id or name', () => {
    const src = render(edit(edit(canonical(), '5(a)', 'summarize and', 'summarize, and'), '5', 'board of directors', 'Board of Directors'), 'text');
    const severities = (rules?: Record<string, 'off' | 'warn' | 'error'>) => lintSource(src, 'text', { rules }).messages.map((m) => `${m.ruleId} ${m.severity}`);
    expect(severities()).toEqual(['SOX023 1', 'SOX022 1']);
    expect(severities({ punctuation: 'error', 'letter-case': 'off' })).toEqual(['SOX022 2']);
    expect(severities({ SOX022: 'off', SOX023: 'error' })).toEqual(['SOX023 2']);
    const r = lintSource(src, 'text');
    expect(r.messages.map((m) => m.message)).toEqual([
      'Paragraph 5: letter case differs: "Board of Directors" where the form has "board of directors"',
      'Paragraph 5(a): punctuation differs: "summarize," where the form has "summarize"',
    ]);
    expect([r.errorCount, r.warningCount]).toEqual([0, 2]);
  });
});

describe('SOX001 no-certification', () => {
  it('a file with no certification', () => {
    const r = lintSource('Quarterly results were strong.\nRevenue grew.\n', 'text');
    expect(r.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['SOX001', 1, 1]]);
    expect(r.certifications).toEqual([]);
  });
  it('not reported when the file was found by walking a folder', () => {
    expect(lintSource('Revenue grew.\n', 'text', { requireCertification: false }).messages).toEqual([]);
  });
  it('a Section 906 certification is recognised as Exhibit 32, not a broken Exhibit 31', () => {
    const text = 'Exhibit 32.1\n\nI, Jane Q. Doe, certify, pursuant to 18 U.S.C. Section 1350, as adopted pursuant to Section 906 of the Sarbanes-Oxley Act of 2002, that, to my knowledge, the Annual Report on Form 10-K fully complies with the requirements of section 13(a) or 15(d) of the Securities Exchange Act of 1934.\n';
    const r = lintSource(text, 'text');
    expect(r.certifications.map((c) => [c.kind, c.form, c.officer])).toEqual([['906', '906', 'Jane Q. Doe']]);
    expect(brief(r)).toEqual(['SOX015 -', 'SOX016 signature', 'SOX016 signature']);
  });
});

describe('several certifications in one file', () => {
  it('each is found and linted separately', () => {
    const cfo = edit(edit(canonical(), 'intro', 'Jane Q. Doe', 'John Roe'), '4(a)', 'under our supervision', 'under my supervision');
    const text = render(canonical(), 'text') + '\n\n' + render(cfo, 'text', { heading: 'Exhibit 31.2', signature: ['Date: February 27, 2026', '/s/ John Roe', 'Chief Financial Officer'] });
    const r = lintSource(text, 'text');
    const second = text.split('\n').indexOf('I, John Roe, certify that:') + 1;
    expect(r.certifications.map((c) => [c.officer, c.line])).toEqual([['Jane Q. Doe', 5], ['John Roe', second]]);
    expect(brief(r)).toEqual(['SOX004 4(a)']);
    expect(r.messages[0].line).toBeGreaterThan(second);
    expect(plain(slice(text, r.messages[0]))).toBe('my');
  });
});

void SIGNATURE;
