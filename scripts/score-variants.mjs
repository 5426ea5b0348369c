// Scores soxlint on the generated variants (test/support/variants.ts): recall, false errors and
// fully-right per class and format, and the run time.
//   npm run score -- [--seed N] [--scale X] [--formats text,html,docx] [--out FILE]
// --scale 1 is the run `npm test` makes (seed 2026); --out also writes the report to FILE.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importTs } from './import-ts.mjs';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '2026' },
    scale: { type: 'string', default: '1' },
    formats: { type: 'string', default: 'text,html,docx' },
    out: { type: 'string' },
  },
});
const { scoreRun } = await importTs('test/support/score-run.ts');
const report = await scoreRun({ seed: Number(values.seed), scale: Number(values.scale), formats: values.formats.split(',') });
console.log(report);
if (values.out) writeFileSync(values.out, `# Generated-variant scores\n\nCommand: npm run score -- --seed ${values.seed} --scale ${values.scale} --formats ${values.formats}\n\n${report}\n`);
