// Line and column of offsets (src/core/position.ts), its lines found only as far as asked, against
// a plain reading: every line start found first, lines ending at LF, CRLF or a lone CR.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/core/position.js';

function reference(text: string, offset: number) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line: line + 1, column: offset - starts[line] + 1 };
}

describe('LineIndex', () => {
  it('gives the line and column of offsets asked in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', '\n\n'), { maxLength: 30 }),
        fc.array(fc.integer({ min: -2, max: 80 }), { minLength: 1, maxLength: 8 }),
        (parts, offsets) => {
          const text = parts.join('');
          const lines = new LineIndex(text);
          for (const offset of offsets) expect(lines.position(offset)).toEqual(reference(text, offset));
        },
      ),
      { numRuns: 3000, seed: 2026 },
    );
  });

  it('counts a lone CR, CRLF and LF as one line break each', () => {
    const lines = new LineIndex('a\rb\r\nc\nd');
    expect(lines.position(7)).toEqual({ line: 4, column: 1 });
    expect(lines.position(2)).toEqual({ line: 2, column: 1 });
    expect(lines.position(4)).toEqual({ line: 2, column: 3 });
    expect(lines.position(5)).toEqual({ line: 3, column: 1 });
  });
});
