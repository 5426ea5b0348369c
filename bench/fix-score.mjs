// Runs bench/fix-score.ts: bundles it (with the test renderers it reuses) by esbuild into a
// temporary module, then imports it. Usage: node bench/fix-score.mjs [variants per class]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';

import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(join(here, '..', 'node_modules', '.fix-score-'));
try {
  await build({
    entryPoints: [join(here, 'fix-score.ts')],
    outfile: join(out, 'fix-score.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  await import(pathToFileURL(join(out, 'fix-score.mjs')).href);
} finally {
  rmSync(out, { recursive: true, force: true });
}

