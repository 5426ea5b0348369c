// The CLI end to end, through a child process as users and CI run it, and in-process through main().
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/node/cli.js';
import { canonical, edit, reletter, render, without } from './support/certs.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/soxlint.js');
let dir: string;

function soxlint(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    input: opts.input,
    env: { PATH: process.env.PATH ?? '', ...opts.env },
    encoding: 'utf8',
    timeout: 20000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ICFR = ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soxlint-cli-'));
  writeFileSync(join(dir, 'good.txt'), render(canonical(), 'text'));
  writeFileSync(join(dir, 'good.htm'), render(canonical(), 'html'));
  writeFileSync(join(dir, 'qualys.txt'), render(reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)')), 'text'));
  writeFileSync(join(dir, 'warn.txt'), render(edit(canonical(), '5', 'officer(s)', 'officers'), 'text'));
  writeFileSync(join(dir, 'prose.txt'), 'Management discussion.\nRevenue grew.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
  writeFileSync(join(dir, 'corrupt.docx'), Buffer.from('PK\u0003\u0004this is not really a zip archive'));
  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  writeFileSync(join(dir, 'legacy.doc'), ole);
  const encrypted = Buffer.alloc(2048);
  ole.copy(encrypted);
  Buffer.from('EncryptedPackage', 'utf16le').copy(encrypted, 1024);
  writeFileSync(join(dir, 'locked.docx'), encrypted);
  writeFileSync(join(dir, 'big.txt'), Buffer.alloc(2 * 1048576 + 10, 0x61));
  mkdirSync(join(dir, 'folder/sub'), { recursive: true });
  mkdirSync(join(dir, 'folder/node_modules'), { recursive: true });
  mkdirSync(join(dir, 'nothing'), { recursive: true });
  writeFileSync(join(dir, 'nothing/readme.md'), '# notes');
  copyFileSync(join(dir, 'qualys.txt'), join(dir, 'folder/sub/ex31-2.txt'));
  copyFileSync(join(dir, 'good.htm'), join(dir, 'folder/ex31-1.htm'));
  copyFileSync(join(dir, 'qualys.txt'), join(dir, 'folder/node_modules/ex31.txt'));
  writeFileSync(join(dir, 'folder/main-10k.htm'), '<html><body><p>Annual report. Item 1. Business.</p></body></html>');
  symlinkSync(join(dir, 'folder'), join(dir, 'folder/sub/loop'));
});

describe('exit codes and formats', () => {
  it('a compliant file: exit 0, a closing line saying all is well', () => {
    const r = soxlint(['good.txt', 'good.htm']);
    expect(r).toEqual({ code: 0, stdout: '\u2714 2 files, 2 certifications, no problems\n', stderr: '' });
  });

  it('the Qualys case: exit 1, stylish output names file, position, message and rule', () => {
    const r = soxlint(['qualys.txt']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('qualys.txt');
    expect(lines[2]).toMatch(/^ {2}certification at line 5: form 601b31i; Jane Q\. Doe, Annual Report on Form 10-K/);
    expect(lines[3]).toMatch(/^ {2}\d+:\d+\s+error\s+Paragraph 4 omits the internal control over financial reporting clause .*missing-icfr-clause$/);
    expect(lines[4]).toMatch(/^ {2}\d+:\d+\s+error\s+Paragraph 4\(b\) is missing: .*missing-paragraph$/);
    expect(r.stdout).toContain('\u2716 2 problems (2 errors, 0 warnings)');
    expect(r.stdout).not.toMatch(/\u001b\[/); // no colour when not a terminal
  });

  it('--profile transition accepts the transition omissions', () => {
    expect(soxlint(['qualys.txt', '--profile', 'transition']).code).toBe(0);
  });

  it('json output has the documented shape', () => {
    const r = soxlint(['qualys.txt', 'warn.txt', '-f', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    expect(Object.keys(out[0])).toEqual(['filePath', 'certifications', 'messages', 'errorCount', 'warningCount']);
    expect(out[0].certifications).toEqual([{
      form: '601b31i', officer: 'Jane Q. Doe', report: 'Annual Report on Form 10-K for the fiscal year ended December 31, 2025',
      registrant: 'Acme Corp.', profile: 'standard', line: 5,
      kind: '302', title: 'Chief Executive Officer', signer: 'Jane Q. Doe', date: 'February 27, 2026', verified: true,
    }]);
    expect(out[0].messages.map((m: Record<string, unknown>) => [m.ruleId, m.ruleName, m.severity, m.paragraph])).toEqual([
      ['SOX003', 'missing-icfr-clause', 2, '4'],
      ['SOX002', 'missing-paragraph', 2, '4(b)'],
    ]);
    expect(Object.keys(out[0].messages[0])).toEqual(['ruleId', 'ruleName', 'severity', 'message', 'paragraph', 'line', 'column', 'endLine', 'endColumn', 'expected', 'actual']);
    expect([out[1].errorCount, out[1].warningCount]).toEqual([0, 1]);
  });

  it('warnings exit 0 unless --max-warnings is exceeded; --quiet hides them', () => {
    expect(soxlint(['warn.txt']).code).toBe(0);
    expect(soxlint(['warn.txt', '--max-warnings', '1']).code).toBe(0);
    const over = soxlint(['warn.txt', '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('soxlint: too many warnings (1); --max-warnings is 0\n');
    // --quiet lists errors only; the count line still counts the warnings (issue 11), so it agrees with --max-warnings.
    expect(soxlint(['warn.txt', '--quiet']).stdout).toBe('\n\u2716 1 problem (0 errors, 1 warning; 1 not shown (--quiet))\n');
    const quietOver = soxlint(['warn.txt', '--quiet', '--max-warnings', '0']);
    expect(quietOver).toEqual({ code: 1, stdout: '\n\u2716 1 problem (0 errors, 1 warning; 1 not shown (--quiet))\n', stderr: 'soxlint: too many warnings (1); --max-warnings is 0\n' });
  });

  it('colour follows FORCE_COLOR and NO_COLOR', () => {
    expect(soxlint(['qualys.txt'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[31m/);
    expect(soxlint(['qualys.txt'], { env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(/\u001b\[/);
    expect(soxlint(['qualys.txt', '--color'], { env: { NO_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
  });

  it('usage errors exit 2 with a hint', () => {
    const r = soxlint(['--format', 'xml', 'good.txt']);
    expect(r.code).toBe(2);
    // One line (issue 8 #17: usage errors were several lines of yargs' wording).
    expect(r.stderr).toBe('soxlint: --format: unknown format "xml" (choose from stylish, json, sarif, junit, github, html) (see "soxlint --help")\n');
    expect(soxlint([]).stderr).toBe('soxlint: no input: name files or folders, or "-" for standard input (see "soxlint --help")\n');
    expect(soxlint(['--help']).code).toBe(0);
  });
});

describe('bad input', () => {
  const cases: [string, string][] = [
    ['missing.txt', 'no such file or directory'],
    ['empty.txt', 'empty file'],
    ['blank.txt', 'empty file (only white space)'],
    ['binary.txt', 'binary file, not text'],
    ['corrupt.docx', 'corrupt .docx: not a valid zip archive'],
    ['legacy.doc', 'legacy Word 97-2003 .doc format, not .docx: save it as .docx'],
    ['locked.docx', 'password-protected (encrypted) Word document: remove the password and save it again'],
    ['nothing', 'folder holds no .htm, .html, .txt or .docx file'],
  ];
  it.each(cases)('%s: one line, exit 2', (file, reason) => {
    const r = soxlint([file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`soxlint: ${file}: ${reason}\n`);
    expect(r.stdout).toBe('');
  });

  it('hostile input is refused quickly: thousands of openings, a .docx that unpacks to 100 MB', async () => {
    writeFileSync(join(dir, 'openings.txt'), Array.from({ length: 5000 }, (_, i) => `I, Person ${i}, certify that: I have reviewed this report;`).join('\n'));
    const many = soxlint(['openings.txt']);
    expect(many.code).toBe(2);
    expect(many.stderr).toBe('soxlint: openings.txt: 5000 passages open like a certification ("I, ..., certify that:"); soxlint checks at most 200 in one file\n');
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', ' '.repeat(100 * 1048576));
    writeFileSync(join(dir, 'bomb.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const bomb = soxlint(['bomb.docx']);
    expect(bomb.code).toBe(2);
    // One part is bounded first (issue 8 #1: the saxes pass over each XML part stops at 16 MB).
    expect(bomb.stderr).toBe('soxlint: bomb.docx: .docx part word/document.xml unpacks to more than 16 MB, far more than a certification needs: refused before reading it\n');
  });

  it('a file over the size limit', () => {
    const r = soxlint(['big.txt', '--max-file-size', '1']);
    expect(r.code).toBe(2);
    // The message says why the limit is low (issue 8 #3).
    expect(r.stderr).toBe('soxlint: big.txt: file too large (2.0 MB; a certification is a few KB; the limit is 1 MB, see --max-file-size)\n');
  });

  it('other files in the same run are still linted, and no input is written', () => {
    const before = ['qualys.txt', 'corrupt.docx'].map((f) => [readFileSync(join(dir, f)), statSync(join(dir, f)).mtimeMs]);
    const r = soxlint(['corrupt.docx', 'qualys.txt', 'missing.txt', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual(['soxlint: missing.txt: no such file or directory', 'soxlint: corrupt.docx: corrupt .docx: not a valid zip archive', '']);
    // Unreadable files are results with one fatal message (issue 11: JSON always whole), in the order found.
    expect(JSON.parse(r.stdout).map((x: { filePath: string; errorCount: number }) => [x.filePath, x.errorCount])).toEqual([['missing.txt', 1], ['corrupt.docx', 1], ['qualys.txt', 2]]);
    const after = ['qualys.txt', 'corrupt.docx'].map((f) => [readFileSync(join(dir, f)), statSync(join(dir, f)).mtimeMs]);
    expect(after).toEqual(before);
  });

  it('a file with no certification is SOX001 when named', () => {
    const r = soxlint(['prose.txt', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string; line: number; column: number }) => [m.ruleId, m.line, m.column])).toEqual([['SOX001', 1, 1]]);
  });
});

describe('stdin and folders', () => {
  it('"-" reads standard input; --stdin-filename names it and picks the reader', () => {
    const html = render(without(canonical(), '4(b)'), 'html');
    const r = soxlint(['-', '--stdin-filename', 'exhibit.htm', '-f', 'json'], { input: html });
    expect(r.code).toBe(1);
    const [res] = JSON.parse(r.stdout);
    expect(res.filePath).toBe('exhibit.htm');
    expect(res.messages.map((m: { ruleId: string; paragraph: string }) => [m.ruleId, m.paragraph])).toEqual([['SOX002', '4(b)']]);
    const plain = soxlint(['-'], { input: render(canonical(), 'text') });
    expect(plain).toEqual({ code: 0, stdout: '\u2714 1 file, 1 certification, no problems\n', stderr: '' });
  });

  it('a folder is walked, skipping node_modules and symlink loops; files without a certification are skipped', () => {
    const r = soxlint(['folder', '-f', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { filePath: string; errorCount: number; messages: unknown[] }[];
    expect(out.map((x) => [x.filePath, x.errorCount])).toEqual([
      ['folder/ex31-1.htm', 0],
      ['folder/main-10k.htm', 0],
      ['folder/sub/ex31-2.txt', 2],
    ]);
  });

  it('a walked file is named relative to the working folder when below it, else by its full path', async () => {
    const names = async (cwd: string, arg: string) => {
      let out = '';
      const io: Io = { stdout: { write: (s: string) => { out += s; }, isTTY: false }, stderr: { write: () => {} }, readStdin: async () => new Uint8Array(), cwd, env: {} };
      await main([arg, '-f', 'json', '--concurrency', 'off'], io);
      return (JSON.parse(out) as { filePath: string }[]).map((x) => x.filePath);
    };
    const folder = join(dir, 'folder');
    expect(await names(dir, 'folder')).toEqual(['folder/ex31-1.htm', 'folder/main-10k.htm', 'folder/sub/ex31-2.txt']);
    expect(await names(folder, '.')).toEqual(['ex31-1.htm', 'main-10k.htm', 'sub/ex31-2.txt']);
    expect(await names(join(folder, 'sub'), '..')).toEqual([join(folder, 'ex31-1.htm'), join(folder, 'main-10k.htm'), 'ex31-2.txt']);
    expect(await names(join(dir, 'elsewhere'), folder)).toEqual(['ex31-1.htm', 'main-10k.htm', 'sub/ex31-2.txt'].map((f) => join(folder, f)));
    expect(await names('/', folder)).toEqual([folder, folder, folder].map((f, i) => join(f, ['ex31-1.htm', 'main-10k.htm', 'sub/ex31-2.txt'][i]).slice(1)));
  });
});

describe('in-process main()', () => {
  it('returns the exit code and writes through the io it is given', async () => {
    let out = '';
    let err = '';
    const io: Io = {
      stdout: { write: (s: string) => { out += s; }, isTTY: false },
      stderr: { write: (s: string) => { err += s; } },
      readStdin: async () => new TextEncoder().encode(render(without(canonical(), '3'), 'text')),
      cwd: dir,
      env: {},
    };
    expect(await main(['-', 'qualys.txt', '-f', 'json'], io)).toBe(1);
    expect(err).toBe('');
    expect(JSON.parse(out).map((r: { filePath: string; messages: { ruleId: string; paragraph: string }[] }) =>
      [r.filePath, r.messages.map((m) => `${m.ruleId} ${m.paragraph}`)])).toEqual([
      ['<stdin>', ['SOX002 3']],
      ['qualys.txt', ['SOX003 4', 'SOX002 4(b)']],
    ]);
  });
});

describe('whole filings', () => {
  const fixtures = join(root, 'test/fixtures');

  it('an EDGAR complete submission file is recognised, streamed and checked as one filing', () => {
    const r = soxlint([join(fixtures, 'edgar/acme-10k-2025.txt'), '-f', 'json']);
    expect(r.code).toBe(1);
    const [res] = JSON.parse(r.stdout);
    expect(res.certifications.map((c: { kind: string; document: string }) => [c.kind, c.document])).toEqual([
      ['302', 'acme-20251231xex311.htm'], ['302', 'acme-20251231xex312.txt'], ['906', 'acme-20251231xex321.htm'],
    ]);
    expect(res.messages.map((m: { ruleId: string; document: string }) => [m.ruleId, m.document])).toEqual([
      ['SOX018', 'acme-20251231xex312.txt'], ['SOX018', 'acme-20251231xex312.txt'],
    ]);
    // The line is the submission file's: it holds the words the finding names.
    const lines = readFileSync(join(fixtures, 'edgar/acme-10k-2025.txt'), 'utf8').split('\n');
    expect(lines[res.messages[0].line - 1]).toContain('Form 10-Q');
  });

  it('--filing checks a folder as one filing', () => {
    const r = soxlint(['--filing', join(fixtures, 'filing-10k'), '-f', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(out.map((x) => [x.filePath.split('/').pop(), x.messages.map((m) => m.ruleId)])).toEqual([
      ['acme-10k.htm', ['SOX017']],
      ['ex31-1.htm', ['SOX018', 'SOX021']],
      ['ex31-2.htm', ['SOX019', 'SOX021']],
      ['ex32.htm', []],
    ]);
  });

  it('--filing on something that is not a folder', () => {
    const r = soxlint(['--filing', 'good.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soxlint: good.txt: --filing takes a folder holding one filing\n');
  });

  it('--form compares with the form asked for', () => {
    const r = soxlint(['good.txt', '--form', '20-F', '-f', 'json']);
    const [res] = JSON.parse(r.stdout);
    expect(res.certifications[0].form).toBe('20-F');
    // The 10-K wording departs from the (unverified) 20-F template: warnings, not errors.
    expect(res.errorCount).toBe(0);
    expect(res.warningCount).toBeGreaterThan(0);
    expect(soxlint(['good.txt', '--form', '10-Z']).code).toBe(2);
  });
});

describe('more command-line cases', () => {
  it('npm start says which example files passed (issue 11)', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/demo.js')], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 60000 });
    expect(r.status).toBe(0);
    const passed = /^Passed \(no errors\): (.*)$/m.exec(r.stdout)![1];
    const failed = /^Errors found in: (.*)$/m.exec(r.stdout)![1];
    expect(failed).toContain('examples/widgetco-10q-2025q3-ex31-2.txt'); // the Qualys case
    expect(passed).toContain('examples/acme-10k-2025-ex31-2.txt');
    const listed = `${passed}, ${failed}`.split(', ').map((f) => f.replace(/ \(.*\)$/, '')).sort();
    expect(listed).toEqual(readdirSync(join(root, 'examples')).map((f) => `examples/${f}`).sort());
  });

  it('an exhibit in an EDGAR <DOCUMENT> wrapper is named by its own path, then the inner <FILENAME> (issue 11)', () => {
    writeFileSync(join(dir, 'wrapped.txt'), `<DOCUMENT>\n<TYPE>EX-31.1\n<SEQUENCE>2\n<FILENAME>acme-ex311.txt\n<TEXT>\n${readFileSync(join(dir, 'qualys.txt'), 'utf8')}</TEXT>\n</DOCUMENT>\n`);
    const r = soxlint(['wrapped.txt']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('wrapped.txt');
    expect(lines[2]).toMatch(/^ {2}certification at line \d+ \(acme-ex311\.txt\): form 601b31i/);
    expect(lines[3]).toMatch(/^ {2}\d+:\d+ +error +\[acme-ex311\.txt\] Paragraph 4 omits/);
    const [json] = JSON.parse(soxlint(['wrapped.txt', '-f', 'json']).stdout);
    expect([json.filePath, json.messages[0].document]).toEqual(['wrapped.txt', 'acme-ex311.txt']);
  });


  it('--form takes the form filed as well as a template id (issue 11)', () => {
    const cases: [string, string][] = [['10-K', '601b31i'], ['10-Q/A', '601b31i'], ['10-KT', '601b31i'], ['20-F/A', '20-F'], ['N-CSRS', 'N-CSR'], ['601b31i', '601b31i']];
    for (const [form, id] of cases) {
      const r = soxlint(['good.txt', '--form', form, '-f', 'json']);
      expect([form, JSON.parse(r.stdout)[0].certifications[0].form]).toEqual([form, id]);
    }
    expect(soxlint(['good.txt', '--form', '10-Z']).stderr).toMatch(/^soxlint: --form must be one of .*601b31i.*10-Q\/A.*not "10-Z"/);
  });


  it('file names that look like numbers are file names', () => {
    writeFileSync(join(dir, '2025.10'), render(canonical(), 'text'));
    expect(soxlint(['2025.10', '--stdin-filename', 'x'])).toEqual({ code: 0, stdout: '\u2714 1 file, 1 certification, no problems\n', stderr: '' });
    expect(soxlint(['--profile', 'standard', '2025.10'])).toEqual({ code: 0, stdout: '\u2714 1 file, 1 certification, no problems\n', stderr: '' });
  });

  it('--filing: an unreadable exhibit is named, the rest of the filing is still checked', () => {
    const fil = join(dir, 'fil');
    mkdirSync(fil);
    for (const f of ['acme-10k.htm', 'ex31-1.htm', 'ex32.htm']) copyFileSync(join(root, 'test/fixtures/filing-10k', f), join(fil, f));
    writeFileSync(join(fil, 'ex31-2.htm'), '');
    const r = soxlint(['--filing', 'fil', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soxlint: fil/ex31-2.htm: empty file\n');
    // The unreadable exhibit is a result with one fatal message (issue 11: JSON always whole).
    const out = JSON.parse(r.stdout) as { filePath: string; messages: { fatal?: boolean }[] }[];
    expect(out.map((x) => [x.filePath, x.messages[0]?.fatal ?? false])).toEqual([['fil/ex31-2.htm', true], ['fil/acme-10k.htm', false], ['fil/ex31-1.htm', false], ['fil/ex32.htm', false]]);
  });

  it('a file\'s words cannot send control sequences to the terminal', () => {
    writeFileSync(join(dir, 'esc.txt'), render(edit(canonical(), '2', 'any untrue statement', 'any \u001b[2J\u001b[31mevil statement'), 'text'));
    const r = soxlint(['esc.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\u001b');
    // Shown as escapes, so the reader sees what is in the file (issue 8 #15).
    expect(r.stdout).toContain('"\\x1b[2J\\x1b[31mevil"');
  });
});

describe('an oversized exhibit in a submission', () => {
  it('is checked up to 8 MB, and the user is told', () => {
    const html = render(canonical(), 'html').replace('</body></html>', `<p>${'filler words here '.repeat(600_000)}</p></body></html>`);
    writeFileSync(join(dir, 'big-submission.txt'), `<DOCUMENT>\n<TYPE>EX-31.1\n<SEQUENCE>3\n<FILENAME>big-ex31.htm\n<TEXT>\n${html}</TEXT>\n</DOCUMENT>\n`);
    const r = soxlint(['big-submission.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('soxlint: big-submission.txt: warning: document big-ex31.htm is over 8 MB; only its first 8 MB were checked\n');
  });
});
