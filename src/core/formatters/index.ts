import type { LintResult } from '../types.js';
import { formatGithub, streamGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson, streamJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FormatOptions } from './options.js';
import { formatSarif } from './sarif.js';
import type { StreamFormatter } from './stream.js';
import { formatStylish, streamStylish } from './stylish.js';

/** A formatter: a pure function from results to the text to print or write. */
export type Formatter = (results: LintResult[], options: FormatOptions) => string;

/** The formatters by name, as --format takes them. */
export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: (results) => formatJson(results),
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  html: (results, options) => formatHtml(results, { ruleDocs: options.ruleDocs }),
};

/** The formatters that can print each result as it comes (the same bytes as `formatters`' at the end). */
export const streamFormatters: Record<string, StreamFormatter> = {
  stylish: streamStylish,
  json: streamJson,
  github: streamGithub,
};

export type { OutputStream, StreamFormatter } from './stream.js';
export type { FormatOptions, RuleDescription, ToolInfo } from './options.js';
