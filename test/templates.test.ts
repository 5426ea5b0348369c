// The templates must say exactly what the regulation says: compare each with the reference copy.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBuiltin } from '../scripts/embed-templates.js';
import { parseTemplate, variantsOf } from '../src/core/template.js';

const root = join(import.meta.dirname, '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const words = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').split(/\s+/).filter(Boolean);

/** The template's paragraphs with its slots written back as the regulation's bracketed words. */
function asRegulation(tpl: string, slots: Record<string, string>): string {
  const t = parseTemplate(tpl);
  return t.paragraphs
    .filter((p) => p.compared)
    .map((p) => p.text.replace(/\{\{part [^}]+\}\}|\{\{\/part\}\}/g, '').replace(/\{\{(\w+)\}\}/g, (_, s: string) => slots[s]))
    .join('\n');
}

describe('templates', () => {
  it('601b31i is Item 601(b)(31)(i) word for word', () => {
    const reference = read('templates/sources/item-601-b-31-i.txt');
    const form = reference.slice(reference.indexOf('I, [identify'), reference.indexOf('\nDate:'));
    const ours = asRegulation(read('templates/601b31i.tpl'), {
      officer: '[identify the certifying individual]', report: '[specify report]', registrant: '[identify registrant]',
    });
    // Paragraph numbers and letters are the filer's to style; the words are not.
    const strip = (s: string) => s.replace(/^\s*(?:\d\.|\([a-d]\))\s/gm, '');
    expect(words(ours)).toEqual(words(strip(form)));
  });

  it('601b31ii is Item 601(b)(31)(ii) word for word, its bracketed alternatives written as paragraphs', () => {
    const reference = read('templates/sources/item-601-b-31-ii-asset-backed.txt');
    const form = reference.slice(reference.indexOf('I, [identify'), reference.indexOf('\nDate:'))
      .replace('[I am responsible', 'I am responsible')
      .replace('; and]\n', '; and\n')
      .replace('[Based on my knowledge and the servicer', 'Based on my knowledge and the servicer')
      .replace('; and]2', '; and')
      .replace('Form 10-K.3', 'Form 10-K.')
      .replace('[In giving', 'In giving')
      .replace('trustee].]4', 'trustee].');
    const ours = asRegulation(read('templates/601b31ii.tpl'), {
      officer: '[identify the certifying individual]', registrant: '[identify the issuing entity]',
      parties: '[name of servicer, sub-servicer, co-servicer, depositor or trustee]',
    }).replace(/\{\{alt (\w+)\|(\w+)\}\}/g, '[$1/$2]');
    const strip = (s: string) => s.replace(/^\s*\d\.\s/gm, '');
    expect(words(ours)).toEqual(words(strip(form)));
  });

  it('every template parses, names its source and says whether it is verified', () => {
    const files = readdirSync(join(root, 'templates')).filter((f) => f.endsWith('.tpl'));
    expect(files.sort()).toEqual(['20-F.tpl', '40-F.tpl', '601b31i.tpl', '601b31ii.tpl', 'N-CSR.tpl']);
    const verified = Object.fromEntries(files.map((f) => {
      const t = parseTemplate(read(`templates/${f}`), f);
      expect(t.source.length, f).toBeGreaterThan(20);
      expect(t.id, f).toBe(f.replace(/\.tpl$/, ''));
      // Each version a certification can take (one of each group of alternative paragraphs).
      for (const v of variantsOf(t)) expect(v.keys.length, `${f}: lint.ts bounds a certification at 500 words of form`).toBeLessThan(500);
      return [t.id, t.verified];
    }));
    expect(verified).toEqual({ '20-F': false, '40-F': false, '601b31i': true, '601b31ii': true, 'N-CSR': false });
  });

  it('601b31i names its source and the paragraphs findings use', () => {
    const t = parseTemplate(read('templates/601b31i.tpl'));
    expect(t.source).toMatch(/17 CFR 229\.601\(b\)\(31\)\(i\)/);
    expect(t.verified).toBe(true);
    expect(t.paragraphs.map((p) => p.id)).toEqual(['intro', '1', '2', '3', '4', '4(a)', '4(b)', '4(c)', '4(d)', '5', '5(a)', '5(b)', 'signature']);
    const icfr = t.words.filter((_, i) => t.part[i] === '4-icfr').join(' ');
    expect(icfr).toBe('and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))');
    expect(t.slot.filter(Boolean)).toEqual(['officer', 'report', 'registrant']);
  });

  it('the copy built into the core is current', () => {
    expect(read('src/core/templates/builtin.ts')).toBe(renderBuiltin());
  });

  it('a malformed template is refused with a reason', () => {
    expect(() => parseTemplate('## 1\ntext', 'x.tpl')).toThrow('x.tpl: no "# soxlint template: <id>" line');
    expect(() => parseTemplate('# soxlint template: x\n## 1\n{{part a}}open', 'x.tpl')).toThrow('part "a" is not closed');
  });
});

describe('the core runs in a browser', () => {
  it('imports nothing from node:* or Node built-ins', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(join(root, d), { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name)); else if (e.name.endsWith('.ts')) files.push(join(d, e.name));
      }
    };
    walk('src/core');
    expect(files.length).toBeGreaterThan(20);
    const builtins = /from\s+['"](?:node:|fs|path|os|child_process|url|stream|buffer|util)['"/]/;
    const offenders = files.filter((f) => builtins.test(read(f)) || /\bprocess\.|\bBuffer\./.test(read(f)));
    expect(offenders).toEqual([]);
  });
});
