// The block allocator behind a lint's typed arrays (src/core/typed-arrays.ts): each array is new,
// zeroed, of its own length, and shares no element with another.
import { describe, expect, it } from 'vitest';
import { int32s, uint8s } from '../src/core/typed-arrays.js';

describe('typed arrays cut from shared blocks', () => {
  it('gives zeroed arrays of the asked length that never overlap, across block boundaries', () => {
    const arrays: (Int32Array | Uint8Array)[] = [];
    // ~400 KB in uneven sizes: several blocks, arrays ending at odd byte offsets.
    for (let k = 0; k < 300; k++) {
      const a = k % 3 === 0 ? uint8s(97 + k) : int32s(251 + k);
      expect(a.length).toBe(k % 3 === 0 ? 97 + k : 251 + k);
      expect(a.every((v) => v === 0)).toBe(true);
      a.fill((k % 250) + 1); // fits a byte; neighbours differ
      arrays.push(a);
    }
    arrays.forEach((a, k) => expect(a.every((v) => v === (k % 250) + 1)).toBe(true));
    for (const a of arrays) expect(a.byteOffset % 4).toBe(0);
  });

  it('gives a large array a buffer of its own, and an empty one for zero', () => {
    const big = int32s(100_000);
    expect(big.length).toBe(100_000);
    expect(big.buffer.byteLength).toBe(400_000);
    expect(uint8s(0).length).toBe(0);
    expect(int32s(0).length).toBe(0);
  });
});
