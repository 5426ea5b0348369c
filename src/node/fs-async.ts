// The promise file functions the command line's start-up path uses, made from callback fs:
// importing node:fs/promises loads a dozen of Node's internal modules (streams, readline, watchers)
// that a one-file lint never needs, a few ms of every start. Same results and errors.
// Named imports: a default import of node:fs becomes, in the CLI's CommonJS bundle, a copy of all of
// node:fs's ~100 functions as getters at every start.
import { mkdir as mkdirCb, promises, readdir as readdirCb, realpath as realpathCb, stat as statCb, writeFile as writeFileCb } from 'node:fs';
import { promisify } from 'node:util';

/** `make()`'s function, made when first called: promisify copies a function's properties, ~4 KB of
 * heap apiece at every start, for functions a one-file lint mostly never calls. */
function lazily<F extends (...args: never[]) => unknown>(make: () => F): F {
  let f: F | undefined;
  return ((...args: Parameters<F>) => (f ??= make())(...args)) as unknown as F;
}

export const stat = lazily(() => promisify(statCb));
export const readdir = lazily(() => promisify(readdirCb));
export const realpath = lazily(() => promisify(realpathCb));
export const mkdir = lazily(() => promisify(mkdirCb));
export const writeFile = lazily(() => promisify(writeFileCb));

/** fs/promises' open (a FileHandle), loaded when first called. */
export function open(path: string, flags: number): Promise<import('node:fs/promises').FileHandle> {
  return promises.open(path, flags);
}
