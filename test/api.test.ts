// The public API as a user gets it: through the package's entry points ("soxlint", "soxlint/core",
// resolved by Node from package.json "exports" to dist/), not through src/ paths. Every export has
// TSDoc. Types are checked too: this file imports them by package name and is type-checked before
// the tests run.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Formatter, LintMessage, LintResult, Rule, RuleContext } from 'soxlint';
import type { FilingInput, FilingReport, LintInputOptions } from 'soxlint/core';
// @ts-expect-error: a plain script (scripts/ holds no declarations)
import { undocumentedExports } from '../scripts/check-api-docs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs an ES module in a Node process at the package root, as a user's code would import soxlint. */
function inNode(code: string): unknown {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

describe('package entry points', () => {
  it('"soxlint" lints a string, a file and a filing folder, and formats the results', () => {
    const example = join(root, 'examples/widgetco-10q-2025q3-ex31-2.txt');
    const text = readFileSync(example, 'utf8');
    const got = inNode(`
      import { lintText, lintFile, lintFilingFolder, formatters, allRules, PROFILES } from 'soxlint';
      const text = ${JSON.stringify(text)};
      const fromText = await lintText(text, { filePath: 'ex31-2.txt' });
      const fromFile = await lintFile(${JSON.stringify(example)});
      const folder = await lintFilingFolder(${JSON.stringify(join(root, 'test/fixtures/filing-10k'))});
      const ids = (r) => r.messages.map((m) => m.ruleId + ' ' + m.line + ':' + m.column);
      console.log(JSON.stringify({
        text: { filePath: fromText.filePath, ids: ids(fromText) },
        file: ids(fromFile),
        folder: folder.map((r) => ids(r).length),
        json: JSON.parse(formatters.json([fromText], { color: false }))[0].messages.length,
        rules: allRules.length,
        profiles: PROFILES,
      }));
    `) as { text: { filePath: string; ids: string[] }; file: string[]; folder: number[]; json: number; rules: number; profiles: string[] };
    expect(got.text.filePath).toBe('ex31-2.txt');
    expect(got.text.ids.length).toBeGreaterThan(0);
    // The same findings whether the text comes as a string or from the file.
    expect(got.file).toEqual(got.text.ids);
    expect(got.json).toBe(got.text.ids.length);
    expect(got.folder).toEqual([1, 2, 2, 0]);
    expect(got.rules).toBe(readdirSync(join(root, 'docs/rules')).filter((f) => /^SOX\d{3}-.*\.md$/.test(f)).length);
    expect(got.profiles).toEqual(['standard', 'transition', 'amendment']);
  });

  it('"soxlint/core" lints extracted text with the file path in the options, as lintText takes it', () => {
    const got = inNode(`
      import { extractString, lintExtracted, lintDocument } from 'soxlint/core';
      const text = 'I, Jane Doe, certify that:\\n\\n1. I have reviewed this Annual Report on Form 10-K of Acme Corp.;';
      const r = lintExtracted(extractString(text, 'ex31.txt'), { filePath: 'ex31.txt' });
      const d = lintDocument(extractString(text, 'ex31.txt'), 'ex31.txt');
      console.log(JSON.stringify({ filePath: r.filePath, same: JSON.stringify(r) === JSON.stringify(d.result), hasSpans: 'spans' in (r.certifications[0] ?? {}) }));
    `);
    expect(got).toEqual({ filePath: 'ex31.txt', same: true, hasSpans: false });
  });

  it('"soxlint/core" fix() takes the file path in the options as the lint functions do (fileName still works, deprecated)', () => {
    const example = join(root, 'examples/widgetco-10q-2025q3-ex31-2.txt');
    const got = inNode(`
      import { readFileSync } from 'node:fs';
      import { fix } from 'soxlint/core';
      const bytes = new Uint8Array(readFileSync(${JSON.stringify(example)}));
      const byPath = await fix(bytes, { filePath: 'ex31-2.txt' });
      const byName = await fix(bytes, { fileName: 'ex31-2.txt' });
      console.log(JSON.stringify({
        filePath: byPath.lint.filePath,
        fixed: byPath.fixed.map((f) => f.ruleId),
        same: Buffer.from(byPath.output).equals(Buffer.from(byName.output)) && byName.lint.filePath === 'ex31-2.txt',
      }));
    `) as { filePath: string; fixed: string[]; same: boolean };
    expect(got.filePath).toBe('ex31-2.txt');
    expect(got.fixed).toEqual(['SOX003', 'SOX002']);
    expect(got.same).toBe(true);
  });

  it('"soxlint/core" lintSubmissionBytes() takes the file path in the options too', () => {
    const got = inNode(`
      import { readFileSync } from 'node:fs';
      import { lintSubmissionBytes } from 'soxlint/core';
      const r = lintSubmissionBytes(new Uint8Array(readFileSync(${JSON.stringify(join(root, 'test/fixtures/edgar/acme-10k-2025.txt'))})), { filePath: 'acme-10k-2025.txt' });
      console.log(JSON.stringify({ filePath: r.filePath, ids: r.messages.map((m) => m.ruleId + ' ' + m.document + ' ' + m.line), certifications: r.certifications.length }));
    `);
    expect(got).toEqual({
      filePath: 'acme-10k-2025.txt',
      ids: ['SOX018 acme-20251231xex312.txt 114', 'SOX018 acme-20251231xex312.txt 115'],
      certifications: 3,
    });
  });

  it('every export of both entry points has TSDoc', () => {
    expect(undocumentedExports(root)).toEqual([]);
  });
});

// Types a user writes against: a rule and a formatter of their own type-check with the exported types.
export const exampleRule: Rule = {
  id: 'X001', name: 'example', severity: 'warning', description: 'An example.', docs: 'docs/rules/X001-example.md',
  scope: 'filing',
  check(filing: FilingInput, context: RuleContext<FilingReport>) {
    if (filing.certifications.length === 0) context.report({ message: 'none', paragraph: null, filePath: filing.main.filePath, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
  },
};
export const exampleFormatter: Formatter = (results: LintResult[]) => results.map((r) => r.messages.map((m: LintMessage) => m.ruleId).join(',')).join('\n');
export const exampleOptions: LintInputOptions = { filePath: 'a.txt', profile: 'transition' };
