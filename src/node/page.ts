// `soxlint page [-o FILE]`: writes the drop-in page (built as dist/soxlint.html) where the user wants
// it, to open in a browser or mail to a reporting team. The page is one file and needs nothing else.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { forTerminal } from '../core/terminal.js';
import type { Io } from './cli.js';

const HELP = `soxlint page [-o FILE]

Write the drop-in page (default: soxlint.html in the current folder). Open it in a browser and drop
Word (.docx), EDGAR HTML or text certifications on it: it shows the findings and a redline against
the form. It works offline from the file itself; nothing is sent anywhere.

  -o, --output-file FILE   where to write the page (default soxlint.html)
  -h, --help               show this help
`;

export async function pageMain(argv: string[], io: Io): Promise<number> {
  let out = 'soxlint.html';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') { io.stdout.write(HELP); return 0; }
    const eq = /^--output-file=(.*)$/.exec(a);
    if (eq) { out = eq[1]; continue; }
    if ((a === '-o' || a === '--output-file') && argv[i + 1] !== undefined && argv[i + 1] !== '') { out = argv[++i]; continue; }
    io.stderr.write(`soxlint: page: ${a === '-o' || a === '--output-file' ? `${a} needs a file name` : `unexpected argument ${forTerminal(JSON.stringify(a))}`} (see "soxlint page --help")\n`);
    return 2;
  }
  if (out === '') { io.stderr.write('soxlint: page: --output-file needs a file name (see "soxlint page --help")\n'); return 2; }
  let page: string;
  try {
    // dist/node/page.js and dist/bundle/*.js both sit two folders below the package root.
    page = await readFile(new URL('../../dist/soxlint.html', import.meta.url), 'utf8');
  } catch {
    io.stderr.write('soxlint: page: dist/soxlint.html is missing from this installation (run "npm run build")\n');
    return 2;
  }
  try {
    await writeFile(resolve(io.cwd, out), page);
  } catch (err) {
    io.stderr.write(`soxlint: ${forTerminal(out)}: cannot write the page: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  io.stdout.write(`Wrote ${forTerminal(out)} (${Math.round(page.length / 1024)} KB). Open it in a browser and drop a certification on it.\n`);
  return 0;
}
