// Sorts the differences between a certification and its form into wording, punctuation only and
// letter case only: a word inserted, deleted or replaced is wording; "summarize," for "summarize",
// "13a 15(e)" for "13a-15(e)" or "report." for "report;" is punctuation; "Designed" for "designed"
// is letter case. Each change is split so that rules about wording never see the rest.
import { diffArrays } from 'diff';
import { wordsAt } from './certification.js';
import type { Change, ChangeKind } from './changes.js';
import type { Template } from './template.js';

/**
 * A word's letters and digits. "(s)" is kept apart: "officers" for "officer(s)" is a choice of
 * wording, not a dropped parenthesis.
 */
export function lettersOf(word: string): string {
  return word.replace(/\(s\)/gi, '\u0001s').replace(/[^\p{L}\p{N}\u0001{}]/gu, '');
}

const fold = (word: string) => lettersOf(word).toLowerCase();

/** The words through `f`, run together. (A loop, not map().join(): see wordsAt; nor for-of, whose
 * iterator protocol TurboFan compiles too.) */
function joined(words: readonly string[], f: (word: string) => string): string {
  let out = '';
  for (let k = 0; k < words.length; k++) out += f(words[k]);
  return out;
}

/** The kind of a difference between template words and the filer's words with the same letters. */
function cosmeticKind(tWords: string[], sWords: string[]): ChangeKind {
  return joined(tWords, lettersOf) === joined(sWords, lettersOf) ? 'punctuation' : 'case';
}

/** Whether the two runs of words differ only in punctuation or letter case. */
function sameLetters(tWords: string[], sWords: string[]): boolean {
  return joined(tWords, fold) === joined(sWords, fold);
}

/** "statement" or "statements" for the form's "statement(s)": the form leaves the choice to the filer. */
function madeChoice(tWords: string[], sWords: string[]): boolean {
  return tWords.length > 0 && tWords.length === sWords.length && tWords.every((t, n) => {
    if (!t.includes('(s)')) return false;
    const s = sWords[n].toLowerCase();
    const lower = t.toLowerCase();
    return s === lower.replace('(s)', '') || s === lower.replace('(s)', 's');
  });
}

function kindOf(tWords: string[], sWords: string[]): ChangeKind {
  if (sameLetters(tWords, sWords)) return cosmeticKind(tWords, sWords);
  return madeChoice(tWords, sWords) ? 'choice' : 'wording';
}

function split(c: Change, template: Template, seqKeys: string[]): Change[] {
  const tWords = wordsAt(template.keys, c.del);
  const sWords = wordsAt(seqKeys, c.ins);
  const whole = kindOf(tWords, sWords);
  if (whole !== 'wording') return [{ ...c, kind: whole }];
  if (c.del.length === 0 || c.ins.length === 0) return [{ ...c, kind: 'wording' }];
  // One word for another with other letters: the diff below would give them back as one part.
  if (c.del.length === 1 && c.ins.length === 1) return [{ ...c, del: [...c.del], ins: [...c.ins], kind: 'wording' }];
  // Words with the same letters pair up; what lies between pairs is looked at as a run.
  const parts: Change[] = [];
  const push = (del: number[], ins: number[]) => {
    if (del.length === 0 && ins.length === 0) return;
    const kind = kindOf(wordsAt(template.keys, del), wordsAt(seqKeys, ins));
    const last = parts[parts.length - 1];
    // Neighbouring wording runs stay one change ("a b" replaced by "c d").
    if (last && last.kind === 'wording' && kind === 'wording') { last.del.push(...del); last.ins.push(...ins); return; }
    parts.push({ ...c, del: [...del], ins: [...ins], kind });
  };
  const steps = diffArrays(wordsAt(template.keys, c.del, fold), wordsAt(seqKeys, c.ins, fold));
  let a = 0;
  let b = 0;
  let del: number[] = [];
  let ins: number[] = [];
  for (const step of steps) {
    const n = step.count ?? step.value.length;
    if (step.removed) { del.push(...c.del.slice(a, a + n)); a += n; continue; }
    if (step.added) { ins.push(...c.ins.slice(b, b + n)); b += n; continue; }
    push(del, ins);
    del = [];
    ins = [];
    for (let k = 0; k < n; k++, a++, b++) {
      // Same letters: a difference only if the words themselves differ.
      if (tWords[a] !== sWords[b]) push([c.del[a]], [c.ins[b]]);
    }
  }
  push(del, ins);
  // A shared word inside a rewrite is part of the rewrite ("generally accepted accounting
  // principles;" for "the modified cash basis of accounting; and"), not a punctuation slip.
  for (let n = 1; n + 1 < parts.length; n++) {
    if (parts[n].kind === 'wording' || parts[n - 1].kind !== 'wording' || parts[n + 1].kind !== 'wording') continue;
    parts[n - 1].del.push(...parts[n].del, ...parts[n + 1].del);
    parts[n - 1].ins.push(...parts[n].ins, ...parts[n + 1].ins);
    parts.splice(n, 2);
    n--;
  }
  // Each part's neighbours: an omission belongs just before the filer's next word.
  parts.forEach((p, n) => {
    const prev = parts[n - 1];
    const next = parts[n + 1];
    if (prev?.ins.length) p.after = prev.ins[prev.ins.length - 1];
    if (next?.ins.length) p.before = next.ins[0];
  });
  return parts;
}

/** The changes split into wording, punctuation-only and case-only changes. */
export function classifyChanges(template: Template, seqKeys: string[], changes: Change[]): Change[] {
  return changes.flatMap((c) => split(c, template, seqKeys));
}
