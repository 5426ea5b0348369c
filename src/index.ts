// The programmatic API (Node). The browser-safe core is also exported as "soxlint/core".
export { lintBytes, lintFile, lintText } from './node/lint-file.js';
export { main, run, processIo, type Io, type CliOptions } from './node/cli.js';
export { lintExtracted } from './core/lint.js';
export { extract } from './core/extract/index.js';
export { InputError } from './core/extract/errors.js';
export { formatters } from './core/formatters/index.js';
export { allRules } from './core/rules/index.js';
export type * from './core/types.js';
export { fix, type FixOptions, type FixResult, type FixFinding, type NotFixed } from './core/fix/index.js';
