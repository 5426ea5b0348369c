// How many variants `npm test` runs, with which seed, and the classes known to fail for want of
// another lane's work. Shared by the suite (variant-suite.ts) and the scoring script.
import type { Format } from './layouts.js';

/** Variants per class in `npm test`, by format (.docx is slower to read). */
export const PER_CLASS: Record<Format, number> = { text: 80, html: 70, docx: 22 };
export const SEED = 2026;

/**
 * Class/format pairs that fail today for want of work in another lane, with the owner. Each must
 * still fail: when it passes, remove it here.
 */
export const KNOWN_GAPS: Record<string, string> = {
};
