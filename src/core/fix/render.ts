// The form's words as the filer would have typed them: slots filled with the filer's values, the
// apostrophes of the filer's own text. Never the display wording of messages ("[registrant]").
import type { Certification } from '../certification.js';
import type { Template } from '../template.js';

/** Values for the slots a certification fills (officer, report, registrant, ...). */
export type Slots = Partial<Record<string, string>>;

/** What a slot shows when no value is known: the form's own blank, which SOX011 keeps reporting. */
export const BLANKS: Record<string, string> = {
  officer: '[identify the certifying individual]',
  report: '[specify report]',
  registrant: '[identify registrant]',
};

export interface Style {
  apostrophe: string;
}

/** The apostrophe the filer types most in this certification. */
export function styleOf(cert: Certification): Style {
  const t = cert.doc.tokens;
  const from = t.start[cert.region.start];
  const to = cert.region.end > cert.region.start ? t.end[cert.region.end - 1] : from;
  // Normalised text folds quotes; read the extracted text through the normalisation map instead.
  const ext = cert.doc.ext.text;
  const map = cert.doc.norm.from;
  let curly = 0;
  let straight = 0;
  for (let k = from; k < to; k++) {
    if (cert.doc.norm.text.charCodeAt(k) !== 0x27) continue;
    if (ext[map[k]] === "'") straight++; else curly++;
  }
  return { apostrophe: curly > straight ? '\u2019' : "'" };
}

/** Template tokens idx as words, slots filled from `slots` (else the form's blank). */
export function formWords(template: Template, idx: number[], slots: Slots, style: Style): string {
  return idx.map((i) => formWord(template, i, slots, style)).join(' ');
}

function formWord(template: Template, i: number, slots: Slots, style: Style): string {
  const key = template.keys[i];
  const slot = template.slot[i];
  if (slot) return (slots[slot] ?? BLANKS[slot] ?? `[${slot}]`) + key.slice(key.indexOf('}}') + 2);
  const alt = /^\{\{alt:([^|}]+)[^}]*\}\}(.*)$/.exec(key);
  const word = alt ? alt[1] + alt[2] : template.words[i];
  return style.apostrophe === "'" ? word : word.replace(/'/g, style.apostrophe);
}
