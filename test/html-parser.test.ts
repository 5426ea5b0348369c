// The reading Parser (src/core/extract/html-parser.ts) must be in use with the installed
// htmlparser2 and must give exactly the events of htmlparser2's own Parser: the same tag names,
// the same offsets, and the attributes the reader reads, whole or written in chunks.
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { Attributes, ReadingParser, reads } from '../src/core/extract/html-parser.js';
import { FastTokenizer } from '../src/core/extract/html-tokenizer.js';
import { expectSameOnCertification, expectSameOnRandomMarkup, feed } from './support/html-events.js';

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true, Tokenizer: FastTokenizer };

/** Every event the HTML reader follows, with the parser's offsets; `mine`: the reading Parser. */
function events(html: string, mine: boolean, chunks: number[] = []): string[] {
  const log: string[] = [];
  const at = () => `${parser.startIndex}-${parser.endIndex}`;
  const parser: Parser = new (mine ? ReadingParser : Parser)(
    {
      onopentag: (name, attribs) => log.push(`open ${name} ${JSON.stringify(mine ? (parser as ReadingParser).read : Attributes.from(attribs))} ${at()}`),
      onclosetag: (name, implied) => log.push(`close ${name} ${implied} ${at()}`),
      ontext: (data) => log.push(`text ${JSON.stringify(data)} ${at()}`),
    },
    OPTIONS,
  );
  feed(parser, html, chunks);
  return log;
}

const reading = (html: string, chunks?: number[]) => events(html, true, chunks);
const plain = (html: string, chunks?: number[]) => events(html, false, chunks);

const PIECES = [
  'text', ' ', '\n', '&amp;', '&#146;', '<', '>', '"', '=', '/', '<p>', '</p>', '<P CLASS=x>', '<td width="4%">', '</TD>', '<Tr>',
  '<font size=2 color="#FFFFFF" COLOR=red>', '<span style="display: none; color:&#35;fff" Style="x">', "<div title='a' hidden>",
  '<br/>', '<br >', '</br>', '<b>', '</B>', '<h1>', '<table bgcolor=#000>', '<del>', '</s>', '<image>', '<img src=x>',
  '<svg>', '</svg>', '<foreignObject>', '</foreignobject>', '<clipPath>', '</clippath>', '<math>', '<mi>', '</math>', '<title>t</title>',
  '<style>.x{display:none}</style>', '<script>a<b</script>', '<form>', '<form name=f>', '</form>', '<ix:nonNumeric name="dei:DocumentType">',
  '<TYPE>EX-31.1\n', '<SEQUENCE>', '<!-- c -->', '<![CDATA[a<b]]>', '<abcdef>', '<ab1>', '<a-b>', '<x y="unclosed',
  // Attribute names matched in the buffer, values of names not read skipped: entities, case, look-alikes, an empty name.
  '<p STYLE=a&amp;b Class="&#99;">', '<p =x hİdden ſtyle=y>', "<span data-x='a&amp;b' NAME=&#35;n>", '<td BgColor="#ccc" coloR=red>',
];

describe('the reading Parser', () => {
  it('is in use with the installed htmlparser2', () => {
    expect(reads).toBe(true);
  });

  it('gives the same events as htmlparser2\'s Parser on a certification', () => {
    expectSameOnCertification(reading, plain);
  });

  it('keeps the first of each attribute the reader reads', () => {
    const log = events('<FONT Color=red color=blue STYLE="a" class=c bgcolor=b hidden name=n width=1>x</font>', true);
    expect(log[0]).toBe('open font {"style":"a","class":"c","bgcolor":"b","hidden":"","color":"red","name":"n"} 0-76');
  });

  it('gives the same events on random markup, whole and in random chunks', () => {
    expectSameOnRandomMarkup(reading, plain, PIECES, 1204);
  });
});
