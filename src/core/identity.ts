// One shared 0, 1, 2, ... array: a text that maps one to one onto its source (plain text, text that
// normalisation leaves alone) needs no map of its own, only views of this one. Browser-safe.
let identity = new Int32Array(0);

/** The array 0, 1, ..., at least `n` long (read-only: views of it are shared). */
export function identityIndexes(n: number): Int32Array {
  if (identity.length < n) {
    // Only as long as asked the first time: filling 8K at start-up is a loop hot enough for V8 to
    // optimise it (a TurboFan compile) in a one-file run; it still doubles as texts grow.
    const size = Math.max(n, identity.length * 2);
    identity = new Int32Array(size);
    for (let i = 0; i < size; i++) identity[i] = i;
  }
  return identity;
}
