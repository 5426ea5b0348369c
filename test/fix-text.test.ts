// soxlint fix on text and EDGAR HTML: every fixable defect corrected (the output lints clean of
// fixable rules), the input's bytes untouched, what a person must do listed with its reason.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fix } from '../src/core/fix/index.js';
import { isFixable } from '../src/core/fix/plan.js';
import { canonical, canonicalFor, edit, lintSource, render, toText, without, type Kind } from './support/certs.js';
import { FIX_CASES, ICFR } from './support/fix-cases.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const nameOf = (kind: Kind) => (kind === 'html' ? 'ex31.htm' : 'ex31.txt');
const fixable = (ruleIds: string[]) => ruleIds.filter((r) => isFixable(r));

describe.each(['text', 'html'] as const)('fix %s', (kind) => {
  it.each(FIX_CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const source = render(c.paras(), kind);
    const before = lintSource(source, kind);
    expect(before.messages.length).toBeGreaterThan(0);
    for (const r of c.rules) expect(before.messages.map((m) => m.ruleId)).toContain(r);
    const bytes = enc(source);
    const hash = sha(bytes);
    const r = await fix(bytes, { filePath: nameOf(kind) });
    expect(sha(bytes)).toBe(hash);
    expect(r.changed).toBe(true);
    expect(r.notFixed).toEqual([]);
    expect(r.fixed.map((f) => f.ruleId).sort()).toEqual(before.messages.map((m) => m.ruleId).sort());
    const after = lintSource(dec(r.output), kind);
    expect(fixable(after.messages.map((m) => m.ruleId))).toEqual([]);
    // Fixing the output again changes nothing.
    const again = await fix(r.output, { filePath: nameOf(kind) });
    expect(again.changed).toBe(false);
  });

  it('leaves a compliant certification byte for byte', async () => {
    const bytes = enc(render(canonical(), kind));
    const r = await fix(bytes, { filePath: nameOf(kind) });
    expect(r.changed).toBe(false);
    expect(r.output).toEqual(bytes);
  });

  it('under the transition profile does not add the ICFR words or 4(b)', async () => {
    const source = render(without(edit(canonical(), '4', ICFR, ''), '4(b)'), kind);
    const r = await fix(enc(source), { filePath: nameOf(kind), profile: 'transition' });
    expect(r.changed).toBe(false);
    expect(dec(r.output)).not.toContain('internal control over financial reporting (as defined');
  });

  it('lists the signature and a placeholder as not fixed, and fixes the rest', async () => {
    const paras = edit(edit(canonical(), '1', 'Acme Corp.', '[identify registrant]'), '2', 'covered by this report', 'covered by this annual report');
    const r = await fix(enc(render(paras, kind, { signature: ['Chief Executive Officer'] })), { filePath: nameOf(kind) });
    expect(r.fixed.map((f) => `${f.ruleId} ${f.paragraph}`)).toEqual(['SOX005 2']);
    expect(r.notFixed.map((f) => `${f.ruleId} ${f.paragraph}`).sort()).toEqual(['SOX009 signature', 'SOX009 signature', 'SOX011 1']);
    expect(r.notFixed.find((f) => f.ruleId === 'SOX011')!.reason).toBe("a placeholder needs the filer's own words");
  });
});

describe('fix text', () => {
  it('keeps CRLF line endings, the BOM and Windows-1252', async () => {
    const text = toText(edit(canonical(), '2', 'covered by this report', 'covered by this annual report')).replace(/\n/g, '\r\n');
    const cp = Uint8Array.from([...text].map((c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0))));
    const r = await fix(cp, { filePath: 'ex31.txt' });
    const out = new TextDecoder('windows-1252').decode(r.output);
    expect(out.split('\r\n').length).toBe(text.split('\r\n').length);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(out).toContain('covered by this report');
    expect([...r.output].includes(0x92)).toBe(true);
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(text)]);
    const withBom = await fix(bom, { filePath: 'ex31.txt' });
    expect([...withBom.output.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('re-wraps only the changed paragraph, from its first change, to its own width', async () => {
    const source = toText(edit(canonical(), '2', 'statement of a material', 'statement of material'));
    const r = await fix(enc(source), { filePath: 'ex31.txt' });
    const out = dec(r.output);
    const para = (s: string, start: string) => s.slice(s.indexOf(start), s.indexOf('\n\n', s.indexOf(start)));
    expect(para(out, '3.')).toBe(para(source, '3.'));
    const lines = para(out, '2.').split('\n');
    expect(lines[0]).toBe(para(source, '2.').split('\n')[0]);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.max(...para(source, '2.').split('\n').map((x) => x.length)));
    expect(lines.slice(1).every((l) => l.startsWith('    '))).toBe(true);
  });
});

