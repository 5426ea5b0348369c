// A test that needs a system tool (pre-commit, chromium, ...): present, or installed with apt when
// running as root, or skipped with a notice naming the apt line; under CI=true a missing tool fails.
import { spawnSync } from 'node:child_process';

function present(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** True when `command` can be run; false (after a notice) when the test should be skipped. */
export function systemTool(command: string, aptPackage: string): boolean {
  if (present(command)) return true;
  const line = `apt-get install -y ${aptPackage}`;
  if (process.getuid?.() === 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', timeout: 300_000 });
    spawnSync('apt-get', ['install', '-y', '-qq', aptPackage], { stdio: 'ignore', timeout: 600_000 });
    if (present(command)) return true;
  }
  if (process.env.CI === 'true') throw new Error(`${command} is missing and could not be installed (${line})`);
  process.stderr.write(`notice: ${command} is not installed; its tests are skipped. Install it with: ${line}\n`);
  return false;
}
