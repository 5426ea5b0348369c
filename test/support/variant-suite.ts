// Runs the generated variants of one format through the linter and checks every class: all of its
// variants exactly right (the expected findings, nothing else), except the classes listed as known
// gaps, which must still fail (so that fixing one forces its removal from the list).
import { describe, expect, it } from 'vitest';
import { byClass, describeOutcome, scoreVariant, type ClassScore, type Outcome } from './score.js';
import { KNOWN_GAPS, PER_CLASS, SEED } from './variant-plan.js';
import { generateVariants, type Format } from './variants.js';

export function variantSuite(format: Format): void {
  describe(`generated variants (${format}, seed ${SEED})`, () => {
    let outcomes: Outcome[] = [];
    let scores: ClassScore[] = [];
    it('generates and lints every variant', async () => {
      const variants = await generateVariants({ seed: SEED, perClass: PER_CLASS[format], formats: [format] });
      outcomes = [];
      for (const v of variants) outcomes.push(await scoreVariant(v));
      scores = byClass(outcomes);
      expect(outcomes.length).toBeGreaterThan(PER_CLASS[format] * 25);
    }, 300_000);

    it('every class: each variant gives exactly the expected findings (known gaps still fail)', () => {
      const problems: string[] = [];
      for (const s of scores) {
        const key = `${s.className}/${format}`;
        const wrong = outcomes.filter((o) => o.variant.className === s.className && !o.fullyRight);
        if (KNOWN_GAPS[key]) {
          if (wrong.length === 0) problems.push(`${key} now passes: remove it from KNOWN_GAPS`);
        } else if (wrong.length) {
          problems.push(`${key}: ${wrong.length}/${s.variants} not exactly right, e.g. ${wrong.slice(0, 3).map(describeOutcome).join(' | ')}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
}
