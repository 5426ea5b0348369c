// Hostile and huge input (issue 8): each generated at test time, small enough to be quick but past
// the limit it tests; each asserts the exit code, the one line naming the file and the reason, and
// that the other file named with it is still linted. Time and memory are measured by bench/hostile.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  docxEmptyParagraphs, docxLongParagraph, docxParagraphs, docxRuns, docxWithBody, submissionExhibits, submissionManyFilers, submissionTinyDocuments, submissionUnclosedDiv,
} from '../bench/hostile-inputs.js';
import { lintSubmission, readSubmission } from '../src/node/submission.js';
import { main, type Io } from '../src/node/cli.js';
import { DOCX_LIMITS } from '../src/core/extract/docx/bounds.js';
import { MAX_CONFIG_BYTES } from '../src/node/config.js';
import { readStream } from '../src/node/files.js';
import { canonical, render, without } from './support/certs.js';
import { bin, makeRepo, runMain } from './support/git.js';

let dir: string;

async function run(argv: string[], stdin: Uint8Array = new Uint8Array(0)) {
  return runIn(dir, argv, stdin);
}

async function runIn(cwd: string, argv: string[], stdin: Uint8Array = new Uint8Array(0)) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => { stdout += s; } },
    stderr: { write: (s: string) => { stderr += s; } },
    readStdin: async () => stdin,
    cwd,
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The bad file gets one line and exit 2; good.txt, named after it, is still linted (and clean). */
async function expectRefused(name: string, why: string) {
  const r = await run([name, 'good.txt', '-f', 'json']);
  expect(r.stderr).toBe(`soxlint: ${name}: ${why}\n`);
  expect(r.code).toBe(2);
  // The bad file is a fatal result (one error); good.txt is linted and clean.
  expect(summary(r.stdout)).toEqual([[name, 1, why], ['good.txt', 0, null]]);
}

/** Each JSON result as [file, errors, fatal message or null]. */
function summary(json: string): [string, number, string | null][] {
  return (JSON.parse(json) as { filePath: string; errorCount: number; messages: { fatal?: boolean; message: string }[] }[])
    .map((x) => [x.filePath, x.errorCount, x.messages.find((m) => m.fatal)?.message ?? null]);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soxlint-hostile-'));
  writeFileSync(join(dir, 'good.txt'), render(canonical(), 'text'));
});

describe('.docx bounded before mammoth reads it (#1)', () => {
  const over = (what: string, limit: number) => `.docx holds more than ${limit.toLocaleString('en-US')} ${what}, far more than a certification needs: refused before reading it`;

  it('too many runs', async () => {
    writeFileSync(join(dir, 'runs.docx'), await docxRuns(DOCX_LIMITS.runs + 1));
    await expectRefused('runs.docx', over('runs of text', DOCX_LIMITS.runs));
  });

  it('too many (empty) paragraphs', async () => {
    writeFileSync(join(dir, 'paras.docx'), await docxEmptyParagraphs(DOCX_LIMITS.paragraphs + 1));
    await expectRefused('paras.docx', over('paragraphs', DOCX_LIMITS.paragraphs));
  });

  it('one paragraph too long', async () => {
    writeFileSync(join(dir, 'long.docx'), await docxLongParagraph(DOCX_LIMITS.characters + 1));
    await expectRefused('long.docx', over('characters of text', DOCX_LIMITS.characters));
  });

  it('too many elements of other kinds, under any namespace prefix', async () => {
    writeFileSync(join(dir, 'marks.docx'), await docxWithBody(`<w:p>${'<w:bookmarkEnd w:id="1"/>'.repeat(DOCX_LIMITS.elements)}</w:p>`));
    await expectRefused('marks.docx', over('XML elements', DOCX_LIMITS.elements));
    writeFileSync(join(dir, 'prefix.docx'), await docxWithBody(`<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`.repeat(DOCX_LIMITS.paragraphs + 1)));
    await expectRefused('prefix.docx', over('paragraphs', DOCX_LIMITS.paragraphs));
  });

  it('under the limits, a certification .docx is read as before', async () => {
    writeFileSync(join(dir, 'fine.docx'), await docxParagraphs(render(canonical(), 'text').split('\n')));
    expect(await run(['fine.docx'])).toEqual({ code: 0, stdout: '✔ 1 file, 1 certification, no problems\n', stderr: '' });
  });
});

