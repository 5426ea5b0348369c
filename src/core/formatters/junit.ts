// JUnit XML as Jenkins (junit step) and GitLab (artifacts:reports:junit) read it: a test suite per
// file, a test case per certification (one for a file with none), a <failure> per error and the
// warnings as the case's output. A file that could not be read is a case with an <error>. Pure.
import type { CertificationInfo, LintMessage, LintResult } from '../types.js';
import { certificationIndex } from './certification-of.js';
import { xmlText } from './escape.js';
import type { FormatOptions } from './options.js';

interface Case {
  name: string;
  line: number;
  failures: LintMessage[];
  warnings: LintMessage[];
  error?: string;
}

function caseName(c: CertificationInfo): string {
  const who = c.officer ? `, ${c.officer}` : '';
  const doc = c.document ? ` in ${c.document}` : '';
  return `${c.kind === '906' ? 'Section 906' : 'Section 302'} certification at line ${c.line}${doc} (form ${c.form}${who})`;
}

function casesOf(r: LintResult): Case[] {
  if (r.fatal !== undefined) return [{ name: 'read file', line: 1, failures: [], warnings: [], error: r.fatal }];
  const cases: Case[] = r.certifications.length
    ? r.certifications.map((c) => ({ name: caseName(c), line: c.line, failures: [], warnings: [] }))
    : [{ name: 'certifications in the file', line: 1, failures: [], warnings: [] }];
  for (const m of r.messages) {
    const c = cases[r.certifications.length ? certificationIndex(r.certifications, m) : 0];
    (m.severity === 2 ? c.failures : c.warnings).push(m);
  }
  return cases;
}

function describe(m: LintMessage): string {
  const para = m.paragraph !== null ? `paragraph ${m.paragraph}, ` : '';
  const doc = m.document ? `${m.document} ` : '';
  return `${m.ruleId} ${m.ruleName}: ${para}${doc}line ${m.line}:${m.column}: ${m.message}`;
}

function renderCase(file: string, c: Case): string {
  const open = `    <testcase classname="${xmlText(file)}" name="${xmlText(c.name)}" file="${xmlText(file)}" line="${c.line}"`;
  const body: string[] = [];
  if (c.error !== undefined) body.push(`      <error type="unreadable" message="${xmlText(c.error)}">${xmlText(`${file}: ${c.error}`)}</error>`);
  for (const m of c.failures) {
    body.push(`      <failure type="${xmlText(`${m.ruleId} ${m.ruleName}`)}" message="${xmlText(m.message)}">${xmlText(describe(m))}</failure>`);
  }
  if (c.warnings.length) body.push(`      <system-out>${c.warnings.map((m) => xmlText(`warning ${describe(m)}`)).join('&#10;')}</system-out>`);
  return body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`;
}

export function formatJunit(results: LintResult[], _options?: FormatOptions): string {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites = results.map((r) => {
    const cases = casesOf(r);
    const f = cases.reduce((n, c) => n + c.failures.length, 0);
    const e = cases.filter((c) => c.error !== undefined).length;
    tests += cases.length;
    failures += f;
    errors += e;
    const name = xmlText(r.filePath);
    return `  <testsuite name="${name}" tests="${cases.length}" failures="${f}" errors="${e}" skipped="0" file="${name}">\n${cases.map((c) => renderCase(r.filePath, c)).join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="soxlint" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
