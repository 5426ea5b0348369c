// Where a pool worker puts a rendered batch's bytes for the CLI's thread to write: the slots of one
// SharedArrayBuffer, each claimed by a worker (an atomic compare-and-swap) and freed by the CLI's
// thread once it has written it. A batch's text then reaches the output without being copied into the
// CLI thread's heap as a string (20,000 files as JSON: ~13 MB, a young-generation page faulted in for
// every 4 KB of it) and encoded to UTF-8 there. A text that does not fit, or finds every slot taken
// (batches held until those before them come), goes as a string, as before.

/** Slots: two batches in flight per worker, and some held in order behind a slower one. */
const SLOTS = 8;
/** A batch of 32 results as JSON is ~21 KB. */
const SLOT_BYTES = 32 * 1024;
/** The slots' states (0 free, 1 taken) before their bytes. */
const HEADER = SLOTS * Int32Array.BYTES_PER_ELEMENT;

/** A text put in a slot: the slot, and its length in bytes (UTF-8). */
export type Placed = [slot: number, length: number];

/** Shared memory for the slots (it goes to the workers with the render spec; made once per run). */
export function outputSlots(): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER + SLOTS * SLOT_BYTES);
}

/** The views of the last shared buffer (one per run). */
let views: { shared: SharedArrayBuffer; states: Int32Array; bytes: Uint8Array } | undefined;

function viewsOf(shared: SharedArrayBuffer): NonNullable<typeof views> {
  if (views?.shared !== shared) views = { shared, states: new Int32Array(shared, 0, SLOTS), bytes: new Uint8Array(shared, HEADER) };
  return views;
}

let encoder: TextEncoder | undefined;

/** Puts `text` in a free slot as UTF-8; null when it is empty, does not fit or no slot is free. */
export function placeInSlot(shared: SharedArrayBuffer, text: string): Placed | null {
  // UTF-8 takes at least a byte per character: a longer text cannot fit.
  if (text.length === 0 || text.length > SLOT_BYTES) return null;
  const { states, bytes } = viewsOf(shared);
  for (let slot = 0; slot < SLOTS; slot++) {
    if (Atomics.compareExchange(states, slot, 0, 1) !== 0) continue;
    const at = slot * SLOT_BYTES;
    const { read, written } = (encoder ??= new TextEncoder()).encodeInto(text, bytes.subarray(at, at + SLOT_BYTES));
    if (read === text.length) return [slot, written];
    Atomics.store(states, slot, 0);
    return null;
  }
  return null;
}

/** The bytes of a placed text (valid until the slot is freed). */
export function slotBytes(shared: SharedArrayBuffer, [slot, length]: Placed): Uint8Array {
  const at = slot * SLOT_BYTES;
  return viewsOf(shared).bytes.subarray(at, at + length);
}

/** Gives a slot back once its bytes are written (or will never be). */
export function freeSlot(shared: SharedArrayBuffer, [slot]: Placed): void {
  Atomics.store(viewsOf(shared).states, slot, 0);
}
