// `npm start`: lints the bundled examples/ and shows what soxlint reports, then which example files
// passed. A demonstration, so it exits 0 when the linter ran (the CLI itself exits 1 on errors).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../dist/bundle/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'soxlint-demo-'));
const json = join(dir, 'results.json');
try {
  const code = await main(['examples', '--format', 'stylish', '--format', `json:${json}`, ...process.argv.slice(2)]);
  if (code === 2) process.exitCode = 2;
  else {
    const results = JSON.parse(readFileSync(json, 'utf8'));
    const passed = results.filter((r) => r.errorCount === 0).map((r) => `${r.filePath}${r.warningCount ? ` (${r.warningCount} warning${r.warningCount === 1 ? '' : 's'})` : ''}`);
    const failed = results.filter((r) => r.errorCount > 0).map((r) => r.filePath);
    process.stdout.write(`\nPassed (no errors): ${passed.join(', ') || 'none'}\n`);
    process.stdout.write(`Errors found in: ${failed.join(', ') || 'none'}\n`);
    process.stdout.write(`soxlint exit code: ${code} (1 = errors found). Try: node bin/soxlint.js --help\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
