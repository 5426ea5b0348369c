// Strings from input (file names, EDGAR <FILENAME>s, config keys, quoted certification text) shown
// on a terminal: control characters could move the cursor, clear the screen or retitle the window,
// and bidi overrides could make a line read other than it is. They are written as escapes instead.
// JSON output stays raw: this is for terminal text only.

// C0 and C1 controls, DEL, the bidi marks, embeddings, overrides and isolates, line and paragraph separators.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` with every control and bidi character written as an escape ("\x1b", "\u202e", "\n"): one line, shown as it is. */
export function forTerminal(s: string): string {
  return s.replace(UNSAFE, escape);
}

/** Text quoted from a document: its white space (line breaks, tabs) is formatting, so one space; the rest escaped. */
export function quotedForTerminal(s: string): string {
  return forTerminal(s.replace(/[\t\n\r\v\f\u0085\u2028\u2029 ]+/g, ' '));
}
