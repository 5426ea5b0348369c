// The skipping tokenizer (src/core/extract/html-tokenizer.ts) must be in use with the installed
// htmlparser2 and must give exactly the events, offsets included, of htmlparser2's own Tokenizer,
// whole or written in chunks (as a main document is).
import fc from 'fast-check';
import { Parser, Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { FastTokenizer, skips } from '../src/core/extract/html-tokenizer.js';
import { render, canonical } from './support/certs.js';

/** Every Parser event with the parser's start and end offsets. */
function events(html: string, tokenizer: typeof Tokenizer, chunks: number[] = []): string[] {
  const log: string[] = [];
  const at = () => `${parser.startIndex}-${parser.endIndex}`;
  const parser: Parser = new Parser(
    {
      onopentag: (name, attribs) => log.push(`open ${name} ${JSON.stringify(attribs)} ${at()}`),
      onclosetag: (name, implied) => log.push(`close ${name} ${implied} ${at()}`),
      ontext: (data) => log.push(`text ${JSON.stringify(data)} ${at()}`),
      oncomment: (data) => log.push(`comment ${JSON.stringify(data)} ${at()}`),
      onprocessinginstruction: (name, data) => log.push(`pi ${name} ${data} ${at()}`),
      onattribute: (name, value, quote) => log.push(`attr ${name}=${JSON.stringify(value)} ${quote} ${at()}`),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true, Tokenizer: tokenizer },
  );
  let from = 0;
  for (const n of chunks) { parser.write(html.slice(from, from + n)); from += n; }
  parser.end(html.slice(from));
  return log;
}

const PIECES = [
  'text', ' ', '\n', '\r\n', '\t', 'a&amp;b', '&nbsp;', '&#146;', '&#x2019;', '&amp', '&notit;', '&', '&#', '&zz;', '<', '>', '"', "'", '=', '/',
  '<p>', '</p>', '<P CLASS=x>', '<td width="4%">', '<font size=2 color="#FFFFFF">', '<span style="display: none; color:&#35;fff">',
  "<div title='a&amp;b' hidden>", '<br/>', '<br >', '</br>', '</ p>', '</>', '<!-- c -->', '<!--x', '<!doctype html>', '<![CDATA[a<b]]>',
  '<?xml x?>', '<style>.x{display:none}</style>', '<script>a<b</script>', '<title>a&amp;t</title>', '<textarea>&lt;x</textarea>',
  '<svg><style>&amp;</style></svg>', '<TYPE>EX-31.1\n', '<ix:header>', '</ix:header>', '<a b c=d e = "f" g=\'h\'>', '<x y="unclosed',
];

describe('the skipping tokenizer', () => {
  it('is in use with the installed htmlparser2', () => {
    expect(skips).toBe(true);
    expect(FastTokenizer).not.toBe(Tokenizer);
  });

  it('gives the same events as htmlparser2\'s Tokenizer on a certification', () => {
    const html = render(canonical(), 'html');
    const theirs = events(html, Tokenizer);
    expect(theirs.length).toBeGreaterThan(100);
    expect(events(html, FastTokenizer)).toEqual(theirs);
    expect(events(html, FastTokenizer, [1, 7, 100, 3, 999])).toEqual(events(html, Tokenizer, [1, 7, 100, 3, 999]));
  });

  it('gives the same events on random markup, whole and in random chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })), { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }), (pieces, chunks) => {
        const html = pieces.join('');
        expect(events(html, FastTokenizer)).toEqual(events(html, Tokenizer));
        expect(events(html, FastTokenizer, chunks)).toEqual(events(html, Tokenizer, chunks));
      }),
      { numRuns: 2000, seed: 1203 },
    );
  });
});
