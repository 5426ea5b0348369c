import type { Extracted } from '../types.js';
import type { Written } from './index.js';
import type { FixPlan } from './types.js';

export async function writeDocx(bytes: Uint8Array, ext: Extracted, plan: FixPlan, date: Date): Promise<Written> {
  void ext; void plan; void date;
  return { output: bytes, applied: [], declined: [] };
}
