// The built-in templates, each parsed on first use (a lint needs one or two of them).
import { parseTemplate, type Template } from '../template.js';
import { builtinTemplateSources } from './builtin.js';
import { parseFormType } from '../filing/forms.js';

const parsed = new Map<string, Template>();

/** Ids of the built-in templates: their file names without ".tpl". */
export const builtinForms: string[] = Object.keys(builtinTemplateSources).map((f) => f.replace(/\.tpl$/, ''));

/** The form a certification is compared with when nothing names another: Item 601(b)(31)(i) (10-K, 10-Q). */
export const DEFAULT_FORM = '601b31i';

export function hasForm(form: string): boolean {
  return builtinForms.includes(form);
}

/** The template that serves each form a report is filed on (variants folded by parseFormType). */
const SERVES: Record<string, string> = {
  '10-K': '601b31i', '10-Q': '601b31i', '10-D': '601b31ii', '20-F': '20-F', '40-F': '40-F', 'N-CSR': 'N-CSR',
};

/** Form names --form accepts besides the template ids: "10-K", "10-Q/A", "10-KT", "N-CSRS" ... */
export const formAliases: string[] = ['10-K', '10-Q', '10-KT', '10-QT', '10-K405', '10-D', 'N-CSRS']
  .concat(['10-K', '10-Q', '10-KT', '10-QT', '10-D', '20-F', '40-F', 'N-CSR', 'N-CSRS'].map((f) => `${f}/A`));

/** A template id, or a form name ("10-K/A") to the template that serves it; null when neither. */
export function templateForForm(name: string): string | null {
  if (hasForm(name)) return name;
  const f = parseFormType(name);
  return f ? SERVES[f.base] ?? null : null;
}

/** The built-in template of a form id ("601b31i", "20-F", ...); throws for an unknown one. */
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
