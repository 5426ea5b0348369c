// A file name's extension: what a folder walk keeps and which reader a file gets are decided by it.
import { describe, expect, it } from 'vitest';
import { extensionOf } from '../src/core/extract/index.js';

/** The definition: the last dot and one or more ASCII letters or digits to the end, lower-cased. */
const reference = (name: string) => /\.[A-Za-z0-9]+$/.exec(name)?.[0].toLowerCase() ?? '';

describe('extensionOf', () => {
  it('gives the last dot and the letters and digits after it, lower case, or nothing', () => {
    const cases: [string, string][] = [
      ['ex31.txt', '.txt'], ['EX31.HTM', '.htm'], ['a.b.Docx', '.docx'], ['q3.html', '.html'], ['file.7z', '.7z'],
      ['noext', ''], ['trailing.', ''], ['.txt', '.txt'], ['a.tx t', ''], ['a.t-t', ''], ['a.txt~', ''],
      ['a.t\u0010t', ''], ['a.t\u0019', ''], ['a.t@', ''], ['a.t[', ''], ['a.t`', ''], ['a.t{', ''], ['a.tx\u00e9', ''],
      ['dir.d/file', ''], ['a.\u0130', ''], ['', ''], ['.', ''],
    ];
    for (const [name, extension] of cases) expect([name, extensionOf(name)]).toEqual([name, extension]);
  });

  it('agrees with the definition on 200,000 random names', () => {
    // Characters around every boundary the scan tests (digits, both cases, the bytes that fold onto them).
    const alphabet = './-_~ @[`{09AZaz\u0010\u0019\u0040\u005b\u00e9\u0130\ufffd'.split('').concat(['t', 'x', 'T', 'H', 'm', 'l', '1']);
    let seed = 2026;
    const next = (k: number) => { seed = (seed * 1103515245 + 12345) >>> 0; return (seed >>> 16) % k; };
    for (let i = 0; i < 200000; i++) {
      let name = '';
      for (let n = next(9); n > 0; n--) name += alphabet[next(alphabet.length)];
      if (extensionOf(name) !== reference(name)) expect([name, extensionOf(name)]).toEqual([name, reference(name)]);
    }
  });
});
