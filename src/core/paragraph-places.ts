// In a .docx, a message's line is the number of a Word paragraph (the reader joins paragraphs with
// line breaks). Word users find a place by its paragraph and its first words, so each message gets
// the opening words of its paragraph for the formatters that show places to people.
import type { LintResult } from './types.js';

const WORDS = 6;
const MAX = 48;

/** The first words of a paragraph, shortened with "..." when it goes on. */
export function openingWords(paragraph: string): string {
  const words = paragraph.trim().split(/\s+/).filter(Boolean);
  let out = words.slice(0, WORDS).join(' ');
  if (out.length > MAX) out = out.slice(0, MAX).replace(/\s+\S*$/, '');
  return words.length > WORDS || out.length < paragraph.trim().length ? `${out} ...` : out;
}

/** Marks a .docx result's places as paragraphs and gives each message its paragraph's opening words. */
export function placeInParagraphs(source: string, result: LintResult): void {
  const paragraphs = source.split('\n');
  result.lineUnit = 'paragraph';
  for (const m of result.messages) m.excerpt = openingWords(paragraphs[m.line - 1] ?? '');
}
