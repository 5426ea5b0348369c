import type { LintResult } from '../types.js';
import { formatJson } from './json.js';
import { formatStylish, type FormatOptions } from './stylish.js';

export type Formatter = (results: LintResult[], options: FormatOptions) => string;

export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: (results) => formatJson(results),
};

export type { FormatOptions };
