// The formatting-only classes of the generated-variant suite: the layout varies (layouts.ts) and
// the words stay the form's, or only their punctuation or letter case changes (warnings).
import { BODY, find, PLAIN, pick, replaceOne, setText, textOf, type MutationClass } from './mutations.js';

export const FORMATTING: MutationClass[] = [
  ...['compliant', 'labels', 'wrapping', 'quotes', 'blank-lines', 'nbsp', 'page-breaks', 'split-labels'].map((name): MutationClass => ({
    name, kind: 'formatting', formats: name === 'split-labels' ? ['text'] : undefined, make: (_r, paras) => ({ paras, expected: [], touched: [] }),
  })),
  {
    name: 'amendment-profile', kind: 'formatting',
    make(r, paras) {
      let out = setText(paras, '1', textOf(paras, '1').replace('Annual Report on Form 10-K', 'Form 10-K/A')).filter((p) => !/^[345]/.test(p.id));
      if (r() < 0.5) out = setText(out, '2', textOf(out, '2').replace(/report;$/, 'report.'));
      return { paras: out, expected: [], options: { profile: 'amendment' }, touched: BODY };
    },
  },
  {
    name: 'punctuation-only', kind: 'formatting', pairable: true,
    make(r, paras, avoid) {
      const id = pick(r, PLAIN.filter((x) => !avoid.includes(x)));
      const t = textOf(paras, id);
      const edits: (() => string | null)[] = [
        () => replaceOne(r, t, /[a-z] (?=[a-z])/, (m) => `${m[0]}, `),
        () => replaceOne(r, t, /[a-z], /, (m) => `${m[0]} `),
        () => (/;( and)?$/.test(t) ? t.replace(/;( and)?$/, '.$1') : null),
        () => replaceOne(r, t, /1[35][ad]-15\([ef]\)/, (m) => (r() < 0.5 ? m.replace('(', ' (') : m.replace('-', ' '))),
        () => replaceOne(r, t, /\(f\)\)/, () => '(f)'),
      ];
      const text = edits[Math.floor(r() * edits.length)]();
      if (text === null || text === t) return null;
      return { paras: setText(paras, id, text), expected: [find('SOX022', id)], touched: [id] };
    },
  },
  {
    name: 'case-only', kind: 'formatting', pairable: true,
    make(r, paras, avoid) {
      const id = pick(r, PLAIN.filter((x) => !avoid.includes(x)));
      const text = replaceOne(r, textOf(paras, id), /\b(?!(?:[Rr]egistrant|[Cc]ompany))[A-Za-z][a-z]{2,}\b/, (w) =>
        (w[0] === w[0].toUpperCase() ? w[0].toLowerCase() : w[0].toUpperCase()) + w.slice(1));
      if (!text) return null;
      return { paras: setText(paras, id, text), expected: [find('SOX023', id)], touched: [id] };
    },
  },
];

