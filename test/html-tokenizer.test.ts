// The skipping tokenizer (src/core/extract/html-tokenizer.ts) must be in use with the installed
// htmlparser2 and must give exactly the events, offsets included, of htmlparser2's own Tokenizer,
// whole or written in chunks (as a main document is).
import { Parser, Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { FastTokenizer, skips } from '../src/core/extract/html-tokenizer.js';
import { expectSameOnCertification, expectSameOnRandomMarkup, feed } from './support/html-events.js';

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
  feed(parser, html, chunks);
  return log;
}

const fast = (html: string, chunks?: number[]) => events(html, FastTokenizer, chunks);
const plain = (html: string, chunks?: number[]) => events(html, Tokenizer, chunks);

const PIECES = [
  'text', ' ', '\n', '\r\n', '\t', 'a&amp;b', '&nbsp;', '&#146;', '&#x2019;', '&amp', '&notit;', '&', '&#', '&zz;', '<', '>', '"', "'", '=', '/',
  '<p>', '</p>', '<P CLASS=x>', '<td width="4%">', '<font size=2 color="#FFFFFF">', '<span style="display: none; color:&#35;fff">',
  "<div title='a&amp;b' hidden>", '<br/>', '<br >', '</br>', '</ p>', '</>', '<!-- c -->', '<!--x', '<!doctype html>', '<![CDATA[a<b]]>',
  '<?xml x?>', '<style>.x{display:none}</style>', '<script>a<b</script>', '<title>a&amp;t</title>', '<textarea>&lt;x</textarea>',
  '<svg><style>&amp;</style></svg>', '<TYPE>EX-31.1\n', '<ix:header>', '</ix:header>', '<a b c=d e = "f" g=\'h\'>', '<x y="unclosed',
  // `&nbsp;` in text is read without the entity decoder: its neighbours and look-alikes.
  '&nbsp;&nbsp;', '&nbsp', '&NBSP;', '&nbsp;x', '&nbs', "<p title='&nbsp;'>", '<title>&nbsp;</title>', '<svg>&nbsp;</svg>',
];

describe('the skipping tokenizer', () => {
  it('is in use with the installed htmlparser2', () => {
    expect(skips).toBe(true);
    expect(FastTokenizer).not.toBe(Tokenizer);
  });

  it('gives the same events as htmlparser2\'s Tokenizer on a certification', () => {
    expectSameOnCertification(fast, plain);
  });

  it('gives the same events on random markup, whole and in random chunks', () => {
    expectSameOnRandomMarkup(fast, plain, PIECES, 1203);
  });
});
