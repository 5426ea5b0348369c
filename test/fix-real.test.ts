// soxlint fix on real EDGAR certifications and the bundled examples: what it fixes is gone when the
// output is linted again, and it brings in no finding of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/extract/index.js';
import { fix } from '../src/core/fix/index.js';
import { lintExtracted } from '../src/core/lint.js';
import { acceptAll } from './support/docx-certs.js';

const root = join(import.meta.dirname, '..');
const files = [
  ...readdirSync(join(root, 'test/fixtures/real-examples')).filter((f) => f.endsWith('.txt')).map((f) => join('test/fixtures/real-examples', f)),
  ...readdirSync(join(root, 'examples')).filter((f) => /\.(txt|htm|docx)$/.test(f)).map((f) => join('examples', f)),
];
const key = (m: { ruleId: string | null; paragraph: string | null }) => `${m.ruleId} ${m.paragraph}`;

describe('fix on real certifications', () => {
  it.each(files)('%s', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(root, file)));
    const r = await fix(bytes, { filePath: file });
    expect(r.fixed.length + r.notFixed.length).toBe(r.lint.messages.length);
    const out = file.endsWith('.docx') ? await acceptAll(r.output) : r.output;
    const after = lintExtracted(await extract(out, file), file).messages.map(key).sort();
    // What is left is what was not fixed, nothing more.
    const left = r.notFixed.map(key);
    for (const k of after) expect(left, `${k} after the fix`).toContain(k);
  });
});
