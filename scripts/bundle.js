// Bundles the CLI into a few files (dist/bundle/), so that starting `soxlint` reads a few chunks
// instead of about a hundred small files: start-up time is most of a one-file lint. Parts used only
// now and then (the .docx reader, yargs for --help, fix, page, hook, the worker pool, progress bars)
// are chunks of their own, loaded when reached. JSZip (for the fix writer) stays outside.
//
// Two forms of the same chunks: ES modules (*.js: scripts/demo.js, bench) and CommonJS scripts for
// bin/soxlint.js and the pool's threads, bin/worker.cjs (boot.cjs: the chunks every run loads;
// *.cjs: the others), which bin/chunks.cjs compiles with a V8 code cache (*.cjs.cache) made here: Node 20 has no module compile cache
// (module.enableCompileCache is Node 22) and import() takes none, but vm.Script takes cachedData.
import { build, transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/bundle');
// Some dependencies are CommonJS and call require(); ES module output needs one. bin/soxlint.js
// passes its own require to the CommonJS form, so this line is taken out of it.
const REQUIRE_BANNER = "import { createRequire as __soxlintRequire } from 'node:module'; const require = __soxlintRequire(import.meta.url);";

// soxlint gives chalk its colour level itself (stylish.ts), so chalk's own terminal sniffing is not
// needed; its Node version loads node:tty and node:net at start-up, the browser one nothing.
const noColorSniffing = {
  name: 'no-color-sniffing',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: join(root, 'node_modules/chalk/source/vendor/supports-color/browser.js') }));
  },
};

// htmlparser2's entity table (entities' decode-data-html.js) is a packed string that a loop unpacks
// when the HTML reader loads: ~10 ms at every start of an HTML lint, and a loop hot enough for V8 to
// optimise it. Here it is unpacked once, at build time, into little-endian bytes in base64, which
// Node's own decoder turns back into the same Uint16Array (swapped on a big-endian machine).
const prebuiltEntityTable = {
  name: 'prebuilt-entity-table',
  setup(b) {
    b.onLoad({ filter: /[\\/]entities[\\/]dist[\\/]generated[\\/]decode-data-html\.js$/ }, async (args) => {
      const { htmlDecodeTree } = await import(pathToFileURL(args.path).href);
      const bytes = new DataView(new ArrayBuffer(htmlDecodeTree.length * 2));
      htmlDecodeTree.forEach((v, i) => bytes.setUint16(i * 2, v, true));
      const base64 = Buffer.from(bytes.buffer).toString('base64');
      return {
        contents: `const bytes = Buffer.from(${JSON.stringify(base64)}, 'base64');
if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) bytes.swap16();
export const htmlDecodeTree = new Uint16Array(${htmlDecodeTree.length});
new Uint8Array(htmlDecodeTree.buffer).set(bytes);
`,
      };
    });
  },
};

// chalk builds its style tables when its module runs (~100 KB of young heap, a tenth of what a
// one-file lint may allocate before its first garbage collection), and only coloured output needs it
// (stylish.ts styles without it otherwise). Here `Chalk` runs chalk's module when first constructed:
// esbuild turns a require() of an ES module into a function that runs it once, when first called.
const lazyChalk = {
  name: 'lazy-chalk',
  setup(b) {
    b.onResolve({ filter: /^chalk$/ }, () => ({ path: 'chalk', namespace: 'lazy-chalk' }));
    b.onLoad({ filter: /^chalk$/, namespace: 'lazy-chalk' }, () => ({
      contents: `let chalk;
export class Chalk { constructor(options) { chalk ??= require(${JSON.stringify(fileURLToPath(import.meta.resolve('chalk')))}); return new chalk.Chalk(options); } }
`,
      resolveDir: root,
    }));
  },
};

