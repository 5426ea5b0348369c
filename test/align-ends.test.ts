// A certification with one slip (a run of words cut or added, one word for another) is aligned by
// the words its start and end share with the form (align-ends.ts): it must give exactly what
// alignLists gives over the whole sequence, matches and work charged alike, and stand aside
// wherever it could not be sure of that.
import { describe, expect, it } from 'vitest';
import { alignByEnds, GAVE_UP, matchRun, NOT_BY_ENDS } from '../src/core/align-ends.js';
import { alignLists, indexRange, type AlignRun } from '../src/core/align-lists.js';
import { WorkBudget } from '../src/core/budget.js';
import { sameToken, variantsOf, type Template } from '../src/core/template.js';
import { builtinForms, templateFor } from '../src/core/templates/index.js';
import { canonical, edit, lintSource, render, SIGNATURE, slice } from './support/certs.js';

const FORM = templateFor('601b31i');
const SIGNED = ['Date:', 'February', '27,', '2026', '/s/', 'Jane', 'Q.', 'Doe', 'Chief', 'Executive', 'Officer'];
const MIN_SIMILARITY = 0.1;

function runOf(template: Template, keys: string[], work: number): AlignRun {
  return {
    template, sequenceKeys: keys, isSequenceBoundary: () => false,
    comparator: template.hasAlternativeWords ? sameToken : undefined, budget: new WorkBudget(work), sequenceIds: null,
  };
}

/** alignByEnds on a fresh run: its answer, matches, and the work left. */
function byEnds(template: Template, keys: string[], work = 1_000_000) {
  const run = runOf(template, keys, work);
  const T = template.keys.length;
  const toSubmitted = new Int32Array(T).fill(-1);
  const toTemplate = new Int32Array(keys.length).fill(-1);
  let start = 0;
  while (start < T && start < keys.length && (run.comparator ?? Object.is)(template.keys[start], keys[start])) start++;
  const maxEditLength = Math.ceil(T * (1 - 2 * MIN_SIMILARITY) + keys.length) + 1;
  const got = alignByEnds(run, start, toSubmitted, toTemplate, MIN_SIMILARITY * T, maxEditLength);
  return { got, toSubmitted, toTemplate, left: run.budget.left, exhausted: run.budget.exhausted };
}

/** What alignLists gives over the whole sequence, as align() ran it before align-ends.ts. */
function byLists(template: Template, keys: string[], work = 1_000_000) {
  const run = runOf(template, keys, work);
  const T = template.keys.length;
  const toSubmitted = new Int32Array(T).fill(-1);
  const toTemplate = new Int32Array(keys.length).fill(-1);
  const maxEditLength = Math.ceil(T * (1 - 2 * MIN_SIMILARITY) + keys.length) + 1;
  const got = alignLists(run, indexRange(0, T), indexRange(0, keys.length), toSubmitted, toTemplate, maxEditLength);
  return { got: got ?? GAVE_UP, toSubmitted, toTemplate, left: run.budget.left, exhausted: run.budget.exhausted };
}

/** What align() reads of an answer: on giving up, only the work charged (no alignment is kept). */
const outcome = (r: ReturnType<typeof byEnds>) => (r.got === GAVE_UP ? { got: r.got, left: r.left, exhausted: r.exhausted } : r);

const withSlip = (start: number, cut: number, ...added: string[]) => {
  const keys = FORM.keys.slice();
  keys.splice(start, cut, ...added);
  return keys;
};

