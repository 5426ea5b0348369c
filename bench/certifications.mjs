// The certifications the folder benchmarks lint (bench/scale.mjs, bench/warmup.mjs): an example as
// filers vary it, ten to a set, one with a word replaced and one with the ICFR clause omitted.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Certifications as filers write them: an example with the officer varied, some with a defect. */
function variants(source) {
  return Array.from({ length: 10 }, (_, i) => {
    let s = source.replace(/(Jane|John|Robert) ([A-Z]\. )?/g, (m, first) => `${first} Q${i}. `);
    if (i === 3) s = s.replace('untrue', 'false');
    // Across line breaks too: a text exhibit wraps the clause (a plain replace left the text whole).
    if (i === 7) s = s.replace(/\s+and\s+internal\s+control\s+over\s+financial\s+reporting\s+\(as\s+defined\s+in\s+Exchange\s+Act\s+Rules\s+13a-15\(f\)\s+and\s+15d-15\(f\)\)/, '');
    return s;
  });
}

/** The ten text certifications. */
export const textVariants = () => variants(readFileSync(join(root, 'examples/acme-10k-2025-ex31-2.txt'), 'utf8'));

/** The ten HTML ones: an exhibit as filed and fetched from EDGAR, plain HTML without the example's
 * <DOCUMENT> wrapper (a wrapped file is read as a complete submission, a path with its own benchmark). */
export const htmlVariants = () => variants(readFileSync(join(root, 'examples/acme-10k-2025-ex31-1.htm'), 'utf8').replace(/^[\s\S]*?<TEXT>\n/, '').replace(/<\/TEXT>[\s\S]*$/, ''));
