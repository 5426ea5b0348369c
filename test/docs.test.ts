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

// Rule pages a securities lawyer accepts (issue 11): short, in one layout, citing only primary sources.
const OFFICIAL = /^https:\/\/(?:www\.)?(?:ecfr\.gov|sec\.gov|uscode\.house\.gov|govinfo\.gov|federalregister\.gov)\//;
const SECTIONS = ['## What it reports', '## Why', '## Examples', '## How to fix', '## Options'];

function links(markdown: string): string[] {
  return [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

describe('rule pages', () => {
  const index = readFileSync(join(root, 'docs/rules/README.md'), 'utf8');

  it.each(allRules.map((r) => [r.id, r] as const))('%s: listed, about 250 words, the five sections, an official source, no other web link', (_id, rule) => {
    const page = join(root, rule.docs);
    const text = readFileSync(page, 'utf8');
    expect(index).toContain(`](${rule.docs.replace('docs/rules/', '')})`);
    const words = text.split(/\s+/).filter((w) => /\w/.test(w)).length;
    expect(words, `${rule.docs}: ${words} words`).toBeGreaterThanOrEqual(150);
    expect(words, `${rule.docs}: ${words} words`).toBeLessThanOrEqual(400);
    expect(text.split('\n').filter((l) => l.startsWith('## '))).toEqual(SECTIONS);
    const why = text.slice(text.indexOf('## Why'), text.indexOf('## Examples'));
    expect(links(why).some((l) => OFFICIAL.test(l)), `${rule.docs}: "Why" links no official text`).toBe(true);
    for (const l of links(text)) {
      if (/^[a-z]+:/i.test(l)) expect(l, `${rule.docs}: not a primary source`).toMatch(OFFICIAL);
      else {
        const target = join(page, '..', l.replace(/#.*$/, ''));
        expect(target.startsWith(root + '/'), `${rule.docs}: ${l} leaves the repository`).toBe(true);
        expect(existsSync(target), `${rule.docs}: ${l} does not exist`).toBe(true);
      }
    }
  });
});
