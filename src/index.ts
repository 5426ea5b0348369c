// soxlint: the programmatic API for Node. The browser-safe core is "soxlint/core"; everything it
// exports is exported here too.
export * from './core/index.js';
export { lintBytes, lintFile, lintText, type LintFileOptions } from './node/lint-file.js';
export { lintFilingFolder, exhibitType, type FilingOptions } from './node/filing.js';
export { lintSubmission, type SubmissionOptions, type SubmissionResult, type SubmissionStats } from './node/submission.js';
export { main, run, processIo, type Io, type CliOptions } from './node/cli.js';
