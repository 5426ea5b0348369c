// The built-in templates, each parsed on first use (a lint needs one or two of them).
import { parseTemplate, type Template } from '../template.js';
import { builtinTemplateSources } from './builtin.js';

const parsed = new Map<string, Template>();

/** Ids of the built-in templates: their file names without ".tpl". */
export const builtinForms: string[] = Object.keys(builtinTemplateSources).map((f) => f.replace(/\.tpl$/, ''));

export const DEFAULT_FORM = '601b31i';

export function hasForm(form: string): boolean {
  return builtinForms.includes(form);
}

export function templateFor(form: string = DEFAULT_FORM): Template {
  let t = parsed.get(form);
  if (!t) {
    const file = `${form}.tpl`;
    const source = builtinTemplateSources[file];
    if (source === undefined) throw new Error(`unknown form "${form}" (known: ${builtinForms.join(', ')})`);
    t = parseTemplate(source, `templates/${file}`);
    if (t.id !== form) throw new Error(`templates/${file} says it is template "${t.id}"`);
    parsed.set(form, t);
  }
  return t;
}

/** Every built-in template, parsed. */
export function builtinTemplates(): Map<string, Template> {
  return new Map(builtinForms.map((f) => [f, templateFor(f)]));
}