describe('one slip aligned by its ends', () => {
  it('one word for another, before the signature block: every other word matched, two edits charged', () => {
    const keys = [...withSlip(21, 1, 'false'), ...SIGNED]; // paragraph 2's "untrue"
    const got = byEnds(FORM, keys);
    expect(got.got).toBe(448);
    expect(got.toSubmitted[21]).toBe(-1);
    expect(got.toSubmitted[20]).toBe(20);
    expect(got.toSubmitted[448]).toBe(448);
    expect([...got.toTemplate.subarray(449)]).toEqual(SIGNED.map(() => -1));
    expect(got.left).toBe(1_000_000 - 2 * (2 + 1)); // budgetedDiff's charge for a diff of 2 tokens, 2 edits
    expect(got).toEqual(byLists(FORM, keys));
  });

  it('paragraph 4\'s internal control clause cut: the form\'s 15 words unmatched, nothing charged', () => {
    const icfr = FORM.part.indexOf('4-icfr');
    const keys = [...withSlip(icfr, 15), ...SIGNED];
    const got = byEnds(FORM, keys);
    expect(got.got).toBe(449 - 15);
    expect([...got.toSubmitted.subarray(icfr, icfr + 15)]).toEqual(new Array(15).fill(-1));
    expect(got.toSubmitted[icfr + 15]).toBe(icfr);
    expect(got.left).toBe(1_000_000);
    expect(got).toEqual(byLists(FORM, keys));
  });

  it('a word added ("this annual report"): the filer\'s word unmatched', () => {
    const report = FORM.keys.indexOf('{{report}}');
    const keys = [...withSlip(report, 0, 'annual'), ...SIGNED];
    const got = byEnds(FORM, keys);
    expect(got.got).toBe(449);
    expect(got.toTemplate[report]).toBe(-1);
    expect(got.toSubmitted[report]).toBe(report + 1);
    expect(got).toEqual(byLists(FORM, keys));
  });

  it('the replacement the budget cannot pay gives up as the diff did, with the same charge', () => {
    const keys = [...withSlip(21, 1, 'false'), ...SIGNED];
    const got = byEnds(FORM, keys, 5);
    expect(got.got).toBe(GAVE_UP);
    expect(got.exhausted).toBe(true);
    expect(got.left).toBe(5 - 2 * (1 + 1)); // charged as a diff that gave up after one edit
    expect(outcome(got)).toEqual(outcome(byLists(FORM, keys, 5)));
  });

  it('the form\'s last word changed, with nothing after it: one word for another', () => {
    const keys = withSlip(448, 1, 'reporting');
    expect(byEnds(FORM, keys).got).toBe(448);
    expect(byEnds(FORM, keys)).toEqual(byLists(FORM, keys));
  });
});

describe('matchRun', () => {
  it('records a run of one-for-one matches at any offsets, past any length seen before', () => {
    for (const [t0, s0, n] of [[0, 0, 3], [2, 5, 4], [3000, 10, 5], [7, 9000, 2]]) {
      const toSubmitted = new Int32Array(t0 + n + 2).fill(-1);
      const toTemplate = new Int32Array(s0 + n + 2).fill(-1);
      matchRun(toSubmitted, toTemplate, t0, s0, n);
      const expectedT = Array.from(toSubmitted, (_, i) => (i >= t0 && i < t0 + n ? s0 + i - t0 : -1));
      const expectedS = Array.from(toTemplate, (_, j) => (j >= s0 && j < s0 + n ? t0 + j - s0 : -1));
      expect([...toSubmitted]).toEqual(expectedT);
      expect([...toTemplate]).toEqual(expectedS);
    }
  });
});

describe('where aligning by the ends stands aside', () => {
  it('two slips', () => {
    const keys = [...withSlip(21, 1, 'false'), ...SIGNED];
    keys.splice(300, 1);
    expect(byEnds(FORM, keys).got).toBe(NOT_BY_ENDS);
  });

  it('cut words once in the form found once after it (the diff anchors on them there)', () => {
    // 5(b)'s "management or other employees who have a significant role" cut; two of its words,
    // each once in the form, stand after the signature block: a longer chain of anchors than the
    // one word once in the form after the cut ("reporting.").
    const keys = [...withSlip(432, 9), ...SIGNED, 'management', 'employees'];
    expect(byEnds(FORM, keys).got).toBe(NOT_BY_ENDS);
    const lists = byLists(FORM, keys);
    expect([lists.toSubmitted[432], lists.toSubmitted[435]]).toEqual([keys.length - 2, keys.length - 1]);
  });

  it('a cut with more words once in the form than it looks for (a bounded number of passes)', () => {
    const para = (id: string) => FORM.paragraphs.find((p) => p.id === id)!;
    const from = para('4(a)').tokenStart;
    const keys = [...withSlip(from, para('4(c)').tokenEnd - from), ...SIGNED]; // 4(a) to 4(c): 35 such words
    expect(byEnds(FORM, keys).got).toBe(NOT_BY_ENDS);
    const one = [...withSlip(from, para('4(a)').tokenEnd - from), ...SIGNED]; // 4(a) alone: 17
    expect(byEnds(FORM, one).got).toBe(449 - (para('4(a)').tokenEnd - from));
    expect(byEnds(FORM, one)).toEqual(byLists(FORM, one));
  });

  it('the form\'s last word changed before a signature block (the diff\'s last gap runs into it)', () => {
    expect(byEnds(FORM, [...withSlip(448, 1, 'reporting'), ...SIGNED]).got).toBe(NOT_BY_ENDS);
  });

  it('a slip after the last word once in the form and once in the text', () => {
    // "role" replaced; the words after it are all repeated in the form, or in the signature block.
    const keys = [...withSlip(440, 1, 'part'), ...SIGNED, 'reporting.'];
    expect(byEnds(FORM, keys).got).toBe(NOT_BY_ENDS);
  });

  it('an inline alternative written as it stands in the template', () => {
    const template = templateFor('40-F');
    const alt = template.keys.findIndex((k) => k.startsWith('{{alt:'));
    const keys = [...template.keys.map((k) => (k.startsWith('{{alt:') ? 'issuer' : k)), ...SIGNED, template.keys[alt]];
    keys.splice(20, 1, 'false');
    expect(template.keys.filter((k) => k === template.keys[alt]).length).toBeGreaterThan(0);
    expect(byEnds(template, keys).got).toBe(NOT_BY_ENDS);
  });
});

