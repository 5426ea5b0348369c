// One shared 0, 1, 2, ... array: a text that maps one to one onto its source (plain text, text that
// normalisation leaves alone) needs no map of its own, only views of this one. Browser-safe.
let identity = new Int32Array(0);
/** Smallest size of the shared array: a certification (4-8 KB of text) fits; filling more costs start-up. */
const MIN_SIZE = 8192;

/** The array 0, 1, ..., at least `n` long (read-only: views of it are shared). */
export function identityIndexes(n: number): Int32Array {
  if (identity.length < n) {
    const size = Math.max(n, identity.length * 2, MIN_SIZE);
    identity = new Int32Array(size);
    for (let i = 0; i < size; i++) identity[i] = i;
  }
  return identity;
}
