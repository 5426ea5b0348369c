// Any argument vector gives results or one line of usage error with exit 2 (issue 8 #17), and the
// one option table gives yargs-parser and our checks the same reading.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import parse from 'yargs-parser';
import { describe, expect, it } from 'vitest';
import { parseArgs, yargsParserOptions } from '../src/node/args.js';
import { main, type Io } from '../src/node/cli.js';
import { OPTIONS, camelCase } from '../src/node/options.js';

const cwd = mkdtempSync(join(tmpdir(), 'soxlint-argv-'));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => { stdout += s; } },
    stderr: { write: (s: string) => { stderr += s; } },
    readStdin: async () => new Uint8Array(0),
    cwd,
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

// --staged runs git; --stats prints its table on stderr (not a message line).
const FLAGS = OPTIONS.filter((o) => o.name !== 'staged' && o.name !== 'stats' && !o.action).flatMap((o) => [`--${o.name}`, ...(o.alias ?? []).map((a) => `-${a}`), ...(o.type === 'boolean' ? [`--no-${o.name}`] : [])]);
const HOSTILE = ['--constructor', '--toString', '--valueOf', '--__proto__', '--hasOwnProperty', '--prototype', '-constructor', '--no-constructor', '--format.x', '--', '-', '-1', '--=', '---', '-f=', '--form=a', '--quiet=maybe', '-fjson', '--Format'];
const VALUES = ['json', 'stylish', 'xml', 'standard', 'amendment', '601b31i', '20-F', 'a', 'b', '0', '-1', '1e3', 'NaN', '0x10', 'Infinity', '', 'true', 'false', 'ex31.htm', '\u202e', '\u001b[2J', 'x\ny'];
const token = fc.oneof(fc.constantFrom(...FLAGS), fc.constantFrom(...HOSTILE), fc.constantFrom(...VALUES), fc.string({ maxLength: 6 }));

describe('argv fuzzing', () => {
  it('the known hostile vectors: one line, exit 2', async () => {
    const cases: [string[], string][] = [
      [['--constructor'], 'soxlint: unknown option "--constructor" (see "soxlint --help")\n'],
      [['--toString', 'x'], 'soxlint: unknown option "--toString" (see "soxlint --help")\n'],
      [['--valueOf'], 'soxlint: unknown option "--valueOf" (see "soxlint --help")\n'],
      [['--form', 'a', '--form', 'b'], 'soxlint: --form given more than once ("a", "b"): give it once (see "soxlint --help")\n'],
      // --format may be repeated (issue 11: several outputs); each value is checked.
      [['-f', 'json', '-f', 'xml'], 'soxlint: --format: unknown format "xml" (choose from stylish, json, sarif, junit, github, html) (see "soxlint --help")\n'],
      [['-f', 'json', '-f', 'junit'], 'soxlint: --format: at most one format can go to standard output; give the others a file (e.g. sarif:soxlint.sarif) (see "soxlint --help")\n'],
      [['--max-warnings', '0x10', 'a'], 'soxlint: --max-warnings takes a whole number, not "0x10" (see "soxlint --help")\n'],
      [['--max-warnings'], 'soxlint: --max-warnings needs a value (see "soxlint --help")\n'],
      [['--profile'], 'soxlint: --profile needs a value (standard, transition, amendment) (see "soxlint --help")\n'],
      [['--quiet=maybe', 'a'], 'soxlint: --quiet takes no value (or =true, =false), not "maybe" (see "soxlint --help")\n'],
      [['--max-file-size', '0', 'a'], 'soxlint: --max-file-size must be 1 or more, not "0" (see "soxlint --help")\n'],
    ];
    for (const [argv, stderr] of cases) expect(await run(argv), argv.join(' ')).toEqual({ code: 2, stdout: '', stderr });
    // The same value twice is no conflict: the command runs (and finds no such file).
    expect(await run(['-f', 'json', '-f', 'json', 'missing.txt'])).toMatchObject({ code: 2, stderr: 'soxlint: missing.txt: no such file or directory\n' });
  });

  it('random vectors: results or one usage line, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 8 }), async (argv) => {
        const r = await run(argv);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/internal error|TypeError|\n\s+at /);
        if (r.stderr.endsWith('(see "soxlint --help")\n')) expect(r.stderr.split('\n')).toHaveLength(2);
        for (const line of r.stderr.split('\n').slice(0, -1)) expect(line).toMatch(/^soxlint: /);
      }),
      { numRuns: 300, seed: 8017 },
    );
  });

  it('what runs, yargs-parser reads the same way from the same table', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 8 }), async (argv) => {
        const ours = await parseArgs(argv);
        if (ours.kind !== 'run') return;
        const theirs = parse(argv, yargsParserOptions());
        expect(theirs._.map(String)).toEqual(ours.args.files);
        for (const o of OPTIONS) {
          const key = camelCase(o.name);
          if (!(key in theirs)) continue;
          const v = theirs[key];
          if (o.repeatable) { expect([v].flat(), `${key} in ${JSON.stringify(argv)}`).toEqual(ours.args[key]); continue; }
          const single = Array.isArray(v) && !o.array ? [...new Set(v)] : [v];
          expect(single.length === 1 ? single[0] : single, `${key} in ${JSON.stringify(argv)}`).toEqual(ours.args[key]);
        }
      }),
      { numRuns: 1000, seed: 8017 },
    );
  });
});
