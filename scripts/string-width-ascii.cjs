// Stand-in for string-width in the bundled CLI: yargs uses it only to lay out --help, whose text is
// ASCII, and cli-progress to fit its one line of ASCII and block characters. The real one builds
// Unicode width tables at start-up, which cost more than a whole lint. CommonJS, so that both
// `import stringWidth from` (yargs) and `require()` (cli-progress) get the function.
const ANSI = /\u001b\[[0-9;]*m/g;
function stringWidth(text) {
  return String(text).replace(ANSI, '').length;
}
module.exports = stringWidth;
module.exports.default = stringWidth;
