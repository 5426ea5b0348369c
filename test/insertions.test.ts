// Every word of the form's vocabulary, and "not", inserted at every position of every paragraph
// whose words are all the form's (2 to 5(b)) is reported in that paragraph, at the inserted word.
// "of" and "page" too: page furniture is recognised as whole lines, never by ignoring words.
import { describe, expect, it } from 'vitest';
import { canonical, lintSource, slice, toText, type Para } from './support/certs.js';
import { vocabulary } from './support/mutations.js';

const BODY = canonical().filter((p) => p.id !== 'intro' && p.id !== '1');

/** Every (paragraph, position) with the word to insert there: the vocabulary in turn. */
function places(words: string[]): { id: string; at: number; word: string }[] {
  const out: { id: string; at: number; word: string }[] = [];
  let n = 0;
  for (const p of BODY) {
    const len = p.text.split(' ').length;
    for (let at = 0; at <= len; at++) out.push({ id: p.id, at, word: words[n++ % words.length] });
  }
  return out;
}

function inserted(id: string, at: number, word: string): Para[] {
  return canonical().map((p) => {
    if (p.id !== id) return p;
    const words = p.text.split(' ');
    words.splice(at, 0, word);
    return { ...p, text: words.join(' ') };
  });
}

/** What is wrong with the findings for one insertion, or null when exactly right. */
function check(id: string, at: number, word: string): string | null {
  const source = toText(inserted(id, at, word));
  const r = lintSource(source, 'text');
  const errors = r.messages.filter((m) => m.severity === 2);
  const ok = r.messages.length === 1 && errors.length === 1 && errors[0].paragraph === id && ['SOX004', 'SOX005'].includes(errors[0].ruleId)
    && slice(source, errors[0]).replace(/\u2019/g, "'").includes(word.replace(/\u2019/g, "'"));
  return ok ? null : `"${word}" at ${id}:${at} -> ${r.messages.map((m) => `${m.ruleId} ${m.paragraph} "${slice(source, m)}"`).join(', ') || 'nothing'}`;
}

describe('a word inserted anywhere is reported in its paragraph, at the word', () => {
  const vocab = vocabulary();
  it(`each of the form's ${vocab.length} words, in turn, at every position`, () => {
    const wrong = places(vocab).map(({ id, at, word }) => check(id, at, word)).filter((x) => x !== null);
    expect(wrong).toEqual([]);
  });
  it('"not" at every position', () => {
    const wrong = places(['not']).map(({ id, at, word }) => check(id, at, word)).filter((x) => x !== null);
    expect(wrong).toEqual([]);
  });
  it('"page" (not in the form) at every position', () => {
    const wrong = places(['page']).map(({ id, at, word }) => check(id, at, word)).filter((x) => x !== null);
    expect(wrong).toEqual([]);
  });
});
