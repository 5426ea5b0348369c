// The CI formats (SARIF, JUnit, GitHub workflow commands), several at once, and JSON that stays
// whole on every exit: through the built CLI, as CI runs it. SARIF is checked with Microsoft's SARIF
// multitool (`validate`), the reference validator: no errors and no warnings.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../src/core/formatters/github.js';
import { allRules } from '../src/core/rules/index.js';
import { canonical, edit, reletter, render, without } from './support/certs.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/soxlint.js');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const ICFR = ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))';
let dir: string;

function soxlint(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, encoding: 'utf8', timeout: 30000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The SARIF multitool's platform binary; npm does not run its install script here, so it may lack +x. */
function multitool(): string {
  const require = createRequire(import.meta.url);
  const path = require('@microsoft/sarif-multitool-linux') as string;
  chmodSync(path, 0o755);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soxlint-formats-'));
  writeFileSync(join(dir, 'qualys.txt'), render(reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)')), 'text'));
  writeFileSync(join(dir, 'good.htm'), render(canonical(), 'html'));
  writeFileSync(join(dir, 'warn, 50% off.txt'), render(edit(canonical(), '5', 'officer(s)', 'officers'), 'text'));
  copyFileSync(join(root, 'examples/acme-10k-2025-ex31-1-draft.docx'), join(dir, 'draft.docx'));
  writeFileSync(join(dir, 'prose.txt'), 'Management discussion.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SARIF 2.1.0', () => {
  const files = ['qualys.txt', 'good.htm', 'warn, 50% off.txt', 'draft.docx', 'prose.txt', 'missing.txt'];
  let log: Sarif.Log;
  let stylish: { code: number | null; stdout: string; stderr: string };

  beforeAll(() => {
    stylish = soxlint([...files, '--format', 'stylish', '--format', 'sarif:out/soxlint.sarif']);
    log = JSON.parse(readFileSync(join(dir, 'out/soxlint.sarif'), 'utf8')) as Sarif.Log;
  });

  it('stylish goes to standard output while SARIF goes to the file', () => {
    expect(stylish.code).toBe(2); // missing.txt
    expect(stylish.stdout).toContain('qualys.txt\n');
    expect(stylish.stdout).not.toContain('"version"');
    expect(stylish.stderr).toBe('soxlint: missing.txt: no such file or directory\n');
  });

  it('the driver names the tool and its version and describes every rule', () => {
    const driver = log.runs[0].tool.driver;
    expect([log.version, driver.name, driver.version, driver.semanticVersion]).toEqual(['2.1.0', 'soxlint', version, version]);
    expect(driver.informationUri).toMatch(/^(https?|file):\/\//);
    expect(driver.rules!.map((r) => r.id)).toEqual(allRules.map((r) => r.id).sort());
    for (const rule of driver.rules!) {
      const meta = allRules.find((r) => r.id === rule.id)!;
      expect(rule.name).toBe(meta.name);
      expect(rule.shortDescription!.text.length).toBeGreaterThan(10);
      expect(rule.fullDescription!.text.length).toBeGreaterThan(10);
      expect(rule.help!.markdown).toMatch(/## What it reports/);
      expect(rule.defaultConfiguration!.level).toBe(meta.severity === 'error' ? 'error' : 'warning');
    }
  });

  it('each finding: rule id and index, level, message, relative URI and region', () => {
    const run = log.runs[0];
    const rules = run.tool.driver.rules!;
    const byFile = (uri: string) => run.results!.filter((r) => r.locations![0].physicalLocation!.artifactLocation!.uri === uri);
    const q = byFile('qualys.txt');
    expect(q.map((r) => [r.ruleId, r.level, r.properties?.paragraph])).toEqual([['SOX003', 'error', '4'], ['SOX002', 'error', '4(b)']]);
    for (const r of run.results!) {
      expect(rules[r.ruleIndex!].id).toBe(r.ruleId);
      const loc = r.locations![0].physicalLocation!;
      expect(loc.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      expect(loc.region!.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region!.startColumn).toBeGreaterThanOrEqual(1);
      expect(r.message.text).toMatch(/\.$/);
    }
    // A name with a space, a comma and a percent sign is a percent-encoded URI reference.
    expect(byFile('warn%2C%2050%25%20off.txt').map((r) => [r.ruleId, r.level])).toEqual([['SOX013', 'warning']]);
    // A .docx: the paragraph number is the line, the findings those of the JSON output.
    const [docx] = JSON.parse(soxlint(['draft.docx', '-f', 'json']).stdout) as { messages: { ruleId: string; line: number; column: number; severity: number }[] }[];
    expect(docx.messages.map((m) => m.ruleId)).toContain('SOX005');
    expect(byFile('draft.docx').map((r) => [r.ruleId, r.level, r.locations![0].physicalLocation!.region!.startLine, r.locations![0].physicalLocation!.region!.startColumn]))
      .toEqual(docx.messages.map((m) => [m.ruleId, m.severity === 2 ? 'error' : 'warning', m.line, m.column]));
    expect(byFile('prose.txt').map((r) => r.ruleId)).toEqual(['SOX001']);
    expect(run.originalUriBaseIds!['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
  });

  it('a file that could not be read is a failed-execution notification', () => {
    const inv = log.runs[0].invocations![0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications!.map((n) => [n.level, n.message.text, n.locations![0].physicalLocation!.artifactLocation!.uri]))
      .toEqual([['error', 'no such file or directory.', 'missing.txt']]);
  });

  it('fingerprints are stable across runs and do not move with the line', () => {
    const fp = (l: Sarif.Log) => l.runs[0].results!.filter((r) => r.locations![0].physicalLocation!.artifactLocation!.uri === 'qualys.txt')
      .map((r) => [r.partialFingerprints!['soxlintFinding/v1'], r.locations![0].physicalLocation!.region!.startLine]);
    const before = fp(log);
    writeFileSync(join(dir, 'qualys.txt'), `Exhibit 31.1\n\n\n${readFileSync(join(dir, 'qualys.txt'), 'utf8')}`);
    soxlint(['qualys.txt', '-f', 'sarif:again.sarif']);
    const after = fp(JSON.parse(readFileSync(join(dir, 'again.sarif'), 'utf8')));
    writeFileSync(join(dir, 'qualys.txt'), render(reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)')), 'text'));
    expect(after.map((x) => x[0])).toEqual(before.map((x) => x[0]));
    expect(after.map((x) => Number(x[1]) - Number(before[after.indexOf(x)][1]))).toEqual([3, 3]);
    expect(new Set(before.map((x) => x[0])).size).toBe(2);
  });

  it('the SARIF multitool validates it: no errors, no warnings (also GitHub\'s rules)', () => {
    const out = join(dir, 'validation.sarif');
    execFileSync(multitool(), ['validate', join(dir, 'out/soxlint.sarif'), '--output', out, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh'], { encoding: 'utf8' });
    const report = JSON.parse(readFileSync(out, 'utf8')) as Sarif.Log;
    const problems = report.runs.flatMap((r) => r.results ?? []).filter((r) => r.level !== 'note' && r.level !== 'none')
      .map((r) => `${r.ruleId}: ${r.message.text ?? r.message.id}`);
    expect(problems).toEqual([]);
    expect(report.runs[0].invocations?.[0]?.executionSuccessful).toBe(true);
  });
});

describe('JUnit XML', () => {
  it('a suite per file, a case per certification, a failure per error, an error for an unread file', () => {
    const r = soxlint(['qualys.txt', 'good.htm', 'prose.txt', 'draft.docx', 'missing.txt', '-f', 'junit']);
    expect(r.code).toBe(2);
    const suites: { name: string; attrs: Record<string, string>; cases: { name: string; failures: string[]; errors: string[]; out: string }[] }[] = [];
    let root: Record<string, string> = {};
    let text = '';
    const parser = new SaxesParser();
    parser.on('opentag', (t) => {
      const attrs = t.attributes as Record<string, string>;
      text = '';
      if (t.name === 'testsuites') root = attrs;
      if (t.name === 'testsuite') suites.push({ name: attrs.name, attrs, cases: [] });
      if (t.name === 'testcase') suites.at(-1)!.cases.push({ name: attrs.name, failures: [], errors: [], out: '' });
    });
    parser.on('text', (t) => { text += t; });
    parser.on('closetag', (t) => {
      const c = suites.at(-1)?.cases.at(-1);
      if (t.name === 'failure') c!.failures.push(text);
      if (t.name === 'error') c!.errors.push(text);
      if (t.name === 'system-out') c!.out = text;
    });
    parser.write(r.stdout).close(); // throws on XML that is not well-formed
    const [docx] = JSON.parse(soxlint(['draft.docx', '-f', 'json']).stdout) as { errorCount: number; warningCount: number }[];
    expect(docx.errorCount).toBeGreaterThan(0);
    expect(root).toEqual({ name: 'soxlint', tests: '5', failures: String(3 + docx.errorCount), errors: '1' });
    expect(suites.map((s) => [s.name, s.attrs.tests, s.attrs.failures, s.attrs.errors])).toEqual([
      ['missing.txt', '1', '0', '1'],
      ['qualys.txt', '1', '2', '0'],
      ['good.htm', '1', '0', '0'],
      ['prose.txt', '1', '1', '0'],
      ['draft.docx', '1', String(docx.errorCount), '0'],
    ]);
    const q = suites[1].cases[0];
    expect(q.name).toBe('Section 302 certification at line 5 (form 601b31i, Jane Q. Doe)');
    expect(q.failures).toHaveLength(2);
    expect(q.failures[0]).toMatch(/^SOX003 missing-icfr-clause: paragraph 4, line \d+:\d+: Paragraph 4 omits the internal control over financial reporting clause "and internal/);
    expect(q.failures[1]).toMatch(/^SOX002 missing-paragraph: paragraph 4\(b\), line 33:\d+: Paragraph 4\(b\) is missing/);
    expect(suites[3].cases[0]).toMatchObject({ name: 'certifications in the file', failures: [expect.stringMatching(/^SOX001 no-certification: line 1:1: /)] });
    const warnings = suites[4].cases[0].out.split('\n');
    expect(warnings).toHaveLength(docx.warningCount);
    expect(warnings.filter((l) => l.startsWith('warning SOX014 docx-revisions: line '))).toHaveLength(3);
    expect(suites[0].cases[0].errors).toEqual(['missing.txt: no such file or directory']);
  });
});

describe('GitHub workflow commands', () => {
  it('one command per finding with file, position and title', () => {
    const r = soxlint(['qualys.txt', 'warn, 50% off.txt', '-f', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=qualys\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=SOX003 missing-icfr-clause::Paragraph 4 omits the internal control/);
    expect(lines[1]).toMatch(/^::error file=qualys\.txt,line=33,col=\d+,endLine=33,endColumn=\d+,title=SOX002 missing-paragraph::Paragraph 4\(b\) is missing/);
    expect(lines[2]).toMatch(/^::warning file=warn%2C 50%25 off\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=SOX013 officer-plural::/);
  });

  it('escapes as the runner requires: %, CR, LF everywhere; ":" and "," in properties', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const out = formatGithub([{
      filePath: 'dir/ex:31,1.htm', certifications: [], errorCount: 1, warningCount: 0,
      messages: [{ ruleId: 'SOX004', ruleName: 'altered-wording', severity: 2, message: 'Line one\nline two: 100%\u001b[2J', paragraph: '3', line: 7, column: 2, endLine: 8, endColumn: 4, expected: null, actual: null }],
    }, { filePath: 'gone.txt', certifications: [], messages: [], errorCount: 1, warningCount: 0, fatal: 'no such file or directory' }]);
    expect(out).toBe(
      '::error file=dir/ex%3A31%2C1.htm,line=7,col=2,endLine=8,endColumn=4,title=SOX004 altered-wording::Line one%0Aline two: 100%25\\x1b[2J\n' +
      '::error file=gone.txt,title=soxlint%3A file not checked::no such file or directory\n',
    );
  });
});

describe('several formats, and JSON on every exit', () => {
  it('at most one format to standard output; unknown formats and duplicate files are usage errors', () => {
    expect(soxlint(['qualys.txt', '-f', 'json', '-f', 'sarif'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^soxlint: --format: at most one format can go to standard output/) });
    expect(soxlint(['qualys.txt', '-f', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^soxlint: --format: unknown format "xml" \(choose from stylish, json, /) });
    expect(soxlint(['qualys.txt', '-f', 'json:a.json', '-f', 'sarif:a.json']).code).toBe(2);
    expect(soxlint(['qualys.txt', '-f', 'junit:'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/give a file after ":"/) });
  });

  it('every format to a file, nothing to standard output', () => {
    mkdirSync(join(dir, 'all'), { recursive: true });
    const r = soxlint(['qualys.txt', '-f', 'json:all/r.json', '-f', 'junit:all/r.xml', '-f', 'github:all/r.txt', '-f', 'sarif:all/r.sarif']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'all/r.json'), 'utf8'))[0].errorCount).toBe(2);
    for (const f of ['r.xml', 'r.txt', 'r.sarif']) expect(readFileSync(join(dir, 'all', f), 'utf8')).toContain('SOX002');
  });

  it('a file that could not be read is a fatal message, as ESLint gives', () => {
    const r = soxlint(['missing.txt', 'qualys.txt', '-f', 'json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out[0]).toEqual({
      filePath: 'missing.txt', certifications: [], errorCount: 1, warningCount: 0,
      messages: [{ ruleId: null, fatal: true, severity: 2, message: 'no such file or directory' }],
    });
    expect(out[1].filePath).toBe('qualys.txt');
  });

  it('usage, config and git errors still print JSON', () => {
    for (const args of [['--nonsense', '-f', 'json'], ['-f', 'json'], ['--format=json', '--max-warnings', 'x', 'q.txt'], ['-f', 'json', '--profile', 'odd', 'q.txt']]) {
      const r = soxlint(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(JSON.parse(r.stdout), args.join(' ')).toEqual([]);
      expect(r.stderr).toMatch(/\(see "soxlint --help"\)\n$/);
    }
    const cfg = mkdtempSync(join(tmpdir(), 'soxlint-cfg-'));
    mkdirSync(join(cfg, '.git'));
    writeFileSync(join(cfg, '.soxlintrc.json'), '{ "rules": { "SOX999": "off" } }');
    copyFileSync(join(dir, 'qualys.txt'), join(cfg, 'q.txt'));
    const bad = soxlint(['q.txt', '-f', 'json'], cfg);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toEqual([{
      filePath: join(cfg, '.soxlintrc.json'), certifications: [], errorCount: 1, warningCount: 0,
      messages: [{ ruleId: null, fatal: true, severity: 2, message: '"rules": unknown rule "SOX999"' }],
    }]);
    rmSync(join(cfg, '.git'), { recursive: true });
    rmSync(join(cfg, '.soxlintrc.json'));
    const git = soxlint(['--staged', '-f', 'json'], cfg);
    expect(git.code).toBe(2);
    expect(JSON.parse(git.stdout)[0].messages[0]).toMatchObject({ fatal: true, message: expect.stringMatching(/^--staged: not in a git repository/) });
    rmSync(cfg, { recursive: true, force: true });
    expect(existsSync(cfg)).toBe(false);
  });
});

describe('version and help', () => {
  it('--version and -v print soxlint\'s own version, in any folder; -h prints help', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'soxlint-other-'));
    writeFileSync(join(elsewhere, 'package.json'), JSON.stringify({ name: 'other', version: '9.9.9' }));
    for (const flag of ['--version', '-v']) {
      expect(soxlint([flag], elsewhere)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
      expect(soxlint([flag], '/')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
    const help = soxlint(['-h'], elsewhere);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^soxlint \[files\.\.\]/);
    expect(help.stdout).toContain('--format');
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
