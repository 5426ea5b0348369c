// soxlint's own package.json (not the current project's): its version for --version and the tool
// section of SARIF. This module sits two folders below the package root in src/, dist/ and the bundle.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface OwnPackage {
  version: string;
  homepage?: string;
  root: string;
}

let cached: OwnPackage | null = null;

export function ownPackage(): OwnPackage {
  if (cached) return cached;
  const rootUrl = new URL('../../', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('package.json', rootUrl), 'utf8')) as { name?: string; version?: string; homepage?: string };
  if (pkg.name !== 'soxlint') throw new Error(`soxlint's package.json not found beside ${fileURLToPath(import.meta.url)}`);
  cached = { version: pkg.version ?? '0.0.0', homepage: pkg.homepage, root: fileURLToPath(rootUrl) };
  return cached;
}
