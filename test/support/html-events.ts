// Equivalence of our htmlparser2 subclasses (the skipping Tokenizer, the reading Parser) with
// htmlparser2's own classes: the same events, offsets included, on a certification and on random
// markup, each written whole and in chunks (as a streamed main document is).
import fc from 'fast-check';
import type { Parser } from 'htmlparser2';
import { expect } from 'vitest';
import { canonical, render } from './certs.js';

/** The events a parsing logs for `html`, written in chunks of the sizes given and then the rest. */
export type Events = (html: string, chunks?: number[]) => string[];

/** Writes `html` to a parser in chunks of the sizes given, then the rest, and ends it. */
export function feed(parser: Parser, html: string, chunks: number[] = []): void {
  let from = 0;
  for (const n of chunks) { parser.write(html.slice(from, from + n)); from += n; }
  parser.end(html.slice(from));
}

/** Ours logs what theirs logs on a certification (over 100 events), whole and in uneven chunks. */
export function expectSameOnCertification(ours: Events, theirs: Events): void {
  const html = render(canonical(), 'html');
  const expected = theirs(html);
  expect(expected.length).toBeGreaterThan(100);
  expect(ours(html)).toEqual(expected);
  expect(ours(html, [1, 7, 100, 3, 999])).toEqual(theirs(html, [1, 7, 100, 3, 999]));
}

/** Ours logs what theirs logs on 2,000 random markups made of `pieces` and short strings, whole and in random chunks. */
export function expectSameOnRandomMarkup(ours: Events, theirs: Events, pieces: string[], seed: number): void {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })), { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }), (parts, chunks) => {
      const html = parts.join('');
      expect(ours(html)).toEqual(theirs(html));
      expect(ours(html, chunks)).toEqual(theirs(html, chunks));
    }),
    { numRuns: 2000, seed },
  );
}
