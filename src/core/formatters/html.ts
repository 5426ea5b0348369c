// `--format html`: one self-contained page per run (inline CSS, no script, nothing fetched). Per
// file, the findings table; per certification, its facts and its redline. A pure function of the
// results; every piece of document text goes through `esc`. The drop-in page renders the same
// fragments (`renderFile`) and adds only behaviour.
import { rulesById } from '../rules/index.js';
import type { Redline, RedlineParagraph, RedlinePart } from '../redline.js';
import type { CertificationInfo, LintMessage, LintResult } from '../types.js';
import { REPORT_CSS } from './html-style.js';

/** Options of the HTML report formatter. */
export interface HtmlOptions {
  /** Rule id to its explanation as HTML (made at build time from docs/rules/*.md); else the rule's one-line description. */
  ruleDocs?: Record<string, string>;
  /** Page title. */
  title?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute value. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The form's own label for a paragraph id ("4" -> "4.", "4(b)" -> "(b)"). */
function formLabel(id: string): string {
  if (id === 'intro' || id === 'signature') return '';
  const sub = /\(([a-z])\)$/.exec(id);
  return sub ? `(${sub[1]})` : `${id.replace(/-.*$/, '')}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Id of a finding's place in the redline. */
const placeId = (f: number, n: number) => `f${f}-m${n}`;
const paraId = (f: number, c: number, id: string) => `f${f}-c${c}-p${id.replace(/[^A-Za-z0-9-]/g, '_')}`;

/** Where each finding points: the first part (else the paragraph) it is linked to. */
function places(f: number, result: LintResult): Map<number, string> {
  const out = new Map<number, string>();
  for (const rl of result.redlines ?? []) {
    for (const p of rl.paragraphs) {
      for (const x of p.parts) for (const n of x.findings) if (!out.has(n)) out.set(n, placeId(f, n));
      for (const n of p.findings) if (!out.has(n)) out.set(n, paraId(f, rl.certification, p.id));
    }
  }
  return out;
}

function findingsTable(f: number, result: LintResult, where: Map<number, string>): string {
  const rows = result.messages.map((m, n) => {
    const place = where.get(n);
    const para = m.paragraph ? esc(m.paragraph) : '';
    const rule = rulesById.get(m.ruleId);
    return `<tr id="f${f}-finding-${n}" class="finding" data-rule="${esc(m.ruleId)}" data-paragraph="${para}"${place ? ` data-place="${place}" tabindex="0"` : ''}>` +
      `<td class="pos">${m.line}:${m.column}</td>` +
      `<td class="sev-${m.severity}">${m.severity === 2 ? 'error' : 'warning'}</td>` +
      `<td><a href="#rule-${esc(m.ruleId)}">${esc(m.ruleId)}</a><br><small>${esc(rule?.name ?? m.ruleName)}</small></td>` +
      `<td>${place ? `<a href="#${place}">${para || 'here'}</a>` : para}</td>` +
      `<td class="msg">${m.document ? `[${esc(m.document)}] ` : ''}${esc(m.message)}</td></tr>`;
  });
  return `<table class="findings"><thead><tr><th class="pos">Line</th><th>Severity</th><th>Rule</th><th>Paragraph</th><th>Finding</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`;
}

function certFacts(c: CertificationInfo): string {
  const rows: [string, string | null][] = [
    ['Officer', c.officer], ['Title', c.title], ['Report', c.report], ['Registrant', c.registrant],
    ['Form', c.form === '906' ? 'Section 906 statement (Exhibit 32)' : `${c.form}${c.verified ? '' : ' (template not verified)'}`],
    ['Profile', c.profile === 'standard' ? null : c.profile], ['Signed', c.signer], ['Date', c.date],
    ['Document', c.document ?? null],
  ];
  return `<dl class="cert">${rows.filter(([, v]) => v).map(([k, v]) => `<dt>${k}</dt><dd>${esc(v!)}</dd>`).join('')}</dl>`;
}

function partHtml(f: number, x: RedlinePart, para: string, messages: LintMessage[]): string {
  const rules = [...new Set(x.findings.map((n) => messages[n].ruleId))];
  const id = x.findings.length ? ` id="${placeId(f, x.findings[0])}"` : '';
  const data = `${id} data-paragraph="${esc(para)}"${rules.length ? ` data-rule="${esc(rules.join(' '))}" title="${esc(x.findings.map((n) => messages[n].message).join('\n'))}"` : ''}`;
  const text = esc(x.text);
  switch (x.kind) {
    case 'added': return `<ins${data}>${text}</ins>`;
    case 'omitted': return `<del${data}>${text}</del>`;
    case 'slot': return `<span class="slot"${data} data-slot="${esc(x.slot ?? '')}">${text}</span>`;
    default: return x.findings.length ? `<span${data}>${text}</span>` : text;
  }
}

function paragraphHtml(f: number, rl: Redline, p: RedlineParagraph, result: LintResult): string {
  const id = paraId(f, rl.certification, p.id);
  const rules = [...new Set(p.findings.map((n) => result.messages[n].ruleId))].join(' ');
  const attrs = `id="${id}" data-paragraph="${esc(p.id)}"${rules ? ` data-rule="${esc(rules)}"` : ''}`;
  if (!p.compared) {
    const c = result.certifications[rl.certification];
    const said = p.findings.map((n) => esc(result.messages[n].message)).join('; ');
    const sig = [c.signer ? `/s/ ${c.signer}` : null, c.title, c.date].filter(Boolean).map((s) => esc(s!)).join(' \u00b7 ');
    return `<div class="para sig" ${attrs}>Signature block: ${sig || 'none found'}${said ? ` <del data-paragraph="signature" data-rule="${esc(rules)}">${said}</del>` : ''}</div>`;
  }
  if (p.omitted && p.parts.every((x) => x.kind === 'omitted')) {
    const n = p.parts.flatMap((x) => x.findings)[0];
    const label = p.id; // the form's own number: the filer's letters may have moved up (relettering)
    const body = p.parts.map((x) => esc(x.text)).join(' ');
    return `<div class="para omitted" ${attrs}><del class="block"${n !== undefined ? ` id="${placeId(f, n)}"` : ''} data-paragraph="${esc(p.id)}"${rules ? ` data-rule="${esc(rules)}"` : ''}>` +
      `<span class="label" title="paragraph ${esc(label)} of the form">${esc(label)}</span> ${body}</del></div>`;
  }
  const label = p.label ? esc(p.label.text) : formLabel(p.id);
  const body = p.parts.map((x) => partHtml(f, x, p.id, result.messages)).join(' ');
  return `<p class="para" ${attrs}>${label ? `<span class="label">${label}</span> ` : ''}${body}</p>`;
}

function certificationHtml(f: number, c: number, result: LintResult): string {
  const cert = result.certifications[c];
  const rl = result.redlines?.find((x) => x.certification === c);
  const head = `<h3>Certification at line ${cert.line}${cert.kind === '906' ? ' (Section 906)' : ''}</h3>${certFacts(cert)}`;
  if (!rl) {
    return `<section class="cert" id="f${f}-c${c}">${head}${cert.kind === '906' ? '<p class="legend">A Section 906 statement is checked by its findings above; it has no redline.</p>' : ''}</section>`;
  }
  const paras = rl.paragraphs.map((p) => paragraphHtml(f, rl, p, result)).join('\n');
  return `<section class="cert" id="f${f}-c${c}">${head}` +
    `<p class="legend">Redline against the form: <ins>added by the filer</ins> <del>left out from the form</del> <span class="slot">filled in by the filer</span></p>` +
    `<div class="redline">\n${paras}\n</div></section>`;
}

/** One file's section: summary, findings table, each certification's redline; or why it could not be read. */
export function renderFile(result: LintResult, f: number): string {
  if (result.fatal !== undefined) {
    return `<section class="file unreadable" id="f${f}" data-file="${esc(result.filePath)}"><h2>${esc(result.filePath)}</h2><p class="reason" role="alert">Could not be checked: ${esc(result.fatal)}</p></section>`;
  }
  const where = places(f, result);
  const problems = result.errorCount + result.warningCount;
  const summary = problems === 0
    ? `<p class="ok">No problems found.</p>`
    : `<p class="summary">${plural(problems, 'problem')} (${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')})</p>${findingsTable(f, result, where)}`;
  const certs = result.certifications.map((_, c) => certificationHtml(f, c, result)).join('\n');
  return `<section class="file" id="f${f}" data-file="${esc(result.filePath)}"><h2>${esc(result.filePath)}</h2>${summary}${certs}</section>`;
}

/** The explanations of the rules named in the results (all rules when `ids` is omitted). */
export function renderRules(options: HtmlOptions, ids?: Iterable<string>): string {
  const wanted = ids ? [...new Set(ids)].sort() : [...rulesById.keys()].sort();
  const parts = wanted.map((id) => {
    const rule = rulesById.get(id);
    const doc = options.ruleDocs?.[id];
    const body = doc ?? `<h3>${esc(id)}: ${esc(rule?.name ?? '')}</h3><p>${esc(rule?.description ?? '')}</p>`;
    return `<section id="rule-${esc(id)}" data-rule="${esc(id)}">${body}</section>`;
  });
  return parts.length ? `<section class="rules"><h2>The rules</h2>${parts.join('\n')}</section>` : '';
}

/** The whole report: a complete HTML document. */
export function formatHtml(results: LintResult[], options: HtmlOptions = {}): string {
  const read = results.filter((r) => r.fatal === undefined);
  const errors = read.reduce((n, r) => n + r.errorCount, 0);
  const warnings = read.reduce((n, r) => n + r.warningCount, 0);
  const unreadable = results.length - read.length;
  const body = results.map((r, f) => renderFile(r, f)).join('\n');
  const title = options.title ?? 'soxlint report';
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${REPORT_CSS}</style></head>\n` +
    `<body><main><h1>${esc(title)}</h1><p class="summary">${plural(results.length, 'file')} checked against Regulation S-K Item 601(b)(31): ` +
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${unreadable ? `, ${unreadable} could not be read` : ''}.</p>\n` +
    `${body}\n${renderRules(options, results.flatMap((r) => r.messages.map((m) => m.ruleId)))}</main></body></html>\n`;
}
