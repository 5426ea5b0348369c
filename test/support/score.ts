// Scores the linter on generated variants: per variant, which expected findings it gave, which
// errors it gave that it should not have, and whether its findings were exactly right; per class,
// recall, false errors and fully-right shares.
import { extract } from '../../src/core/extract/index.js';
import { lintExtracted } from '../../src/core/lint.js';
import type { LintMessage } from '../../src/core/types.js';
import type { Variant } from './variants.js';

export interface Outcome {
  variant: Variant;
  /** Expected findings given. */
  found: number;
  /** Errors given that no expected finding accounts for. */
  falseErrors: number;
  /** Exactly the expected findings (warnings included) and the right number of certifications. */
  fullyRight: boolean;
  /** "RULE paragraph" of every message, and of the expected findings, for reports. */
  got: string[];
  missed: string[];
  extra: string[];
  certifications: number;
  /** Input error or crash: the message. */
  failure?: string;
}

const show = (m: Pick<LintMessage, 'ruleId' | 'paragraph'>) => `${m.ruleId} ${m.paragraph ?? '-'}`;

export async function lintVariant(v: Variant): Promise<{ messages: LintMessage[]; certifications: number }> {
  const ext = await extract(v.bytes, v.fileName);
  const r = lintExtracted(ext, v.fileName, v.options);
  return { messages: r.messages, certifications: r.certifications.filter((c) => c.kind === '302').length };
}

export async function scoreVariant(v: Variant): Promise<Outcome> {
  let messages: LintMessage[];
  let certifications: number;
  try {
    ({ messages, certifications } = await lintVariant(v));
  } catch (e) {
    const failure = (e as Error).message;
    return { variant: v, found: 0, falseErrors: 1, fullyRight: false, got: [], missed: v.expected.map((x) => `${x.ruleId} ${x.paragraph.join('|')}`), extra: [], certifications: 0, failure };
  }
  const used = new Set<number>();
  const missed: string[] = [];
  let found = 0;
  for (const want of v.expected) {
    const k = messages.findIndex((m, n) => !used.has(n) && m.ruleId === want.ruleId && want.paragraph.includes(m.paragraph ?? '-'));
    if (k >= 0) { used.add(k); found++; } else missed.push(`${want.ruleId} ${want.paragraph.join('|')}`);
  }
  const extraMessages = messages.filter((_, n) => !used.has(n));
  const falseErrors = extraMessages.filter((m) => m.severity === 2).length;
  const fullyRight = missed.length === 0 && extraMessages.length === 0 && certifications === v.certifications;
  return { variant: v, found, falseErrors, fullyRight, got: messages.map(show), missed, extra: extraMessages.map((m) => `${show(m)} (${m.severity === 2 ? 'error' : 'warning'}): ${m.message}`), certifications };
}

export interface ClassScore {
  className: string;
  variants: number;
  expected: number;
  found: number;
  /** Variants with at least one false error. */
  withFalseErrors: number;
  fullyRight: number;
  /** A few variants that were not fully right, for the report. */
  examples: Outcome[];
}

export function byClass(outcomes: Outcome[]): ClassScore[] {
  const map = new Map<string, ClassScore>();
  for (const o of outcomes) {
    const name = o.variant.className;
    let s = map.get(name);
    if (!s) { s = { className: name, variants: 0, expected: 0, found: 0, withFalseErrors: 0, fullyRight: 0, examples: [] }; map.set(name, s); }
    s.variants++;
    s.expected += o.variant.expected.length;
    s.found += o.found;
    if (o.falseErrors > 0) s.withFalseErrors++;
    if (o.fullyRight) s.fullyRight++; else if (s.examples.length < 3) s.examples.push(o);
  }
  return [...map.values()];
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

/** The per-class table as Markdown. */
export function table(scores: ClassScore[]): string {
  const rows = scores.map((s) => `| ${s.className} | ${s.variants} | ${pct(s.found, s.expected)} | ${s.withFalseErrors} | ${pct(s.fullyRight, s.variants)} |`);
  const t = scores.reduce((a, s) => ({ v: a.v + s.variants, e: a.e + s.expected, f: a.f + s.found, x: a.x + s.withFalseErrors, r: a.r + s.fullyRight }), { v: 0, e: 0, f: 0, x: 0, r: 0 });
  return ['| class | variants | recall | variants with false errors | fully right |', '|---|---|---|---|---|', ...rows,
    `| **all** | ${t.v} | ${pct(t.f, t.e)} | ${t.x} | ${pct(t.r, t.v)} |`].join('\n');
}

/** A failing variant in one line: what was expected, missed and extra. */
export function describeOutcome(o: Outcome): string {
  const v = o.variant;
  const what = o.failure ? `failed: ${o.failure}` : `missed [${o.missed.join(', ')}] extra [${o.extra.join('; ')}]${o.certifications !== v.certifications ? ` certifications ${o.certifications}/${v.certifications}` : ''}`;
  return `${v.id} (${v.format}): ${what}`;
}
