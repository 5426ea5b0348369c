// `npm start`: lints the bundled examples/ and shows what soxlint reports. A demonstration, so it
// exits 0 when the linter ran (the CLI itself exits 1 when it finds errors).
import { main } from '../dist/bundle/cli.js';

const code = await main(['examples', ...process.argv.slice(2)]);
if (code === 2) process.exitCode = 2;
else process.stdout.write(`\nsoxlint exit code: ${code} (1 = errors found). Try: node bin/soxlint.js --help\n`);
