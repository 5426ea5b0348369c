// fix() is part of the browser-safe core: it bundles for the browser with nothing from Node, so the
// page can build its "Download corrected .docx" with the same writer as the CLI.
import { build } from 'esbuild';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('bundles src/core/fix for the browser without a Node built-in', async () => {
  const r = await build({
    entryPoints: [join(import.meta.dirname, '../src/core/fix/index.ts')],
    bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', metafile: true,
  });
  const inputs = Object.keys(r.metafile.inputs);
  expect(inputs).toContain('src/core/fix/docx-writer.ts');
  expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
  expect(r.outputFiles[0].text).toContain('w:author');
});
