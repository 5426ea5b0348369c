// GitHub Actions workflow commands: one ::error or ::warning line per finding, which the runner
// turns into an annotation on the file. Escaping as the runner's toolkit does it: %, CR and LF in
// the message; also ":" and "," in the properties. A pure function.
import type { LintMessage, LintResult } from '../types.js';
import { visibleControls } from './escape.js';
import type { FormatOptions } from './options.js';
import { joined, wholeOutput, type PieceStream } from './stream.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: 'error' | 'warning', props: [string, string | number][], message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(visibleControls(String(v)))}`).join(',');
  return `::${kind} ${p}::${escapeData(visibleControls(message))}\n`;
}

function finding(file: string, m: LintMessage): string {
  const text = (m.document && !m.message.includes(m.document) ? `[${m.document}] ` : '') + m.message;
  return command(m.severity === 2 ? 'error' : 'warning', [
    ['file', file],
    ['line', m.line],
    ['col', m.column],
    ['endLine', m.endLine],
    ['endColumn', m.endColumn],
    ['title', `${m.ruleId} ${m.ruleName}`],
  ], text);
}

export function piecesGithub(): PieceStream {
  return {
    piece(r) {
      let out = '';
      if (r.fatal !== undefined) out += command('error', [['file', r.filePath], ['title', 'soxlint: file not checked']], r.fatal);
      for (const m of r.messages) out += finding(r.filePath, m);
      return out;
    },
    between: '',
    lead: () => '',
    end: () => '',
  };
}

export const streamGithub = joined(piecesGithub);

export const formatGithub: (results: LintResult[], options?: FormatOptions) => string = (results) => wholeOutput(streamGithub)(results, { color: false });
