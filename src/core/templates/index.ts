// The built-in templates, parsed once on first use.
import { parseTemplate, type Template } from '../template.js';
import { builtinTemplateSources } from './builtin.js';

let cache: Map<string, Template> | null = null;

export function builtinTemplates(): Map<string, Template> {
  if (!cache) {
    cache = new Map();
    for (const [file, source] of Object.entries(builtinTemplateSources)) {
      const t = parseTemplate(source, `templates/${file}`);
      cache.set(t.id, t);
    }
  }
  return cache;
}

export const DEFAULT_FORM = '601b31i';

export function templateFor(form: string = DEFAULT_FORM): Template {
  const t = builtinTemplates().get(form);
  if (!t) throw new Error(`unknown form "${form}" (known: ${[...builtinTemplates().keys()].join(', ')})`);
  return t;
}
