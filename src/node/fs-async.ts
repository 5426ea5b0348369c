// The promise file functions the command line's start-up path uses, made from callback fs:
// importing node:fs/promises loads a dozen of Node's internal modules (streams, readline, watchers)
// that a one-file lint never needs, a few ms of every start. Same results and errors.
import fs from 'node:fs';
import { promisify } from 'node:util';

export const stat = promisify(fs.stat);
export const readdir = promisify(fs.readdir);
export const realpath = promisify(fs.realpath);
export const mkdir = promisify(fs.mkdir);
export const writeFile = promisify(fs.writeFile);

/** fs/promises' open (a FileHandle), loaded when first called. */
export function open(path: string, flags: number): Promise<import('node:fs/promises').FileHandle> {
  return fs.promises.open(path, flags);
}
