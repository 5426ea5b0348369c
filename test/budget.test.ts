// Comparison budgets count work, not time (issue 8 #16): the same input gets the same findings
// however loaded the machine is.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { align } from '../src/core/align.js';
import { FILE_WORK, REGION_WORK, WorkBudget } from '../src/core/budget.js';
import { templateFor } from '../src/core/templates/index.js';
import { brief, canonical, edit, lintSource, render, without } from './support/certs.js';

afterEach(() => { vi.restoreAllMocks(); });

describe('work budgets', () => {
  it('a slow machine (a clock that jumps 5 s at every look) gives the same findings', () => {
    const source = render(edit(without(canonical(), '4(b)'), '2', 'untrue statement', 'false statement'), 'text');
    const calm = brief(lintSource(source, 'text'));
    expect(calm.length).toBeGreaterThan(1);
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 5000));
    expect(brief(lintSource(source, 'text'))).toEqual(calm);
  });

  it('an alignment past its budget stops at the same point every time', () => {
    const template = templateFor('601b31i');
    const keys = template.keys.map((k, i) => (i % 3 ? k : 'x')); // a third of the words replaced
    const runs = [0, 1, 2].map(() => {
      const budget = new WorkBudget(2_000);
      const al = align(template, keys, () => false, { minSimilarity: 0.1, budget });
      return { exhausted: budget.exhausted, left: budget.left, matched: al?.similarity ?? null };
    });
    expect(runs[0].exhausted).toBe(true);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('a certification needs a small share of its budget', () => {
    const template = templateFor('601b31i');
    const keys = template.keys.slice();
    keys.splice(200, 40); // a clause left out
    const budget = new WorkBudget(REGION_WORK);
    expect(align(template, keys, () => false, { minSimilarity: 0.1, budget })).toBeDefined();
    expect(REGION_WORK - budget.left).toBeLessThan(REGION_WORK / 50);
    expect(FILE_WORK).toBeGreaterThanOrEqual(REGION_WORK);
  });
});