describe('fix html', () => {
  it('puts paragraph 4(b) back as a copy of its sibling\'s table row, with its label cell', async () => {
    const source = render(without(canonical(), '4(b)'), 'html');
    const r = await fix(enc(source), { filePath: 'ex31.htm' });
    const out = dec(r.output);
    expect(out).toContain('<td width="5%">&nbsp;</td><td width="5%"><font size="2">(b)</font></td><td><font size="2">Designed such internal control over financial reporting, or caused');
    expect(out.length - source.length).toBeGreaterThan(300);
  });

  it('escapes what it inserts and writes it in ASCII', async () => {
    const source = render(edit(canonical(), '3', 'of the registrant as of', 'of the Company as of'), 'html');
    const r = await fix(enc(source), { filePath: 'ex31.htm', slots: {} });
    expect([...r.output].every((b) => b < 0x80)).toBe(true);
  });

  it('declines words split by markup, and says so', async () => {
    const source = render(canonical(), 'html').replace('statement of a material fact or', 'statement of <i>some</i> <b>important</b> fact or');
    const r = await fix(enc(source), { filePath: 'ex31.htm' });
    expect(r.notFixed.map((f) => [f.ruleId, f.paragraph, f.reason])).toContainEqual(['SOX004', '2', 'the words to change are split by HTML markup']);
  });
});

describe('what fix leaves to a person', () => {
  it('a joint certification: "We" stays, the reason is given, the other wording is fixed', async () => {
    const paras = edit(edit(canonical(), 'intro', 'I, Jane Q. Doe, certify', 'We, Jane Q. Doe and John Roe, certify'), '2', 'this report', 'this annual report');
    const r = await fix(enc(render(paras, 'text')), { filePath: 'ex31.txt' });
    expect(r.notFixed.map((f) => [f.ruleId, f.reason])).toContainEqual(['SOX010', 'a joint certification must become separate certifications, one signed by each officer']);
    expect(r.fixed.map((f) => f.ruleId)).toContain('SOX005');
    expect(dec(r.output)).toContain('We, Jane Q. Doe and John Roe, certify');
  });

  it('an unverified form (20-F): nothing is rewritten', async () => {
    // Paragraph 3: paragraph 2's "report"/"annual report" are both accepted on the 20-F.
    const paras = edit(canonicalFor('20-F'), '3', 'fairly present', 'present');
    const bytes = enc(render(paras, 'text'));
    const r = await fix(bytes, { filePath: 'ex12.txt', form: '20-F' });
    expect(r.changed).toBe(false);
    expect(r.notFixed.map((f) => f.reason)).toEqual(['the 20-F template is not verified against an official text: compare it with the form by hand']);
  });

  it('the amendment profile: paragraphs 3 to 5 left out are not put back', async () => {
    const paras = edit(canonical(), '1', 'Form 10-K for', 'Form 10-K/A for').filter((p) => !/^[345]/.test(p.id));
    const r = await fix(enc(render(paras, 'text')), { filePath: 'ex31.txt', profile: 'amendment' });
    expect(r.changed).toBe(false);
    expect(r.notFixed).toEqual([]);
  });

  it('paragraph 1 left out of the second certification of a file takes the first one\'s report and registrant', async () => {
    const source = render(canonical(), 'text') + '\n' + render(without(canonical(), '1'), 'text');
    const r = await fix(enc(source), { filePath: 'ex31.txt' });
    const out = dec(r.output);
    expect(out.split('I have reviewed this Annual Report on Form 10-K').length).toBe(3);
    expect(lintSource(out, 'text').messages).toEqual([]);
  });
});

describe('rule metadata', () => {
  it('every rule is fixable or says why its findings are left to a person', async () => {
    const { allRules } = await import('../src/core/rules/index.js');
    for (const r of allRules) expect(r.fixable === true || (r.notFixedReason ?? '').length > 10, r.id).toBe(true);
    expect(allRules.filter((r) => r.fixable).map((r) => r.id)).toEqual(['SOX002', 'SOX003', 'SOX004', 'SOX005', 'SOX006', 'SOX007', 'SOX008', 'SOX013', 'SOX022', 'SOX023']);
  });
});
