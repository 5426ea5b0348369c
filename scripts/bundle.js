// Bundles the CLI into a few files (dist/bundle/), so that starting `soxlint` reads one module
// graph instead of about a hundred small files: start-up time is most of a one-file lint.
// .docx support (mammoth, jszip) stays outside and is loaded only when a .docx is read; tinypool
// too (it finds its own worker entry beside itself).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });
await build({
  // The pool's worker (src/node/lint-worker.ts) is an entry too: it shares the core's chunk with the CLI.
  entryPoints: { cli: join(root, 'dist/node/cli.js'), 'lint-worker': join(root, 'dist/node/lint-worker.js') },
  outdir: join(root, 'dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['mammoth', 'jszip', 'tinypool'],
  alias: { 'string-width': join(root, 'scripts/string-width-ascii.cjs') },
  // Some dependencies are CommonJS and call require(); ESM output needs one.
  banner: { js: "import { createRequire as __soxlintRequire } from 'node:module'; const require = __soxlintRequire(import.meta.url);" },
  minify: true,
  logLevel: 'warning',
});
