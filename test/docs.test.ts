// Every rule has its docs page, named by its id and name, and the rules table lists every rule.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/core/rules/index.js';

const root = join(import.meta.dirname, '..');

describe('rule docs', () => {
  it('rule ids run from SOX001 without a gap (at least to SOX023), each with a unique name', () => {
    expect(allRules.length).toBeGreaterThanOrEqual(23);
    expect(allRules.map((r) => r.id).sort()).toEqual(Array.from({ length: allRules.length }, (_, i) => `SOX${String(i + 1).padStart(3, '0')}`));
    expect(new Set(allRules.map((r) => r.name)).size).toBe(allRules.length);
  });

  it.each(allRules.map((r) => [r.id, r] as const))('%s has a page that names it and gives its default severity', (_id, rule) => {
    const page = join(root, rule.docs);
    expect(existsSync(page), rule.docs).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${rule.id}: ${rule.name}`);
    expect(text).toMatch(new RegExp(`\\b${rule.severity}\\b`, 'i'));
  });

  it('the rules table in docs/rules/README.md and the README list every rule', () => {
    const table = readFileSync(join(root, 'docs/rules/README.md'), 'utf8');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const r of allRules) {
      expect(table).toContain(`| ${r.id} | ${r.name} |`);
      expect(readme).toContain(`| ${r.id} | ${r.name} |`);
    }
  });
});
