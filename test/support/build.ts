// CLI tests run bin/soxlint.js, which runs the built dist/: build it when it is missing or stale.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  const built = join(root, 'dist/bundle/cli.js');
  const stale = !existsSync(built) || newest(join(root, 'src')) > statSync(built).mtimeMs || newest(join(root, 'templates')) > statSync(built).mtimeMs;
  if (stale) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
