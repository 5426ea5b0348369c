// What `soxlint fix` corrects: seeded variants of every fixable defect class in text, EDGAR HTML and
// Word (typed labels and automatic numbering), each fixed and linted again (a .docx with soxlint's
// changes accepted). Prints the share fixed per class and format, and the time to fix a typical
// .docx, and the same share over the `verdicts` generated variants. Run:
// node bench/fix-score.mjs [variants per class] [verdicts variants per class] (bundled by esbuild).
import { performance } from 'node:perf_hooks';
import { extract } from '../src/core/extract/index.js';
import { fix } from '../src/core/fix/index.js';
import { isFixable } from '../src/core/fix/plan.js';
import { namesWrongReport } from '../src/core/fix/reasons.js';
import { lintExtracted } from '../src/core/lint.js';
import type { LintOptions } from '../src/core/types.js';
import { canonical, edit, FILL, canonicalFor, reletter, render, without, type Para } from '../test/support/certs.js';
import { acceptAll, toDocx } from '../test/support/docx-certs.js';
import { ICFR } from '../test/support/fix-cases.js';

/** A small seeded generator (mulberry32), so every run scores the same variants. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Gen = (rnd: () => number, base?: Para[]) => Para[];
const pick = <T>(rnd: () => number, xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
let base: Para[] | null = null;
/** The certification a defect is made in: the form's, or one that already has other defects. */
const start = () => base ?? canonical();
const body = () => start().filter((p) => !['intro', '1'].includes(p.id));

/** Changes word n of a random paragraph (not the opening or paragraph 1, whose slots are the filer's). */
function wordEdit(rnd: () => number, change: (words: string[], n: number) => void): Para[] {
  const paras = start();
  const target = pick(rnd, body());
  return paras.map((p) => {
    if (p.id !== target.id) return p;
    const words = p.text.split(' ');
    change(words, Math.floor(rnd() * words.length));
    return { ...p, text: words.join(' ') };
  });
}

const CLASSES: Record<string, Gen> = {
  'SOX002 paragraph left out': (rnd) => {
    const id = pick(rnd, body()).id;
    const out = without(start(), id);
    return rnd() < 0.5 ? reletter(out) : out;
  },
  'SOX003 ICFR clause left out': () => edit(start(), '4', ICFR, ''),
  'SOX004 word dropped': (rnd) => wordEdit(rnd, (w, n) => { w.splice(n, 1); }),
  'SOX004 word replaced': (rnd) => wordEdit(rnd, (w, n) => { w[n] = pick(rnd, ['foregoing', 'such', 'material', 'Company', 'quarterly']) + (/[.,;:]$/.exec(w[n])?.[0] ?? ''); }),
  'SOX004 words inserted': (rnd) => wordEdit(rnd, (w, n) => { w.splice(n, 0, pick(rnd, ['also', 'fully and', 'in all respects'])); }),
  'SOX005 annual report': (rnd) => {
    const at = pick(rnd, ['2', '3', '4(a)', '4(c)']);
    return edit(start(), at, 'this report', 'this annual report');
  },
  'SOX006 the Company': (rnd) => {
    const at = pick(rnd, ['3', '4', '4(a)', '5']);
    return edit(start(), at, at === '3' ? 'of the registrant' : 'registrant', at === '3' ? 'of the Company' : 'Company');
  },
  'SOX007 title in opening': (rnd) => canonicalFor('601b31i', { ...FILL, officer: `Jane Q. Doe, ${pick(rnd, ['Chief Executive Officer', 'Chief Financial Officer', 'President'])}` }),
  'SOX008 2002 wording': () => edit(start(), '4', '13a-15(e) and 15d-15(e)', '13a-14 and 15d-14'),
  'SOX013 officers': (rnd) => edit(start(), pick(rnd, ['4', '5']), 'officer(s)', 'officers'),
  'SOX022 punctuation': (rnd) => wordEdit(rnd, (w, n) => { w[n] = /[;,]$/.test(w[n]) ? w[n].slice(0, -1) : `${w[n]},`; }),
  'SOX023 letter case': (rnd) => wordEdit(rnd, (w, n) => { w[n] = w[n][0].toUpperCase() === w[n][0] ? w[n][0].toLowerCase() + w[n].slice(1) : w[n][0].toUpperCase() + w[n].slice(1); }),
};

/** Three defects of different classes in one certification (a class whose words are gone is skipped). */
CLASSES['three at once'] = (rnd) => {
  const kinds = Object.keys(CLASSES).filter((k) => k !== 'three at once' && !k.startsWith('SOX007'));
  let paras = canonical();
  for (let n = 0; n < 3; n++) {
    base = paras;
    try { paras = CLASSES[pick(rnd, kinds)](rnd); } catch { /* that defect's words were already changed */ }
  }
  base = null;
  return paras;
};

