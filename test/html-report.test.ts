// `--format html` and -o/--output-file: the report as a file, read back as text (the browser test
// opens it in Chromium). Findings and redline parts carry data-rule and data-paragraph; document
// text is escaped wherever it goes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../src/core/formatters/html.js';
import { canonical, edit, lintSource, reletter, render, without } from './support/certs.js';

const root = join(import.meta.dirname, '..');
const ICFR = ' and internal control over financial reporting (as defined in Exchange Act Rules 13a-15(f) and 15d-15(f))';
let dir: string;

function soxlint(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/soxlint.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 20000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Opening tags of one element name, as written. */
function tags(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soxlint-html-'));
  writeFileSync(join(dir, 'qualys.txt'), render(reletter(without(edit(canonical(), '4', ICFR, ''), '4(b)')), 'text'));
  writeFileSync(join(dir, 'good.htm'), render(canonical(), 'html'));
});

describe('--format html', () => {
  it('the Qualys case: two findings rows, the ICFR clause and 4(b) struck in place, rules explained', () => {
    const r = soxlint(['qualys.txt', 'good.htm', '--format', 'html']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const html = r.stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(tags(html, 'tr').filter((t) => t.includes('class="finding"')).map((t) => /data-rule="([^"]*)" data-paragraph="([^"]*)"/.exec(t)!.slice(1)))
      .toEqual([['SOX003', '4'], ['SOX002', '4(b)']]);
    const dels = tags(html, 'del');
    expect(dels.filter((t) => t.includes('class="block"'))).toEqual([expect.stringContaining('data-paragraph="4(b)" data-rule="SOX002"')]);
    expect(dels.filter((t) => t.includes('data-paragraph="4"'))).toEqual([expect.stringContaining('data-rule="SOX003"')]);
    // The clause's words are struck between "15d-15(e))" and "for the registrant".
    expect(html).toMatch(/15d-15\(e\)\) <del [^>]*>and internal control over financial reporting \(as defined in Exchange Act Rules 13a-15\(f\) and 15d-15\(f\)\)<\/del> for the registrant/);
    // Each finding links to its place, and each place exists.
    for (const [, place] of html.matchAll(/data-place="([^"]+)"/g)) expect(html).toContain(`id="${place}"`);
    expect(html).toContain('id="rule-SOX002"');
    expect(html).toContain('id="rule-SOX003"');
    expect(html).toContain('<p class="ok">No problems found.</p>');
    // Self-contained: no script, nothing fetched.
    expect(tags(html, 'script')).toEqual([]);
    expect(html.match(/<[a-z]+\b[^>]*\s(?:src|srcset|background)=/g)).toBeNull();
    expect(html).toContain("default-src 'none'");
  });

  it('-o and --output-file write the report to the file, for any format; stdout stays empty', () => {
    for (const [flag, format, file] of [['-o', 'html', 'r.html'], ['--output-file', 'json', 'r.json'], ['-o', 'stylish', 'r.txt']]) {
      const r = soxlint(['qualys.txt', '-f', format, flag, file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const written = readFileSync(join(dir, file), 'utf8');
      if (format === 'json') expect(JSON.parse(written)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['SOX003', 'SOX002']);
      else expect(written).toContain('missing-paragraph');
      expect(written).not.toContain('\u001b['); // no colour codes in a file
    }
  });

  it('an output file that cannot be written: one line naming it, exit 2', () => {
    const r = soxlint(['qualys.txt', '-f', 'html', '-o', 'qualys.txt/r.html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^soxlint: qualys\.txt\/r\.html: cannot write html output: \w+\n$/);
    expect(r.stdout).toBe('');
  });

  it('a file that cannot be read is in the report with its one-line reason', () => {
    writeFileSync(join(dir, 'corrupt.docx'), Buffer.from('PK\u0003\u0004not a zip'));
    const r = soxlint(['corrupt.docx', 'good.htm', '-f', 'html']);
    expect(r.code).toBe(2);
    const reason = /^soxlint: corrupt\.docx: (.*)\n$/.exec(r.stderr)![1];
    expect(r.stdout).toContain(`<p class="reason" role="alert">Could not be checked: ${reason}</p>`);
    expect(r.stdout).toContain('2 files checked against Regulation S-K Item 601(b)(31): 0 errors, 0 warnings, 1 could not be read.');
  });
});

describe('formatHtml escapes document text', () => {
  it('markup typed into a certification stays text in the findings, the facts and the redline', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>';
    const paras = edit(edit(canonical(), '2', 'this report does', `this ${hostile} report does`), 'intro', 'Jane Q. Doe', 'Jane <b>Doe</b> & "Co"');
    const r = lintSource(render(paras, 'text'), 'text', { redline: true });
    const html = formatHtml([{ ...r, filePath: 'evil<img src=x>.txt' }]);
    expect(tags(html, 'script')).toEqual([]);
    expect(tags(html, 'img')).toEqual([]);
    expect(tags(html, 'b')).toEqual([]);
    expect(html).not.toContain('javascript:alert(3)"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('onerror=&quot;alert(2)&quot;');
    expect(html).toContain('Jane &lt;b&gt;Doe&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(html).toContain('evil&lt;img src=x&gt;.txt');
  });
});
