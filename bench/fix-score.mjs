// Runs bench/fix-score.ts (which reuses the tests' renderers) through scripts/import-ts.mjs.
// Usage: node bench/fix-score.mjs [variants per class]
import { importTs } from '../scripts/import-ts.mjs';

await importTs('bench/fix-score.ts');
