// Browser-safe core: no node:* imports below this folder.
export { lintExtracted } from './lint.js';
export { extract, extensionOf, kindOf, SUPPORTED_EXTENSIONS } from './extract/index.js';
export { extractText } from './extract/text.js';
export { extractHtml } from './extract/html.js';
export { extractDocx } from './extract/docx.js';
export { decodeText, looksBinary } from './extract/decode.js';
export { InputError } from './extract/errors.js';
export { parseTemplate, type Template } from './template.js';
export { builtinTemplates, templateFor, DEFAULT_FORM } from './templates/index.js';
export { allRules, rulesById, rulesByName } from './rules/index.js';
export type * from './types.js';
export type * from './redline.js';
export { fix, fixedName, MIME_TYPES, type FixOptions, type FixResult, type FixFinding, type NotFixed, type Slots } from './fix/index.js';
export { formatHtml, renderFile, type HtmlOptions } from './formatters/html.js';