describe('reading is bounded before it starts (#4, #5, #6, #10)', () => {
  it('standard input stops at the cap, even when it never ends', async () => {
    let chunks = 0;
    const endless = Readable.from((function* () { for (;;) { chunks++; yield Buffer.alloc(65536, 0x61); } })());
    let stderr = '';
    const code = await main(['-', '--max-file-size', '1'], {
      stdout: { write: () => {} }, stderr: { write: (s: string) => { stderr += s; } },
      readStdin: (max) => readStream(endless, max ?? Infinity), cwd: dir, env: {},
    });
    expect(code).toBe(2);
    expect(stderr).toBe('soxlint: <stdin>: too large (stopped reading at the limit; a certification is a few KB; the limit is 1 MB, see --max-file-size)\n');
    expect(chunks).toBeLessThan(20); // 16 chunks make 1 MB
  });

  it('a named pipe is refused without opening it (opening would wait for a writer)', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await expectRefused('pipe.txt', 'not a regular file (a named pipe): soxlint reads files, or "-" for standard input');
  });

  it('a config file over 1 MB is refused before it is read; its keys reach the terminal escaped', async () => {
    const sub = join(dir, 'cfg');
    mkdirSync(sub);
    writeFileSync(join(sub, '.soxlintrc.json'), `{"rules": {}, "x": "${'a'.repeat(MAX_CONFIG_BYTES)}"}`);
    const r = await runIn(sub, ['x.txt']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `soxlint: ${join(sub, '.soxlintrc.json')}: too large (1.0 MB; a config file may be at most 1024 KB)\n` });
    writeFileSync(join(sub, '.soxlintrc.json'), '{"\\u001b[2J\\u202e": 1}');
    const k = await runIn(sub, ['x.txt']);
    expect(k.stderr).toBe(`soxlint: ${join(sub, '.soxlintrc.json')}: unknown key "\\x1b[2J\\u202e" (allowed: files, rules, profile, maxWarnings)\n`);
  });

  it('--staged: a staged file over the cap is never read whole', async () => {
    const repo = makeRepo('soxlint-hostile-staged-');
    writeFileSync(join(repo.dir, 'ex31.txt'), Buffer.alloc(3 * 1048576, 0x61));
    writeFileSync(join(repo.dir, 'ex32.txt'), render(canonical(), 'text'));
    repo.git(['add', '.']);
    const r = await runMain(['--staged', '--max-file-size', '1', '-f', 'json'], repo.dir, repo.env);
    expect(r.stderr).toBe('soxlint: ex31.txt: file too large (3.0 MB; a certification is a few KB; the limit is 1 MB, see --max-file-size)\nsoxlint: checked 1 of 2 staged files\n');
    expect(r.code).toBe(2);
    expect(summary(r.stdout)).toEqual([['ex31.txt', 1, 'file too large (3.0 MB; a certification is a few KB; the limit is 1 MB, see --max-file-size)'], ['ex32.txt', 0, null]]);
  });
});

