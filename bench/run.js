// `npm run bench`: every benchmark the issues ask for, one after the other (each prints its own
// figures; none asserts a time). The machine should be otherwise idle.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let failed = false;
for (const script of ['core.mjs', 'startup.mjs', 'hook.mjs', 'submission.mjs', 'scale.mjs', 'hostile.mjs']) {
  console.log(`\n== bench/${script}`);
  const r = spawnSync(process.execPath, [join(here, script)], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
