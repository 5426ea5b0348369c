// Reads a template file (templates/*.tpl): the regulatory text with paragraph ids, slots and named
// parts, kept in a form a securities lawyer can review line by line.
import { normalize } from './normalize.js';
import { keyOf } from './tokenize.js';

export interface TemplateParagraph {
  id: string;
  /** Compared token by token (false for the signature block, which a rule checks). */
  compared: boolean;
  /** The paragraph as written in the template, markup included. */
  text: string;
  /** Range of this paragraph's tokens in Template.keys. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Template {
  id: string;
  title: string;
  forms: string[];
  source: string;
  verified: boolean;
  paragraphs: TemplateParagraph[];
  /** Comparison keys of all compared tokens, in order. */
  keys: string[];
  /** Each token as a reader should see it in a message (slots as "[registrant]"). */
  words: string[];
  /** Paragraph index of each token. */
  para: Int16Array;
  /** Named part of each token, or null. */
  part: (string | null)[];
  /** Slot name of each token, or null. */
  slot: (string | null)[];
}

const SLOT = /\{\{([a-z]+)\}\}/;

export class TemplateError extends Error {}

export function parseTemplate(source: string, fileName = 'template'): Template {
  const header: Record<string, string> = {};
  const paragraphs: { id: string; compared: boolean; lines: string[] }[] = [];
  for (const rawLine of source.split(/\r?\n/)) {
    const line = rawLine.trimEnd();
    if (line.startsWith('## ')) {
      const m = /^## (\S+)(.*)$/.exec(line)!;
      paragraphs.push({ id: m[1], compared: !/not word for word/.test(m[2]), lines: [] });
    } else if (line.startsWith('#')) {
      const m = /^#\s*([A-Za-z ]+?):\s*(.*)$/.exec(line);
      if (m && paragraphs.length === 0 && !(m[1].toLowerCase() in header)) header[m[1].toLowerCase()] = m[2];
    } else if (paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1].lines.push(line);
    } else if (line.trim() !== '') {
      throw new TemplateError(`${fileName}: text before the first "## paragraph" heading`);
    }
  }
  const id = header['soxlint template'];
  if (!id) throw new TemplateError(`${fileName}: no "# soxlint template: <id>" line`);
  if (paragraphs.length === 0) throw new TemplateError(`${fileName}: no paragraphs`);

  const keys: string[] = [];
  const words: string[] = [];
  const para: number[] = [];
  const part: (string | null)[] = [];
  const slot: (string | null)[] = [];
  const out: TemplateParagraph[] = [];
  paragraphs.forEach((p, index) => {
    const text = p.lines.join('\n').trim();
    const tokenStart = keys.length;
    if (p.compared) {
      let currentPart: string | null = null;
      const marked = normalize(text).text
        .replace(/\{\{part ([^}]+)\}\}/g, ' \u0001$1 ')
        .replace(/\{\{\/part\}\}/g, ' \u0002 ');
      for (const word of marked.split(/\s+/)) {
        if (word === '') continue;
        if (word.startsWith('\u0001')) { currentPart = word.slice(1); continue; }
        if (word === '\u0002') { currentPart = null; continue; }
        const s = SLOT.exec(word);
        keys.push(s ? word : keyOf(word));
        words.push(s ? word.replace(SLOT, '[$1]') : word);
        para.push(index);
        part.push(currentPart);
        slot.push(s ? s[1] : null);
      }
      if (currentPart) throw new TemplateError(`${fileName}: paragraph ${p.id}: part "${currentPart}" is not closed`);
    }
    out.push({ id: p.id, compared: p.compared, text, tokenStart, tokenEnd: keys.length });
  });
  return {
    id,
    title: header['title'] ?? id,
    forms: (header['forms'] ?? '').split(',').map((f) => f.trim()).filter(Boolean),
    source: header['source'] ?? '',
    verified: !/^no/i.test(header['verified'] ?? 'yes'),
    paragraphs: out,
    keys,
    words,
    para: Int16Array.from(para),
    part,
    slot,
  };
}

export function paragraphById(t: Template, id: string): TemplateParagraph | undefined {
  return t.paragraphs.find((p) => p.id === id);
}