describe('generated slips, every form and version', () => {
  it('wherever it answers, it answers as alignLists does (matches, work left, give-ups)', () => {
    let seed = 2026;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const POOL = ['annual', 'false', 'the', 'and', 'reporting.', 'of', ...SIGNED];
    let answered = 0;
    let tried = 0;
    for (const form of builtinForms) {
      for (const template of variantsOf(templateFor(form))) {
        for (let n = 0; n < 40; n++) {
          const keys = template.keys.map((k) => (k.startsWith('{{alt:') ? k.slice(6, k.indexOf('|')) : k));
          const at = n % 3 ? rnd(keys.length) : keys.length - 1 - rnd(12);
          const kind = rnd(3);
          if (kind === 0) keys.splice(at, 1 + rnd(20));
          else if (kind === 1) keys.splice(at, 0, ...Array.from({ length: 1 + rnd(6) }, () => POOL[rnd(POOL.length)]));
          else keys.splice(at, 1, POOL[rnd(POOL.length)]);
          if (n % 2) keys.push(...SIGNED.slice(0, 2 + rnd(SIGNED.length - 2)));
          const work = n % 7 ? 1_000_000 : rnd(12);
          const ends = byEnds(template, keys, work);
          tried++;
          if (ends.got === NOT_BY_ENDS) continue;
          answered++;
          expect(outcome(ends)).toEqual(outcome(byLists(template, keys, work)));
        }
      }
    }
    expect(answered).toBeGreaterThan(tried * 0.6);
  });
});

describe('findings through the whole lint', () => {
  const source = (paras = canonical()) => render(paras, 'text');
  const found = (text: string) => lintSource(text, 'text').messages
    .map((m) => [m.ruleId, m.paragraph, m.line, m.column, m.endLine, m.endColumn, slice(text, m)]);

  it('one word for another', () => {
    const text = source(edit(canonical(), '2', 'untrue statement', 'false statement'));
    expect(found(text)).toEqual([['SOX004', '2', 10, 61, 10, 66, 'false']]);
  });

  it('paragraph 4\'s internal control clause left out', () => {
    const text = source(edit(canonical(), '4', ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))', ''));
    expect(found(text)).toEqual([['SOX003', '4', 23, 60, 23, 60, '']]);
  });

  it('two slips (aligned by the diff): both found', () => {
    const text = source(edit(edit(canonical(), '2', 'untrue statement', 'false statement'), '5(b)', 'significant role', 'role'));
    expect(found(text)).toEqual([['SOX004', '2', 10, 61, 10, 66, 'false'], ['SOX004', '5(b)', 65, 36, 65, 36, '']]);
  });

  it('a signature block that repeats a cut word (aligned by the diff)', () => {
    const paras = edit(canonical(), '4', ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))', '');
    const text = render(paras, 'text', { signature: [...SIGNATURE, 'Rule 13a-15(f)'] });
    expect(found(text)).toEqual([['SOX003', '4', 23, 60, 23, 60, '']]);
  });
});
