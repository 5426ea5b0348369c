// Scores soxlint on the generated variants (test/support/variants.ts): recall, false errors and
// fully-right per class and format, and the run time.
//   npm run score -- [--seed N] [--scale X] [--formats text,html,docx] [--out FILE]
// --scale 1 is the run `npm test` makes (seed 2026); --out also writes the report to FILE.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '2026' },
    scale: { type: 'string', default: '1' },
    formats: { type: 'string', default: 'text,html,docx' },
    out: { type: 'string' },
  },
});
// Inside node_modules, so that the bundle's bare imports (docx, jszip, diff ...) resolve.
const dir = join(root, 'node_modules/.cache/soxlint-score');
mkdirSync(dir, { recursive: true });
try {
  const outfile = join(dir, `score-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: "export { scoreRun } from './test/support/score-run.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const { scoreRun } = await import(pathToFileURL(outfile).href);
  const report = await scoreRun({ seed: Number(values.seed), scale: Number(values.scale), formats: values.formats.split(',') });
  console.log(report);
  if (values.out) writeFileSync(values.out, `# Generated-variant scores\n\nCommand: npm run score -- --seed ${values.seed} --scale ${values.scale} --formats ${values.formats}\n\n${report}\n`);
} finally {
  rmSync(join(dir, `score-${process.pid}.mjs`), { force: true });
}
