import type { LintResult } from '../types.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FormatOptions } from './options.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

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

export type { FormatOptions, RuleDescription, ToolInfo } from './options.js';
