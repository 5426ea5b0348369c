#!/usr/bin/env node
// Thin launcher: the work is in src/ (built to dist/ by `npm install` / `npm run build`).
import { main } from '../dist/node/cli.js';

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