const FORMATS = ['text', 'html', 'docx typed', 'docx auto'] as const;
type Format = (typeof FORMATS)[number];

async function bytesOf(paras: Para[], format: Format): Promise<{ bytes: Uint8Array; name: string }> {
  if (format === 'docx typed' || format === 'docx auto') return { bytes: await toDocx(paras, format === 'docx typed' ? 'typed' : 'auto'), name: 'ex31.docx' };
  return { bytes: new TextEncoder().encode(render(paras, format)), name: format === 'html' ? 'ex31.htm' : 'ex31.txt' };
}

async function fixableLeft(bytes: Uint8Array, name: string, options: LintOptions = {}): Promise<number> {
  const r = lintExtracted(await extract(bytes, name), name, options);
  // An amendment naming the wrong report in paragraph 1 is the filer's to correct (listed as not fixed).
  return r.messages.filter((m) => isFixable(m.ruleId) && !namesWrongReport(m.ruleId, m.paragraph)).length;
}

async function score(n: number): Promise<void> {
  console.log(`variants per class and format: ${n} (seeded)`);
  console.log(['class', ...FORMATS].map((s, i) => (i ? s.padStart(12) : s.padEnd(28))).join(''));
  const total = new Map<Format, [number, number]>(FORMATS.map((f) => [f, [0, 0]]));
  for (const [name, gen] of Object.entries(CLASSES)) {
    const row = [name.padEnd(28)];
    for (const format of FORMATS) {
      const rnd = random(7 + name.length);
      let found = 0;
      let fixed = 0;
      for (let k = 0; k < n; k++) {
        const { bytes, name: file } = await bytesOf(gen(rnd), format);
        if ((await fixableLeft(bytes, file)) === 0) continue; // not a defect the linter reports: nothing to fix
        found++;
        const r = await fix(bytes, { filePath: file });
        const out = file.endsWith('.docx') ? await acceptAll(r.output) : r.output;
        if ((await fixableLeft(out, file)) === 0) fixed++;
      }
      const t = total.get(format)!;
      t[0] += fixed; t[1] += found;
      row.push(`${fixed}/${found}`.padStart(12));
    }
    console.log(row.join(''));
  }
  console.log(['all'.padEnd(28), ...FORMATS.map((f) => { const [a, b] = total.get(f)!; return `${(100 * a / b).toFixed(1)}%`.padStart(12); })].join(''));
}

async function timing(): Promise<void> {
  const bytes = await toDocx(reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)')), 'typed');
  const best = async (f: () => Promise<unknown>) => {
    let min = Infinity;
    for (let k = 0; k < 20; k++) { const t = performance.now(); await f(); min = Math.min(min, performance.now() - t); }
    return min;
  };
  const lintMs = await best(async () => lintExtracted(await extract(bytes, 'ex31.docx'), 'ex31.docx'));
  const fixMs = await best(() => fix(bytes, { filePath: 'ex31.docx' }));
  console.log(`typical .docx (Qualys-shaped, ${bytes.length} bytes): fix ${fixMs.toFixed(1)} ms, lint alone ${lintMs.toFixed(1)} ms (best of 20)`);
}

const n = Number(process.argv[2] ?? 10);
await score(n);
await timing();

/** The `verdicts` engineer's generated variants (test/support/variants.ts): the mutation classes with a fixable finding. */
async function verdictsSuite(perClass: number): Promise<void> {
  const { generateVariants } = await import('../test/support/variants.js');
  const variants = (await generateVariants({ perClass })).filter((v) => v.kind === 'mutation');
  const cells = new Map<string, [number, number]>();
  for (const v of variants) {
    if ((await fixableLeft(v.bytes, v.fileName, v.options)) === 0) continue;
    const r = await fix(v.bytes, { filePath: v.fileName, ...v.options });
    const out = v.fileName.endsWith('.docx') ? await acceptAll(r.output) : r.output;
    const key = `${v.className}|${v.format}`;
    const cell = cells.get(key) ?? [0, 0];
    if ((await fixableLeft(out, v.fileName, v.options)) === 0) cell[0]++;
    cell[1]++;
    cells.set(key, cell);
  }
  console.log(`\ntest/support/variants.ts (seed 2026, ${perClass} per class and format; mutation variants with a fixable finding)`);
  const classes = [...new Set([...cells.keys()].map((k) => k.split('|')[0]))];
  console.log(['class', 'text', 'html', 'docx'].map((s, i) => (i ? s.padStart(12) : s.padEnd(28))).join(''));
  for (const c of classes) {
    console.log([c.padEnd(28), ...['text', 'html', 'docx'].map((f) => { const x = cells.get(`${c}|${f}`); return (x ? `${x[0]}/${x[1]}` : '-').padStart(12); })].join(''));
  }
}

await verdictsSuite(Number(process.argv[3] ?? 10));