rmSync(out, { recursive: true, force: true });
const { metafile } = await build({
  // The pool's thread entry (src/node/pool-thread.ts) is an entry too: it shares the core's chunk with the CLI.
  entryPoints: { cli: join(root, 'dist/node/cli.js'), 'pool-thread': join(root, 'dist/node/pool-thread.js') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['jszip'],
  alias: { 'string-width': join(root, 'scripts/string-width-ascii.cjs') },
  plugins: [noColorSniffing, prebuiltEntityTable, lazyChalk],
  banner: { js: REQUIRE_BANNER },
  minify: true,
  logLevel: 'warning',
  metafile: true,
});

/**
 * One ES module chunk as a CommonJS script body: its imports of other chunks become require() calls
 * (bin/soxlint.js maps "./x.js" to x.cjs), import() too. import() itself cannot stay: inside a
 * vm.Script it needs a callback that Node 20 marks experimental and drops for code from the cache.
 */
async function toScript(file) {
  const code = readFileSync(join(out, file), 'utf8');
  if (!code.startsWith(REQUIRE_BANNER)) throw new Error(`scripts/bundle.js: ${file} does not start with the require banner`);
  const body = code.slice(REQUIRE_BANNER.length);
  const { code: script } = await transform(body, {
    format: 'cjs', platform: 'node', target: 'node20', minify: true, logLevel: 'warning',
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__soxlintUrl.href' }, // the launcher passes each chunk's own URL
  });
  if (/(?<![\w$.])import\(|import\.meta/.test(script)) throw new Error(`scripts/bundle.js: ${file}.cjs still holds import() or import.meta`);
  return plainExports(script, file);
}

/**
 * esbuild's CommonJS form defines each export twice as a getter through Object.defineProperty (on a
 * namespace, then on a copy of it): ~1 KB of young heap per export at start-up, for ~100 exports, and
 * two calls per use. One object literal of getters keeps the live bindings at a tenth of the cost.
 */
function plainExports(script, file) {
  const block = /var ([\w$]+)=\{\};[\w$]+\(\1,\{((?:(?:[\w$]+|"[\w$.]+"):\(\)=>[\w$.]+,?)*)\}\);module\.exports=[\w$]+\(\1\);/g;
  const found = [...script.matchAll(block)];
  if (found.length > 1 || (found.length === 0 && /module\.exports=[\w$]+\([\w$]+\);/.test(script))) {
    throw new Error(`scripts/bundle.js: ${file}: exports not in the shape plainExports expects`);
  }
  if (found.length === 0) return script;
  const getters = found[0][2].split(',').filter(Boolean).map((pair) => {
    const [name, local] = pair.split(':()=>');
    return `get ${name}(){return ${local}}`;
  });
  return script.replace(found[0][0], () => `module.exports=Object.defineProperty({${getters.join(',')}},"__esModule",{value:!0});`);
}

/** cli.js and the chunks it imports statically: what every run loads (a one-file lint loads no other). */
function startChunks() {
  const outputs = new Map(Object.entries(metafile.outputs).map(([path, output]) => [basename(path), output]));
  const found = new Set();
  const visit = (file) => {
    if (found.has(file)) return;
    found.add(file);
    for (const i of outputs.get(file).imports) if (i.kind === 'import-statement' && !i.external) visit(basename(i.path));
  };
  visit('cli.js');
  return found;
}

// Each chunk is written as the function the launcher calls, so that the source read is the source
// compiled (a wrapper added at run time makes a copy). The start chunks go together into boot.cjs,
// whose value is each one's function by name: one file and one code cache to read instead of ~30.
const wrap = (body) => `function (exports, require, module, __filename, __dirname, __soxlintUrl) {${body}\n}`;
const start = startChunks();
const boot = [];
for (const file of readdirSync(out)) {
  if (!file.endsWith('.js')) continue;
  const name = file.replace(/\.js$/, '.cjs');
  const fn = wrap(await toScript(file));
  if (start.has(file)) boot.push(`${JSON.stringify(name)}: ${fn}`);
  else writeFileSync(join(out, name), `(${fn})`);
}
writeFileSync(join(out, 'boot.cjs'), `({\n${boot.join(',\n')}\n})`);

// The code caches, made by running the CLI once on the examples, so that they hold the functions a
// lint runs. Without them the CLI still runs, only slower to start. The HTML example is an EDGAR
// submission's document (read by the submission reader); an exhibit as fetched, without the
// <DOCUMENT> wrapper, takes the plain HTML reader's path, so a copy of it that way is linted too.
const plain = join(mkdtempSync(join(tmpdir(), 'soxlint-bundle-')), 'ex31.htm');
writeFileSync(plain, readFileSync(join(root, 'examples/acme-10k-2025-ex31-1.htm'), 'utf8').replace(/^[\s\S]*?<TEXT>\n/, '').replace(/<\/TEXT>[\s\S]*$/, ''));
const made = spawnSync(process.execPath, [join(root, 'bin/soxlint.js'), 'examples/acme-10k-2025-ex31-2.txt', 'examples/acme-10k-2025-ex31-1.htm', plain], {
  cwd: root,
  env: { ...process.env, SOXLINT_WRITE_CODE_CACHE: out },
  stdio: 'ignore',
});
rmSync(dirname(plain), { recursive: true, force: true });
if (made.status !== 0 && made.status !== 1) console.warn(`scripts/bundle.js: no code cache made (exit ${made.status}); soxlint will start without one`);
