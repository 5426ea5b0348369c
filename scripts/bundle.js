// Bundles the CLI into a few files (dist/bundle/), so that starting `soxlint` reads one module
// graph instead of about a hundred small files: start-up time is most of a one-file lint.
// .docx support (the reader's chunk; JSZip, for the fix writer, outside) is loaded only when a
// .docx is read; tinypool stays outside too (it finds its own worker entry beside itself).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// soxlint gives chalk its colour level itself (stylish.ts), so chalk's own terminal sniffing is not
// needed; its Node version loads node:tty and node:net at start-up, the browser one nothing.
const noColorSniffing = {
  name: 'no-color-sniffing',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: join(root, 'node_modules/chalk/source/vendor/supports-color/browser.js') }));
  },
};
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
  external: ['jszip', 'tinypool'],
  alias: { 'string-width': join(root, 'scripts/string-width-ascii.cjs') },
  plugins: [noColorSniffing],
  // Some dependencies are CommonJS and call require(); ESM output needs one.
  banner: { js: "import { createRequire as __soxlintRequire } from 'node:module'; const require = __soxlintRequire(import.meta.url);" },
  minify: true,
  logLevel: 'warning',
});

// The command line again as one CommonJS script (lazy parts included, compiled only when reached),
// which bin/soxlint.js compiles with V8's code cache: Node 20 has no module compile cache
// (module.enableCompileCache is Node 22), but vm.Script takes cachedData. The cache is made by
// running the CLI once on the examples, so that it holds the functions a lint runs.
const script = join(root, 'dist/bundle/soxlint.cjs');
await build({
  entryPoints: [join(root, 'dist/node/cli.js')],
  outfile: script,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['jszip', 'tinypool'],
  alias: { 'string-width': join(root, 'scripts/string-width-ascii.cjs') },
  plugins: [noColorSniffing],
  define: { 'import.meta.url': '__soxlintUrl' },
  banner: { js: "var __soxlintUrl = require('node:url').pathToFileURL(__filename).href;" },
  minify: true,
  logLevel: 'warning',
});
// import() inside a vm.Script needs a callback that Node 20 marks experimental (a warning on stderr)
// and drops for code from the cache; the launcher's own import() does it instead.
const code = readFileSync(script, 'utf8');
const imports = code.match(/(?<![\w$.])import\(/g) ?? [];
if (imports.length !== 1 || !code.includes('import("tinypool")')) throw new Error('scripts/bundle.js: expected one import(), of tinypool, in soxlint.cjs');
writeFileSync(script, code.replace('import("tinypool")', '__soxlintImport("tinypool")'));
rmSync(`${script}.cache`, { force: true });
const made = spawnSync(process.execPath, [join(root, 'bin/soxlint.js'), 'examples/acme-10k-2025-ex31-2.txt', 'examples/acme-10k-2025-ex31-1.htm'], {
  cwd: root,
  env: { ...process.env, SOXLINT_WRITE_CODE_CACHE: `${script}.cache` },
  stdio: 'ignore',
});
// Without a cache the CLI still runs, only slower to start.
if (made.status !== 0 && made.status !== 1) console.warn(`scripts/bundle.js: no code cache made (exit ${made.status}); soxlint will start without one`);
