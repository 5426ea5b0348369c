// Builds certifications for tests from the template itself, then renders them the ways filers do:
// hard-wrapped text, and EDGAR-style HTML with label cells and entities.
import { extractHtml } from '../../src/core/extract/html.js';
import { extractText } from '../../src/core/extract/text.js';
import { lintExtracted } from '../../src/core/lint.js';
import { templateFor } from '../../src/core/templates/index.js';
import type { LintMessage, LintOptions, LintResult } from '../../src/core/types.js';

export interface Para {
  id: string;
  label: string;
  text: string;
}

export const FILL = {
  officer: 'Jane Q. Doe',
  report: 'Annual Report on Form 10-K for the fiscal year ended December 31, 2025',
  registrant: 'Acme Corp.',
};

export const SIGNATURE = ['Date: February 27, 2026', '', '/s/ Jane Q. Doe', 'Jane Q. Doe', 'Chief Executive Officer'];

/** Paragraph label as a filer would type it: "4." for numbers, "(b)" for letters. */
function labelOf(id: string): string {
  if (id === 'intro' || id === 'reliance') return '';
  if (/^\d-/.test(id)) return `${id[0]}.`;
  const sub = /\(([a-z])\)$/.exec(id);
  return sub ? `(${sub[1]})` : `${id}.`;
}

/** The canonical certification, paragraph by paragraph, slots filled, curly apostrophes as filed. */
export function canonical(): Para[] {
  return canonicalFor('601b31i');
}

/** The same for any form: `omit` leaves out paragraphs (an alternative not chosen, an optional one). */
export function canonicalFor(form: string, fill: Record<string, string> = FILL, omit: string[] = []): Para[] {
  const template = templateFor(form);
  // Of a group of alternative paragraphs, the first, unless the caller chose by omitting some.
  const others = template.alternatives.filter((g) => !g.some((id) => omit.includes(id))).flatMap((g) => g.slice(1));
  return template.paragraphs
    .filter((p) => p.compared && !omit.includes(p.id) && !others.includes(p.id))
    .map((p) => ({
      id: p.id,
      label: labelOf(p.id),
      text: p.text
        .replace(/\{\{part [^}]+\}\}|\{\{\/part\}\}/g, '')
        .replace(/\{\{alt ([^|}]+)\|[^}]*\}\}/g, '$1')
        .replace(/\{\{(\w+)\}\}/g, (_, slot: string) => fill[slot] ?? FILL[slot as keyof typeof FILL] ?? `[${slot}]`)
        .replace(/'/g, '\u2019')
        .replace(/\s+/g, ' ')
        .trim(),
    }));
}

/** Replaces one occurrence of `from` in the paragraph with id `id` (throws if absent, to keep tests honest). */
export function edit(paras: Para[], id: string, from: string, to: string): Para[] {
  return paras.map((p) => {
    if (p.id !== id) return p;
    if (!p.text.includes(from)) throw new Error(`paragraph ${id} has no "${from}"`);
    return { ...p, text: p.text.replace(from, to) };
  });
}

export function without(paras: Para[], ...ids: string[]): Para[] {
  return paras.filter((p) => !ids.includes(p.id));
}

/** Letters the sub-paragraphs again in order, as filers do after dropping one. */
export function reletter(paras: Para[]): Para[] {
  let n = 0;
  return paras.map((p) => {
    if (!p.label.startsWith('(')) { n = 0; return p; }
    return { ...p, label: `(${String.fromCharCode(97 + n++)})` };
  });
}

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

export interface RenderOptions {
  heading?: string;
  signature?: string[];
}

/** Plain text, hard-wrapped at 72 columns, blank lines between paragraphs. */
export function toText(paras: Para[], opts: RenderOptions = {}): string {
  const out: string[] = [opts.heading ?? 'Exhibit 31.1', '', 'CERTIFICATION', ''];
  for (const p of paras) {
    const sub = p.label.startsWith('(');
    const prefix = !p.label ? '' : sub ? `    ${p.label.padEnd(4)}` : p.label.padEnd(4);
    out.push(...wrap(prefix + p.text, 72, sub ? '        ' : p.label ? '    ' : ''), '');
  }
  out.push(...(opts.signature ?? SIGNATURE));
  return out.join('\n') + '\n';
}

const ENTITY_APOSTROPHES = ['&#146;', '&rsquo;', '&#8217;', '&#x2019;'];

/** EDGAR-style HTML: labels in their own table cells, entities for apostrophes, a page break. */
export function toHtml(paras: Para[], opts: RenderOptions = {}): string {
  let k = 0;
  // A blank line inside a paragraph's text (a page footer put in by a test) is a break in HTML too.
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n\s*\n/g, '<br><br>')
    .replace(/\u2019/g, () => ENTITY_APOSTROPHES[k++ % ENTITY_APOSTROPHES.length]);
  const rows = paras.map((p, i) => {
    const brk = i === 6 ? '<hr style="page-break-after:always">\n' : '';
    if (!p.label) return `${brk}<p style="margin:0"><font size="2">${esc(p.text)}</font></p>`;
    const sub = p.label.startsWith('(');
    return `${brk}<table cellpadding="0" cellspacing="0" width="100%"><tr valign="top">` +
      (sub ? '<td width="5%">&nbsp;</td>' : '') +
      `<td width="5%"><font size="2">${p.label}</font></td><td><font size="2">${esc(p.text)}</font></td></tr></table>`;
  });
  const sig = (opts.signature ?? SIGNATURE).filter((l) => l !== '').map((l) => esc(l)).join('<br>\n');
  return `<html><head><title>Exhibit 31.1</title></head><body>\n<p align="center"><b>${esc(opts.heading ?? 'Exhibit 31.1')}</b></p>\n` +
    rows.join('\n') + `\n<p>${sig}</p>\n</body></html>\n`;
}

export type Kind = 'text' | 'html';

export function lintSource(source: string, kind: Kind, options: LintOptions = {}): LintResult {
  const ext = kind === 'html' ? extractHtml(source) : extractText(source);
  return lintExtracted(ext, `fixture.${kind === 'html' ? 'htm' : 'txt'}`, options);
}

export function render(paras: Para[], kind: Kind, opts: RenderOptions = {}): string {
  return kind === 'html' ? toHtml(paras, opts) : toText(paras, opts);
}

/** The source text a message's line:column range covers. */
export function slice(source: string, m: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  const from = starts[m.line - 1] + m.column - 1;
  const to = starts[m.endLine - 1] + m.endColumn - 1;
  return source.slice(from, to);
}

/** Compact view of findings for exact assertions. */
export function brief(r: LintResult): string[] {
  return r.messages.map((m) => `${m.ruleId} ${m.paragraph ?? '-'}`);
}

/** Source text of a range with HTML tags and entities reduced to words, for comparing with `actual`. */
export function plain(s: string): string {
  return s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#146;|&rsquo;|&#8217;|&#x2019;/g, "'")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
