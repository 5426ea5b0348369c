// The redline model: the form's paragraphs in order, parts with the filer's source ranges, each
// finding linked to the parts it explains. Accepting the redline (same + slot + omitted words) gives
// the form with the filer's slots; the filer's parts sliced from the source are the filer's words.
import { describe, expect, it } from 'vitest';
import { canonical, edit, FILL, lintSource, plain, reletter, render, without, type Kind } from './support/certs.js';
import { extractHtml } from '../src/core/extract/html.js';
import { extractText } from '../src/core/extract/text.js';
import { templateFor } from '../src/core/templates/index.js';
import type { Redline, RedlineParagraph } from '../src/core/redline.js';
import type { LintResult } from '../src/core/types.js';
import { errorsOnly } from '../src/node/render.js';

const ICFR = ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))';
const KINDS: Kind[] = ['text', 'html'];

function lint(source: string, kind: Kind): LintResult {
  return lintSource(source, kind, { redline: true });
}

function only(r: LintResult): Redline {
  expect(r.redlines).toHaveLength(1);
  return r.redlines![0];
}

function para(rl: Redline, id: string): RedlineParagraph {
  const p = rl.paragraphs.find((x) => x.id === id);
  if (!p) throw new Error(`no paragraph ${id}`);
  return p;
}

/** The form's words of a paragraph, slots filled as the test certifications fill them. */
function formWords(id: string): string {
  const p = templateFor('601b31i').paragraphs.find((x) => x.id === id)!;
  return p.text.replace(/\{\{\/?part[^}]*\}\}/g, '').replace(/\{\{(\w+)\}\}/g, (_, s: keyof typeof FILL) => FILL[s]).replace(/\s+/g, ' ').trim();
}

/** What the redline reads as with every change accepted. */
function accepted(p: RedlineParagraph): string {
  return p.parts.filter((x) => x.kind !== 'added').map((x) => x.text).join(' ').replace(/[\u2018\u2019]/g, "'").replace(/ ([,;:.])/g, '$1');
}

describe.each(KINDS)('redline (%s)', (kind) => {
  it('a compliant certification: every paragraph the same words or slots, in form order, no findings', () => {
    const source = render(canonical(), kind);
    const r = lint(source, kind);
    const rl = only(r);
    expect(rl.certification).toBe(0);
    expect(rl.form).toBe('601b31i');
    expect(rl.paragraphs.map((p) => p.id)).toEqual(templateFor('601b31i').paragraphs.map((p) => p.id));
    for (const p of rl.paragraphs.filter((x) => x.compared)) {
      expect(p.parts.every((x) => x.kind === 'same' || x.kind === 'slot')).toBe(true);
      expect(accepted(p)).toBe(formWords(p.id));
      expect(p.omitted).toBe(false);
    }
    expect(para(rl, 'signature').parts).toEqual([]);
    expect(rl.findings).toEqual([]);
    expect(para(rl, 'intro').parts.map((x) => [x.kind, x.slot ?? null, x.text])).toEqual([
      ['same', null, 'I,'], ['slot', 'officer', 'Jane Q. Doe,'], ['same', null, 'certify that:'],
    ]);
    expect(para(rl, '1').parts.filter((x) => x.kind === 'slot').map((x) => [x.slot, x.text])).toEqual([
      ['report', FILL.report], ['registrant', `${FILL.registrant};`],
    ]);
    expect(para(rl, '4(b)').label?.text).toBe('(b)');
  });

  it('the filer\'s parts sliced from the source are the filer\'s words', () => {
    const source = render(edit(canonical(), '2', 'this report does', 'this annual report does'), kind);
    const r = lint(source, kind);
    const ext = kind === 'html' ? extractHtml(source) : extractText(source);
    expect(ext.source).toBe(source);
    for (const p of only(r).paragraphs) {
      for (const x of p.parts) {
        if (x.kind === 'omitted') expect(x.to).toBe(x.from);
        else expect(plain(source.slice(x.from, x.to))).toBe(plain(x.text));
      }
      if (p.label) expect(source.slice(p.label.from, p.label.to)).toBe(p.label.text);
    }
  });

  it('the Qualys case: the ICFR clause struck in paragraph 4, 4(b) an omitted block in place, each linked to its finding', () => {
    const source = render(reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)')), kind);
    const r = lint(source, kind);
    const rl = only(r);
    expect(r.messages.map((m) => `${m.ruleId} ${m.paragraph}`)).toEqual(['SOX003 4', 'SOX002 4(b)']);
    expect(rl.findings).toEqual([0, 1]);

    const p4 = para(rl, '4');
    expect(p4.parts.map((x) => x.kind)).toEqual(['same', 'omitted', 'same']);
    expect(p4.parts[1].text).toBe(ICFR.trim());
    expect(p4.parts[1].findings).toEqual([0]);
    expect(p4.findings).toEqual([0]);
    expect(accepted(p4)).toBe(formWords('4'));
    // The clause belongs before "for the registrant": the omitted part's place is that word's start.
    expect(source.slice(p4.parts[1].from, p4.parts[1].from + 7)).toBe('for the');

    const ids = rl.paragraphs.map((p) => p.id);
    expect(ids.indexOf('4(b)')).toBe(ids.indexOf('4(a)') + 1);
    const p4b = para(rl, '4(b)');
    expect(p4b.omitted).toBe(true);
    expect(p4b.label).toBe(null);
    expect(p4b.parts).toHaveLength(1);
    expect(p4b.parts[0]).toMatchObject({ kind: 'omitted', findings: [1], text: formWords('4(b)') });
    expect(p4b.findings).toEqual([1]);
    // Relettered: the form's 4(c) carries the filer's "(b)".
    expect(para(rl, '4(c)').label?.text).toBe('(b)');
    expect(para(rl, '4(c)').omitted).toBe(false);
  });

  it('a replacement: the form\'s word omitted, then the filer\'s word added at the same place, both linked', () => {
    const source = render(edit(canonical(), '5(b)', 'whether or not material,', 'whether or not significant,'), kind);
    const r = lint(source, kind);
    const p = para(only(r), '5(b)');
    expect(r.messages.map((m) => `${m.ruleId} ${m.paragraph}`)).toEqual(['SOX004 5(b)']);
    const changed = p.parts.filter((x) => x.kind !== 'same');
    expect(changed.map((x) => [x.kind, x.text, x.findings])).toEqual([
      ['omitted', 'material,', [0]], ['added', 'significant,', [0]],
    ]);
    expect(changed[0].from).toBe(changed[1].from);
    expect(source.slice(changed[1].from, changed[1].to)).toBe('significant,');
  });

  it('an inserted word in paragraph 2 ("annual report") is an added part linked to report-wording', () => {
    const source = render(edit(canonical(), '2', 'this report does', 'this annual report does'), kind);
    const r = lint(source, kind);
    const rl = only(r);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['SOX005']);
    const added = para(rl, '2').parts.filter((x) => x.kind === 'added');
    expect(added.map((x) => [x.text, x.findings])).toEqual([['annual', [0]]]);
    expect(accepted(para(rl, '2'))).toBe(formWords('2'));
  });
});

