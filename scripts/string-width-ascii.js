// Stand-in for string-width in the bundled CLI: yargs uses it only to lay out --help, whose text is
// ASCII. The real one builds Unicode width tables at start-up, which cost more than a whole lint.
const ANSI = /\u001b\[[0-9;]*m/g;
export default function stringWidth(text) {
  return String(text).replace(ANSI, '').length;
}
