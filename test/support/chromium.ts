// Chromium for the browser tests: Debian's package, through playwright-core. Installed with apt when
// missing and we are root; otherwise the tests are skipped with a notice, and under CI=true fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const APT = 'apt-get install -y chromium';

/** The browser's path, or null (with a notice) when it cannot be had here. */
export function chromiumPath(): string | null {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.getuid?.() === 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(CHROMIUM)) return CHROMIUM;
  }
  if (process.env.CI === 'true') throw new Error(`Chromium is not installed at ${CHROMIUM}: ${APT}`);
  console.warn(`Skipping the browser tests: Chromium is not installed (${APT})`);
  return null;
}

export async function launch(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