describe('redline options', () => {
  it('is built only when asked', () => {
    expect(lintSource(render(canonical(), 'text'), 'text').redlines).toBeUndefined();
  });

  it('two certifications in one file: one redline each, findings kept apart', () => {
    const first = render(canonical(), 'text');
    const second = render(without(canonical(), '3'), 'text', { heading: 'Exhibit 31.2' });
    const r = lintSource(first + '\n' + second, 'text', { redline: true });
    expect(r.redlines!.map((x) => x.certification)).toEqual([0, 1]);
    expect(r.messages.map((m) => `${m.ruleId} ${m.paragraph}`)).toEqual(['SOX002 3']);
    expect(r.redlines![0].findings).toEqual([]);
    expect(r.redlines![1].findings).toEqual([0]);
    expect(para(r.redlines![1], '3').omitted).toBe(true);
    expect(para(r.redlines![0], '3').omitted).toBe(false);
  });

  it('--quiet keeps the errors, and the redline links to the same findings at their new places', () => {
    // A warning (a comma dropped, paragraph 2) before an error (the ICFR clause, paragraph 4).
    const paras = edit(edit(canonical(), '2', 'not misleading', 'not, misleading'), '4', ICFR, '');
    const r = lintSource(render(paras, 'text'), 'text', { redline: true });
    expect(r.messages.map((m) => `${m.ruleId} ${m.severity} ${m.paragraph}`)).toEqual(['SOX022 1 2', 'SOX003 2 4']);
    const icfr = para(only(r), '4').findings;
    expect(icfr).toEqual([1]);
    const quiet = errorsOnly(r);
    expect(quiet.messages).toEqual([r.messages[1]]);
    expect(para(only(quiet), '4').findings).toEqual([0]);
    expect(para(only(quiet), '4').parts.flatMap((x) => x.findings)).toEqual(para(only(r), '4').parts.flatMap((x) => x.findings).map(() => 0));
    expect(para(only(quiet), '2').findings).toEqual([]);
    expect(only(quiet).findings).toEqual([0]);
    // The result itself is left as it was.
    expect(para(only(r), '4').findings).toEqual(icfr);
  });
});