describe('a folder walk skips nothing in silence (#11, #12)', () => {
  it('a dangling link, a link out of the folder and an unreadable folder: each a line, exit 2, the rest linted', async () => {
    const walked = join(dir, 'walked');
    const outside = join(dir, 'outside');
    mkdirSync(join(walked, 'locked'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(outside, 'ex31.txt'), 'secret');
    writeFileSync(join(walked, 'ex31-2.txt'), render(canonical(), 'text'));
    writeFileSync(join(walked, 'locked', 'ex31-3.txt'), 'I, Jane Doe, certify that:');
    symlinkSync(join(walked, 'nowhere.txt'), join(walked, 'ex31-1.txt'));
    symlinkSync(outside, join(walked, 'elsewhere'));
    symlinkSync(join(outside, 'ex31.txt'), join(walked, 'ex31-9.txt'));
    symlinkSync(join(walked, 'ex31-2.txt'), join(walked, 'ex31-4.txt')); // inside: followed
    chmodSync(join(walked, 'locked'), 0o000);
    chmodSync(dir, 0o755);
    // Root reads any folder: the unreadable one is tried as an ordinary user.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const r = spawnSync(asUser[0] ?? process.execPath, [...asUser.slice(1), ...(asUser.length ? [process.execPath] : []), bin, 'walked', '-f', 'json'], { cwd: dir, encoding: 'utf8' });
    chmodSync(join(walked, 'locked'), 0o755);
    expect(r.stderr.split('\n')).toEqual([
      'soxlint: walked/elsewhere: symbolic link to ' + outside + ', outside the folder searched: not followed (name it to lint it)',
      'soxlint: walked/ex31-1.txt: dangling symbolic link',
      'soxlint: walked/ex31-9.txt: symbolic link to ' + join(outside, 'ex31.txt') + ', outside the folder searched: not followed (name it to lint it)',
      'soxlint: walked/locked: cannot read folder: permission denied',
      '',
    ]);
    expect(r.status).toBe(2);
    expect(summary(r.stdout).filter((x) => x[2] === null)).toEqual([['walked/ex31-2.txt', 0, null], ['walked/ex31-4.txt', 0, null]]);
    expect(summary(r.stdout).filter((x) => x[2] !== null)).toHaveLength(4);
  });

  it('--filing follows a link only within the filing\'s folder: one out of it is a line and exit 2', async () => {
    const filing = join(dir, 'filing-linked');
    const outside = join(dir, 'elsewhere');
    mkdirSync(filing);
    mkdirSync(outside);
    const fixtures = join(import.meta.dirname, 'fixtures', 'filing-10k');
    for (const f of ['acme-10k.htm', 'ex31-1.htm', 'ex32.htm']) copyFileSync(join(fixtures, f), join(filing, f));
    copyFileSync(join(fixtures, 'ex31-2.htm'), join(outside, 'ex31-2.htm'));
    symlinkSync(join(outside, 'ex31-2.htm'), join(filing, 'ex31-2.htm'));
    symlinkSync(join(filing, 'ex32.htm'), join(filing, 'ex32-1.htm')); // inside: followed
    const r = await run(['--filing', 'filing-linked', '-f', 'json']);
    expect(r.stderr).toBe(`soxlint: filing-linked/ex31-2.htm: symbolic link to ${join(outside, 'ex31-2.htm')}, outside the filing's folder: not followed (name it to lint it)\n`);
    expect(r.code).toBe(2);
    const results = summary(r.stdout);
    // Not read: a fatal result with the reason; the link inside the folder is linted (and clean).
    expect(results.filter((x) => x[0] === 'filing-linked/ex31-2.htm')).toEqual([
      ['filing-linked/ex31-2.htm', 1, `symbolic link to ${join(outside, 'ex31-2.htm')}, outside the filing's folder: not followed (name it to lint it)`],
    ]);
    expect(results.filter((x) => x[0] === 'filing-linked/ex32-1.htm')).toEqual([['filing-linked/ex32-1.htm', 0, null]]);
  });
});

describe('what reaches the terminal (#15)', () => {
  it('file names with escapes, a newline or bidi characters are shown escaped, one line each', async () => {
    const odd = join(dir, 'odd');
    mkdirSync(odd);
    writeFileSync(join(odd, 'ex31-\u001b[2J.txt'), render(without(canonical(), '4(b)'), 'text'));
    writeFileSync(join(odd, 'ex31-a\nb.txt'), '');
    writeFileSync(join(odd, 'ex31-\u202egnp.txt'), '');
    const r = await run(['odd']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('soxlint: odd/ex31-a\\nb.txt: empty file\nsoxlint: odd/ex31-\\u202egnp.txt: empty file\n');
    expect(r.stdout).not.toMatch(/\u001b|\u202e/);
    expect(r.stdout).toContain('odd/ex31-\\x1b[2J.txt\n');
  });

  it('a file name that is not UTF-8 is said to be so, not "no such file"', async () => {
    const latin = join(dir, 'latin');
    mkdirSync(latin);
    writeFileSync(Buffer.from(`${latin}/ex31-\xe9.txt`, 'latin1'), render(canonical(), 'text'));
    const r = await run(['latin']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'soxlint: latin/ex31-\ufffd.txt: file name is not valid UTF-8, so it cannot be opened: rename it\n' });
  });
});

describe('a hooks folder that cannot be written (#19)', () => {
  it('says "permission denied" once, with the path, and changes nothing', () => {
    const repo = makeRepo('soxlint-hostile-hook-');
    const hooks = join(repo.dir, '.git', 'hooks');
    mkdirSync(hooks, { recursive: true });
    chmodSync(hooks, 0o555);
    chmodSync(join(repo.dir, '..'), 0o755);
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const env = { ...repo.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' };
    const r = spawnSync(asUser[0], [...asUser.slice(1), bin, 'hook', 'install'], { cwd: repo.dir, env, encoding: 'utf8' });
    chmodSync(hooks, 0o755);
    expect(r.stderr).toMatch(new RegExp(`^soxlint: hook install: ${hooks}/\\.pre-commit\\.soxlint-\\d+\\.tmp: permission denied\\n$`));
    expect(r.status).toBe(2);
    expect(readdirSync(hooks).filter((f) => !f.endsWith('.sample'))).toEqual([]);
  });
});

describe('zip bombs across many parts', () => {
  it('parts each under the part limit that together unpack past 64 MB', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    for (let i = 0; i < 5; i++) zip.file(`word/media/image${i}.bin`, Buffer.alloc(15 * 1048576));
    writeFileSync(join(dir, 'parts.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } }));
    await expectRefused('parts.docx', '.docx unpacks to more than the 64 MB a certification could need');
  });
});

describe('EDGAR submissions read in one pass (#7-#9)', () => {
  it('thousands of tiny documents, a header of thousands of filers, an unclosed <div> main document: read, and the exhibit among them linted', async () => {
    const cert = render(canonical(), 'text');
    const tiny = submissionTinyDocuments(200_000).toString('latin1');
    // One certification among 3,000 tiny documents, read in small chunks so tags fall across them.
    const at = tiny.indexOf('<DOCUMENT>', tiny.length / 2);
    writeFileSync(join(dir, 'tiny.txt'), tiny.slice(0, at) + `<DOCUMENT>\n<TYPE>EX-31.1\n<SEQUENCE>9999\n<FILENAME>ex31.txt\n<TEXT>\n${cert}\n</TEXT>\n</DOCUMENT>\n` + tiny.slice(at));
    const r = await lintSubmission(join(dir, 'tiny.txt'), { chunkSize: 4096 });
    expect(r.certifications.map((c) => [c.document, c.form])).toEqual([['ex31.txt', '601b31i']]);
    expect(r.stats.peakHeld).toBeLessThan(64 * 1024);

    writeFileSync(join(dir, 'filers.txt'), submissionManyFilers(5000));
    const f = await readSubmission(join(dir, 'filers.txt'), { onExhibit: () => {} });
    expect(f.header.filers).toHaveLength(100);
    expect(f.header.filers.slice(0, 2)).toEqual(['FILER 0', 'FILER 1']);

    writeFileSync(join(dir, 'div.txt'), submissionUnclosedDiv(1_000_000));
    const d = await readSubmission(join(dir, 'div.txt'), { onExhibit: () => {} });
    expect(d.main?.document.type).toBe('10-K');
  });
});

describe('--filing with a main document that cannot be read (#14)', () => {
  it('names the main document, and still lints the exhibits', async () => {
    const fil = join(dir, 'fil');
    mkdirSync(fil);
    for (const f of ['ex31-1.htm', 'ex32.htm']) copyFileSync(join(import.meta.dirname, 'fixtures/filing-10k', f), join(fil, f));
    writeFileSync(join(fil, 'acme-10k.docx'), 'PK\u0003\u0004 not really a zip');
    const r = await run(['--filing', 'fil', '-f', 'json']);
    expect(r.stderr).toBe('soxlint: fil/acme-10k.docx: corrupt .docx: not a valid zip archive\n');
    expect(r.code).toBe(2);
    expect(summary(r.stdout).filter((x) => x[2] === null).map((x) => x[0])).toEqual(['fil/acme-10k.docx', 'fil/ex31-1.htm', 'fil/ex32.htm']);
  });
});

describe('a submission with more certification documents than any filing (#8)', () => {
  it('checks the first 200, says how many more were not, exit 2', async () => {
    const one = submissionExhibits(1, 'x').length;
    writeFileSync(join(dir, 'many.txt'), submissionExhibits(300 * one, 'x')); // about 300 documents
    const r = await run(['many.txt', 'good.txt', '-f', 'json']);
    const documents = (r.stdout.match(/"ruleId": "SOX001"/g) ?? []).length;
    expect(documents).toBe(200);
    expect(r.stderr).toMatch(/^soxlint: many\.txt: \d+ more certification documents not checked: soxlint checks at most 200 in one submission\n$/);
    expect(r.code).toBe(2);
    expect(summary(r.stdout).at(-1)).toEqual(['good.txt', 0, null]);
  });
});
