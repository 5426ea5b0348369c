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

/** A form's text parsed from its template: paragraphs, tokens, slots and clause parts. */
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
  /** Groups of paragraph ids of which a certification holds exactly one ("4-servicer | 4-depositor"). */
  alternatives: string[][];
  /** Paragraph ids a certification may leave out (the asset-backed form's reliance paragraph). */
  optional: string[];
  /** Whether any token is an inline alternative ("{{alt has|have}}", kept as "{{alt:has|have}}"), compared by `sameToken`. */
  hasAlternativeWords: boolean;
  /** For a variant: the paragraphs left out to make it (alternatives not chosen, optional ones absent). */
  without: string[];
}

/** Token equality that lets "{{alt has|have}}" in a template match either word. */
export function sameToken(templateKey: string, key: string): boolean {
  if (templateKey === key) return true;
  if (!templateKey.startsWith('{{alt:')) return false;
  const close = templateKey.indexOf('}}');
  const after = templateKey.slice(close + 2);
  if (after && !key.endsWith(after)) return false;
  const word = after ? key.slice(0, key.length - after.length) : key;
  return templateKey.slice(6, close).split('|').includes(word);
}

const SLOT = /\{\{([a-z]+)\}\}/;
const ALT = /\{\{alt:([^}]+)\}\}/;

/** The named part holding paragraph 4's internal control over financial reporting clause. */
export const ICFR_PART = '4-icfr';

export class TemplateError extends Error {}

interface RawParagraph { id: string; compared: boolean; lines: string[] }

/** Parses a template file (templates/*.tpl); throws a TemplateError naming the line for a malformed one. */
export function parseTemplate(source: string, fileName = 'template'): Template {
  const header: Record<string, string> = {};
  const alternatives: string[][] = [];
  const optional: string[] = [];
  const paragraphs: RawParagraph[] = [];
  for (const rawLine of source.split(/\r?\n/)) {
    const line = rawLine.trimEnd();
    if (line.startsWith('## ')) {
      const m = /^## (\S+)(.*)$/.exec(line)!;
      paragraphs.push({ id: m[1], compared: !/not word for word/.test(m[2]), lines: [] });
    } else if (line.startsWith('#')) {
      const m = /^#\s*([A-Za-z ]+?):\s*(.*)$/.exec(line);
      if (!m || paragraphs.length > 0) continue;
      const name = m[1].toLowerCase();
      if (name === 'alternatives') alternatives.push(m[2].split('|').map((x) => x.trim()).filter(Boolean));
      else if (name === 'optional') optional.push(...m[2].split(/[,\s]+/).filter(Boolean));
      else if (!(name in header)) header[name] = m[2];
    } else if (paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1].lines.push(line);
    } else if (line.trim() !== '') {
      throw new TemplateError(`${fileName}: text before the first "## paragraph" heading`);
    }
  }
  const id = header['soxlint template'];
  if (!id) throw new TemplateError(`${fileName}: no "# soxlint template: <id>" line`);
  if (paragraphs.length === 0) throw new TemplateError(`${fileName}: no paragraphs`);
  const ids = new Set(paragraphs.map((p) => p.id));
  for (const name of [...alternatives.flat(), ...optional]) {
    if (!ids.has(name)) throw new TemplateError(`${fileName}: "${name}" is named as an alternative or optional paragraph but has no "## ${name}" section`);
  }
  return build(fileName, header, paragraphs, alternatives, optional, []);
}

function build(
  fileName: string, header: Record<string, string>, paragraphs: RawParagraph[],
  alternatives: string[][], optional: string[], without: string[],
): Template {
  const keys: string[] = [];
  const words: string[] = [];
  const para: number[] = [];
  const part: (string | null)[] = [];
  const slot: (string | null)[] = [];
  const out: TemplateParagraph[] = [];
  let hasAlternativeWords = false;
  paragraphs.forEach((p, index) => {
    const text = p.lines.join('\n').trim();
    const tokenStart = keys.length;
    if (p.compared) {
      let currentPart: string | null = null;
      const marked = normalize(text).text
        .replace(/\{\{part ([^}]+)\}\}/g, ' \u0001$1 ')
        .replace(/\{\{\/part\}\}/g, ' \u0002 ')
        .replace(/\{\{alt ([^}]+)\}\}/g, (_, alts: string) => `{{alt:${alts.replace(/\s+/g, '')}}}`);
      for (const word of marked.split(/\s+/)) {
        if (word === '') continue;
        if (word.startsWith('\u0001')) { currentPart = word.slice(1); continue; }
        if (word === '\u0002') { currentPart = null; continue; }
        // Most words are plain: no pattern run (nor a pattern object made) for them.
        const s = word.includes('{{') ? SLOT.exec(word) : null;
        const alt = word.includes('{{alt:') ? ALT.exec(word) : null;
        if (alt) hasAlternativeWords = true;
        keys.push(s || alt ? word : keyOf(word));
        words.push(s ? word.replace(SLOT, '[$1]') : alt ? word.replace(alt[0], `[${alt[1].replace(/\|/g, '/')}]`) : word);
        para.push(index);
        part.push(currentPart);
        slot.push(s ? s[1] : null);
      }
      if (currentPart) throw new TemplateError(`${fileName}: paragraph ${p.id}: part "${currentPart}" is not closed`);
    }
    out.push({ id: p.id, compared: p.compared, text, tokenStart, tokenEnd: keys.length });
  });
  const template: Template = {
    id: header['soxlint template'],
    title: header['title'] ?? header['soxlint template'],
    forms: (header['forms'] ?? '').split(',').map((f) => f.trim()).filter(Boolean),
    source: header['source'] ?? '',
    verified: !/^no/i.test(header['verified'] ?? 'yes'),
    paragraphs: out,
    keys,
    words,
    para: Int16Array.from(para),
    part,
    slot,
    alternatives,
    optional,
    hasAlternativeWords,
    without,
  };
  variantSources.set(template, { fileName, header, paragraphs });
  return template;
}

const variantSources = new WeakMap<Template, { fileName: string; header: Record<string, string>; paragraphs: RawParagraph[] }>();
const variantCache = new WeakMap<Template, Template[]>();

/**
 * The versions of a template a certification can take: one alternative of each group, each optional
 * paragraph in or out. A template with neither has one version, itself.
 */
export function variantsOf(template: Template): Template[] {
  const cached = variantCache.get(template);
  if (cached) return cached;
  const src = variantSources.get(template)!;
  let choices: string[][] = [[]]; // sets of paragraph ids to leave out
  for (const group of template.alternatives) {
    choices = choices.flatMap((w) => group.map((keep) => [...w, ...group.filter((g) => g !== keep)]));
  }
  for (const opt of template.optional) choices = choices.flatMap((w) => [w, [...w, opt]]);
  const variants = choices.length === 1 && choices[0].length === 0
    ? [template]
    : choices.map((w) => build(src.fileName, src.header, src.paragraphs.filter((p) => !w.includes(p.id)), [], [], w));
  variantCache.set(template, variants);
  return variants;
}

