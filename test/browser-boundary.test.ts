// The core runs in a browser, and this is enforced: bundled for the browser (esbuild
// --platform=browser), it needs no Node built-in. (That src/core type-checks without Node's types,
// tsconfig.core.json with `types: []`, is checked by `npm test`'s pretest and `npm run typecheck`.)
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Bundles an entry for the browser and returns the Node built-ins anything in it asked for. */
async function nodeImports(entry: string): Promise<string[]> {
  const asked: string[] = [];
  const watch: Plugin = {
    name: 'node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.replace(/^node:/, '').split('/')[0];
        if (args.path.startsWith('node:') || BUILTINS.has(args.path) || (BUILTINS.has(bare) && !args.path.startsWith('.'))) {
          asked.push(`${args.path} (from ${args.importer.replace(root + '/', '')})`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
  await build({ entryPoints: [join(root, entry)], bundle: true, write: false, platform: 'browser', format: 'esm', plugins: [watch], logLevel: 'silent' });
  return asked;
}

describe('the browser boundary', () => {
  it('the core (soxlint/core: readers, linter, redline, formatters) bundles for the browser with no Node built-in', async () => {
    expect(await nodeImports('src/core/index.ts')).toEqual([]);
  }, 120_000);

  it('so does the drop-in page and its worker', async () => {
    expect(await nodeImports('src/page/main.ts')).toEqual([]);
    expect(await nodeImports('src/page/worker.ts')).toEqual([]);
  }, 120_000);

  it('the check itself catches a Node import (a core module that reached for node:fs would fail)', async () => {
    expect(await nodeImports('src/node/lint-file.ts')).toContain('node:fs (from src/node/files.ts)');
  }, 120_000);
});
