// Imports a TypeScript module from a plain Node script: esbuild bundles it (with whatever it imports
// from test/ or src/) into a temporary file under node_modules/.cache, so that its bare imports
// (docx, jszip, diff ...) resolve from the package, then imports that file and removes it.
// Used by the scoring and benchmark scripts that reuse the tests' TypeScript helpers.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The module at `path` (absolute, or relative to the package root), run and imported. */
export async function importTs(path) {
  const dir = join(root, 'node_modules/.cache/soxlint-import-ts');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `module-${process.pid}-${Date.now()}.mjs`);
  const entry = `./${relative(root, join(root, path)).split('\\').join('/')}`;
  try {
    await build({
      stdin: { contents: `export * from ${JSON.stringify(entry)};`, resolveDir: root, loader: 'ts' },
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
