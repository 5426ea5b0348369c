#!/usr/bin/env node
// Thin launcher: the work is in src/, built by `npm install` / `npm run build` into dist/ and
// bundled into dist/bundle/ (one module graph to load makes start-up about twice as fast).
import { main } from '../dist/bundle/cli.js';

process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); // output piped into `head`
});
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`soxlint: internal error: ${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
