// Builds the drop-in page, dist/soxlint.html: one file with the core (in a Blob-URL worker), the
// page's script and style inline, the rule explanations, and a Content-Security-Policy that lets
// nothing load from anywhere (scripts and styles allowed by hash). Run by `npm run build`, after tsc
// and scripts/rule-docs.js.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const { REPORT_CSS } = await import(dist('core/formatters/html-style.js'));
const { renderRules, esc } = await import(dist('core/formatters/html.js'));
const { builtinForms } = await import(dist('core/templates/index.js'));
const { PAGE_CSS } = await import(dist('page/style.js'));
const ruleDocs = JSON.parse(readFileSync(join(root, 'dist/rule-docs.json'), 'utf8'));

/** One script for the browser, as a string; "</script" can then never close the inline element. */
async function bundle(entry, define = {}) {
  const out = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'none',
    define,
    logLevel: 'warning',
  });
  return out.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const sha256 = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

export async function buildPage() {
  const worker = await bundle('src/page/worker.ts');
  const script = await bundle('src/page/main.ts', { __WORKER_SOURCE__: JSON.stringify(worker) });
  const style = REPORT_CSS + PAGE_CSS;
  const csp = [
    "default-src 'none'", `script-src ${sha256(script)}`, `style-src ${sha256(style)}`, 'worker-src blob:',
    "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  const forms = builtinForms.map((f) => `<option value="${esc(f)}">${esc(f)}</option>`).join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>soxlint: check a Section 302 certification</title>
<style>${style}</style></head>
<body data-state="loading"><main>
<header><h1>soxlint</h1>
<p class="intro">Check a Sarbanes-Oxley Section 302 certification (Exhibit 31) against the form Regulation S-K Item 601(b)(31) requires, word for word, before it is filed. <strong>Nothing leaves this computer:</strong> the files are read here, by this page, and sent nowhere.</p></header>
<section class="controls no-print" aria-label="Files and settings">
<div class="drop"><label for="pick">Drop Word (.docx), EDGAR HTML (.htm, .html) or text (.txt) files anywhere on this page, or choose them:</label>
<input id="pick" type="file" multiple accept=".docx,.htm,.html,.txt"></div>
<div class="settings">
<label>Profile <select id="profile"><option value="standard">standard</option><option value="transition">transition (no ICFR clause or 4(b) yet)</option><option value="amendment">amendment (paragraphs 3-5 may be absent)</option></select></label>
<label>Form <select id="form"><option value="">choose per certification</option>${forms}</select></label>
<button id="download" type="button" disabled>Download report</button>
</div>
<p><span id="status" role="status" aria-live="polite">No file checked yet.</span></p>
</section>
<noscript><p class="reason">This page checks files with JavaScript, which is turned off. The command line does the same: <code>soxlint --format html FILE</code>.</p></noscript>
<div id="results" aria-live="polite"></div>
<details class="rules-all"><summary>What each rule checks</summary>${renderRules({ ruleDocs })}</details>
</main>
<script>${script}</script>
</body></html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'dist/soxlint.html'), await buildPage());
}
