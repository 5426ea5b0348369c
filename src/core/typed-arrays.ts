// Typed arrays for a lint's working data, cut from shared blocks. Each typed array over 64 bytes
// made on its own gets an off-heap buffer: an allocation, a registration and a sweep once collected,
// about a tenth of a lint when each made a dozen. Browser-safe.
//
// A block is never reused, so every array starts zeroed as `new Int32Array(n)` does; it is freed
// once no array cut from it is reachable (a result kept after the lint keeps its blocks alive).
const BLOCK_BYTES = 1 << 16;
/** Larger arrays get buffers of their own: a big input must not pin many blocks. */
const OWN_BUFFER_BYTES = BLOCK_BYTES >> 2;

let block = new ArrayBuffer(0);
let used = 0;

/** Where `bytes` fit in the current block (a new one when full); 8-byte aligned. */
function take(bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (used + size > block.byteLength) {
    block = new ArrayBuffer(BLOCK_BYTES);
    used = 0;
  }
  const at = used;
  used += size;
  return at;
}

/** A zeroed Int32Array of length n. */
export function int32s(n: number): Int32Array {
  if (n * 4 > OWN_BUFFER_BYTES) return new Int32Array(n);
  const at = take(n * 4); // before reading `block`: it may start a new one
  return new Int32Array(block, at, n);
}

/** A zeroed Uint8Array of length n. */
export function uint8s(n: number): Uint8Array {
  if (n > OWN_BUFFER_BYTES) return new Uint8Array(n);
  const at = take(n);
  return new Uint8Array(block, at, n);
}
